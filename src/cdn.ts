/**
 * The CDN entry (`borgertid.<version>.js`): what a webmaster's single script tag loads. The
 * first load is only what a citizen needs to choose an errand — `<bt-booking>` with the
 * RestAdapter behind its `api` attribute, `<bt-service-picker>`, Danish, lit and i18next.
 * The calendar, the details form and the receipt (its QR and .ics code) are chunks of their
 * own (`./cdn-steps.ts`): fetched when the browser is idle after the first render, at once
 * when the page already has one of their tags or the citizen moves on, so no step waits. The
 * appointment manager is fetched only on a page that has one. English is a chunk too, fetched
 * when an element speaks it.
 *
 * The API is on `window.borgertid` (a plain object, so the demo entry can add to it).
 */
import { RestAdapter } from './adapters/rest/index.js';
import { BtBooking } from './components/booking/booking.js';
import { BtServicePicker } from './components/service-picker/service-picker.js';
import { provideApiAdapter } from './controllers/adapter-source.js';
import { BOOKING_ERROR_CODES, BookingError, isBookingError } from './core/errors.js';
import { clockAt, systemClock } from './core/clock.js';
import { defineElement } from './define/define.js';
import { SUPPORTED_LANGUAGES } from './i18n/i18n.js';
import { fetchSteps, loadManagerWhenUsed, loadSteps, prefetchSteps, STEP_TAGS } from './cdn-steps.js';

// The `api` attribute speaks REST, as with `borgertid/define/bt-booking`.
provideApiAdapter((baseUrl, lang) => new RestAdapter({ baseUrl, lang }));
defineElement('bt-booking', BtBooking);
defineElement('bt-service-picker', BtServicePicker);

/** What `window.borgertid` holds in the CDN build. */
export const api = {
  RestAdapter,
  BookingError,
  BOOKING_ERROR_CODES,
  isBookingError,
  clockAt,
  systemClock,
  SUPPORTED_LANGUAGES,
  BtBooking,
  BtServicePicker,
  /** Fetches (once) and registers the lazily loaded elements; resolves to their classes. */
  loadSteps,
};

export type CdnApi = typeof api & Partial<Record<string, unknown>>;

declare global {
  interface Window {
    borgertid?: CdnApi;
  }
}

window.borgertid = Object.assign(window.borgertid ?? {}, api) as CdnApi;

// A page that already shows a later step's element (a manage page, a bare calendar) needs it now.
if (STEP_TAGS.some((tag) => document.querySelector(tag))) fetchSteps();
else prefetchSteps();
loadManagerWhenUsed();
// A citizen moving on before the idle prefetch ran (or after it failed): fetch now.
document.addEventListener('bt-step-change', fetchSteps);
