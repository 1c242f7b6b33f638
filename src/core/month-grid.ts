/**
 * The month grid's dates and names: weeks, the grid of a month, day and month captions, weekday
 * names, the first day of a locale's week. Only a calendar needs them, so they are a module of
 * their own: the CDN's first load (the errand step) carries `time.ts` without them.
 */
import {
  addDays,
  cachedFormat,
  dateAnchor,
  dateToUtc,
  daysBetween,
  firstOfMonth,
  formatUtcDate,
  lastOfMonth,
  LONG_DATE,
  longDateParts,
  memo,
  monthOf,
  MS_PER_DAY,
  namesOf,
  parseMonth,
  styleFor,
  weekdayOf,
} from './time.js';
import type { IsoWeekday } from './types.js';

/** The first day of the week containing `date`, for a week that starts on `firstDayOfWeek`. */
export function startOfWeek(date: string, firstDayOfWeek: IsoWeekday = 1): string {
  const back = (weekdayOf(date) - firstDayOfWeek + 7) % 7;
  return addDays(date, -back);
}

/** The last day of the week containing `date`, for a week that starts on `firstDayOfWeek`. */
export function endOfWeek(date: string, firstDayOfWeek: IsoWeekday = 1): string {
  return addDays(startOfWeek(date, firstDayOfWeek), 6);
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekNumber(date: string): number {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const yearStart = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(daysBetween(yearStart, thursday) / 7) + 1;
}

/** One cell of a month grid. */
export interface CalendarDay {
  date: string;
  /** False for the leading and trailing days borrowed from the neighbouring months. */
  inMonth: boolean;
}

/** A month laid out as whole weeks (4–6 rows of 7 days). */
export interface MonthLayout {
  month: string;
  weeks: CalendarDay[][];
}

/**
 * Lays out a `YYYY-MM` month as whole weeks starting on `firstDayOfWeek`, padding the first
 * and last week with days of the neighbouring months. Only as many rows as the month needs
 * (4–6), so the grid height can change from month to month.
 */
export function layoutMonth(month: string, firstDayOfWeek: IsoWeekday = 1): MonthLayout {
  const first = firstOfMonth(month);
  const last = lastOfMonth(month);
  const start = startOfWeek(first, firstDayOfWeek);
  const gridStart = dateToUtc(start);
  const total = daysBetween(start, endOfWeek(last, firstDayOfWeek)) + 1;
  const weeks: CalendarDay[][] = [];
  // Drawn on every month step: one UTC day number per cell, not a parse and a sum per cell.
  for (let index = 0; index < total; index += 1) {
    const date = formatUtcDate(gridStart + index * MS_PER_DAY);
    if (index % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1]!.push({ date, inMonth: date >= first && date <= last });
  }
  return { month: monthOf(first), weeks };
}

/**
 * A date as a calendar day's accessible name: da "tirsdag 1. december 2026", en "Tuesday 1
 * December 2026".
 */
export function formatDayLabel(date: string, locale: string): string {
  return dayLabels(`${locale}|${date}`, () => dayLabel(date, locale));
}

const dayLabels = memo<string>();

function dayLabel(date: string, locale: string): string {
  const style = styleFor(locale);
  if (style.kind === 'da') {
    const p = longDateParts(date, 'da');
    return `${p.weekday} ${p.day}. ${p.month} ${p.year}`;
  }
  if (style.kind === 'en') {
    const p = longDateParts(date, 'en-GB');
    return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
  }
  return cachedFormat(style.locale, LONG_DATE).format(dateAnchor(date));
}

const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** A `YYYY-MM` month as a calendar caption: da "december 2026", en "December 2026". */
export function formatMonthYear(month: string, locale: string): string {
  return monthYears(`${locale}|${month}`, () => monthYear(month, locale));
}

const monthYears = memo<string>();

function monthYear(month: string, locale: string): string {
  const style = styleFor(locale);
  if (style.kind === 'intl') return cachedFormat(style.locale, MONTH_YEAR).format(dateAnchor(firstOfMonth(month)));
  // The name from the locale's table (as in a date: Danish and English name a month alike alone).
  const { year, month: number } = parseMonth(month);
  return `${namesOf(style.kind === 'da' ? 'da' : 'en-GB').months[number - 1] ?? ''} ${year}`;
}

/** The seven weekday names in display order, starting with `firstDayOfWeek`. */
export function weekdayNames(
  locale: string,
  firstDayOfWeek: IsoWeekday = 1,
  style: 'long' | 'short' | 'narrow' = 'long',
): string[] {
  const resolved = styleFor(locale);
  const intlLocale = resolved.kind === 'intl' ? resolved.locale : resolved.kind === 'da' ? 'da' : 'en-GB';
  return weekdayLists(`${intlLocale}|${firstDayOfWeek}|${style}`, () => {
    // Long Danish and English names are in the locale's table already: no format of their own.
    if (style === 'long' && resolved.kind !== 'intl') {
      const { weekdays } = namesOf(intlLocale as 'da' | 'en-GB');
      return Array.from({ length: 7 }, (_, index) => weekdays[(firstDayOfWeek - 1 + index) % 7] ?? '');
    }
    const format = cachedFormat(intlLocale, WEEKDAY[style]);
    // 2024-01-01 was a Monday.
    return Array.from({ length: 7 }, (_, index) => {
      const isoWeekday = ((firstDayOfWeek - 1 + index) % 7) + 1;
      return format.format(dateAnchor(`2024-01-0${isoWeekday}`));
    });
  }).slice();
}

const WEEKDAY: Record<'long' | 'short' | 'narrow', Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long' },
  short: { weekday: 'short' },
  narrow: { weekday: 'narrow' },
};

