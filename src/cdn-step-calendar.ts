// A later step's chunk in the CDN build (see cdn-steps.ts): its Danish texts first, then the element.
import './i18n/locales/da-calendar.js';
export * from './define/bt-slot-calendar.js';
