// The CDN build's catalogue (vite.config.ts puts it in place of `./index.ts`): the Danish a
// citizen reads before choosing an errand (common, picker, booking) is in the first load; the
// later steps' Danish comes with their chunks (`./da-calendar.ts`, `da-form.ts`, …); English is a chunk of its own,
// fetched the first time an element speaks it.
import booking from './da/booking.js';
import common from './da/common.js';
import picker from './da/picker.js';
import type da from './da/index.js';
import type { LanguageLoader } from './loader.js';

export const resources: Record<string, Partial<typeof da>> = { da: { common, picker, booking } };

export const loadLanguage: LanguageLoader | undefined = async (language) =>
  language === 'en' ? (await import('./en/index.js')).default : undefined;

export type Namespace = keyof typeof da;
export const namespaces = ['common', 'picker', 'calendar', 'form', 'receipt', 'booking', 'manager'] as Namespace[];
