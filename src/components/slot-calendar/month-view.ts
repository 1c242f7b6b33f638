import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { TFunction } from 'i18next';
import type { DaySummary } from '../../core/availability.js';
import type { IsoWeekday, Slot } from '../../core/types.js';
import { addMonthsToMonth, monthOf } from '../../core/time.js';
import { formatDayLabel, formatMonthYear, layoutMonth, weekdayNames } from '../../core/month-grid.js';
import type { MonthState } from '../../controllers/availability.js';
import { errorMessage } from '../../controllers/booking-error.js';
import { heading } from '../../templates/heading.js';
import { pluralSuffix } from '../../i18n/i18n.js';
import { daysWithOwnSlot } from './own-slot.js';
import { dayCells, type DayInfo, type DayKind } from './day-cells.js';

export interface MonthViewProps {
  /** Prefix for ids in the shadow root. */
  ids: string;
  month: string;
  /** The earliest month that may be shown (the current one). */
  minMonth: string;
  /** Copenhagen `YYYY-MM-DD`. */
  today: string;
  state: MonthState | undefined;
  selectedDate: string | undefined;
  /** Copenhagen date of the citizen's current time, when they are moving it. */
  currentDate: string | undefined;
  /** The citizen's own chosen time, counted as free on its day (see own-slot.ts). */
  ownSlot: Slot | undefined;
  /** Phone to ring when loading fails for reasons the citizen cannot fix. */
  phone: string | undefined;
  headingLevel: number;
  weekStart: IsoWeekday;
  lang: string;
  t: TFunction;
  /** The date of the roving tab stop: the one day button with tabindex 0. */
  tabStop: string;
  onStep: (months: number) => void;
  onRetry: () => void;
  onDayClick: (day: DayInfo) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onFocusin: (event: FocusEvent) => void;
}

/**
 * Stand in for a day's name, its number of free times and a month's name while a label's text is
 * worked out once for many days (or months).
 */
const DATE_MARK = '\uE000';
const COUNT_MARK = '\uE001';
const MONTH_MARK = '\uE002';

/**
 * Labels as texts with the day's name (count, month) left out, worked out once per key, plural
 * form and reason for each translator and its texts (`probe`: a text of the calendar's own, which
 * changes when texts fetched later arrive): a month names thirty-odd days, most of them alike but
 * for the name, and each month step names two new months on its buttons.
 */
const labelTexts = new WeakMap<TFunction, { probe: string; texts: Map<string, string> }>();

/** A text of the calendar's own: it changes when texts fetched later arrive for the language. */
const textsProbe = (t: TFunction): string => t('calendar:legendCount');

/** Forgets the label texts of `t` when its texts changed; the month view asks once per render. */
function checkLabelTexts(t: TFunction, probe: string): void {
  if (labelTexts.get(t)?.probe !== probe) labelTexts.set(t, { probe, texts: new Map() });
}

function labelText(t: TFunction, key: string, options: { count?: string; reason?: string; month?: string }): string {
  let cache = labelTexts.get(t);
  if (!cache) labelTexts.set(t, (cache = { probe: textsProbe(t), texts: new Map() }));
  const id = `${key}|${options.count ?? ''}|${options.reason ?? ''}|${options.month ?? ''}`;
  let text = cache.texts.get(id);
  if (text === undefined) {
    text = t(key, { ...options, date: DATE_MARK });
    if (cache.texts.size >= 500) cache.texts.clear();
    cache.texts.set(id, text);
  }
  return text;
}

/** A text naming a month (`month`), e.g. the month buttons' "Næste måned, januar 2027". */
function monthLabel(t: TFunction, key: string, month: string): string {
  return labelText(t, key, { month: MONTH_MARK }).replace(MONTH_MARK, () => month);
}

