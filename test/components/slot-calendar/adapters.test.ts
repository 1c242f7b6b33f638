import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import '../../../src/define/bt-slot-calendar.js';
import type { BtSlotCalendar } from '../../../src/components/slot-calendar/slot-calendar.js';
import type { BookingAdapter } from '../../../src/core/adapter.js';
import { MemoryAdapter } from '../../../src/adapters/memory/memory-adapter.js';
import { RestAdapter } from '../../../src/adapters/rest/rest-adapter.js';
import { createMockControls, setupBrowserMocks } from '../../../src/mocks/index.js';
import { ManualClock } from '../../support/manual-clock.js';
import { CalendarObject } from './calendar-object.js';

// The sample municipality, on a fixed morning: Friday 20 November 2026, 09.00.
const now = () => new Date('2026-11-20T09:00:00+01:00');

async function mount(adapter: BookingAdapter, lang = 'da'): Promise<CalendarObject> {
  const clock = new ManualClock(now());
  const el = await fixture<BtSlotCalendar>(
    html`<bt-slot-calendar
      lang=${lang}
      .clock=${clock}
      month="2026-12"
      service="pas-voksen"
      location="centrum"
      .adapter=${adapter}
    ></bt-slot-calendar>`,
  );
  const cal = new CalendarObject(el, clock);
  await cal.loaded();
  return cal;
}

/** A citizen's path: December, Christmas closed, pick a day, pick its first time. */
async function bookAnyDecemberTime(cal: CalendarObject): Promise<void> {
  expect(cal.dayName('2026-12-25')).to.equal('fredag 25. december 2026, lukket: Juledag');
  expect(cal.dayName('2026-12-05')).to.match(/^lørdag 5\. december 2026, lukket: /);
  expect(cal.availableDates, 'some December day has free times').to.not.be.empty;
  await cal.pickFirstAvailableDay();
  expect(cal.times.length).to.be.greaterThan(0);
  expect(cal.timeNames[0]).to.match(/^\S+ \d+\. december 2026 kl\. \d\d\.\d\d$/);
  const chosen = new Promise<CustomEvent>((resolve) => cal.element.addEventListener('bt-slot-select', resolve, { once: true }));
  cal.timeButtons[0]!.click();
  const event = await chosen;
  expect(event.detail.serviceId).to.equal('pas-voksen');
  await expect(cal.element).to.be.accessible();
}

describe('<bt-slot-calendar> over the real adapters', () => {
  it('works over the MemoryAdapter', async () => {
    await bookAnyDecemberTime(await mount(new MemoryAdapter({ now })));
  });

  describe('over the RestAdapter and msw', () => {
    const baseUrl = 'https://booking.example.test/api';
    const controls = createMockControls();
    let worker: SetupWorker;

    before(async () => {
      worker = await setupBrowserMocks({ baseUrl, adapter: new MemoryAdapter({ now }), controls });
    });
    after(() => worker.stop());
    afterEach(() => controls.reset());

    it('works over HTTP', async () => {
      await bookAnyDecemberTime(await mount(new RestAdapter({ baseUrl, retries: 0 })));
    });

    it('shows the backend failure as a translated error with a working retry', async () => {
      // Many times, not once: an aborted prefetch from the test before may still reach the
      // service worker (WebKit) and would use up a one-shot failure.
      controls.failNext = { status: 503, times: 100, path: '/availability' };
      const el = await fixture<BtSlotCalendar>(
        html`<bt-slot-calendar
          lang="en"
          .clock=${new ManualClock(now())}
          month="2026-12"
          service="pas-voksen"
          location="centrum"
          .adapter=${new RestAdapter({ baseUrl, retries: 0 })}
        ></bt-slot-calendar>`,
      );
      const cal = new CalendarObject(el);
      await waitUntil(() => cal.messages.length > 0, 'no error shown', { timeout: 5000 });
      expect(cal.messages.join(' ')).to.include('cannot be reached right now');
      await expect(el).to.be.accessible();
      controls.reset();
      await cal.retry();
      expect(cal.messages).to.deep.equal([]);
      // The RestAdapter asks in the calendar's language: the backend's closed-day reason is English too.
      expect(cal.dayName('2026-12-25')).to.equal('Friday 25 December 2026, closed: Christmas Day');
    });
  });
});
