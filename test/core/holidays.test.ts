import { expect } from '@open-wc/testing';
import { danishHolidays, easterSunday, holidayOn } from '../../src/core/holidays.js';
import { weekdayOf } from '../../src/core/time.js';

function dateOf(year: number, da: string): string | undefined {
  return danishHolidays(year).find((holiday) => holiday.name.da === da)?.date;
}

describe('danish holidays', () => {
  describe('easterSunday', () => {
    it('computes Easter 2026 and 2027', () => {
      expect(easterSunday(2026)).to.equal('2026-04-05');
      expect(easterSunday(2027)).to.equal('2027-03-28');
    });

    it('agrees with known dates, including the earliest and latest possible', () => {
      expect(easterSunday(2000)).to.equal('2000-04-23');
      expect(easterSunday(2024)).to.equal('2024-03-31');
      expect(easterSunday(2025)).to.equal('2025-04-20');
      expect(easterSunday(2038)).to.equal('2038-04-25');
      expect(easterSunday(2285)).to.equal('2285-03-22');
    });

    it('always falls on a Sunday', () => {
      for (let year = 1990; year <= 2060; year += 1) {
        expect(weekdayOf(easterSunday(year)), String(year)).to.equal(7);
      }
    });
  });

  describe('danishHolidays', () => {
    it('lists the moveable feasts of 2026 relative to Easter', () => {
      expect(dateOf(2026, 'Skærtorsdag')).to.equal('2026-04-02');
      expect(dateOf(2026, 'Langfredag')).to.equal('2026-04-03');
      expect(dateOf(2026, 'Påskedag')).to.equal('2026-04-05');
      expect(dateOf(2026, '2. påskedag')).to.equal('2026-04-06');
      expect(dateOf(2026, 'Kristi himmelfartsdag')).to.equal('2026-05-14');
      expect(dateOf(2026, 'Pinsedag')).to.equal('2026-05-24');
      expect(dateOf(2026, '2. pinsedag')).to.equal('2026-05-25');
    });

    it('lists the fixed days, including those on which offices close', () => {
      expect(dateOf(2026, 'Nytårsdag')).to.equal('2026-01-01');
      expect(dateOf(2026, 'Grundlovsdag')).to.equal('2026-06-05');
      expect(dateOf(2026, 'Juleaftensdag')).to.equal('2026-12-24');
      expect(dateOf(2026, 'Juledag')).to.equal('2026-12-25');
      expect(dateOf(2026, '2. juledag')).to.equal('2026-12-26');
      expect(dateOf(2026, 'Nytårsaftensdag')).to.equal('2026-12-31');
    });

    it('has no Store bededag from 2024, and has it before', () => {
      for (const year of [2024, 2025, 2026, 2030]) {
        expect(dateOf(year, 'Store bededag'), String(year)).to.equal(undefined);
        expect(danishHolidays(year)).to.have.length(13);
      }
      expect(dateOf(2023, 'Store bededag')).to.equal('2023-05-05');
      expect(danishHolidays(2023)).to.have.length(14);
    });

    it('is sorted by date and names every day in Danish and English', () => {
      const holidays = danishHolidays(2027);
      const dates = holidays.map((holiday) => holiday.date);
      expect(dates).to.deep.equal([...dates].sort());
      for (const holiday of holidays) {
        expect(holiday.date.startsWith('2027-')).to.equal(true);
        expect(holiday.name.da).to.be.a('string').and.not.empty;
        expect(holiday.name.en).to.be.a('string').and.not.empty;
      }
      expect(holidays.find((holiday) => holiday.date === '2027-12-25')?.name.en).to.equal('Christmas Day');
    });

    it('marks the closing days that are not statutory holidays', () => {
      const unofficial = danishHolidays(2026)
        .filter((holiday) => !holiday.official)
        .map((holiday) => holiday.name.da);
      expect(unofficial).to.deep.equal(['Grundlovsdag', 'Juleaftensdag', 'Nytårsaftensdag']);
    });

    it('returns fresh objects that callers cannot use to corrupt the table', () => {
      danishHolidays(2026)[0]!.name.da = 'changed';
      expect(danishHolidays(2026)[0]!.name.da).to.equal('Nytårsdag');
    });
  });

  describe('holidayOn', () => {
    it('finds the holiday on a date', () => {
      expect(holidayOn('2026-12-25')?.name.da).to.equal('Juledag');
      expect(holidayOn('2026-05-14')?.name.en).to.equal('Ascension Day');
    });

    it('returns undefined on ordinary days', () => {
      expect(holidayOn('2026-12-23')).to.equal(undefined);
      expect(holidayOn('2026-05-01')).to.equal(undefined);
    });

    it('rejects strings that are not dates', () => {
      expect(() => holidayOn('25-12-2026')).to.throw(RangeError);
    });
  });
});
