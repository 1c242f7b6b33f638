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
// The tags and bt-* events in the DOM's type maps, for an app that imports only this module.
export type {} from '../elements.js';