/** How a day reads: past before anything, then what the month's summary says (loading until it is in). */
export function dayInfo(
  date: string,
  summary: DaySummary | undefined,
  props: Pick<MonthViewProps, 'today' | 'state' | 't' | 'lang' | 'currentDate'>,
): DayInfo {
  const { t } = props;
  const name = formatDayLabel(date, props.lang);
  let kind: DayKind;
  if (date < props.today) kind = 'past';
  else if (!summary) kind = props.state?.status === 'error' ? 'unknown' : 'loading';
  // A fully booked day says so (and looks it): the office is open, others were quicker.
  else kind = summary.state;
  const count = kind === 'available' ? (summary?.count ?? 0) : 0;
  let text: string;
  // One text per plural form (the key i18next would pick for the count, asked for by its full
  // name, with the count a mark that is a string, so i18next does no plural lookup of its own),
  // not one per count: a month has a dozen different counts, each a full i18next call.
  if (kind === 'available')
    text = labelText(t, `calendar:day.available${pluralSuffix(props.lang, count)}`, { count: COUNT_MARK }).replace(
      COUNT_MARK,
      String(count),
    );
  else if (kind === 'closed' && summary?.reason) text = labelText(t, 'calendar:day.closed', { reason: summary.reason });
  else if (kind === 'closed') text = labelText(t, 'calendar:day.closedNoReason', {});
  else text = labelText(t, `calendar:day.${kind}`, {});
  let label = text.replace(DATE_MARK, () => name);
  const current = date === props.currentDate;
  if (current) label = t('calendar:day.current', { label });
  return { date, kind, count, label, current };
}

/**
 * The navigation bar, state messages, the month table of day buttons and its legend; drawn
 * again only when something it shows changed (the element renders for its announcements and
 * prefetches too, which change nothing here).
 */
export function renderMonth(props: MonthViewProps): unknown {
  const {
    month,
    minMonth,
    state,
    today,
    ownSlot,
    selectedDate,
    currentDate,
    weekStart,
    lang,
    t,
    tabStop,
    ids,
    phone,
    headingLevel,
  } = props;
  const probe = textsProbe(t);
  checkLabelTexts(t, probe);
  const inputs = [
    month,
    minMonth,
    state,
    today,
    ownSlot,
    selectedDate,
    currentDate,
    weekStart,
    lang,
    t,
    probe,
    tabStop,
    ids,
    phone,
    headingLevel,
  ];
  return guard(inputs, () => drawMonth(props));
}

function drawMonth(props: MonthViewProps): TemplateResult {
  const { t, lang, month, state } = props;
  const days = monthDays(props);
  const atMin = month <= props.minMonth;
  const monthName = formatMonthYear(month, lang);
  const headingId = `${props.ids}-month`;
  return html`<div class="month">
    <div class="nav" part="nav">
      <button
        type="button"
        class="nav-button"
        part="nav-prev"
        aria-label=${monthLabel(t, 'calendar:previousMonth', formatMonthYear(addMonthsToMonth(month, -1), lang))}
        aria-disabled=${atMin ? 'true' : 'false'}
        @click=${() => !atMin && props.onStep(-1)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
          <path fill="currentColor" d="M15.4 7.4 14 6l-6 6 6 6 1.4-1.4L10.8 12z" />
        </svg>
      </button>
      ${heading(props.headingLevel, monthName, { id: headingId, part: 'heading', className: 'month-heading' })}
      <button
        type="button"
        class="nav-button"
        part="nav-next"
        aria-label=${monthLabel(t, 'calendar:nextMonth', formatMonthYear(addMonthsToMonth(month, 1), lang))}
        @click=${() => props.onStep(1)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
          <path fill="currentColor" d="M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z" />
        </svg>
      </button>
    </div>
    ${
      state?.status === 'error'
        ? html`<div class="alert message" part="message">
            <p>${errorMessage(state.error, t, { phone: props.phone })}</p>
            <button type="button" class="button secondary" @click=${props.onRetry}>${t('common:retry')}</button>
          </div>`
        : nothing
    }
    ${
      days && [...days.values()].every((day) => day.count === 0)
        ? html`<div class="message empty" part="message">
            <p>${t('calendar:emptyMonth', { month: monthName })} ${t('calendar:emptyMonthHint')}</p>
            <button type="button" class="button secondary" @click=${() => props.onStep(1)}>${t('calendar:showNextMonth')}</button>
          </div>`
        : nothing
    }
    ${renderGrid(props, headingId, days)} ${renderLegend(props)}
  </div>`;
}

