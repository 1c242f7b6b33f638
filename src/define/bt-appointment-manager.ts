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

declare global {
  interface HTMLElementTagNameMap {
    'bt-appointment-manager': BtAppointmentManager;
  }
  interface GlobalEventHandlersEventMap {
    'bt-rescheduled': CustomEvent<RescheduledDetail>;
    'bt-cancelled': CustomEvent<CancelledDetail>;
  }
}
