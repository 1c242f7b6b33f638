import { expect } from '@open-wc/testing';
import {
  earliestSlot,
  groupSlotsByDate,
  isSlotFree,
  slotsByPartOfDay,
  sortSlots,
  summarizeMonth,
} from '../../src/core/availability.js';
import { zonedIso } from '../../src/core/time.js';
import type { Availability, Slot } from '../../src/core/types.js';

let nextId = 0;

/** A 15-minute slot from an explicit ISO start. */
function slotAt(start: string, remaining?: number): Slot {
  nextId += 1;
  const end = new Date(new Date(start).getTime() + 15 * 60_000).toISOString();
  const slot: Slot = { id: `s${nextId}`, serviceId: 'pas', locationId: 'raadhus', start, end };
  if (remaining !== undefined) slot.remaining = remaining;
  return slot;
}

/** A slot at a Copenhagen wall-clock time. */
function slot(date: string, time: string, remaining?: number): Slot {
  return slotAt(zonedIso(date, time), remaining);
}

const ids = (slots: readonly Slot[] | undefined): string[] => (slots ?? []).map((s) => s.id);

describe('availability: isSlotFree and sortSlots', () => {
  it('treats a slot as free unless remaining is 0', () => {
    expect(isSlotFree(slot('2026-12-03', '09:00'))).to.equal(true);
    expect(isSlotFree(slot('2026-12-03', '09:00', 1))).to.equal(true);
    expect(isSlotFree(slot('2026-12-03', '09:00', 0))).to.equal(false);
  });

  it('sorts by instant, not by the text of differently offset strings', () => {
    const summerTwoThirty = slotAt('2026-10-25T02:30:00+02:00'); // 00:30Z, first 02:30
    const winterTwoFifteen = slotAt('2026-10-25T02:15:00+01:00'); // 01:15Z, second 02:15
    const utcMidnight = slotAt('2026-10-25T00:00:00Z'); // 02:00 CEST, earliest
    const input = [winterTwoFifteen, summerTwoThirty, utcMidnight];
    expect(ids(sortSlots(input))).to.deep.equal([utcMidnight.id, summerTwoThirty.id, winterTwoFifteen.id]);
    expect(ids(input)).to.deep.equal([winterTwoFifteen.id, summerTwoThirty.id, utcMidnight.id]);
  });
});

describe('availability: groupSlotsByDate', () => {
  it('groups by the Copenhagen date and sorts each day', () => {
    const lateDec3 = slot('2026-12-03', '15:00');
    const earlyDec3 = slot('2026-12-03', '09:00');
    const utcEveningIsDec4 = slotAt('2026-12-03T23:15:00Z'); // 00:15 on 4 December in Copenhagen
    const utcMorningDec3 = slotAt('2026-12-03T10:00:00Z'); // 11:00
    const grouped = groupSlotsByDate([lateDec3, utcEveningIsDec4, earlyDec3, utcMorningDec3]);
    expect([...grouped.keys()]).to.deep.equal(['2026-12-03', '2026-12-04']);
    expect(ids(grouped.get('2026-12-03'))).to.deep.equal([earlyDec3.id, utcMorningDec3.id, lateDec3.id]);
    expect(ids(grouped.get('2026-12-04'))).to.deep.equal([utcEveningIsDec4.id]);
  });

  it('puts the DST-change nights on the right day', () => {
    const springAfterMidnight = slotAt('2026-03-28T23:30:00Z'); // 00:30 CET on 29 March
    const autumnAfterMidnight = slotAt('2026-10-24T22:30:00Z'); // 00:30 CEST on 25 October
    const autumnBeforeMidnight = slotAt('2026-10-24T21:45:00Z'); // 23:45 CEST on 24 October
    const grouped = groupSlotsByDate([autumnAfterMidnight, springAfterMidnight, autumnBeforeMidnight]);
    expect([...grouped.keys()]).to.deep.equal(['2026-03-29', '2026-10-24', '2026-10-25']);
    expect(ids(grouped.get('2026-10-25'))).to.deep.equal([autumnAfterMidnight.id]);
  });

  it('keeps full slots and returns an empty map for no slots', () => {
    const full = slot('2026-12-03', '09:00', 0);
    expect(ids(groupSlotsByDate([full]).get('2026-12-03'))).to.deep.equal([full.id]);
    expect(groupSlotsByDate([]).size).to.equal(0);
  });
});

