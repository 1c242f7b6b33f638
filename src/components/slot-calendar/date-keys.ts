import type { IsoWeekday } from '../../core/types.js';
import { addDays, addMonths, addYears, firstOfMonth, monthOf } from '../../core/time.js';
import { endOfWeek, startOfWeek } from '../../core/month-grid.js';

/** The earliest dates the grid's keys may reach. */
export interface KeyBounds {
  /** Copenhagen today: the first bookable date, where a month or year back from the future lands. */
  today: string;
}

/**
 * The APG date-grid key map: the date a key moves focus to from `date`, or undefined when
 * the key is not one of the grid's (so the browser keeps its default, e.g. Tab).
 * Enter and Space are left to the button's own click.
 *
 * As in date pickers with a minimum, a month or year back that would land before today lands
 * on today instead (else Shift+PageUp from a date less than a year ahead did nothing), and
 * Home stops at the 1st of the current month when its week began in a month that cannot be
 * shown. Arrows that would leave the current month backwards are still the caller's to refuse.
 */
export function dateForKey(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
  date: string,
  firstDayOfWeek: IsoWeekday,
  bounds: KeyBounds,
): string | undefined {
  const earliestShown = firstOfMonth(monthOf(bounds.today));
  const notBeforeToday = (target: string): string => (target < bounds.today && date >= bounds.today ? bounds.today : target);
  switch (event.key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home': {
      const start = startOfWeek(date, firstDayOfWeek);
      return start < earliestShown ? earliestShown : start;
    }
    case 'End':
      return endOfWeek(date, firstDayOfWeek);
    case 'PageUp':
      return notBeforeToday(event.shiftKey ? addYears(date, -1) : addMonths(date, -1));
    case 'PageDown':
      return event.shiftKey ? addYears(date, 1) : addMonths(date, 1);
    default:
      return undefined;
  }
}
