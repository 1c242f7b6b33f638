import './bt-service-picker.js';
import './bt-slot-calendar.js';
import './bt-contact-form.js';
import './bt-receipt.js';
import { BtBooking, type BookedDetail, type StepChangeDetail } from '../components/booking/booking.js';
import { defineElement } from './define.js';

defineElement('bt-booking', BtBooking);

export { BtBooking };
export type { BookedDetail, StepChangeDetail };

declare global {
  interface HTMLElementTagNameMap {
    'bt-booking': BtBooking;
  }
  interface GlobalEventHandlersEventMap {
    'bt-step-change': CustomEvent<StepChangeDetail>;
    'bt-booked': CustomEvent<BookedDetail>;
  }
}
