// Every namespace, bundled: the first render never waits for a locale to load.
import daBooking from './da/booking.js';
import daCalendar from './da/calendar.js';
import daCommon from './da/common.js';
import daForm from './da/form.js';
import daManager from './da/manager.js';
import daPicker from './da/picker.js';
import daReceipt from './da/receipt.js';
import enBooking from './en/booking.js';
import enCalendar from './en/calendar.js';
import enCommon from './en/common.js';
import enForm from './en/form.js';
import enManager from './en/manager.js';
import enPicker from './en/picker.js';
import enReceipt from './en/receipt.js';

export const resources = {
  da: {
    common: daCommon,
    picker: daPicker,
    calendar: daCalendar,
    form: daForm,
    receipt: daReceipt,
    booking: daBooking,
    manager: daManager,
  },
  en: {
    common: enCommon,
    picker: enPicker,
    calendar: enCalendar,
    form: enForm,
    receipt: enReceipt,
    booking: enBooking,
    manager: enManager,
  },
};

export type Namespace = keyof (typeof resources)['da'];
export const namespaces = Object.keys(resources.da) as Namespace[];
