/**
 * Copenhagen wall-clock time and calendar-date maths.
 *
 * Every office keeps Danish time, whatever zone the citizen's browser is in, so nothing here
 * reads the browser's local zone: instants go through `Intl` with `timeZone:
 * 'Europe/Copenhagen'`, and calendar dates are plain `YYYY-MM-DD` strings whose arithmetic
 * runs on UTC day numbers (a local-time `Date` would shift days across DST or zones).
 */
import type { IsoWeekday } from './types.js';

/** The one zone every date and time in borgertid is shown and reasoned in. */
export const TIME_ZONE = 'Europe/Copenhagen';

/** A Copenhagen wall-clock reading of an instant. */
export interface CopenhagenParts {
  year: number;
  /** 1 = January … 12 = December. */
  month: number;
  day: number;
  /** 0–23. */
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: IsoWeekday;
}

/** Rough time of day, by Copenhagen hour: before 12, before 17, later. */
export type PartOfDay = 'morning' | 'afternoon' | 'evening';

const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

// ---------------------------------------------------------------------------------------
// Parsing and calendar-date maths (pure, UTC day numbers)
// ---------------------------------------------------------------------------------------

export function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** UTC milliseconds of midnight at the start of a proleptic Gregorian date (years < 100 too). */
function utcMidnight(year: number, month: number, day: number): number {
  // Date.UTC reads years 0–99 as 1900–1999: only those need the slower setter.
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
}

export function formatUtcDate(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Splits a `YYYY-MM-DD` string; throws a RangeError when it is not a real calendar date. */
export function parseDate(date: string): { year: number; month: number; day: number } {
  const match = DATE_PATTERN.exec(date);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
}

/** Whether a string is a real `YYYY-MM-DD` calendar date (e.g. not 2026-02-30). */
export function isValidDate(date: string): boolean {
  try {
    parseDate(date);
    return true;
  } catch {
    return false;
  }
}

export function parseMonth(month: string): { year: number; month: number } {
  const match = MONTH_PATTERN.exec(month);
  if (match) {
    const parsed = { year: Number(match[1]), month: Number(match[2]) };
    if (parsed.month >= 1 && parsed.month <= 12) return parsed;
  }
  throw new RangeError(`Not a month (YYYY-MM): ${month}`);
}

export function dateToUtc(date: string): number {
  const { year, month, day } = parseDate(date);
  return utcMidnight(year, month, day);
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: string, days: number): string {
  return formatUtcDate(dateToUtc(date) + days * MS_PER_DAY);
}

/** `date` plus `months` months, clamped to the month end: 2027-01-31 + 1 → 2027-02-28. */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(targetDay)}`;
}

/** `date` plus `years` years; 29 February clamps to 28 February in common years. */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): IsoWeekday {
  const sundayBased = new Date(dateToUtc(date)).getUTCDay();
  return (sundayBased === 0 ? 7 : sundayBased) as IsoWeekday;
}

/** Sort comparator for `YYYY-MM-DD` strings: negative, 0 or positive. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToUtc(to) - dateToUtc(from)) / MS_PER_DAY);
}

/** The `YYYY-MM` month a `YYYY-MM-DD` date lies in. */
export function monthOf(date: string): string {
  parseDate(date);
  return date.slice(0, 7);
}

/** `YYYY-MM` plus `months` months. */
export function addMonthsToMonth(month: string, months: number): string {
  return monthOf(addMonths(firstOfMonth(month), months));
}

/** The first date of a `YYYY-MM` month. */
export function firstOfMonth(month: string): string {
  const parsed = parseMonth(month);
  return `${pad(parsed.year, 4)}-${pad(parsed.month)}-01`;
}

/** The last date of a `YYYY-MM` month. */
export function lastOfMonth(month: string): string {
  const parsed = parseMonth(month);
  return `${pad(parsed.year, 4)}-${pad(parsed.month)}-${pad(daysInMonth(parsed.year, parsed.month))}`;
}

/** Every date of a `YYYY-MM` month, in order. */
export function datesOfMonth(month: string): string[] {
  const { year, month: number } = parseMonth(month);
  const prefix = `${pad(year, 4)}-${pad(number)}-`;
  const dates: string[] = [];
  // Every month is summarised on each step: plain strings, no date arithmetic per day.
  for (let day = 1, last = daysInMonth(year, number); day <= last; day += 1) dates.push(prefix + pad(day));
  return dates;
}

// ---------------------------------------------------------------------------------------
// Instants in Copenhagen
// ---------------------------------------------------------------------------------------

/** Per option set (the module's constant objects), per locale: no key to build on each call. */
const formatCache = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/** Intl.DateTimeFormat instances are expensive to build: one per locale and option set. */
export function cachedFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byLocale = formatCache.get(options);
  if (!byLocale) formatCache.set(options, (byLocale = new Map()));
  let format = byLocale.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE });
    byLocale.set(locale, format);
  }
  return format;
}

/**
 * A bounded memo for pure formatting functions: a month grid asks for the same thirty-odd day
 * names on every render, and `formatToParts` is the dearest thing in it.
 */
export function memo<T>(limit = 2000): (key: string, make: () => T) => T {
  const cache = new Map<string, T>();
  return (key, make) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = make();
      cache.set(key, value);
    }
    return value;
  };
}

/** What is known of an ISO string: its milliseconds (NaN: no instant) and, once asked, its Copenhagen date. */
interface InstantInfo {
  ms: number;
  date: string | undefined;
}

/**
 * ISO strings already read: a month's slot times are decoded, checked, compared and dated many
 * times over, so each is parsed once and dated once, behind one lookup.
 */
const instants = new Map<string, InstantInfo>();

function instantInfo(text: string): InstantInfo {
  let info = instants.get(text);
  if (info === undefined) {
    info = { ms: Date.parse(text), date: undefined };
    if (instants.size >= 20_000) instants.clear();
    instants.set(text, info);
  }
  return info;
}

/** Milliseconds of an ISO 8601 instant string (`Date.parse`), NaN when it is none; each string read once. */
export function parseInstant(text: string): number {
  return instantInfo(text).ms;
}

/** Milliseconds of an instant; throws a RangeError for anything that is not one. */
function msOf(instant: Date | string | number): number {
  if (typeof instant !== 'string') return toDate(instant).getTime();
  const ms = parseInstant(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid instant: ${instant}`);
  return ms;
}

