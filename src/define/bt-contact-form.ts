import './bt-cpr-input.js';
import { BtContactForm, type ContactDetails } from '../components/contact-form/contact-form.js';
import { defineElement } from './define.js';

defineElement('bt-contact-form', BtContactForm);

export { BtContactForm };
export type { ContactDetails };

declare global {
  interface HTMLElementTagNameMap {
    'bt-contact-form': BtContactForm;
  }
  interface GlobalEventHandlersEventMap {
    'bt-contact-submit': CustomEvent<ContactDetails>;
    'bt-contact-change': CustomEvent<ContactDetails>;
  }
}
