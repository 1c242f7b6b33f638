/**
 * The CDN demo entry (`borgertid-demo.<version>.js`): everything `borgertid.<version>.js` has,
 * plus the MemoryAdapter and its sample municipality, for trying the widget without a
 * backend. Every `<bt-booking>` and `<bt-appointment-manager>` with neither `adapter` nor
 * `api` gets one shared MemoryAdapter, so `<bt-booking></bt-booking>` books at once.
 * Not for production: the bookings live in the page's memory.
 */
import { api } from './cdn.js';
import { MemoryAdapter, SAMPLE_LOCATIONS, SAMPLE_MUNICIPALITY, SAMPLE_SERVICES } from './adapters/memory/index.js';
import type { BookingAdapter } from './core/adapter.js';

let shared: MemoryAdapter | undefined;

/**
 * The page's one demo backend (so a booking shows up in a manager on the same page). It answers
 * in the language of the first demo element (its own `lang` or an ancestor's), as a REST
 * backend answers the `Accept-Language` each element sends.
 */
function demoAdapter(): MemoryAdapter {
  shared ??= new MemoryAdapter({
    lang: () => document.querySelector(TAGS)?.closest('[lang]')?.getAttribute('lang') ?? 'da',
  });
  return shared;
}

const TAGS = 'bt-booking, bt-appointment-manager';

function wire(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement & { adapter?: BookingAdapter }>(TAGS)) {
    if (!element.adapter && !element.hasAttribute('api')) element.adapter = demoAdapter();
  }
}

window.borgertid = Object.assign(window.borgertid ?? {}, api, {
  MemoryAdapter,
  SAMPLE_LOCATIONS,
  SAMPLE_MUNICIPALITY,
  SAMPLE_SERVICES,
  demoAdapter,
});

wire(document);
new MutationObserver(() => wire(document)).observe(document.documentElement, { childList: true, subtree: true });
