import './bt-booking.js';
import './bt-slot-calendar.js';
import './bt-receipt.js';
import { RestAdapter } from '../adapters/rest/index.js';
import {
  BtAppointmentManager,
  type CancelledDetail,
  type RescheduledDetail,
} from '../components/appointment-manager/appointment-manager.js';
import { provideApiAdapter } from '../controllers/adapter-source.js';
import { defineElement } from './define.js';

// The `api` attribute speaks REST: the client comes with registration, not with the class.
provideApiAdapter((baseUrl, lang) => new RestAdapter({ baseUrl, lang }));
defineElement('bt-appointment-manager', BtAppointmentManager);

export { BtAppointmentManager };
export type { CancelledDetail, RescheduledDetail };
// The tags and bt-* events in the DOM's type maps, for an app that imports only this module.
export type {} from '../elements.js';
