import { BtServicePicker, type ServiceSelectEvent } from '../components/service-picker/service-picker.js';
import { defineElement } from './define.js';

defineElement('bt-service-picker', BtServicePicker);

export { BtServicePicker };

declare global {
  interface HTMLElementTagNameMap {
    'bt-service-picker': BtServicePicker;
  }
  interface GlobalEventHandlersEventMap {
    'bt-service-select': ServiceSelectEvent;
  }
}
