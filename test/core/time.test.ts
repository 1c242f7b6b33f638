import { expect } from '@open-wc/testing';
import {
  TIME_ZONE,
  addDays,
  addMonths,
  addMonthsToMonth,
  addYears,
  compareDates,
  compareInstants,
  copenhagenDate,
  copenhagenOffsetMinutes,
  copenhagenParts,
  copenhagenTime,
  copenhagenToday,
  datesOfMonth,
  daysBetween,
  daysInMonth,
  firstOfMonth,
  formatDateTimeRange,
  formatLongDate,
  formatTime,
  formatTimeWithPrefix,
  isValidDate,
  lastOfMonth,
  monthOf,
  partOfDay,
  weekdayOf,
  zonedInstant,
  zonedIso,
} from '../../src/core/time.js';
import {
  endOfWeek,
  firstDayOfWeekFor,
  formatDayLabel,
  formatMonthYear,
  isoWeekNumber,
  layoutMonth,
  startOfWeek,
  weekdayNames,
} from '../../src/core/month-grid.js';

/**
 * The zone a time-zone group of the test runner put the browser in (web-test-runner.config.mjs
 * runs this file again in zones far from Copenhagen); absent in the ordinary run.
 */
const zoneUnderTest = document.querySelector<HTMLMetaElement>('meta[name="bt-time-zone"]')?.content;
/** Minutes behind UTC in January (`Date#getTimezoneOffset`) of the zones the runner uses. */
const JANUARY_OFFSETS: Record<string, number> = {
  UTC: 0,
  'America/New_York': 300,
  'Australia/Sydney': -660,
  'Pacific/Kiritimati': -840,
};

if (zoneUnderTest) {
  describe(`time: in the browser zone ${zoneUnderTest}`, () => {
    it('really runs there, for Intl and for Date alike', () => {
      expect(zoneUnderTest).to.not.equal('Europe/Copenhagen');
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zoneUnderTest);
      expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).to.equal(JANUARY_OFFSETS[zoneUnderTest]);
    });
  });
}

/** The first date of every row, and the row count, of a month grid. */
function rowStarts(month: string, firstDayOfWeek: 1 | 2 | 3 | 4 | 5 | 6 | 7 = 1): string[] {
  return layoutMonth(month, firstDayOfWeek).weeks.map((week) => week[0]!.date);
}

