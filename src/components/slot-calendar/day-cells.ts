import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { CalendarDay } from '../../core/month-grid.js';

/** What a day button says and does; each kind is also the day's `day-<kind>` part. */
export type DayKind = 'available' | 'full' | 'closed' | 'none' | 'past' | 'loading' | 'unknown';

export interface DayInfo {
  date: string;
  kind: DayKind;
  /** Free times; 0 unless `available`. */
  count: number;
  /** The button's accessible name, e.g. "tirsdag 1. december 2026, 4 ledige tider". */
  label: string;
  /** The day of the citizen's current time (when they are moving it). */
  current: boolean;
}

/** A day opens its times when it has free ones, or when it holds the citizen's current time (to show where they are). */
export function opensTimes(day: DayInfo): boolean {
  return day.kind === 'available' || (day.current && (day.kind === 'none' || day.kind === 'full'));
}

export interface DayCellsProps {
  /** The shown month as whole weeks (`layoutMonth`): days of other months are drawn as empty cells. */
  weeks: readonly (readonly CalendarDay[])[];
  /** How a date of the shown month reads. */
  dayOf: (date: string) => DayInfo;
  selectedDate: string | undefined;
  /** Copenhagen `YYYY-MM-DD`. */
  today: string;
  /** The date of the roving tab stop: the one day button with tabindex 0. */
  tabStop: string;
  onDayClick: (day: DayInfo) => void;
}

/**
 * An element's attributes as this module last wrote them, by position in `names`: a value is
 * written only when it differs (`undefined` removes the attribute). Positions rather than a map
 * by name: a month step sets several hundred of them.
 */
class Attributes {
  private readonly element: Element;
  private readonly names: readonly string[];
  /** `null`: not written yet. */
  private readonly values: (string | undefined | null)[];

  constructor(element: Element, names: readonly string[]) {
    this.element = element;
    this.names = names;
    this.values = names.map(() => null);
  }

  set(index: number, value: string | undefined): void {
    if (this.values[index] === value) return;
    this.values[index] = value;
    const name = this.names[index]!;
    if (value === undefined) this.element.removeAttribute(name);
    else this.element.setAttribute(name, value);
  }
}

/** The attributes written on a day button, and each one's position among them. */
const BUTTON_ATTRIBUTES = [
  'class',
  'part',
  'data-date',
  'tabindex',
  'aria-label',
  'aria-pressed',
  'aria-current',
  'aria-disabled',
];
const [CLASS, PART, DATE, TAB_INDEX, LABEL, PRESSED, CURRENT, DISABLED] = [0, 1, 2, 3, 4, 5, 6, 7] as const;
/** The attributes written on a day's count. */
const COUNT_ATTRIBUTES = ['class', 'hidden'];
const [COUNT_CLASS, HIDDEN] = [0, 1] as const;

/**
 * One cell of the grid and its nodes, made once: a month step rewrites the attributes and
 * texts that changed, and a cell outside the month is an empty `<td>` (its nodes kept aside).
 * The count lies outside the button, drawn over it, so the button's visible text is just the
 * day number, which its full name contains (WCAG 2.5.3, label in name).
 */
class DayCell {
  readonly td = document.createElement('td');
  private readonly button = document.createElement('button');
  private readonly number = document.createTextNode('');
  private readonly count = document.createElement('span');
  private readonly countText = document.createTextNode('');
  /** Between the number and the count, as in the cell's text ("1 3": the 1st, three free times). */
  private readonly gap = document.createTextNode(' ');
  private readonly mark = document.createElement('span');
  private readonly buttonAttributes = new Attributes(this.button, BUTTON_ATTRIBUTES);
  private readonly countAttributes = new Attributes(this.count, COUNT_ATTRIBUTES);
  private day: DayInfo | undefined;
  private marked = false;

  constructor(onClick: (day: DayInfo) => void) {
    this.button.type = 'button';
    this.button.append(this.number);
    this.button.addEventListener('click', () => this.day && onClick(this.day));
    this.count.setAttribute('aria-hidden', 'true');
    this.count.append(this.countText);
    this.mark.className = 'current-mark';
    this.mark.setAttribute('aria-hidden', 'true');
  }