describe('availability: summarizeMonth', () => {
  const availability: Availability = {
    slots: [
      slot('2026-11-30', '10:00'),
      slot('2026-12-01', '10:00'),
      slot('2026-12-03', '10:00', 2),
      slot('2026-12-03', '09:15', 0),
      slot('2026-12-03', '09:00'),
      slot('2026-12-04', '09:00', 0),
      slot('2026-12-04', '09:15', 0),
      slot('2026-12-05', '10:00'),
      slotAt('2026-12-07T23:15:00Z'), // 00:15 on 8 December in Copenhagen
      slot('2027-01-04', '10:00'),
    ],
    closedDays: [
      { date: '2026-12-05', reason: 'Weekend' },
      { date: '2026-12-06', reason: 'Weekend' },
      { date: '2026-12-02', reason: 'Lukket for kursus' },
      { date: '2026-12-24', reason: 'Juleaften' },
    ],
  };

  it('covers every date of the month, in order, and nothing else', () => {
    const summary = summarizeMonth(availability, '2026-12', '2026-12-03');
    const dates = [...summary.keys()];
    expect(dates).to.have.length(31);
    expect(dates[0]).to.equal('2026-12-01');
    expect(dates[30]).to.equal('2026-12-31');
    expect(summary.has('2026-11-30')).to.equal(false);
    expect(summary.has('2027-01-04')).to.equal(false);
  });

  it('gives each day its state, count and reason', () => {
    const summary = summarizeMonth(availability, '2026-12', '2026-12-03');
    expect(summary.get('2026-12-01')).to.deep.equal({ state: 'past', count: 0 });
    expect(summary.get('2026-12-02')).to.deep.equal({ state: 'past', count: 0 });
    expect(summary.get('2026-12-03')).to.deep.equal({ state: 'available', count: 2 });
    expect(summary.get('2026-12-04')).to.deep.equal({ state: 'full', count: 0 });
    expect(summary.get('2026-12-05')).to.deep.equal({ state: 'closed', count: 0, reason: 'Weekend' });
    expect(summary.get('2026-12-06')).to.deep.equal({ state: 'closed', count: 0, reason: 'Weekend' });
    expect(summary.get('2026-12-07')).to.deep.equal({ state: 'none', count: 0 });
    expect(summary.get('2026-12-08')).to.deep.equal({ state: 'available', count: 1 });
    expect(summary.get('2026-12-24')).to.deep.equal({ state: 'closed', count: 0, reason: 'Juleaften' });
    expect(summary.get('2026-12-31')).to.deep.equal({ state: 'none', count: 0 });
  });

  it('ignores slots that start before notBefore', () => {
    const summary = summarizeMonth(availability, '2026-12', '2026-12-03', zonedIso('2026-12-03', '09:30'));
    expect(summary.get('2026-12-03')).to.deep.equal({ state: 'available', count: 1 });
    const later = summarizeMonth(availability, '2026-12', '2026-12-03', zonedIso('2026-12-03', '10:01'));
    expect(later.get('2026-12-03')).to.deep.equal({ state: 'none', count: 0 });
    expect(later.get('2026-12-08')).to.deep.equal({ state: 'available', count: 1 });
  });

  it('counts a slot after midnight on the fall-back night on its Copenhagen day', () => {
    const slots = [
      slotAt('2026-10-24T22:30:00Z'), // 00:30 on 25 October
      slotAt('2026-10-24T21:45:00Z'), // 23:45 on 24 October
      slotAt('2026-10-31T23:30:00Z'), // 00:30 on 1 November (winter time)
    ];
    expect([...groupSlotsByDate(slots).keys()]).to.deep.equal(['2026-10-24', '2026-10-25', '2026-11-01']);
    const october = summarizeMonth({ slots, closedDays: [] }, '2026-10', '2026-10-01');
    expect(october.get('2026-10-25')).to.deep.equal({ state: 'available', count: 1 });
    expect(october.get('2026-10-31')).to.deep.equal({ state: 'none', count: 0 });
  });

  it('marks the whole month past or open depending on today', () => {
    const past = summarizeMonth(availability, '2026-12', '2027-01-01');
    expect([...past.values()].every((day) => day.state === 'past')).to.equal(true);
    const future = summarizeMonth(availability, '2026-12', '2026-11-01');
    expect(future.get('2026-12-01')).to.deep.equal({ state: 'available', count: 1 });
    expect(future.get('2026-12-02')).to.deep.equal({ state: 'closed', count: 0, reason: 'Lukket for kursus' });
  });
});

describe('availability: earliestSlot', () => {
  const a = slot('2026-12-03', '09:00', 0);
  const b = slot('2026-12-03', '09:15');
  const c = slotAt('2026-12-03T08:30:00Z'); // 09:30 Copenhagen
  const d = slot('2026-12-02', '14:00', 3);

  it('finds the earliest free slot by instant', () => {
    expect(earliestSlot([b, a, c, d])?.id).to.equal(d.id);
    expect(earliestSlot([b, a, c])?.id).to.equal(b.id);
  });

  it('respects notBefore inclusively', () => {
    expect(earliestSlot([a, b, c, d], zonedIso('2026-12-03', '09:15'))?.id).to.equal(b.id);
    expect(earliestSlot([a, b, c, d], '2026-12-03T08:20:00Z')?.id).to.equal(c.id);
    expect(earliestSlot([a, b, c, d], '2026-12-03T08:31:00Z')).to.equal(undefined);
  });

  it('returns undefined when nothing is free', () => {
    expect(earliestSlot([])).to.equal(undefined);
    expect(earliestSlot([a])).to.equal(undefined);
  });
});

describe('availability: slotsByPartOfDay', () => {
  it('splits by the Copenhagen hour at 12 and 17, sorted', () => {
    const noon = slot('2026-12-03', '12:00');
    const beforeNoon = slot('2026-12-03', '11:45');
    const early = slotAt('2026-12-03T07:00:00Z'); // 08:00
    const lateAfternoon = slotAt('2026-12-03T15:59:00Z'); // 16:59
    const five = slot('2026-12-03', '17:00');
    const parts = slotsByPartOfDay([five, noon, lateAfternoon, beforeNoon, early]);
    expect(ids(parts.morning)).to.deep.equal([early.id, beforeNoon.id]);
    expect(ids(parts.afternoon)).to.deep.equal([noon.id, lateAfternoon.id]);
    expect(ids(parts.evening)).to.deep.equal([five.id]);
  });

  it('always has all three parts', () => {
    expect(slotsByPartOfDay([])).to.deep.equal({ morning: [], afternoon: [], evening: [] });
  });
});