describe('time: calendar-date maths', () => {
  it('names the zone', () => {
    expect(TIME_ZONE).to.equal('Europe/Copenhagen');
  });

  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
    expect(addDays('2026-03-29', 1)).to.equal('2026-03-30');
    expect(addDays('2026-10-25', 1)).to.equal('2026-10-26');
    expect(addDays('2026-01-01', 365)).to.equal('2027-01-01');
    expect(addDays('2026-11-01', -1)).to.equal('2026-10-31');
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2027-01-31', 1)).to.equal('2027-02-28');
    expect(addMonths('2028-01-31', 1)).to.equal('2028-02-29');
    expect(addMonths('2026-03-31', -1)).to.equal('2026-02-28');
    expect(addMonths('2026-05-31', 1)).to.equal('2026-06-30');
    expect(addMonths('2026-12-15', 1)).to.equal('2027-01-15');
    expect(addMonths('2026-01-15', -13)).to.equal('2024-12-15');
    expect(addMonths('2026-08-31', 0)).to.equal('2026-08-31');
    expect(addMonthsToMonth('2026-12', 1)).to.equal('2027-01');
    expect(addMonthsToMonth('2026-01', -1)).to.equal('2025-12');
  });

  it('adds years, moving 29 February to 28 February in common years', () => {
    expect(addYears('2028-02-29', 1)).to.equal('2029-02-28');
    expect(addYears('2028-02-29', 4)).to.equal('2032-02-29');
    expect(addYears('2026-06-15', -1)).to.equal('2025-06-15');
  });

  it('knows weekdays and month lengths', () => {
    expect(weekdayOf('2026-12-01')).to.equal(2);
    expect(weekdayOf('2026-06-01')).to.equal(1);
    expect(weekdayOf('2026-03-01')).to.equal(7);
    expect(weekdayOf('2027-01-02')).to.equal(6);
    expect(weekdayOf('2026-03-29')).to.equal(7);
    expect(daysInMonth(2026, 2)).to.equal(28);
    expect(daysInMonth(2028, 2)).to.equal(29);
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
    expect(daysInMonth(2026, 4)).to.equal(30);
    expect(daysInMonth(2026, 12)).to.equal(31);
  });

  it('finds the start and end of a week for any first weekday', () => {
    expect(startOfWeek('2026-12-03', 1)).to.equal('2026-11-30');
    expect(startOfWeek('2026-11-30', 1)).to.equal('2026-11-30');
    expect(startOfWeek('2026-12-03', 7)).to.equal('2026-11-29');
    expect(startOfWeek('2026-12-06', 7)).to.equal('2026-12-06');
    expect(startOfWeek('2026-12-06', 1)).to.equal('2026-11-30');
    expect(startOfWeek('2026-12-03', 6)).to.equal('2026-11-28');
    expect(startOfWeek('2026-03-29', 1)).to.equal('2026-03-23');
    expect(endOfWeek('2026-12-03', 1)).to.equal('2026-12-06');
    expect(endOfWeek('2026-12-03', 7)).to.equal('2026-12-05');
  });

  it('compares and counts dates', () => {
    expect(compareDates('2026-12-01', '2026-12-02')).to.equal(-1);
    expect(compareDates('2027-01-01', '2026-12-31')).to.equal(1);
    expect(compareDates('2026-12-01', '2026-12-01')).to.equal(0);
    expect(['2026-12-10', '2026-02-01', '2026-11-30'].sort(compareDates)).to.deep.equal([
      '2026-02-01',
      '2026-11-30',
      '2026-12-10',
    ]);
    expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).to.equal(-2);
  });

  it('handles months', () => {
    expect(monthOf('2026-12-24')).to.equal('2026-12');
    expect(firstOfMonth('2026-12')).to.equal('2026-12-01');
    expect(lastOfMonth('2026-12')).to.equal('2026-12-31');
    expect(lastOfMonth('2028-02')).to.equal('2028-02-29');
    expect(lastOfMonth('2027-02')).to.equal('2027-02-28');
    expect(lastOfMonth('2026-09')).to.equal('2026-09-30');
    const february = datesOfMonth('2027-02');
    expect(february).to.have.length(28);
    expect(february[0]).to.equal('2027-02-01');
    expect(february[27]).to.equal('2027-02-28');
  });

  it('computes ISO week numbers, including week 53 and year boundaries', () => {
    expect(isoWeekNumber('2026-01-01')).to.equal(1);
    expect(isoWeekNumber('2026-12-01')).to.equal(49);
    expect(isoWeekNumber('2026-12-31')).to.equal(53);
    expect(isoWeekNumber('2027-01-03')).to.equal(53);
    expect(isoWeekNumber('2027-01-04')).to.equal(1);
    expect(isoWeekNumber('2024-12-30')).to.equal(1);
    expect(isoWeekNumber('2021-01-03')).to.equal(53);
  });

  it('rejects malformed and impossible dates', () => {
    expect(isValidDate('2026-02-29')).to.equal(false);
    expect(isValidDate('2028-02-29')).to.equal(true);
    expect(isValidDate('2026-13-01')).to.equal(false);
    expect(isValidDate('2026-1-01')).to.equal(false);
    expect(() => addDays('2026-02-30', 1)).to.throw(RangeError);
    expect(() => firstOfMonth('2026-13')).to.throw(RangeError);
    expect(() => monthOf('december')).to.throw(RangeError);
  });
});

