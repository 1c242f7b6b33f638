import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/define/bt-slot-calendar.js';
import type { BtSlotCalendar } from '../../../src/components/slot-calendar/slot-calendar.js';
import { CalendarObject } from './calendar-object.js';
import { FakeAdapter, morningOf, office, slot } from './fake-adapter.js';

/** The office of fake-adapter, with every slot of `fullDays` taken (listed with `remaining: 0`). */
function withFullDays(fullDays: string[], options: Parameters<typeof office>[0] = {}): FakeAdapter {
  const open = office(options);
  return new FakeAdapter(async (query) => {
    const answer = await open(query);
    return {
      ...answer,
      slots: answer.slots.map((s) => (fullDays.some((day) => s.start.startsWith(day)) ? { ...s, remaining: 0 } : s)),
    };
  });
}

async function calendar(
  adapter: FakeAdapter,
  { lang = 'da', today = '2026-12-03', month }: { lang?: string; today?: string; month?: string } = {},
): Promise<CalendarObject> {
  const clock = morningOf(today);
  const el = await fixture<BtSlotCalendar>(
    html`<bt-slot-calendar
      lang=${lang}
      .clock=${clock}
      month=${ifDefined(month)}
      service="pas"
      location="centrum"
      .adapter=${adapter}
    ></bt-slot-calendar>`,
  );
  return new CalendarObject(el, clock);
}

/** What a sighted citizen can tell a day by: its border and text decoration. */
function look(button: HTMLElement): string {
  const style = getComputedStyle(button);
  return `${style.borderTopStyle} ${style.borderTopWidth} ${style.textDecorationLine} ${style.backgroundColor}`;
}

