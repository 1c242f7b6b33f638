import './bt-cpr-input.js';
import { BtContactForm, type ContactDetails } from '../components/contact-form/contact-form.js';
import { defineElement } from './define.js';

defineElement('bt-contact-form', BtContactForm);

export { BtContactForm };
export type { ContactDetails };
// The tags and bt-* events in the DOM's type maps, for an app that imports only this module.
export type {} from '../elements.js';
