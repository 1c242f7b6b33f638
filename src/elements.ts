/**
 * The elements and their events as TypeScript sees them: every tag in `HTMLElementTagNameMap`,
 * every `bt-*` event in `GlobalEventHandlersEventMap`, and the JSX shapes that React 19 and
 * Preact typings build on (`borgertid/jsx-react`, `borgertid/jsx-preact`). Types only: the
 * package entry and every define module re-export from here, so whichever an app imports,
 * `document.querySelector('bt-booking')` and `addEventListener('bt-booked', …)` are typed.
 * The detail types are the components' own, never restated here.
 */
import type { LitElement } from 'lit';
import type {
  BtAppointmentManager,
  CancelledDetail,
  RescheduledDetail,
} from './components/appointment-manager/appointment-manager.js';
import type { BookedDetail, BtBooking, StepChangeDetail } from './components/booking/booking.js';
import type { BtContactForm, ContactDetails } from './components/contact-form/contact-form.js';
import type { BtCprInput } from './components/cpr-input/cpr-input.js';
import type { BtReceipt, ReceiptDownloadEvent, ReceiptPrintEvent } from './components/receipt/receipt.js';
import type { BtServicePicker, ServiceSelectEvent } from './components/service-picker/service-picker.js';
import type {
  BtSlotCalendar,
  DaySelectDetail,
  MonthChangeDetail,
  SlotSelectDetail,
} from './components/slot-calendar/slot-calendar.js';

/** Every borgertid tag and its class (declared below in the DOM's own map). */
export type BtElements = Pick<
  HTMLElementTagNameMap,
  | 'bt-appointment-manager'
  | 'bt-booking'
  | 'bt-contact-form'
  | 'bt-cpr-input'
  | 'bt-receipt'
  | 'bt-service-picker'
  | 'bt-slot-calendar'
>;

/** Every `bt-*` event and what it is. */
export interface BtEventMap {
  'bt-booked': CustomEvent<BookedDetail>;
  'bt-step-change': CustomEvent<StepChangeDetail>;
  'bt-rescheduled': CustomEvent<RescheduledDetail>;
  'bt-cancelled': CustomEvent<CancelledDetail>;
  'bt-service-select': ServiceSelectEvent;
  'bt-slot-select': CustomEvent<SlotSelectDetail>;
  'bt-day-select': CustomEvent<DaySelectDetail>;
  'bt-month-change': CustomEvent<MonthChangeDetail>;
  /** Not composed: heard on the form (or its ancestors in the same tree) only. */
  'bt-contact-submit': CustomEvent<ContactDetails>;
  /** Not composed: heard on the form (or its ancestors in the same tree) only. */
  'bt-contact-change': CustomEvent<ContactDetails>;
  'bt-receipt-download': ReceiptDownloadEvent;
  'bt-receipt-print': ReceiptPrintEvent;
}

/** The events each element dispatches (a manager also passes on its embedded booking's `bt-booked`). */
export interface BtElementEvents {
  'bt-appointment-manager': Pick<BtEventMap, 'bt-rescheduled' | 'bt-cancelled' | 'bt-booked'>;
  'bt-booking': Pick<BtEventMap, 'bt-step-change' | 'bt-booked'>;
  'bt-contact-form': Pick<BtEventMap, 'bt-contact-submit' | 'bt-contact-change'>;
  'bt-cpr-input': Record<never, never>;
  'bt-receipt': Pick<BtEventMap, 'bt-receipt-download' | 'bt-receipt-print'>;
  'bt-service-picker': Pick<BtEventMap, 'bt-service-select'>;
  'bt-slot-calendar': Pick<BtEventMap, 'bt-slot-select' | 'bt-day-select' | 'bt-month-change'>;
}

/** The public data properties of an element: its own, not LitElement's or HTMLElement's, and no methods. */
export type BtElementProperties<Element> = {
  [
    Key in Exclude<keyof Element, keyof LitElement> as Element[Key] extends (...args: never[]) => unknown ? never : Key
  ]?: Element[Key];
};

/**
 * Event handler props named `on` + the event's exact name (`onbt-booked`): React 19 and Preact
 * both listen to that name on a custom element.
 */
export type BtEventHandlers<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** What JSX may put on each tag: its properties and its event handlers (a framework adds its own attributes). */
export type BtJsxElements = {
  [Tag in keyof BtElements]: BtElementProperties<BtElements[Tag]> & BtEventHandlers<BtElementEvents[Tag]>;
};

declare global {
  // Each tag written out: lit-analyzer learns tag names only from literal members here.
  interface HTMLElementTagNameMap {
    'bt-appointment-manager': BtAppointmentManager;
    'bt-booking': BtBooking;
    'bt-contact-form': BtContactForm;
    'bt-cpr-input': BtCprInput;
    'bt-receipt': BtReceipt;
    'bt-service-picker': BtServicePicker;
    'bt-slot-calendar': BtSlotCalendar;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the events into the DOM's own map
  interface GlobalEventHandlersEventMap extends BtEventMap {}
}
