// A later step's chunk in the CDN build (see cdn-steps.ts): its Danish texts first, then the element.
import './i18n/locales/da-form.js';
export * from './define/bt-contact-form.js';
