// Forced-colors mode (Windows High Contrast and friends), emulated in Chromium: the system
// replaces our colours, so each state of a calendar day must still differ in shape — border,
// outline, text decoration — or in a colour it keeps on purpose (the chosen day's Highlight).
// Compared as computed styles, not pixels.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo } from './support/harness.mjs';
import { openBarePage } from './support/a11y-page.mjs';

let demo;
before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.close();
});

/** A December 2026 calendar with a day of every kind; today is Thursday 3 December. */
async function mountCalendar(page) {
  await page.evaluate(async () => {
    const { fixture } = window;
    const slotsOn = (date, remaining) =>
      ['09:00', '10:15'].map((time) => ({
        id: `${date}-${time}`,
        serviceId: 'pas',
        locationId: 'centrum',
        start: fixture.at(date, time),
        end: fixture.at(
          date,
          time.replace(/:(\d\d)$/, (_, m) => `:${Number(m) + 15}`),
        ),
        remaining,
      }));
    const adapter = fixture.adapter({
      availability: (from) =>
        from.startsWith('2026-12')
          ? {
              // 4th fully booked, 5th closed, 7th and 9th–11th free, 8th open without times.
              slots: [
                ...slotsOn('2026-12-04', 0),
                ...['2026-12-07', '2026-12-09', '2026-12-10', '2026-12-11'].flatMap((d) => slotsOn(d, 1)),
              ],
              closedDays: [{ date: '2026-12-05', reason: 'Lørdag' }],
            }
          : { slots: [], closedDays: [] },
    });
    const calendar = document.createElement('bt-slot-calendar');
    Object.assign(calendar, { adapter, clock: fixture.clock });
    calendar.setAttribute('service', 'pas');
    calendar.setAttribute('location', 'centrum');
    calendar.setAttribute('month', '2026-12');
    calendar.setAttribute('selected-date', '2026-12-09');
    document.body.append(calendar);
    await customElements.whenDefined('bt-slot-calendar');
    const day = (date) => calendar.shadowRoot?.querySelector(`button.day[data-date="${date}"]`);
    // Wait for the month's data: the 7th turns available.
    for (let i = 0; i < 200 && !day('2026-12-07')?.classList.contains('available'); i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    if (!day('2026-12-07')?.classList.contains('available')) throw new Error('the month never loaded');
  });
}

/** What tells a day apart when colours are the system's: shape, and the colours kept on purpose. */
function looks(page, dates) {
  return page.evaluate((dates) => {
    const root = document.querySelector('bt-slot-calendar').shadowRoot;
    return Object.fromEntries(
      Object.entries(dates).map(([name, date]) => {
        const style = getComputedStyle(root.querySelector(`button.day[data-date="${date}"]`));
        return [
          name,
          [
            `border ${style.borderTopStyle} ${style.borderTopWidth}`,
            `outline ${style.outlineStyle} ${style.outlineWidth}`,
            `decoration ${style.textDecorationLine}`,
            `background ${style.backgroundColor}`,
          ].join(', '),
        ];
      }),
    );
  }, dates);
}

const DAYS = {
  past: '2026-12-01',
  full: '2026-12-04',
  closed: '2026-12-05',
  available: '2026-12-07',
  none: '2026-12-08',
  selected: '2026-12-09',
};

describe('calendar days in forced-colors mode', () => {
  it('the chosen day, focus, and available, fully booked, closed and past days each look different', async () => {
    const { context, page, errors } = await openBarePage(demo);
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      await mountCalendar(page);

      const seen = await looks(page, DAYS);
      console.log('forced colors, by day kind:', seen);
      const differ = (a, b) => assert.notEqual(seen[a], seen[b], `${a} and ${b} look alike: ${seen[a]}`);
      for (const kind of ['past', 'full', 'closed', 'none']) {
        differ(kind, 'available');
        differ(kind, 'selected');
      }
      differ('selected', 'available');
      differ('full', 'past');
      differ('full', 'closed');
      differ('closed', 'past');

      // Focus by keyboard on an available day and on the chosen day: a ring each, unlike without.
      for (const kind of ['available', 'selected']) {
        await page.evaluate((date) => {
          document.querySelector('bt-slot-calendar').shadowRoot.querySelector(`button.day[data-date="${date}"]`).focus();
        }, DAYS[kind]);
        const focused = await page.evaluate(() => {
          const active = document.querySelector('bt-slot-calendar').shadowRoot.activeElement;
          return active?.matches(':focus-visible') ? active.dataset.date : undefined;
        });
        assert.equal(focused, DAYS[kind], `keyboard focus on the ${kind} day`);
        const withFocus = (await looks(page, { [kind]: DAYS[kind] }))[kind];
        console.log(`forced colors, ${kind} day focused:`, withFocus);
        assert.notEqual(withFocus, seen[kind], `focus on the ${kind} day does not show`);
        assert.match(withFocus, /outline (solid|dashed|dotted|double) [2-9]/, 'a focus ring of at least 2px');
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
