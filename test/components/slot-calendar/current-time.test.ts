import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/bt-slot-calendar.js';
import type { BtSlotCalendar } from '../../../src/components/slot-calendar/slot-calendar.js';
import { zonedIso } from '../../../src/core/time.js';
import { CalendarObject } from './calendar-object.js';
import { FakeAdapter, morningOf, office } from './fake-adapter.js';

interface Current {
  start?: string;
  end?: string;
  slotId?: string;
}

/** A calendar for a citizen moving their appointment, 320 px wide (a small phone). */
async function moving(
  current: Current,
  { lang = 'da', lastOpen }: { lang?: string; lastOpen?: string } = {},
): Promise<CalendarObject> {
  const clock = morningOf('2026-12-01');
  const el = await fixture<BtSlotCalendar>(
    html`<div style="width: 320px">
      <bt-slot-calendar
        lang=${lang}
        .clock=${clock}
        month="2026-12"
        service="pas"
        location="centrum"
        current-start=${current.start ?? ''}
        current-end=${current.end ?? ''}
        current-slot-id=${current.slotId ?? ''}
        .adapter=${new FakeAdapter(office({ lastOpen }))}
      ></bt-slot-calendar>
    </div>`,
  ).then((wrapper) => wrapper.querySelector('bt-slot-calendar')!);
  const cal = new CalendarObject(el, clock);
  await cal.loaded();
  return cal;
}

/** The days whose button carries the `day-current` part. */
function markedDays(cal: CalendarObject): (string | undefined)[] {
  return cal.dayButtons.filter((b) => b.getAttribute('part')!.split(' ').includes('day-current')).map((b) => cal.dateOf(b));
}

/** Nothing in the times panel is wider than the panel (320 px reflow). */
function fitsWidth(cal: CalendarObject): boolean {
  const panel = cal.timesPanel!;
  return panel.scrollWidth <= panel.clientWidth + 1;
}

describe('<bt-slot-calendar> marks the citizen’s current time when moving it', () => {
  it('marks the day and lists the time as not choosable, in Danish, when it is not offered', async () => {
    const cal = await moving({ start: zonedIso('2026-12-10', '11:00'), end: zonedIso('2026-12-10', '11:15') });
    expect(markedDays(cal)).to.deep.equal(['2026-12-10']);
    expect(cal.dayName('2026-12-10')).to.equal('torsdag 10. december 2026, 4 ledige tider, din nuværende tid');
    expect(cal.dayName('2026-12-11')).to.equal('fredag 11. december 2026, 4 ledige tider');
    expect(cal.dayButton('2026-12-10').parentElement!.querySelector('.current-mark')).to.not.equal(null);
    await cal.pickDay('2026-12-10');
    expect(cal.times).to.deep.equal(['09.00', '10.15', '13.30', '17.00']);
    const entry = cal.currentTimeEntry!;
    expect(entry.textContent!.trim()).to.equal('11.00–11.15 – din nuværende tid');
    expect(entry.querySelector('[part~="time-current"]')).to.not.equal(null);
    expect(entry.querySelector('button, [tabindex]')).to.equal(null);
    expect(fitsWidth(cal)).to.equal(true);
    await expect(cal.element).to.be.accessible();
  });

  it('opens a day without free times to show the current time there, in English', async () => {
    const cal = await moving({ start: zonedIso('2026-12-30', '10:00') }, { lang: 'en', lastOpen: '2026-12-29' });
    expect(cal.dayName('2026-12-30')).to.equal('Wednesday 30 December 2026, no available times, your current time');
    expect(cal.dayButton('2026-12-30').getAttribute('aria-disabled')).to.equal('false');
    expect(cal.dayButton('2026-12-31').getAttribute('aria-disabled')).to.equal('true');
    await cal.pickDay('2026-12-30');
    expect(cal.timesHeading).to.equal('Available times Wednesday 30 December 2026');
    expect(cal.times).to.deep.equal([]);
    expect(cal.currentTimeEntry!.textContent!.trim()).to.equal('10:00 – your current time');
    expect(fitsWidth(cal)).to.equal(true);
    await expect(cal.element).to.be.accessible();
  });

  it('never offers its own time back: an offered slot named by current-slot-id is listed, not a button', async () => {
    const cal = await moving({ slotId: '2026-12-10T10:15' });
    expect(markedDays(cal)).to.deep.equal(['2026-12-10']);
    await cal.pickDay('2026-12-10');
    expect(cal.times).to.deep.equal(['09.00', '13.30', '17.00']);
    const entry = cal.currentTimeEntry!;
    expect(entry.textContent!.trim()).to.equal('10.15–10.30 – din nuværende tid');
    let chosen = false;
    cal.element.addEventListener('bt-slot-select', () => (chosen = true));
    entry.querySelector<HTMLElement>('[part~="time-current"]')!.click();
    await cal.settled();
    expect(chosen).to.equal(false);
    expect(cal.element.selectedSlotId).to.equal(undefined);
    await expect(cal.element).to.be.accessible();
  });

  it('marks nothing without a current time, and ignores a start that is not an instant', async () => {
    const cal = await moving({ start: 'i morgen' });
    expect(markedDays(cal)).to.deep.equal([]);
    await cal.pickDay('2026-12-10');
    expect(cal.currentTimeEntry).to.equal(undefined);
  });
});
