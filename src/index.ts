/**
 * borgertid's public API. Importing this module defines no element: import
 * `borgertid/define/<tag>` (or `borgertid/define` for all) to register the tags you use.
 */

// Domain model and the adapter contract.
export type * from './core/types.js';
export type {
  AppointmentQuery,
  AuthProvider,
  AvailabilityQuery,
  BookingAdapter,
  CallOptions,
  CancelQuery,
  HoldQuery,
  RescheduleQuery,
} from './core/adapter.js';
export { BookingError, BOOKING_ERROR_CODES, isBookingError } from './core/errors.js';
export type { BookingErrorCode, BookingErrorDetails } from './core/errors.js';

// Validation of what citizens type.
export { formatPhone, parseCpr, validateCpr, validateEmail, validatePhone } from './core/validation.js';
export type {
  CprInvalidReason,
  CprValidation,
  EmailInvalidReason,
  EmailValidation,
  ParsedCpr,
  PhoneInvalidReason,
  PhoneValidation,
} from './core/validation.js';

// Copenhagen time, holidays, availability maths and the calendar file.
export {
  TIME_ZONE,
  copenhagenDate,
  copenhagenToday,
  formatDateTimeRange,
  formatLongDate,
  formatTime,
  zonedIso,
} from './core/time.js';
export { layoutMonth } from './core/month-grid.js';
export { danishHolidays, holidayOn } from './core/holidays.js';
export { earliestSlot, groupSlotsByDate, summarizeMonth } from './core/availability.js';
export { appointmentToIcs, icsFileName } from './core/ics.js';

// Adapters.
export { MemoryAdapter, type MemoryAdapterOptions, type MemoryState } from './adapters/memory/index.js';
export { RestAdapter, type RestAdapterOptions } from './adapters/rest/index.js';

// Elements (classes only; registration lives in ./define).
export { BtBooking } from './components/booking/booking.js';
export type { BookedDetail, StepChangeDetail } from './components/booking/booking.js';
export { BtAppointmentManager } from './components/appointment-manager/appointment-manager.js';
export type { CancelledDetail, RescheduledDetail } from './components/appointment-manager/appointment-manager.js';
export type { AppointmentEventDetail } from './core/appointment-event.js';
export { clockAt, systemClock, type Clock } from './core/clock.js';
export { BtContactForm, type ContactDetails } from './components/contact-form/contact-form.js';
export { BtCprInput } from './components/cpr-input/cpr-input.js';
export { BtReceipt } from './components/receipt/receipt.js';
export { BtServicePicker, type ServiceSelectDetail } from './components/service-picker/service-picker.js';
export { BtSlotCalendar } from './components/slot-calendar/slot-calendar.js';
export type { DaySelectDetail, MonthChangeDetail, SlotSelectDetail } from './components/slot-calendar/slot-calendar.js';
export type { ReceiptDownloadEvent, ReceiptEventDetail, ReceiptPrintEvent } from './components/receipt/receipt.js';
export type { ServiceSelectEvent } from './components/service-picker/service-picker.js';

// The tags and events in the DOM's type maps, and the JSX shapes (borgertid/jsx-react, borgertid/jsx-preact).
export type { BtElementEvents, BtElementProperties, BtElements, BtEventHandlers, BtEventMap, BtJsxElements } from './elements.js';

// Language.
export { SUPPORTED_LANGUAGES, type Language } from './i18n/i18n.js';
