import type { IsoWeekday } from '../../core/types.js';
import { addDays, addMonths, addYears, endOfWeek, startOfWeek } from '../../core/time.js';

/**
 * The APG date-grid key map: the date a key moves focus to from `date`, or undefined when
 * the key is not one of the grid's (so the browser keeps its default, e.g. Tab).
 * Enter and Space are left to the button's own click.
 */
export function dateForKey(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
  date: string,
  firstDayOfWeek: IsoWeekday,
): string | undefined {
  switch (event.key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return startOfWeek(date, firstDayOfWeek);
    case 'End':
      return endOfWeek(date, firstDayOfWeek);
    case 'PageUp':
      return event.shiftKey ? addYears(date, -1) : addMonths(date, -1);
    case 'PageDown':
      return event.shiftKey ? addYears(date, 1) : addMonths(date, 1);
    default:
      return undefined;
  }
}