function toDate(instant: Date | string | number): Date {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return date;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
};

/** Copenhagen wall-clock fields of an instant, to the second, as the engine's time-zone data says. */
function intlWallClock(date: Date): WallClock {
  // 'en-US' with numeric fields is only a carrier for numbers; hourCycle h23 avoids "24:00".
  const parts = cachedFormat('en-US', WALL_CLOCK).formatToParts(date);
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour') % 24,
    minute: field('minute'),
    second: field('second'),
  };
}

/** Copenhagen's offset (ms) at an instant, to the second, read from Intl. */
function intlOffset(ms: number): number {
  const wall = intlWallClock(new Date(ms));
  return utcMidnight(wall.year, wall.month, wall.day) + ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1000 - ms;
}

/**
 * Copenhagen's offsets through one UTC month: `before` until the instant `change` (ms, a whole
 * second), `after` from then on; `change` is Infinity when the offset holds all month.
 */
interface MonthOffsets {
  before: number;
  after: number;
  change: number;
}

/** Seconds in an hour: a zone's offset changes on the hour (in UTC seconds since 1970). */
const HOUR = 3600;

/** The offsets of each UTC month asked about, by month number (year × 12 + month index). */
const monthOffsets = new Map<number, MonthOffsets>();
/** The UTC month `offsetsOfMonth` answered last: [from, until) in ms. */
let lastMonth: { from: number; until: number; offsets: MonthOffsets } | undefined;

/**
 * The offsets through the UTC month holding `ms`, read from Intl at both ends of it; when they
 * differ (the two transition months a year), the second of the change is found by bisection
 * (about twenty readings, once). A month's slots used to cost two Intl readings per day; now
 * a year costs some fifty. Assumes at most one change a month, as Denmark's rules have had
 * since time zones were kept (two changes that cancel out within one month would be missed).
 */
