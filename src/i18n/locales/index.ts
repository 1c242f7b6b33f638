// Every namespace, bundled: the first render never waits for a locale to load.
import daCalendar from './da/calendar.js';
import daCommon from './da/common.js';
import daForm from './da/form.js';
import daPicker from './da/picker.js';
import enCalendar from './en/calendar.js';
import enCommon from './en/common.js';
import enForm from './en/form.js';
import enPicker from './en/picker.js';

export const resources = {
  da: { common: daCommon, picker: daPicker, calendar: daCalendar, form: daForm },
  en: { common: enCommon, picker: enPicker, calendar: enCalendar, form: enForm },
};

export type Namespace = keyof (typeof resources)['da'];
export const namespaces = Object.keys(resources.da) as Namespace[];
