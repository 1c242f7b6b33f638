import { BtCprInput } from '../components/cpr-input/cpr-input.js';
import { defineElement } from './define.js';

defineElement('bt-cpr-input', BtCprInput);

export { BtCprInput };

declare global {
  interface HTMLElementTagNameMap {
    'bt-cpr-input': BtCprInput;
  }
}