/** What the day styles and the number under a day mean, on screen and (as a list) to screen readers too. */
function renderLegend(props: MonthViewProps): TemplateResult {
  const { t } = props;
  return html`<ul class="legend" aria-label=${t('calendar:legendLabel')}>
    <li class="legend-item">
      <span class="swatch available" aria-hidden="true"><span class="count-sample">3</span></span
      >${t('calendar:legendCount')}
    </li>
    <li class="legend-item"><span class="swatch full" aria-hidden="true"></span>${t('calendar:legendFull')}</li>
    <li class="legend-item"><span class="swatch none" aria-hidden="true">7</span>${t('calendar:legendNone')}</li>
    <li class="legend-item"><span class="swatch closed" aria-hidden="true"></span>${t('calendar:legendClosed')}</li>
    ${
      props.currentDate && monthOf(props.currentDate) === props.month
        ? html`<li class="legend-item"><span class="current-mark" aria-hidden="true"></span>${t('calendar:legendCurrent')}</li>`
        : nothing
    }
  </ul>`;
}

/** The shown month's days once loaded, the citizen's own time counted among the free ones. */
function monthDays(props: MonthViewProps): ReadonlyMap<string, DaySummary> | undefined {
  const { state } = props;
  if (state?.status !== 'complete') return undefined;
  return daysWithOwnSlot(state.data.days(props.today), props.ownSlot, (date) => state.data.slotsOn(date));
}

/**
 * The month table, drawn again only when something it shows changed: a month step renders the
 * element several times (month asked, month loaded, its announcement, the next month prefetched),
 * and naming and counting forty-two days each time was most of a step's cost. A text of the
 * calendar's own is among the inputs, so texts fetched later for the same language redraw it.
 */
function renderGrid(props: MonthViewProps, headingId: string, days: ReadonlyMap<string, DaySummary> | undefined): unknown {
  const { month, state, today, ownSlot, selectedDate, currentDate, weekStart, lang, t, tabStop, onKeydown, onFocusin } = props;
  const inputs = [
    month,
    state,
    today,
    ownSlot,
    selectedDate,
    currentDate,
    weekStart,
    lang,
    t,
    textsProbe(t),
    tabStop,
    headingId,
    onKeydown,
    onFocusin,
  ];
  return guard(inputs, () => drawGrid(props, headingId, days));
}

function drawGrid(props: MonthViewProps, headingId: string, days: ReadonlyMap<string, DaySummary> | undefined): TemplateResult {
  const { lang, weekStart, state } = props;
  const longNames = weekdayNames(lang, weekStart, 'long');
  const shortNames = weekdayNames(lang, weekStart, 'short');
  return html`<table
    class="grid"
    part="grid"
    aria-labelledby=${headingId}
    aria-busy=${!state || state.status === 'pending' ? 'true' : 'false'}
    @keydown=${props.onKeydown}
    @focusin=${props.onFocusin}
  >
    <thead>
      <tr>
        ${longNames.map(
          (name, index) =>
            html`<th scope="col" abbr=${name}>
              <span aria-hidden="true">${shortNames[index]?.replace(/\.$/, '')}</span><span class="visually-hidden">${name}</span>
            </th>`,
        )}
      </tr>
    </thead>
    <tbody
      ${dayCells({
        weeks: layoutMonth(props.month, weekStart).weeks,
        dayOf: (date) => dayInfo(date, days?.get(date), props),
        selectedDate: props.selectedDate,
        today: props.today,
        tabStop: props.tabStop,
        onDayClick: props.onDayClick,
      })}
    ></tbody>
  </table>`;
}
