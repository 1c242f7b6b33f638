import type { IsoWeekday } from '../../core/types.js';
import { firstOfMonth, isValidDate, monthOf } from '../../core/time.js';
import { firstDayOfWeekFor } from '../../core/month-grid.js';

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A valid `YYYY-MM-DD`, else undefined (attributes are whatever a webmaster typed). */
export function validDate(date: string | undefined): string | undefined {
  return date && isValidDate(date) ? date : undefined;
}

/** The month on screen: the asked-for one, else the chosen day's, never before `minMonth` (the current month). */
export function shownMonth(month: string | undefined, selectedDate: string | undefined, minMonth: string): string {
  const selected = validDate(selectedDate);
  const wanted = month && MONTH_PATTERN.test(month) ? month : selected ? monthOf(selected) : minMonth;
  return wanted < minMonth ? minMonth : wanted;
}

/** The first day of the week: the attribute's 1 (Monday) … 7 (Sunday), else the language's. */
export function weekStart(firstDayOfWeek: number | undefined, lang: string): IsoWeekday {
  const day = Number(firstDayOfWeek);
  return Number.isInteger(day) && day >= 1 && day <= 7 ? (day as IsoWeekday) : firstDayOfWeekFor(lang);
}

/** The grid's tab stop when focus has not been in `month`: the chosen day, today, or the 1st. */
export function defaultFocusDate(month: string, selectedDate: string | undefined, today: string): string {
  const selected = validDate(selectedDate);
  if (selected && monthOf(selected) === month) return selected;
  return monthOf(today) === month ? today : firstOfMonth(month);
}