function offsetsOfMonth(ms: number): MonthOffsets {
  // A month's slots come one after another: the last month asked about is usually the one.
  if (lastMonth && ms >= lastMonth.from && ms < lastMonth.until) return lastMonth.offsets;
  const date = new Date(ms);
  const from = utcMidnight(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  const until = utcMidnight(date.getUTCFullYear(), date.getUTCMonth() + 2, 1);
  const index = date.getUTCFullYear() * 12 + date.getUTCMonth();
  let offsets = monthOffsets.get(index);
  if (!offsets) {
    const last = until - 1000;
    const before = intlOffset(from);
    const after = intlOffset(last);
    let change = Infinity;
    if (before !== after) {
      // In whole seconds: the last one still at `before` (low) and the first at `after` (high).
      // Zones change on the hour: whole hours are probed first, then the second before one.
      let low = from / 1000;
      let high = last / 1000;
      while (high - low > 1) {
        let middle = Math.floor((low + high) / 2);
        if (high - low > HOUR) middle = Math.round(middle / HOUR) * HOUR;
        else if (high % HOUR === 0 && high - 1 > low) middle = high - 1;
        if (middle <= low || middle >= high) middle = Math.floor((low + high) / 2);
        if (intlOffset(middle * 1000) === before) low = middle;
        else high = middle;
      }
      change = high * 1000;
    }
    offsets = { before, after, change };
    if (monthOffsets.size >= 2_000) monthOffsets.clear();
    monthOffsets.set(index, offsets);
  }
  lastMonth = { from, until, offsets };
  return offsets;
}

/** Copenhagen's offset (ms) at an instant (ms): arithmetic on the month's offsets. */
function offsetAt(ms: number): number {
  const { before, after, change } = offsetsOfMonth(ms);
  return ms < change ? before : after;
}

/**
 * Copenhagen wall-clock fields of an instant, to the second: the instant plus the offset in
 * force, as plain arithmetic (`formatToParts` per slot was most of a month's cost; see
 * `offsetsOfMonth` for how seldom Intl is asked).
 */
function wallClock(instant: Date | number): WallClock {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const wall = new Date(ms + offsetAt(ms));
  const year = wall.getUTCFullYear();
  // Years before 1 CE read differently through Intl (eras): leave them to it.
  if (year < 1) return intlWallClock(new Date(ms));
  return {
    year,
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** The Copenhagen wall-clock reading of an instant (ISO string or Date). */
export function copenhagenParts(instant: Date | string): CopenhagenParts {
  const { year, month, day, hour, minute } = wallClock(msOf(instant));
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { year, month, day, hour, minute, weekday: weekdayOf(date) };
}

/** The Copenhagen calendar date (`YYYY-MM-DD`) of an instant; an ISO string's is worked out once. */
export function copenhagenDate(instant: Date | string): string {
  if (typeof instant !== 'string') return dateOfMs(msOf(instant));
  const info = instantInfo(instant);
  if (info.date === undefined) info.date = dateOfMs(msOf(instant));
  return info.date;
}

function dateOfMs(ms: number): string {
  const { year, month, day } = wallClock(ms);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Today's date in Copenhagen (`now` defaults to the current instant). */
export function copenhagenToday(now: Date = new Date()): string {
  return copenhagenDate(now);
}

/** `HH:MM` of an instant on the Copenhagen wall clock. */
export function copenhagenTime(instant: Date | string): string {
  const { hour, minute } = wallClock(msOf(instant));
  return `${pad(hour)}:${pad(minute)}`;
}

/** Copenhagen's offset from UTC at an instant, in minutes: 60 (CET) or 120 (CEST). */
export function copenhagenOffsetMinutes(instant: Date | string): number {
  const ms = msOf(instant);
  const offset = offsetAt(ms);
  // The wall clock is the instant plus the offset (see `wallClock`), but for years before 1 CE.
  if (new Date(ms + offset).getUTCFullYear() >= 1) return Math.round(offset / MS_PER_MINUTE);
  const wall = wallClock(ms);
  const wallAsUtc = utcMidnight(wall.year, wall.month, wall.day) + ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1000;
  const whole = ms - (((ms % 1000) + 1000) % 1000);
  return Math.round((wallAsUtc - whole) / MS_PER_MINUTE);
}

/** "+01:00" and "+02:00" are all a year needs: each written once. */
const offsetTexts = new Map<number, string>();

function formatOffset(minutes: number): string {
  let text = offsetTexts.get(minutes);
  if (text === undefined) {
    text = writeOffset(minutes);
    if (offsetTexts.size >= 100) offsetTexts.clear();
    offsetTexts.set(minutes, text);
  }
  return text;
}

function writeOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/**
 * Whether an ISO 8601 instant is written in the offset Copenhagen had then ("+01:00" in
 * winter, "+02:00" in summer; never "Z"), i.e. its wall clock is Copenhagen's. Answers are
 * checked slot by slot with this, so it compares offsets rather than writing the instant out.
 */
export function inCopenhagenOffset(iso: string): boolean {
  return iso.slice(-6) === formatOffset(copenhagenOffsetMinutes(iso));
}

/** An instant as ISO 8601 with Copenhagen's wall clock and offset, e.g. "…T10:15:00+01:00". */
export function toCopenhagenIso(instant: Date | string): string {
  const date = toDate(instant);
  const wall = wallClock(date);
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}` +
    `T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    formatOffset(copenhagenOffsetMinutes(date))
  );
}

/**
 * The instant of a Copenhagen wall-clock time, as ISO 8601 with the offset in force:
 * `zonedIso('2026-12-01', '10:15')` → `"2026-12-01T10:15:00+01:00"`.
 *
 * Transitions follow Temporal's `'compatible'` disambiguation (as RFC 5545 and most
 * calendars do):
 * - A time that does not exist (the spring gap, 02:00–02:59 on the last Sunday of March)
 *   moves forward by the length of the gap: `zonedIso('2026-03-29', '02:30')` →
 *   `"2026-03-29T03:30:00+02:00"`.
 * - A time that occurs twice (02:00–02:59 on the last Sunday of October) is the first
 *   occurrence, still in summer time: `zonedIso('2026-10-25', '02:30')` →
 *   `"2026-10-25T02:30:00+02:00"`.
 *
 * `time` is `HH:MM` or `HH:MM:SS`; throws a RangeError for anything else.
 */
export function zonedIso(date: string, time: string): string {
  return toCopenhagenIso(zonedInstant(date, time));
}

/** Like `zonedIso`, but returns the instant as a Date. */
export function zonedInstant(date: string, time: string): Date {
  const match = TIME_PATTERN.exec(time);
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  const second = Number(match?.[3] ?? 0);
  if (!match || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Not a wall-clock time (HH:MM): ${time}`);
  }
  const wallAsUtc = dateToUtc(date) + ((hour * 60 + minute) * 60 + second) * 1000;
  // The offsets a day either side bracket any transition on this date.
  const before = copenhagenOffsetMinutes(new Date(wallAsUtc - MS_PER_DAY));
  const after = copenhagenOffsetMinutes(new Date(wallAsUtc + MS_PER_DAY));
  const fits = (offset: number): boolean => copenhagenOffsetMinutes(new Date(wallAsUtc - offset * MS_PER_MINUTE)) === offset;
  // Larger offset = earlier instant: the first occurrence of an ambiguous time.
  const candidates = [...new Set([before, after])].sort((a, b) => b - a);
  const valid = candidates.find(fits);
  // In the gap no offset fits; reading the wall clock with the offset from before the
  // transition lands the same distance past it (02:30 → 03:30 in spring).
  return new Date(wallAsUtc - (valid ?? before) * MS_PER_MINUTE);
}

/** Morning, afternoon or evening by the Copenhagen hour (<12, <17, later). */
export function partOfDay(instant: Date | string): PartOfDay {
  const { hour } = wallClock(msOf(instant));
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  return 'evening';
}

/** Sort comparator for ISO 8601 instants with any offsets (compares the instants). */
export function compareInstants(a: Date | string, b: Date | string): number {
  return msOf(a) - msOf(b);
}

// ---------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------

/**
 * How a locale is rendered. Danish and (British) English strings are assembled from
 * `formatToParts` with our own punctuation, because the engines disagree on the literals
 * (CLDR versions differ on "Tuesday, 1 December" vs "Tuesday 1 December", and on "10.15"
 * vs "10:15" in Danish). Other locales get their engine's own `Intl` output.
 */
type Style = { kind: 'da' } | { kind: 'en' } | { kind: 'intl'; locale: string };

const styleCache = new Map<string, Style>();

export function styleFor(locale: string): Style {
  let style = styleCache.get(locale);
  if (!style) {
    style = resolveStyle(locale);
    styleCache.set(locale, style);
  }
  return style;
}

function resolveStyle(locale: string): Style {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(locale)[0] ?? 'da';
  } catch {
    // An unparseable tag (a webmaster's typo in `lang`) falls back to the site's language.
    return { kind: 'da' };
  }
  const language = canonical.split('-')[0]!.toLowerCase();
  if (language === 'da') return { kind: 'da' };
  if (canonical === 'en' || canonical === 'en-GB') return { kind: 'en' };
  return { kind: 'intl', locale: canonical };
}

/** The instant used to print a calendar date: noon UTC is the same date in Copenhagen. */
export function dateAnchor(date: string): Date {
  return new Date(dateToUtc(date) + 12 * 60 * MS_PER_MINUTE);
}

function partsOf(
  locale: string,
  options: Intl.DateTimeFormatOptions,
  instant: Date,
): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  const result: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of cachedFormat(locale, options).formatToParts(instant)) {
    if (part.type !== 'literal') result[part.type] = part.value;
  }
  return result;
}

export const LONG_DATE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};

/** A locale's weekday (Monday first) and month names as `LONG_DATE` writes them in a date. */
const nameTables = new Map<string, { weekdays: string[]; months: string[] }>();

export function namesOf(locale: 'da' | 'en-GB'): { weekdays: string[]; months: string[] } {
  let names = nameTables.get(locale);
  if (!names) {
    // 2024-01-01 was a Monday; the 15th of each month of 2024 gives its name.
    names = {
      weekdays: Array.from(
        { length: 7 },
        (_, index) => partsOf(locale, LONG_DATE, dateAnchor(`2024-01-0${index + 1}`)).weekday ?? '',
      ),
      months: Array.from(
        { length: 12 },
        (_, index) => partsOf(locale, LONG_DATE, dateAnchor(`2024-${pad(index + 1)}-15`)).month ?? '',
      ),
    };
    nameTables.set(locale, names);
  }
  return names;
}

/**
 * The parts of a long date in Danish or British English. The names come from a table built
 * once per locale (a month grid names thirty-odd days on every render, and `formatToParts`
 * per day was most of that); the day and year are the date's own numbers, as those locales
 * write them.
 */
export function longDateParts(date: string, locale: 'da' | 'en-GB') {
  const { year, month, day } = parseDate(date);
  const names = namesOf(locale);
  return {
    weekday: names.weekdays[weekdayOf(date) - 1] ?? '',
    day: String(day),
    month: names.months[month - 1] ?? '',
    year: String(year),
  };
}

/**
 * A date written out in full: da "tirsdag den 1. december 2026", en "Tuesday, 1 December
 * 2026". Other locales use their own long format.
 */
export function formatLongDate(date: string, locale: string): string {
  return longDates(`${locale}|${date}`, () => longDate(date, locale));
}

const longDates = memo<string>();

function longDate(date: string, locale: string): string {
  const style = styleFor(locale);
  if (style.kind === 'da') {
    const p = longDateParts(date, 'da');
    return `${p.weekday} den ${p.day}. ${p.month} ${p.year}`;
  }
  if (style.kind === 'en') {
    const p = longDateParts(date, 'en-GB');
    return `${p.weekday}, ${p.day} ${p.month} ${p.year}`;
  }
  return cachedFormat(style.locale, LONG_DATE).format(dateAnchor(date));
}

const TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** A Copenhagen clock time, 24-hour: da "10.15", en "10:15". */
export function formatTime(instant: Date | string, locale: string): string {
  const style = styleFor(locale);
  const date = toDate(instant);
  if (style.kind === 'intl') return cachedFormat(style.locale, TIME_OPTIONS).format(date);
  const { hour, minute } = wallClock(date);
  return `${pad(hour)}${style.kind === 'da' ? '.' : ':'}${pad(minute)}`;
}

/** A clock time as it stands alone in a sentence: da "kl. 10.15", en "10:15". */
export function formatTimeWithPrefix(instant: Date | string, locale: string): string {
  const time = formatTime(instant, locale);
  return styleFor(locale).kind === 'da' ? `kl. ${time}` : time;
}

/**
 * An appointment's date and time span: da "tirsdag den 1. december 2026 kl. 10.15–10.30",
 * en "Tuesday, 1 December 2026, 10:15–10:30". A span that crosses midnight names both dates.
 */
export function formatDateTimeRange(start: Date | string, end: Date | string, locale: string): string {
  const startDate = copenhagenDate(start);
  const endDate = copenhagenDate(end);
  const separator = styleFor(locale).kind === 'da' ? ' ' : ', ';
  const startText = `${formatLongDate(startDate, locale)}${separator}${formatTimeWithPrefix(start, locale)}`;
  if (startDate === endDate) return `${startText}–${formatTime(end, locale)}`;
  return `${startText} – ${formatLongDate(endDate, locale)}${separator}${formatTimeWithPrefix(end, locale)}`;
}
