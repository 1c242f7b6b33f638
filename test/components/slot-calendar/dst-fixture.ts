import { fixture, html } from '@open-wc/testing';
import '../../../src/define/bt-slot-calendar.js';
import type { BtSlotCalendar } from '../../../src/components/slot-calendar/slot-calendar.js';
import type { Slot } from '../../../src/core/types.js';
import { CalendarObject } from './calendar-object.js';
import { FakeAdapter, morningOf } from './fake-adapter.js';

/** A 15-minute slot (an end before its start would be dropped as wrong data). */
const at = (id: string, start: string): Slot => ({
  id,
  serviceId: 'pas',
  locationId: 'centrum',
  start,
  end: new Date(Date.parse(start) + 15 * 60_000).toISOString(),
});

/** Slots on both 2026 transition days, written with different offsets (and one in UTC). */
export const DST_SLOTS: Slot[] = [
  // 29 March 2026: clocks go 02:00 → 03:00.
  at('m1', '2026-03-28T23:30:00Z'), // 00:30 CET, already the 29th in Copenhagen
  at('m2', '2026-03-29T01:30:00+01:00'),
  at('m3', '2026-03-29T03:30:00+02:00'),
  at('m4', '2026-03-29T12:00:00+02:00'),
  // 25 October 2026: clocks go 03:00 → 02:00, so 02:30 happens twice.
  at('o1', '2026-10-25T02:30:00+02:00'),
  at('o2', '2026-10-25T02:30:00+01:00'),
  at('o3', '2026-10-25T13:00:00+01:00'),
  at('o4', '2026-10-25T22:45:00Z'), // 23:45 CET on the 25th
];

export async function dstCalendar(month: string, lang = 'da'): Promise<CalendarObject> {
  const adapter = new FakeAdapter(({ from, to }) => ({
    slots: DST_SLOTS.filter((slot) => slot.start.slice(0, 10) >= addOne(from, -1) && slot.start.slice(0, 10) <= to),
    closedDays: [],
  }));
  const el = await fixture<BtSlotCalendar>(
    html`<bt-slot-calendar
      lang=${lang}
      .clock=${morningOf('2026-03-01')}
      month=${month}
      service="pas"
      location="centrum"
      .adapter=${adapter}
    ></bt-slot-calendar>`,
  );
  const cal = new CalendarObject(el);
  await cal.loaded();
  return cal;
}

function addOne(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
