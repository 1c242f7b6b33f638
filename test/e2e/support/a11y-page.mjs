// A bare page on the demo's Vite server (so `/src/...` modules load as the demo loads them)
// where a test mounts borgertid elements over an in-page adapter of its own data, on a clock
// fixed at 08.00 Copenhagen time on 3 December 2026 (a Thursday).
import { fileURLToPath } from 'node:url';

export const TODAY = '2026-12-03';

const BLANK = 'a11y-blank.html';
/** Vite's root is demo/: the sources outside it are served under /@fs/ with their absolute path. */
const SRC = `/@fs${fileURLToPath(new URL('../../../src/', import.meta.url))}`;

/** Opens the bare page with every element defined; `window.fixture` builds adapters and clocks. */
export async function openBarePage(demo, { viewport = { width: 1280, height: 900 }, lang = 'da' } = {}) {
  const context = await demo.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.route(`${demo.url}${BLANK}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>a11y</title><style>body{margin:0;padding:8px;font-family:system-ui}</style></head><body></body></html>`,
    }),
  );
  await page.goto(`${demo.url}${BLANK}`);
  await page.evaluate(
    async ({ today, src }) => {
      const [{ clockAt }] = await Promise.all([import(`${src}core/clock.ts`), import(`${src}define/all.ts`)]);
      const at = (date, time) => {
        // December is CET (+01:00) throughout.
        return `${date}T${time}:00+01:00`;
      };
      window.fixture = {
        clock: clockAt(() => new Date(`${today}T08:00:00+01:00`)),
        at,
        /** An adapter over plain data; availability answers `days(from, to)`. */
        adapter({ locations = [], services = [], availability = () => ({ slots: [], closedDays: [] }) }) {
          return {
            getLocations: async () => structuredClone(locations),
            getServices: async () => structuredClone(services),
            getAvailability: async ({ from, to }) => structuredClone(availability(from, to)),
            holdSlot: () => new Promise(() => undefined),
            releaseHold: async () => undefined,
            book: () => new Promise(() => undefined),
            getAppointments: async () => [],
            reschedule: () => new Promise(() => undefined),
            cancel: () => new Promise(() => undefined),
          };
        },
      };
    },
    { today: TODAY, src: SRC },
  );
  return { context, page, errors };
}