const weekdayLists = memo<string[]>(200);

/** Regions whose calendars start on Sunday or Saturday, for engines without `getWeekInfo`. */
const SUNDAY_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'BR',
  'JP',
  'KR',
  'TW',
  'HK',
  'MO',
  'IL',
  'PH',
  'IN',
  'ZA',
  'SA',
  'PK',
  'TH',
  'ID',
  'PE',
  'CO',
  'VE',
  'GT',
  'HN',
  'NI',
  'PA',
  'DO',
  'PR',
  'SV',
  'BZ',
  'JM',
  'KE',
  'ET',
  'ZW',
  'BT',
  'NP',
  'KH',
  'LA',
  'MM',
  'YE',
  'BS',
  'AG',
  'DM',
  'TT',
  'WS',
  'UM',
  'VI',
  'AS',
  'GU',
  'MH',
  'MT',
  'PY',
  'BD',
]);
const SATURDAY_REGIONS = new Set(['AF', 'BH', 'DJ', 'DZ', 'EG', 'IQ', 'IR', 'JO', 'KW', 'LY', 'OM', 'QA', 'SD', 'SY']);

interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay?: number };
  weekInfo?: { firstDay?: number };
}

/**
 * The first day of the week for a locale (1 = Monday … 7 = Sunday). Uses the engine's
 * `Intl.Locale#getWeekInfo` (or the older `weekInfo` getter) when present, else a small
 * region table. A bare `en` means British English on this Danish site, so Monday.
 */
export function firstDayOfWeekFor(locale: string): IsoWeekday {
  // Asked on every render of a calendar; `Intl.Locale` is built once per tag.
  let day = firstDays.get(locale);
  if (day === undefined) {
    day = firstDayOfWeekOf(locale);
    if (firstDays.size >= 200) firstDays.clear();
    firstDays.set(locale, day);
  }
  return day;
}

const firstDays = new Map<string, IsoWeekday>();

function firstDayOfWeekOf(locale: string): IsoWeekday {
  let intlLocale: Intl.Locale;
  try {
    intlLocale = new Intl.Locale(locale);
  } catch {
    return 1;
  }
  if (intlLocale.language === 'en' && !intlLocale.region) return 1;
  const withWeekInfo = intlLocale as unknown as WeekInfoLocale;
  try {
    const info = withWeekInfo.getWeekInfo?.() ?? withWeekInfo.weekInfo;
    const firstDay = info?.firstDay;
    if (typeof firstDay === 'number' && firstDay >= 1 && firstDay <= 7) return firstDay as IsoWeekday;
  } catch {
    // Fall through to the table.
  }
  const region = intlLocale.region ?? intlLocale.maximize().region ?? '';
  if (SUNDAY_REGIONS.has(region)) return 7;
  if (SATURDAY_REGIONS.has(region)) return 6;
  return 1;
}