describe('<bt-slot-calendar> fully booked days and the legend', () => {
  it('a fully booked day is named so, has its own part, and looks unlike a past day, a closed day and an open day without times', async () => {
    const cal = await calendar(withFullDays(['2026-12-04'], { lastOpen: '2026-12-29' }), { month: '2026-12' });
    await cal.loaded();
    const full = cal.dayButton('2026-12-04');
    expect(cal.dayName('2026-12-04')).to.equal('fredag 4. december 2026, alt er optaget');
    expect(full.getAttribute('part')).to.include('day-full');
    expect(full.getAttribute('aria-disabled')).to.equal('true');
    const looks = {
      full: look(full),
      past: look(cal.dayButton('2026-12-01')),
      closed: look(cal.dayButton('2026-12-05')),
      none: look(cal.dayButton('2026-12-30')),
      available: look(cal.dayButton('2026-12-07')),
    };
    for (const other of ['past', 'closed', 'none', 'available'] as const) {
      expect(looks.full === looks[other], `full and ${other} look alike: ${JSON.stringify(looks)}`).to.equal(false);
    }
    expect(looks.full).to.match(/^dashed/);
    await expect(cal.element).to.be.accessible();
  });

  it('names a fully booked day in English', async () => {
    const cal = await calendar(withFullDays(['2026-12-04']), { lang: 'en', month: '2026-12' });
    await cal.loaded();
    expect(cal.dayName('2026-12-04')).to.equal('Friday 4 December 2026, fully booked');
  });

  for (const [lang, texts] of [
    ['da', ['Ledige tider – tallet viser, hvor mange', 'Alt optaget', 'Ingen ledige tider', 'Lukket']],
    ['en', ['Available times – the number says how many', 'Fully booked', 'No free times', 'Closed']],
  ] as const) {
    const name = lang === 'da' ? 'Forklaring til kalenderen' : 'Key to the calendar';
    it(`the legend explains the number under a date and the fully booked days, on screen and to screen readers (${lang})`, async () => {
      const cal = await calendar(withFullDays(['2026-12-04']), { lang, month: '2026-12' });
      await cal.loaded();
      const legend = cal.root.querySelector<HTMLElement>('.legend')!;
      expect(legend.tagName).to.equal('UL');
      expect(legend.getAttribute('aria-label')).to.equal(name);
      expect(legend.closest('[aria-hidden="true"]')).to.equal(null);
      const items = [...legend.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.deep.equal([`3${texts[0]}`, texts[1], `7${texts[2]}`, texts[3]]);
      expect(legend.getBoundingClientRect().height).to.be.greaterThan(0);
      // The sample number is drawn like the count under a date, and hidden from screen readers (the text says it).
      expect(legend.querySelector('.count-sample')!.closest('[aria-hidden="true"]')).to.not.equal(null);
      await expect(cal.element).to.be.accessible();
    });
  }

  it("the day of the citizen's own time opens its times even when that day is otherwise fully booked", async () => {
    const adapter = withFullDays(['2026-12-04']);
    const cal = await calendar(adapter, { month: '2026-12' });
    cal.element.currentStart = slot('2026-12-04', '10:15').start;
    cal.element.currentEnd = slot('2026-12-04', '10:30').start;
    await cal.loaded();
    expect(cal.dayButton('2026-12-04').getAttribute('aria-disabled')).to.equal('false');
  });
});

describe('<bt-slot-calendar> opening month', () => {
  it('on the last day of a month with no time left in it, opens on the next month', async () => {
    const cal = await calendar(new FakeAdapter(office({ firstOpen: '2026-12-01' })), { today: '2026-11-30' });
    await cal.loaded();
    expect(cal.monthHeading).to.equal('december 2026');
    expect(cal.element.month).to.equal('2026-12');
    await cal.announced('december 2026: 84 ledige tider');
  });

  it('stays on the current month while it still has a free time, even on its last day', async () => {
    const cal = await calendar(new FakeAdapter(office()), { today: '2026-11-30' });
    await cal.loaded();
    expect(cal.monthHeading).to.equal('november 2026');
  });

  it('stays on a month the page asked for', async () => {
    const cal = await calendar(new FakeAdapter(office({ firstOpen: '2026-12-01' })), { today: '2026-11-30', month: '2026-11' });
    await cal.loaded();
    expect(cal.monthHeading).to.equal('november 2026');
  });
});

describe("<bt-slot-calendar> the citizen's own time and the slim bt-slot-select", () => {
  it('lists the own time as free on its day when the backend left it out (its hold not yet given back), and offers it', async () => {
    // 10.15 on 4 December is the citizen's own: the backend, still counting their hold, leaves it out.
    const own = slot('2026-12-04', '10:15');
    const open = office({ times: ['10:15'] });
    const adapter = new FakeAdapter(async (query) => {
      const answer = await open(query);
      return { ...answer, slots: answer.slots.filter((s) => s.id !== own.id) };
    });
    const cal = await calendar(adapter, { month: '2026-12' });
    cal.element.ownSlot = own;
    await cal.loaded();
    expect(cal.dayName('2026-12-04')).to.equal('fredag 4. december 2026, 1 ledig tid');
    await cal.pickDay('2026-12-04');
    expect(cal.times).to.deep.equal(['10.15']);
    const picked = await cal.pickTime('10.15');
    expect(picked.id).to.equal(own.id);
    // Another errand's or office's slot, or one that has started, is never offered.
    cal.element.ownSlot = { ...own, serviceId: 'kørekort' };
    await cal.settled();
    expect(cal.dayName('2026-12-04')).to.equal('fredag 4. december 2026, ingen ledige tider');
  });

  it('bt-slot-select carries ids and times only, frozen', async () => {
    const cal = await calendar(new FakeAdapter(office()), { month: '2026-12' });
    await cal.loaded();
    await cal.pickDay('2026-12-04');
    let detail: unknown;
    cal.element.addEventListener('bt-slot-select', (event) => (detail = event.detail), { once: true });
    await cal.pickTime('10.15');
    expect(Object.keys(detail as object).sort()).to.deep.equal(['end', 'locationId', 'serviceId', 'slotId', 'start']);
    expect(Object.isFrozen(detail)).to.equal(true);
  });
});
