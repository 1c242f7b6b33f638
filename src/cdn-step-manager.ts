// A later step's chunk in the CDN build (see cdn-steps.ts): its Danish texts first (the manager
// shows a calendar, a receipt and, to change the errand, a whole booking), then the element.
import './i18n/locales/da-calendar.js';
import './i18n/locales/da-form.js';
import './i18n/locales/da-receipt.js';
import './i18n/locales/da-manager.js';
export * from './define/bt-appointment-manager.js';
