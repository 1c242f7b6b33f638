// Runs in Chromium with the browser in UTC, America/New_York, Australia/Sydney and
// Pacific/Kiritimati (UTC+14). Every expectation is a fixed Copenhagen value, so any code
// that reads the browser's local zone (Date#getHours, new Date('YYYY-MM-DD') in local time,
// Intl without timeZone) gives a different answer in at least one of those zones.
import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  copenhagenDate,
  copenhagenOffsetMinutes,
  copenhagenParts,
  copenhagenToday,
  formatDateTimeRange,
  formatDayLabel,
  formatLongDate,
  formatMonthYear,
  formatTime,
  formatTimeWithPrefix,
  isoWeekNumber,
  layoutMonth,
  partOfDay,
  startOfWeek,
  weekdayNames,
  weekdayOf,
  zonedIso,
} from '../../src/core/time.js';
import { groupSlotsByDate, summarizeMonth } from '../../src/core/availability.js';

describe('time in a foreign browser zone', () => {
  it('is not running in Copenhagen', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.not.equal('Europe/Copenhagen');
  });

  it('reads Copenhagen dates of instants near midnight', () => {
    expect(copenhagenDate('2026-03-28T23:30:00Z')).to.equal('2026-03-29');
    expect(copenhagenDate('2026-03-28T22:30:00Z')).to.equal('2026-03-28');
    expect(copenhagenDate('2026-10-24T22:30:00Z')).to.equal('2026-10-25');
    expect(copenhagenDate('2026-10-24T21:30:00Z')).to.equal('2026-10-24');
    expect(copenhagenDate('2026-12-31T23:00:00Z')).to.equal('2027-01-01');
    expect(copenhagenDate('2026-12-01T00:30:00+01:00')).to.equal('2026-12-01');
    expect(copenhagenDate('2026-12-01T23:30:00+01:00')).to.equal('2026-12-01');
    expect(copenhagenToday(new Date('2026-06-30T22:15:00Z'))).to.equal('2026-07-01');
    expect(copenhagenParts('2026-12-01T23:30:00Z')).to.deep.equal({
      year: 2026,
      month: 12,
      day: 2,
      hour: 0,
      minute: 30,
      weekday: 3,
    });
  });

  it('builds zoned ISO strings on ordinary and DST days', () => {
    expect(zonedIso('2026-12-01', '10:15')).to.equal('2026-12-01T10:15:00+01:00');
    expect(zonedIso('2026-07-01', '10:15')).to.equal('2026-07-01T10:15:00+02:00');
    expect(zonedIso('2026-03-29', '01:30')).to.equal('2026-03-29T01:30:00+01:00');
    expect(zonedIso('2026-03-29', '02:30')).to.equal('2026-03-29T03:30:00+02:00');
    expect(zonedIso('2026-03-29', '03:30')).to.equal('2026-03-29T03:30:00+02:00');
    expect(zonedIso('2026-10-25', '02:30')).to.equal('2026-10-25T02:30:00+02:00');
    expect(zonedIso('2026-10-25', '03:30')).to.equal('2026-10-25T03:30:00+01:00');
    expect(zonedIso('2026-10-25', '00:00')).to.equal('2026-10-25T00:00:00+02:00');
    expect(copenhagenOffsetMinutes('2026-03-29T01:00:00Z')).to.equal(120);
    expect(copenhagenOffsetMinutes('2026-10-25T01:00:00Z')).to.equal(60);
  });

  it('does date maths without local-time drift', () => {
    expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
    expect(addDays('2026-03-29', 1)).to.equal('2026-03-30');
    expect(addDays('2026-10-25', 1)).to.equal('2026-10-26');
    expect(addDays('2026-11-01', -1)).to.equal('2026-10-31');
    expect(addMonths('2027-01-31', 1)).to.equal('2027-02-28');
    expect(weekdayOf('2026-12-01')).to.equal(2);
    expect(weekdayOf('2026-03-29')).to.equal(7);
    expect(startOfWeek('2026-03-29', 1)).to.equal('2026-03-23');
    expect(isoWeekNumber('2026-12-31')).to.equal(53);
  });

  it('lays out months identically', () => {
    const march = layoutMonth('2026-03', 1);
    expect(march.weeks.map((week) => week[0]!.date)).to.deep.equal([
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(march.weeks[4]!.map((day) => day.date)).to.deep.equal([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
    const october = layoutMonth('2026-10', 7);
    expect(october.weeks.map((week) => week[0]!.date)).to.deep.equal([
      '2026-09-27',
      '2026-10-04',
      '2026-10-11',
      '2026-10-18',
      '2026-10-25',
    ]);
    expect(october.weeks[4]!.at(-1)).to.deep.equal({ date: '2026-10-31', inMonth: true });
    expect(layoutMonth('2027-02', 1).weeks).to.have.length(4);
  });

  it('formats the same strings', () => {
    expect(formatLongDate('2026-12-01', 'da')).to.equal('tirsdag den 1. december 2026');
    expect(formatLongDate('2026-12-01', 'en')).to.equal('Tuesday, 1 December 2026');
    expect(formatDayLabel('2026-03-29', 'da')).to.equal('søndag 29. marts 2026');
    expect(formatDayLabel('2026-10-25', 'en')).to.equal('Sunday 25 October 2026');
    expect(formatMonthYear('2026-12', 'da')).to.equal('december 2026');
    expect(formatMonthYear('2027-01', 'en')).to.equal('January 2027');
    expect(formatTime('2026-12-01T09:15:00Z', 'da')).to.equal('10.15');
    expect(formatTime('2026-07-01T08:15:00Z', 'en')).to.equal('10:15');
    expect(formatTimeWithPrefix('2026-10-25T01:30:00Z', 'da')).to.equal('kl. 02.30');
    expect(formatTimeWithPrefix('2026-10-25T00:30:00Z', 'da')).to.equal('kl. 02.30');
    expect(formatDateTimeRange('2026-12-01T10:15:00+01:00', '2026-12-01T10:30:00+01:00', 'da')).to.equal(
      'tirsdag den 1. december 2026 kl. 10.15–10.30',
    );
    expect(formatDateTimeRange('2026-12-01T09:15:00Z', '2026-12-01T09:30:00Z', 'en')).to.equal(
      'Tuesday, 1 December 2026, 10:15–10:30',
    );
    expect(weekdayNames('da', 1, 'long')[0]).to.equal('mandag');
    expect(weekdayNames('en', 7, 'long')[0]).to.equal('Sunday');
    expect(partOfDay('2026-12-01T10:59:00Z')).to.equal('morning');
    expect(partOfDay('2026-12-01T11:00:00Z')).to.equal('afternoon');
    expect(partOfDay('2026-07-01T15:00:00Z')).to.equal('evening');
  });

  it('groups slots and summarises months by Copenhagen date', () => {
    const slot = (id: string, start: string) => ({ id, serviceId: 'pas', locationId: 'raadhus', start, end: start });
    const slots = [
      slot('a', '2026-10-24T22:30:00Z'), // 00:30 on 25 October
      slot('b', '2026-10-24T21:45:00Z'), // 23:45 on 24 October
      slot('c', '2026-10-31T23:30:00Z'), // 00:30 on 1 November (winter time)
    ];
    const grouped = groupSlotsByDate(slots);
    expect([...grouped.keys()]).to.deep.equal(['2026-10-24', '2026-10-25', '2026-11-01']);
    const october = summarizeMonth({ slots, closedDays: [] }, '2026-10', '2026-10-01');
    expect(october.get('2026-10-25')).to.deep.equal({ state: 'available', count: 1 });
    expect(october.get('2026-10-31')).to.deep.equal({ state: 'none', count: 0 });
  });
});