  /** Draws `day`, or an empty cell when undefined. */
  draw(day: DayInfo | undefined, props: DayCellsProps): void {
    const wasDrawn = this.day !== undefined;
    this.day = day;
    if (!day) {
      if (wasDrawn) this.td.replaceChildren();
      this.marked = false;
      return;
    }
    if (!wasDrawn) this.td.append(this.button, this.gap, this.count);
    const selected = day.date === props.selectedDate;
    const today = day.date === props.today;
    // Plain strings: forty-odd days change on every month step, and a string is one comparison.
    const b = this.buttonAttributes;
    b.set(CLASS, `day ${day.kind}${selected ? ' selected' : ''}${today ? ' today' : ''}${day.current ? ' current' : ''}`);
    b.set(
      PART,
      `day day-${day.kind}${selected ? ' day-selected' : ''}${today ? ' today' : ''}${day.current ? ' day-current' : ''}`,
    );
    b.set(DATE, day.date);
    b.set(TAB_INDEX, day.date === props.tabStop ? '0' : '-1');
    b.set(LABEL, day.label);
    b.set(PRESSED, selected ? 'true' : 'false');
    b.set(CURRENT, today ? 'date' : undefined);
    b.set(DISABLED, opensTimes(day) ? 'false' : 'true');
    const number = String(Number(day.date.slice(8)));
    if (this.number.data !== number) this.number.data = number;
    // Every day has its count element, hidden where there is no count (the number of free
    // times, or its skeleton while loading).
    const c = this.countAttributes;
    c.set(COUNT_CLASS, countClass(day, selected));
    c.set(HIDDEN, day.kind === 'available' || day.kind === 'loading' ? undefined : '');
    const count = day.kind === 'available' ? String(day.count) : '';
    if (this.countText.data !== count) this.countText.data = count;
    if (day.current !== this.marked) {
      this.marked = day.current;
      if (day.current) this.td.append(this.mark);
      else this.mark.remove();
    }
  }
}

function countClass(day: DayInfo, selected: boolean): string {
  if (day.kind === 'loading') return 'count skeleton';
  return selected && day.kind === 'available' ? 'count selected' : 'count';
}

/** A week's row and its seven cells. */
class WeekRow {
  readonly tr = document.createElement('tr');
  readonly cells: DayCell[];

  constructor(onClick: (day: DayInfo) => void) {
    this.cells = Array.from({ length: 7 }, () => new DayCell(onClick));
    this.tr.append(...this.cells.map((cell) => cell.td));
  }
}

/**
 * The `<tbody>` of the month table, kept from month to month: its rows and cells are made
 * once and then only their attributes and texts change (a row comes and goes with months of
 * more or fewer weeks). Re-rendering a template per day cost a month step more than the
 * changes themselves: forty-odd template values compared, and the cells that turn from empty
 * to days (or back) as the weekday of the 1st moves made anew.
 */
class DayCellsDirective extends Directive {
  private readonly rows: WeekRow[] = [];
  private onDayClick: (day: DayInfo) => void = () => undefined;
  private readonly onClick = (day: DayInfo): void => this.onDayClick(day);

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('dayCells() belongs on the <tbody> element');
  }

  render(_props: DayCellsProps): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [DayCellsProps]): unknown {
    this.onDayClick = props.onDayClick;
    const body = part.element;
    props.weeks.forEach((week, index) => {
      const row = this.rows[index] ?? new WeekRow(this.onClick);
      this.rows[index] = row;
      week.forEach((cell, column) => row.cells[column]?.draw(cell.inMonth ? props.dayOf(cell.date) : undefined, props));
      if (row.tr.parentNode !== body) body.append(row.tr);
    });
    for (const row of this.rows.slice(props.weeks.length)) row.tr.remove();
    return noChange;
  }
}

/** Draws the month's day cells into the `<tbody>` it is bound to (see {@link DayCellsDirective}). */
export const dayCells = directive(DayCellsDirective);
