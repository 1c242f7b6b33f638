import './bt-service-picker.js';
import './bt-slot-calendar.js';
import './bt-contact-form.js';
import './bt-receipt.js';
import { RestAdapter } from '../adapters/rest/index.js';
import { BtBooking, type BookedDetail, type StepChangeDetail } from '../components/booking/booking.js';
import { provideApiAdapter } from '../controllers/adapter-source.js';
import { defineElement } from './define.js';

// The `api` attribute speaks REST: the client comes with registration, not with the class.
provideApiAdapter((baseUrl, lang) => new RestAdapter({ baseUrl, lang }));
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
