/**
 * Danish public holidays (helligdage) and the days municipal offices close besides them.
 *
 * Pure calendar maths on `YYYY-MM-DD` strings: no DOM, no clock, no time zone.
 */
import { addDays } from './time.js';

export interface Holiday {
  /** YYYY-MM-DD. */
  date: string;
  name: { da: string; en: string };
  /**
   * True for the statutory helligdage; false for Grundlovsdag, Juleaftensdag and
   * Nytårsaftensdag, which are not public holidays by law but on which municipal offices
   * close all the same.
   */
  official: boolean;
}

/** Store Bededag was abolished by law from 2024 (lov nr. 150 af 28/02/2023). */
const LAST_STORE_BEDEDAG_YEAR = 2023;

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** Easter Sunday (YYYY-MM-DD), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const cache = new Map<number, readonly Holiday[]>();

function computeHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const fixed = (monthDay: string): string => `${pad(year, 4)}-${monthDay}`;
  const holidays: Holiday[] = [
    { date: fixed('01-01'), name: { da: 'Nytårsdag', en: "New Year's Day" }, official: true },
    { date: addDays(easter, -3), name: { da: 'Skærtorsdag', en: 'Maundy Thursday' }, official: true },
    { date: addDays(easter, -2), name: { da: 'Langfredag', en: 'Good Friday' }, official: true },
    { date: easter, name: { da: 'Påskedag', en: 'Easter Sunday' }, official: true },
    { date: addDays(easter, 1), name: { da: '2. påskedag', en: 'Easter Monday' }, official: true },
  ];
  if (year <= LAST_STORE_BEDEDAG_YEAR) {
    holidays.push({
      date: addDays(easter, 26),
      name: { da: 'Store bededag', en: 'Great Prayer Day' },
      official: true,
    });
  }
  holidays.push(
    { date: addDays(easter, 39), name: { da: 'Kristi himmelfartsdag', en: 'Ascension Day' }, official: true },
    { date: addDays(easter, 49), name: { da: 'Pinsedag', en: 'Whit Sunday' }, official: true },
    { date: addDays(easter, 50), name: { da: '2. pinsedag', en: 'Whit Monday' }, official: true },
    { date: fixed('06-05'), name: { da: 'Grundlovsdag', en: 'Constitution Day' }, official: false },
    { date: fixed('12-24'), name: { da: 'Juleaftensdag', en: 'Christmas Eve' }, official: false },
    { date: fixed('12-25'), name: { da: 'Juledag', en: 'Christmas Day' }, official: true },
    { date: fixed('12-26'), name: { da: '2. juledag', en: 'Boxing Day' }, official: true },
    { date: fixed('12-31'), name: { da: 'Nytårsaftensdag', en: "New Year's Eve" }, official: false },
  );
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

function holidaysOf(year: number): readonly Holiday[] {
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = computeHolidays(year);
    cache.set(year, holidays);
  }
  return holidays;
}

function copy(holiday: Holiday): Holiday {
  return { ...holiday, name: { ...holiday.name } };
}

/**
 * Every day in `year` on which Danish municipal offices are closed for a holiday, in date
 * order: the helligdage plus Grundlovsdag, Juleaftensdag and Nytårsaftensdag. Returns fresh
 * objects, so callers may mutate them.
 */
export function danishHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year)) throw new RangeError(`Not a year: ${year}`);
  return holidaysOf(year).map(copy);
}

/** The holiday falling on a `YYYY-MM-DD` date, or undefined on an ordinary day. */
export function holidayOn(date: string): Holiday | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  }
  const holiday = holidaysOf(Number(date.slice(0, 4))).find((entry) => entry.date === date);
  return holiday && copy(holiday);
}