describe('time: layoutMonth', () => {
  it('lays out a month that starts on a Monday (June 2026) in 5 rows', () => {
    const layout = layoutMonth('2026-06');
    expect(layout.month).to.equal('2026-06');
    expect(rowStarts('2026-06')).to.deep.equal(['2026-06-01', '2026-06-08', '2026-06-15', '2026-06-22', '2026-06-29']);
    const lastRow = layout.weeks[4]!;
    expect(lastRow.map((day) => day.date)).to.deep.equal([
      '2026-06-29',
      '2026-06-30',
      '2026-07-01',
      '2026-07-02',
      '2026-07-03',
      '2026-07-04',
      '2026-07-05',
    ]);
    expect(lastRow.map((day) => day.inMonth)).to.deep.equal([true, true, false, false, false, false, false]);
  });

  it('lays out a month that starts on a Sunday (March 2026) in 6 rows from Monday, 5 from Sunday', () => {
    const layout = layoutMonth('2026-03', 1);
    expect(rowStarts('2026-03', 1)).to.deep.equal([
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(layout.weeks[0]!.filter((day) => day.inMonth).map((day) => day.date)).to.deep.equal(['2026-03-01']);
    expect(layout.weeks[5]!.at(-1)).to.deep.equal({ date: '2026-04-05', inMonth: false });
    expect(layout.weeks[4]!.map((day) => day.date)).to.deep.equal([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);

    expect(rowStarts('2026-03', 7)).to.deep.equal(['2026-03-01', '2026-03-08', '2026-03-15', '2026-03-22', '2026-03-29']);
    expect(layoutMonth('2026-03', 7).weeks[4]!.at(-1)).to.deep.equal({ date: '2026-04-04', inMonth: false });
  });

  it('fits February 2027 in exactly 4 rows from Monday, 5 from Sunday', () => {
    const monday = layoutMonth('2027-02', 1);
    expect(monday.weeks).to.have.length(4);
    expect(monday.weeks.flat().every((day) => day.inMonth)).to.equal(true);
    expect(monday.weeks[0]![0]!.date).to.equal('2027-02-01');
    expect(monday.weeks[3]![6]!.date).to.equal('2027-02-28');

    const sunday = layoutMonth('2027-02', 7);
    expect(rowStarts('2027-02', 7)).to.deep.equal(['2027-01-31', '2027-02-07', '2027-02-14', '2027-02-21', '2027-02-28']);
    expect(sunday.weeks[0]![0]).to.deep.equal({ date: '2027-01-31', inMonth: false });
    expect(sunday.weeks[4]![0]).to.deep.equal({ date: '2027-02-28', inMonth: true });
    expect(sunday.weeks[4]![6]).to.deep.equal({ date: '2027-03-06', inMonth: false });
  });

  it('fits February 2026 in 4 rows from Sunday', () => {
    expect(rowStarts('2026-02', 7)).to.deep.equal(['2026-02-01', '2026-02-08', '2026-02-15', '2026-02-22']);
    expect(layoutMonth('2026-02', 1).weeks).to.have.length(5);
  });

  it('lays out the fall-back month (October 2026) from Sunday', () => {
    expect(rowStarts('2026-10', 7)).to.deep.equal(['2026-09-27', '2026-10-04', '2026-10-11', '2026-10-18', '2026-10-25']);
    expect(layoutMonth('2026-10', 7).weeks[4]!.at(-1)).to.deep.equal({ date: '2026-10-31', inMonth: true });
  });

  it('always yields whole weeks of consecutive days with every day of the month once', () => {
    for (let offset = 0; offset < 24; offset += 1) {
      const month = addMonthsToMonth('2026-01', offset);
      for (const firstDay of [1, 6, 7] as const) {
        const days = layoutMonth(month, firstDay).weeks;
        expect(days.length, `${month}/${firstDay}`).to.be.within(4, 6);
        for (const week of days) {
          expect(week).to.have.length(7);
          expect(weekdayOf(week[0]!.date)).to.equal(firstDay);
        }
        const flat = days.flat();
        flat.slice(1).forEach((day, index) => expect(day.date).to.equal(addDays(flat[index]!.date, 1)));
        expect(flat.filter((day) => day.inMonth).map((day) => day.date)).to.deep.equal(datesOfMonth(month));
      }
    }
  });
});

describe('time: instants in Copenhagen', () => {
  it('reads the Copenhagen date of instants around midnight and DST', () => {
    expect(copenhagenDate('2026-03-28T23:30:00Z')).to.equal('2026-03-29');
    expect(copenhagenDate('2026-03-28T22:59:59Z')).to.equal('2026-03-28');
    expect(copenhagenDate('2026-03-28T22:30:00Z')).to.equal('2026-03-28');
    expect(copenhagenDate('2026-10-24T22:30:00Z')).to.equal('2026-10-25');
    expect(copenhagenDate('2026-10-24T21:59:59Z')).to.equal('2026-10-24');
    expect(copenhagenDate('2026-10-24T21:30:00Z')).to.equal('2026-10-24');
    expect(copenhagenDate('2026-12-31T23:00:00Z')).to.equal('2027-01-01');
    expect(copenhagenDate('2026-12-31T22:59:59Z')).to.equal('2026-12-31');
    expect(copenhagenDate(new Date(Date.UTC(2026, 6, 31, 22, 0)))).to.equal('2026-08-01');
    expect(copenhagenDate('2026-12-01T10:15:00+01:00')).to.equal('2026-12-01');
    expect(copenhagenDate('2026-12-01T00:30:00+01:00')).to.equal('2026-12-01');
    expect(copenhagenDate('2026-12-01T23:30:00+01:00')).to.equal('2026-12-01');
  });

  it('gives today in Copenhagen for an injected now', () => {
    expect(copenhagenToday(new Date('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
    expect(copenhagenToday(new Date('2026-06-30T21:59:00Z'))).to.equal('2026-06-30');
    expect(copenhagenToday(new Date('2026-06-30T22:15:00Z'))).to.equal('2026-07-01');
    expect(copenhagenToday()).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('splits an instant into Copenhagen wall-clock parts', () => {
    expect(copenhagenParts('2026-12-01T09:15:00Z')).to.deep.equal({
      year: 2026,
      month: 12,
      day: 1,
      hour: 10,
      minute: 15,
      weekday: 2,
    });
    expect(copenhagenParts('2026-07-04T22:05:00Z')).to.deep.equal({
      year: 2026,
      month: 7,
      day: 5,
      hour: 0,
      minute: 5,
      weekday: 7,
    });
    expect(copenhagenParts('2026-12-01T23:30:00Z')).to.deep.equal({
      year: 2026,
      month: 12,
      day: 2,
      hour: 0,
      minute: 30,
      weekday: 3,
    });
    expect(copenhagenTime('2026-03-29T01:00:00Z')).to.equal('03:00');
    expect(copenhagenTime('2026-03-29T00:59:00Z')).to.equal('01:59');
  });

  it('reports the offset on either side of both transitions', () => {
    expect(copenhagenOffsetMinutes('2026-01-15T12:00:00Z')).to.equal(60);
    expect(copenhagenOffsetMinutes('2026-07-15T12:00:00Z')).to.equal(120);
    expect(copenhagenOffsetMinutes('2026-03-29T00:59:59Z')).to.equal(60);
    expect(copenhagenOffsetMinutes('2026-03-29T01:00:00Z')).to.equal(120);
    expect(copenhagenOffsetMinutes('2026-10-25T00:59:59Z')).to.equal(120);
    expect(copenhagenOffsetMinutes('2026-10-25T01:00:00Z')).to.equal(60);
    expect(copenhagenOffsetMinutes(new Date('2026-10-25T00:59:59.999Z'))).to.equal(120);
  });

  it("agrees with the engine's time-zone data hour by hour, also in years of other rules", () => {
    // The offsets are read per month with the change found by bisection: every hour of every
    // month of these years (DST of 1916, wartime, 1980's April start, today's rules) must match.
    const intl = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Europe/Copenhagen',
      timeZoneName: 'longOffset',
    });
    const intlOffset = (date: Date): number => {
      const name = intl.formatToParts(date).find((part) => part.type === 'timeZoneName')!.value;
      const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
      return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    };
    for (const year of [1916, 1945, 1980, 2026, 2037]) {
      for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 3_600_000) {
        const date = new Date(ms);
        expect(copenhagenOffsetMinutes(date), date.toISOString()).to.equal(intlOffset(date));
      }
    }
  });

  it('turns wall-clock times into ISO instants with the right offset', () => {
    expect(zonedIso('2026-12-01', '10:15')).to.equal('2026-12-01T10:15:00+01:00');
    expect(zonedIso('2026-07-01', '10:15')).to.equal('2026-07-01T10:15:00+02:00');
    expect(zonedIso('2026-12-01', '00:00')).to.equal('2026-12-01T00:00:00+01:00');
    expect(zonedIso('2026-12-01', '23:59:30')).to.equal('2026-12-01T23:59:30+01:00');
  });

  it('handles the spring-forward day (2026-03-29)', () => {
    expect(zonedIso('2026-03-29', '00:00')).to.equal('2026-03-29T00:00:00+01:00');
    expect(zonedIso('2026-03-29', '01:30')).to.equal('2026-03-29T01:30:00+01:00');
    expect(zonedIso('2026-03-29', '01:59')).to.equal('2026-03-29T01:59:00+01:00');
    expect(zonedIso('2026-03-29', '03:00')).to.equal('2026-03-29T03:00:00+02:00');
    expect(zonedIso('2026-03-29', '03:30')).to.equal('2026-03-29T03:30:00+02:00');
    // Nonexistent wall-clock times move forward by the gap.
    expect(zonedIso('2026-03-29', '02:00')).to.equal('2026-03-29T03:00:00+02:00');
    expect(zonedIso('2026-03-29', '02:30')).to.equal('2026-03-29T03:30:00+02:00');
    expect(zonedInstant('2026-03-29', '01:30').toISOString()).to.equal('2026-03-29T00:30:00.000Z');
    expect(zonedInstant('2026-03-29', '03:30').toISOString()).to.equal('2026-03-29T01:30:00.000Z');
  });

  it('handles the fall-back day (2026-10-25), taking the first occurrence of repeated times', () => {
    expect(zonedIso('2026-10-25', '00:30')).to.equal('2026-10-25T00:30:00+02:00');
    expect(zonedIso('2026-10-25', '00:00')).to.equal('2026-10-25T00:00:00+02:00');
    expect(zonedIso('2026-10-25', '01:59')).to.equal('2026-10-25T01:59:00+02:00');
    expect(zonedIso('2026-10-25', '02:00')).to.equal('2026-10-25T02:00:00+02:00');
    expect(zonedIso('2026-10-25', '02:30')).to.equal('2026-10-25T02:30:00+02:00');
    expect(zonedIso('2026-10-25', '03:00')).to.equal('2026-10-25T03:00:00+01:00');
    expect(zonedIso('2026-10-25', '03:30')).to.equal('2026-10-25T03:30:00+01:00');
    expect(zonedInstant('2026-10-25', '02:30').toISOString()).to.equal('2026-10-25T00:30:00.000Z');
    expect(zonedInstant('2026-10-25', '03:30').toISOString()).to.equal('2026-10-25T02:30:00.000Z');
  });

  it('round-trips every quarter hour of both DST days except the spring gap', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const instant = zonedInstant(date, time);
        const inGap = date.slice(5, 7) === '03' && time.startsWith('02:');
        expect(copenhagenDate(instant), `${date} ${time}`).to.equal(date);
        if (!inGap) expect(copenhagenTime(instant), `${date} ${time}`).to.equal(time);
      }
    }
  });

  it('rejects invalid wall-clock input', () => {
    expect(() => zonedIso('2026-12-01', '24:00')).to.throw(RangeError);
    expect(() => zonedIso('2026-12-01', '9:15')).to.throw(RangeError);
    expect(() => zonedIso('2026-02-30', '10:00')).to.throw(RangeError);
    expect(() => copenhagenDate('not a date')).to.throw(RangeError);
  });

  it('sorts instants with different offsets by time, not by text', () => {
    const later = '2026-10-25T02:30:00+01:00';
    const earlier = '2026-10-25T02:45:00+02:00';
    expect(compareInstants(earlier, later)).to.be.below(0);
    expect([later, earlier].sort(compareInstants)).to.deep.equal([earlier, later]);
  });

  it('classifies the part of the day by the Copenhagen hour', () => {
    expect(partOfDay('2026-12-01T10:59:00Z')).to.equal('morning'); // 11:59
    expect(partOfDay('2026-12-01T11:00:00Z')).to.equal('afternoon'); // 12:00
    expect(partOfDay('2026-07-01T14:59:00Z')).to.equal('afternoon'); // 16:59
    expect(partOfDay('2026-07-01T15:00:00Z')).to.equal('evening'); // 17:00
    expect(partOfDay('2026-07-01T00:30:00+02:00')).to.equal('morning');
  });
});

describe('time: formatting', () => {
  it('writes long dates in Danish and English', () => {
    expect(formatLongDate('2026-12-01', 'da')).to.equal('tirsdag den 1. december 2026');
    expect(formatLongDate('2026-12-01', 'da-DK')).to.equal('tirsdag den 1. december 2026');
    expect(formatLongDate('2026-12-01', 'en')).to.equal('Tuesday, 1 December 2026');
    expect(formatLongDate('2026-12-01', 'en-GB')).to.equal('Tuesday, 1 December 2026');
    expect(formatLongDate('2027-05-16', 'da')).to.equal('søndag den 16. maj 2027');
    expect(formatLongDate('2027-02-06', 'en')).to.equal('Saturday, 6 February 2027');
  });

  it('writes day labels without "den" or a comma', () => {
    expect(formatDayLabel('2026-12-01', 'da')).to.equal('tirsdag 1. december 2026');
    expect(formatDayLabel('2026-12-01', 'en')).to.equal('Tuesday 1 December 2026');
    expect(formatDayLabel('2026-03-29', 'da')).to.equal('søndag 29. marts 2026');
    expect(formatDayLabel('2026-10-25', 'en')).to.equal('Sunday 25 October 2026');
  });

  it('writes 24-hour times in Copenhagen time', () => {
    expect(formatTime('2026-12-01T10:15:00+01:00', 'da')).to.equal('10.15');
    expect(formatTime('2026-12-01T10:15:00+01:00', 'en')).to.equal('10:15');
    expect(formatTime('2026-12-01T08:05:00Z', 'da')).to.equal('09.05');
    expect(formatTime('2026-12-01T09:15:00Z', 'da')).to.equal('10.15');
    expect(formatTime('2026-07-01T08:15:00Z', 'en')).to.equal('10:15');
    expect(formatTime('2026-07-01T15:30:00Z', 'en')).to.equal('17:30');
    expect(formatTime('2026-07-01T22:00:00Z', 'da')).to.equal('00.00');
    expect(formatTimeWithPrefix('2026-12-01T10:15:00+01:00', 'da')).to.equal('kl. 10.15');
    expect(formatTimeWithPrefix('2026-12-01T10:15:00+01:00', 'en')).to.equal('10:15');
    // Both 02:30s of the fall-back night.
    expect(formatTimeWithPrefix('2026-10-25T00:30:00Z', 'da')).to.equal('kl. 02.30');
    expect(formatTimeWithPrefix('2026-10-25T01:30:00Z', 'da')).to.equal('kl. 02.30');
  });

  it('writes month captions', () => {
    expect(formatMonthYear('2026-12', 'da')).to.equal('december 2026');
    expect(formatMonthYear('2026-12', 'en')).to.equal('December 2026');
    expect(formatMonthYear('2027-03', 'da')).to.equal('marts 2027');
    expect(formatMonthYear('2026-10', 'en-GB')).to.equal('October 2026');
    expect(formatMonthYear('2027-01', 'en')).to.equal('January 2027');
  });

  it('lists weekday names from the chosen first day', () => {
    expect(weekdayNames('da', 1, 'long')).to.deep.equal(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag']);
    expect(weekdayNames('en', 7, 'long')).to.deep.equal([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
    expect(weekdayNames('en', 1, 'short')).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayNames('da', 1, 'narrow')).to.deep.equal(['M', 'T', 'O', 'T', 'F', 'L', 'S']);
    expect(weekdayNames('da', 6, 'long')[0]).to.equal('lørdag');
  });

  it('writes an appointment span', () => {
    const start = '2026-12-01T10:15:00+01:00';
    const end = '2026-12-01T10:30:00+01:00';
    expect(formatDateTimeRange(start, end, 'da')).to.equal('tirsdag den 1. december 2026 kl. 10.15–10.30');
    expect(formatDateTimeRange(start, end, 'en')).to.equal('Tuesday, 1 December 2026, 10:15–10:30');
    expect(formatDateTimeRange('2026-12-01T09:15:00Z', '2026-12-01T09:30:00Z', 'en')).to.equal(
      'Tuesday, 1 December 2026, 10:15–10:30',
    );
    expect(formatDateTimeRange('2026-12-01T22:45:00Z', '2026-12-01T23:15:00Z', 'da')).to.equal(
      'tirsdag den 1. december 2026 kl. 23.45 – onsdag den 2. december 2026 kl. 00.15',
    );
  });

  it('leaves other locales to Intl, still in Copenhagen time', () => {
    expect(formatTime('2026-12-01T09:15:00Z', 'de')).to.equal('10:15');
    expect(formatLongDate('2026-12-01', 'de')).to.contain('1. Dezember 2026');
    expect(formatMonthYear('2026-12', 'de')).to.equal('Dezember 2026');
  });

  it('falls back to Danish for a malformed locale tag', () => {
    expect(formatLongDate('2026-12-01', 'not a locale!')).to.equal('tirsdag den 1. december 2026');
  });

  it('picks the first day of the week for a locale', () => {
    expect(firstDayOfWeekFor('da')).to.equal(1);
    expect(firstDayOfWeekFor('da-DK')).to.equal(1);
    expect(firstDayOfWeekFor('en')).to.equal(1);
    expect(firstDayOfWeekFor('en-GB')).to.equal(1);
    expect(firstDayOfWeekFor('de-DE')).to.equal(1);
    expect(firstDayOfWeekFor('en-US')).to.equal(7);
    expect(firstDayOfWeekFor('?? bad tag')).to.equal(1);
  });
});
