import { BtCprInput } from '../components/cpr-input/cpr-input.js';
import { defineElement } from './define.js';

defineElement('bt-cpr-input', BtCprInput);

export { BtCprInput };
// The tags and bt-* events in the DOM's type maps, for an app that imports only this module.
export type {} from '../elements.js';
