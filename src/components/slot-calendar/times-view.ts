import { html, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { TFunction } from 'i18next';
import type { Slot } from '../../core/types.js';
import { compareInstants, formatTime, monthOf, partOfDay, type PartOfDay } from '../../core/time.js';
import { formatDayLabel, formatMonthYear } from '../../core/month-grid.js';
import { heading, headingLevel } from '../../templates/heading.js';
import { isCurrentSlot, type CurrentTime } from './current-time.js';

const PARTS_OF_DAY: PartOfDay[] = ['morning', 'afternoon', 'evening'];

export interface TimesViewProps {
  /** Prefix for ids in the shadow root. */
  ids: string;
  /** The chosen day, `YYYY-MM-DD`. */
  date: string;
  /** The day's free times (none for a past day). */
  slots: readonly Slot[];
  /** Whether the day's month is in (else "loading" stands where the count goes). */
  loaded: boolean;
  selectedSlotId: string | undefined;
  /** The citizen's own time when it is on this day: listed among the times, but not to be chosen. */
  current: CurrentTime | undefined;
  /** Level of the calendar's top heading; the times heading is one deeper, parts of the day two. */
  headingLevel: number;
  /** Whether there is a notice to show (the `notice` text or slotted content). */
  hasNotice: boolean;
  notice: string | undefined;
  lang: string;
  t: TFunction;
  onBack: () => void;
  onPick: (slot: Slot) => void;
  onNoticeSlotchange: () => void;
}

/** The chosen day's times, grouped by part of the day, with a way back to the days. */
export function renderTimes(props: TimesViewProps): TemplateResult {
  const { t, lang, date } = props;
  const dayLabel = formatDayLabel(date, lang);
  const { current } = props;
  // The citizen's own time is never offered back to them, even when the backend lists it as free.
  const slots = props.slots.filter((slot) => !isCurrentSlot(slot, current));
  const entries: Entry[] = [
    ...slots.map((slot) => ({ start: slot.start, slot })),
    ...(current ? [{ start: current.start, current }] : []),
  ];
  entries.sort((a, b) => compareInstants(a.start, b.start));
  const groups = PARTS_OF_DAY.map((part) => ({
    part,
    entries: entries.filter((entry) => partOfDay(entry.start) === part),
  })).filter((group) => group.entries.length);
  const level = headingLevel(headingLevel(props.headingLevel) + 1);
  const headingId = `${props.ids}-times`;
  return html`<section class="times" part="times" aria-labelledby=${headingId}>
    <div class="times-header">
      ${heading(level, t('calendar:timesHeading', { date: dayLabel }), { id: headingId, className: 'times-heading', focusTarget: true })}
      <button type="button" class="button link back" @click=${props.onBack}>${t('calendar:chooseAnotherDay')}</button>
    </div>
    <div class="notice" part="notice" ?hidden=${!props.hasNotice}>
      <slot name="notice" @slotchange=${props.onNoticeSlotchange}>${props.notice ?? ''}</slot>
    </div>
    <p class="times-count">
      ${
        props.loaded || slots.length
          ? t('calendar:timesCount', { count: slots.length })
          : t('calendar:loadingMonth', { month: formatMonthYear(monthOf(date), lang) })
      }
    </p>
    ${groups.map(
      ({ part, entries }) =>
        html`<div class="group" role="group" aria-labelledby=${`${props.ids}-${part}`}>
          ${heading(headingLevel(level + 1), t(`calendar:partOfDay.${part}`), { id: `${props.ids}-${part}`, className: 'group-heading' })}
          <ul class="time-list" role="list">
            ${entries.map((entry) => ('slot' in entry ? renderTime(entry.slot, dayLabel, props) : renderCurrent(entry.current, props)))}
          </ul>
        </div>`,
    )}
  </section>`;
}

/** A row of the times list: an offered slot, or the citizen's current time. */
type Entry = { start: string; slot: Slot } | { start: string; current: CurrentTime };

/** The citizen's current time: plain text, not a button, so it cannot be chosen as the new time. */
function renderCurrent(current: CurrentTime, props: TimesViewProps): TemplateResult {
  const { lang } = props;
  const start = formatTime(current.start, lang);
  const time = current.end ? `${start}–${formatTime(current.end, lang)}` : start;
  return html`<li class="current-item">
    <span class="time-current" part="time-current">${props.t('calendar:currentTime', { time })}</span>
  </li>`;
}

function renderTime(slot: Slot, dayLabel: string, props: TimesViewProps): TemplateResult {
  const selected = slot.id === props.selectedSlotId;
  const time = formatTime(slot.start, props.lang);
  return html`<li>
    <button
      type="button"
      class=${classMap({ time: true, selected })}
      part=${selected ? 'time time-selected' : 'time'}
      data-slot-id=${slot.id}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${props.t('calendar:timeLabel', { date: dayLabel, time })}
      @click=${() => props.onPick(slot)}
    >
      ${time}
    </button>
  </li>`;
}
