import { BtServicePicker } from '../components/service-picker/service-picker.js';
import { defineElement } from './define.js';

defineElement('bt-service-picker', BtServicePicker);

export { BtServicePicker };
export type { ServiceSelectDetail, ServiceSelectEvent } from '../components/service-picker/service-picker.js';
// The tags and bt-* events in the DOM's type maps, for an app that imports only this module.
export type {} from '../elements.js';
