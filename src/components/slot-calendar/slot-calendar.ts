import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { BookingAdapter } from '../../core/adapter.js';
import type { IsoWeekday, Slot } from '../../core/types.js';
import { systemClock, type Clock } from '../../core/clock.js';
import { addMonths, addMonthsToMonth, formatTime, monthOf } from '../../core/time.js';
import { formatDayLabel, formatMonthYear } from '../../core/month-grid.js';
import { LocalizeController } from '../../controllers/localize.js';
import { PopoverController } from '../../controllers/popover.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import {
  AvailabilityController,
  FIRST_AVAILABLE_MONTHS,
  type MonthAvailability,
  type MonthState,
} from '../../controllers/availability.js';
import { RovingGridController } from '../../controllers/roving-grid.js';
import { errorMessage } from '../../controllers/booking-error.js';
import { slotSelectDetail, type SlotSelectDetail } from '../../core/appointment-event.js';
import { hostStyles } from '../../styles/shared.js';
import { dateForKey } from './date-keys.js';
import { defaultFocusDate, shownMonth, validDate, weekStart } from './calendar-dates.js';
import { renderFirstAvailable, renderPopover, renderTrigger } from './controls-view.js';
import { opensTimes, type DayInfo } from './day-cells.js';
import { renderMonth } from './month-view.js';
import { currentTime, type CurrentTime } from './current-time.js';
import { usableOwnSlot, withOwnSlot } from './own-slot.js';
import { renderTimes } from './times-view.js';
import { styles } from './slot-calendar.styles.js';

export type { SlotSelectDetail } from '../../core/appointment-event.js';
export interface DaySelectDetail {
  /** YYYY-MM-DD, Copenhagen date. */
  date: string;
}
export interface MonthChangeDetail {
  /** YYYY-MM. */
  month: string;
}

/** Every bt- event leaves the shadow root and bubbles to the page. */
const EVENT_INIT = { bubbles: true, composed: true } as const;
/** Announce a month only when the citizen stops on it, not on every PageDown. */
const MONTH_ANNOUNCE_DELAY = 250;
/** Let focus land on the found time (which is read out) before the search result is said. */
const FOUND_ANNOUNCE_DELAY = 600;

let nextId = 0;

/** Resolves after the tasks already queued (the page's own timers, not the `clock`'s: this is no wait a citizen sees). */
const nextTask = (): Promise<void> => new Promise((resolve) => globalThis.setTimeout(resolve, 0));

/**
 * An accessible month calendar of free appointment times at a Borgerservice office: pick a
 * day in a real table of buttons (the APG date-grid keys), then a time.
 *
 * @tagname bt-slot-calendar
 * @summary Month grid of free times; a day's times grouped by part of day.
 *
 * @attr service - The service (errand) id to show times for.
 * @attr location - The office id to show times for.
 * @attr month - The month shown, `YYYY-MM`; never earlier than the current month. Follows navigation.
 * @attr variant - `month` (default) shows the grid inline; `compact` shows a date button that opens the grid in a popover.
 * @attr first-day-of-week - 1 (Monday) … 7 (Sunday); default from the language (Monday for Danish and English).
 * @attr selected-date - The chosen day, `YYYY-MM-DD` (Copenhagen), e.g. to return to it after "slot taken".
 * @attr selected-slot-id - The chosen time's slot id.
 * @attr current-slot-id - The citizen's current time's slot id, when moving an appointment and the time is among the offered ones.
 * @attr current-start - Start of the citizen's current time (ISO 8601 instant), to mark it though it is not offered.
 * @attr current-end - End of the citizen's current time (ISO 8601 instant), shown with the start.
 * @attr notice - A message shown above the times (e.g. "That time was just taken").
 * @attr phone - A phone number offered with failures the citizen cannot fix (e.g. the office's).
 * @attr timeout - How long (ms) a backend call may take before the citizen is told and offered a retry (default 20000).
 * @attr heading-level - Level of the month heading (default 2); the times heading is one deeper, parts of the day two.
 * @attr lang - `da` or `en`; inherited from ancestors when absent.
 *
 * @fires bt-slot-select - `{ slotId, serviceId, locationId, start, end }` when a time is chosen. Cancelable: `preventDefault()` keeps the previous choice.
 * @fires bt-day-select - `{ date }` when a day is chosen.
 * @fires bt-month-change - `{ month }` when another month is shown.
 *
 * @slot notice - Rich message above the times; replaces the `notice` property's text.
 *
 * @csspart base - The wrapper of everything.
 * @csspart nav - The month navigation bar.
 * @csspart nav-prev - The previous-month button.
 * @csspart nav-next - The next-month button.
 * @csspart heading - The month and year heading.
 * @csspart grid - The month table.
 * @csspart day - Every day button.
 * @csspart day-available - A day with free times.
 * @csspart day-closed - A closed day (weekend, holiday).
 * @csspart day-full - An open day whose times are all booked.
 * @csspart day-none - An open day without free times.
 * @csspart day-past - A day before today.
 * @csspart day-loading - A day whose times are still loading.
 * @csspart day-unknown - A day whose times could not be loaded.
 * @csspart day-selected - The chosen day.
 * @csspart day-current - The day of the citizen's current time (when moving it).
 * @csspart today - Today's day button.
 * @csspart times - The panel listing a day's times.
 * @csspart time - Every time button.
 * @csspart time-selected - The chosen time.
 * @csspart time-current - The citizen's current time in its day's list: text, not a time that can be chosen.
 * @csspart first-available - The "first available time" button.
 * @csspart trigger - The date button of the compact variant.
 * @csspart popover - The compact variant's floating panel.
 * @csspart message - Empty-month, error and "none found" messages.
 * @csspart notice - The notice above the times.
 *
 * @cssprop [--bt-slot-calendar-day-size=2.75rem] - Minimum height of a day button (44 px).
 * @cssprop [--bt-slot-calendar-max-width=28rem] - Widest the month grid grows.
 * @cssprop [--bt-color-primary=#0b5cab] - Buttons, available days, the chosen day.
 * @cssprop [--bt-color-on-primary=#ffffff] - Text on primary.
 * @cssprop [--bt-color-primary-soft=#e6f0fa] - Background of available days.
 * @cssprop [--bt-color-text=#1a1a1a] - Text.
 * @cssprop [--bt-color-muted=#555b63] - Past and closed days, secondary text.
 * @cssprop [--bt-color-surface=#ffffff] - Background.
 * @cssprop [--bt-color-surface-alt=#f4f5f7] - Closed days, skeletons.
 * @cssprop [--bt-color-border=#8a9099] - Borders.
 * @cssprop [--bt-color-danger=#b3261e] - Error accents.
 * @cssprop [--bt-color-danger-soft=#fdecea] - Error background.
 * @cssprop [--bt-focus-color=#1a1a1a] - Focus ring.
 * @cssprop [--bt-radius=6px] - Corner radius.
 * @cssprop [--bt-space=1rem] - Base spacing.
 * @cssprop [--bt-font-family=system-ui] - Font.
 * @cssprop [--bt-font-size=1rem] - Base font size.
 */
export class BtSlotCalendar extends LitElement {
  static override styles = [hostStyles, styles];

  /** Any backend that implements the BookingAdapter contract. */
  @property({ attribute: false }) adapter: BookingAdapter | undefined;

  @property() service: string | undefined;

  @property() location: string | undefined;

  /** The month shown, `YYYY-MM`: follows navigation, and reads back the month on screen once rendered. */
  @property() month: string | undefined;

  @property({ reflect: true }) variant: 'month' | 'compact' = 'month';

  @property({ attribute: 'first-day-of-week', type: Number }) firstDayOfWeek: number | undefined;

  @property({ attribute: 'selected-date' }) selectedDate: string | undefined;

  @property({ attribute: 'selected-slot-id' }) selectedSlotId: string | undefined;

  /** The citizen's current time (when moving it): marked on its day and listed, never offered. */
  @property({ attribute: 'current-slot-id' }) currentSlotId: string | undefined;

  @property({ attribute: 'current-start' }) currentStart: string | undefined;

  @property({ attribute: 'current-end' }) currentEnd: string | undefined;

  @property() notice: string | undefined;

  /**
   * The citizen's own chosen time (a `Slot`), e.g. after "Ret" back from the details: listed on
   * its day as free and selectable even when the backend's availability leaves it out (the
   * citizen's own hold on it has not been given back yet, or giving it back failed and is being
   * retried). Not offered when it has already started, or is of another errand or office.
   */
  @property({ attribute: false }) ownSlot: Slot | undefined;

  /** A phone number offered with failures the citizen cannot fix. */
  @property() phone: string | undefined;

  /** The deadline (ms) of every backend call; its controller hands it to `checkedAdapter`. */
  @property({ type: Number }) timeout: number | undefined;

  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Time and timers: today is `copenhagenToday(clock.now())`; announcements wait on its timers. */
  @property({ attribute: false }) clock: Clock = systemClock;

  @query('.trigger') private trigger!: HTMLButtonElement | null;
  @query('.popover') private popoverPanel!: HTMLElement | null;
  @query('.times-heading') private timesHeading!: HTMLElement | null;

  private readonly localize = new LocalizeController(this);
  private readonly announcer = new AnnouncerController(this, () => this.clock);
  private readonly availability = new AvailabilityController(this, {
    clock: () => this.clock,
    onShownSettled: (month, state) => this.onShownSettled(month, state),
  });
  private readonly days = new RovingGridController(this, {
    cell: (date) => this.renderRoot.querySelector<HTMLElement>(`button.day[data-date="${date}"]`),
    keyOf: (element) => element.closest<HTMLElement>('button.day')?.dataset.date,
    keyTarget: (event, date) => dateForKey(event, date, this.weekStart, { today: this.availability.today }),
    isShown: (date) => monthOf(date) === this.shownMonth,
    fallback: () => defaultFocusDate(this.shownMonth, this.selectedDate, this.availability.today),
    reveal: (date) => this.showMonth(monthOf(date)) !== 'refused',
  });
  private readonly picker = new PopoverController(this, {
    trigger: () => this.trigger,
    popover: () => this.popoverPanel,
    initialFocus: () => this.days.tabStopCell,
  });
  private readonly ids = `bt-cal-${++nextId}`;
  private warnedNotConfigured = false;
  /** Still on the month it opened on by itself: no month or day asked for by the page, none chosen or navigated to. */
  private onOpeningMonth = true;

  /** The slot with `selectedSlotId`, once its day's times are loaded. */
  get selectedSlot(): Slot | undefined {
    if (!this.selectedDate || !this.selectedSlotId) return undefined;
    return this.freeSlotsOn(this.selectedDate).find((slot) => slot.id === this.selectedSlotId);
  }

  /** Drops every cached month and loads the shown one again, e.g. after "slot taken". */
  async refresh(): Promise<void> {
    this.availability.refresh();
    await this.updateComplete;
  }

  /** Moves focus to the grid's focusable day (to the date button in the compact variant). */
  override focus(options?: FocusOptions): void {
    (this.variant === 'compact' ? this.trigger : this.days.tabStopCell)?.focus(options);
  }

  // ---- Derived values ----

  /** The earliest month a citizen may see: the current one. */
  private get minMonth(): string {
    return monthOf(this.availability.today);
  }

  private get shownMonth(): string {
    return shownMonth(this.month, this.selectedDate, this.minMonth);
  }

  private get current(): CurrentTime | undefined {
    return currentTime(this.currentStart, this.currentEnd, this.currentSlotId, this.availability.data(this.shownMonth));
  }

  private get ownTime(): Slot | undefined {
    return usableOwnSlot(this.ownSlot, { service: this.service, location: this.location, now: this.clock.now() });
  }

  /** A day's free times as the backend gave them, with the citizen's own time among them. */
  private freeSlotsOn(date: string): readonly Slot[] {
    return withOwnSlot(this.availability.slotsOn(date), this.ownTime, date);
  }

  private get weekStart(): IsoWeekday {
    return weekStart(this.firstDayOfWeek, this.localize.lang);
  }

  // ---- Lifecycle: the shown month's data and what is said about it ----

  /**
   * Asks for the month before drawing it, and lets an answer already at hand (a cached or a
   * fast backend, the month prefetched) land first: the month is then drawn once, with its
   * free days, rather than drawn loading and drawn again within the same task. A slower
   * answer waits one task at most; the loading month is drawn meanwhile.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    const { adapter, service, location } = this;
    if (adapter && service && location) {
      this.availability.configure({ adapter, service, location });
      const month = shownMonth(this.month, this.selectedDate, this.minMonth);
      this.availability.show(month);
      if (this.availability.state(month)?.status === 'pending') {
        await Promise.race([this.availability.load(month).catch(() => undefined), nextTask()]);
      }
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { adapter, service, location } = this;
    if ((this.month && changed.has('month')) || validDate(this.selectedDate)) this.onOpeningMonth = false;
    this.availability.configure(adapter && service && location ? { adapter, service, location } : undefined);
    const restored = changed.has('selectedDate') && validDate(this.selectedDate);
    // A restored selection (the flow returning to a day) brings its month with it.
    if (restored) this.month = monthOf(restored);
    // `month` always says what is on screen (it may have asked for a month before the current one).
    this.month = this.shownMonth;
    this.availability.show(this.month);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The date button is on screen: fetch the popover's positioning code before it is pressed.
    if (this.variant === 'compact') this.picker.preload();
    if (changed.has('notice') && this.notice) this.announcer.announce(this.notice, { topic: 'notice', delay: 0 });
    if (!this.availability.configured && !this.warnedNotConfigured) {
      this.warnedNotConfigured = true;
      const missing = [!this.adapter && 'adapter', !this.service && 'service', !this.location && 'location'].filter(Boolean);
      console.warn(`borgertid: <bt-slot-calendar>: set ${missing.join(', ')} to show available times.`);
    }
  }

  private onShownSettled(month: string, state: MonthState): void {
    if (state.status === 'complete') {
      this.announceMonth(month);
      this.openOnFirstBookableMonth(month, state.data);
    } else if (state.status === 'error')
      this.announcer.announce(errorMessage(state.error, this.localize.t, { phone: this.phone }), { topic: 'error', delay: 0 });
  }

  /**
   * Opening on the current month when none of its times can be booked any more (its last day,
   * or everything taken) shows a month of past days: once the next month is known to have free
   * times, open on it instead (still on the opening month, nothing chosen or navigated meanwhile).
   */
  private openOnFirstBookableMonth(month: string, data: MonthAvailability): void {
    if (!this.onOpeningMonth || month !== this.minMonth || data.freeCount(this.availability.today) > 0) return;
    const next = addMonthsToMonth(month, 1);
    this.availability.load(next).then(
      (nextData) => {
        if (this.onOpeningMonth && this.shownMonth === month && nextData.freeCount(this.availability.today) > 0) {
          this.showMonth(next);
        }
      },
      // A failed or dropped answer leaves the calendar where it is; the next month shows its own error.
      () => undefined,
    );
  }

  /** Says the month and its free times once the citizen stops on it: a run of month changes ends in one announcement. */
  private announceMonth(month: string): void {
    const data = this.availability.data(month);
    if (!data) {
      // Nothing to say until the month is in; an earlier month's unsaid summary must not be said meanwhile.
      this.announcer.withdraw('month');
      return;
    }
    // Worked out when it is said: a run of month steps says (and words) only the last month.
    const text = (): string =>
      this.localize.t('calendar:monthSummary', {
        month: formatMonthYear(month, this.localize.lang),
        count: data.freeCount(this.availability.today),
      });
    this.announcer.announce(text, { topic: 'month', delay: MONTH_ANNOUNCE_DELAY });
  }

  // ---- Navigation and choice ----

  /** Shows a month (clamped to the current one); `refused` when the wanted month is before it. */
  private showMonth(month: string): 'shown' | 'unchanged' | 'refused' {
    if (month < this.minMonth) return 'refused';
    if (month === this.shownMonth) return 'unchanged';
    this.onOpeningMonth = false;
    this.month = month;
    this.announceMonth(month);
    this.dispatchEvent(
      new CustomEvent<MonthChangeDetail>('bt-month-change', { detail: Object.freeze({ month }), ...EVENT_INIT }),
    );
    return 'shown';
  }

  private stepMonth(step: number): void {
    this.availability.cancelSearch();
    const target = addMonths(this.days.tabStop, step);
    if (monthOf(target) < this.minMonth) return;
    this.days.remember(target);
    this.showMonth(monthOf(target));
  }

  private onDayClick(day: DayInfo): void {
    this.availability.cancelSearch();
    this.days.remember(day.date);
    if (opensTimes(day)) void this.chooseDay(day.date);
  }

  private async chooseDay(date: string, focusSlot?: Slot): Promise<void> {
    this.onOpeningMonth = false;
    this.availability.clearSearch();
    if (this.selectedDate !== date) {
      this.selectedDate = date;
      this.dispatchEvent(new CustomEvent<DaySelectDetail>('bt-day-select', { detail: Object.freeze({ date }), ...EVENT_INIT }));
    }
    this.days.remember(date);
    // Month and day change together: do not let willUpdate treat this as a restore.
    this.month = monthOf(date);
    if (this.picker.open) this.picker.hide({ reason: 'programmatic', returnFocus: false });
    await this.updateComplete;
    const time =
      focusSlot && this.renderRoot.querySelector<HTMLButtonElement>(`button.time[data-slot-id="${CSS.escape(focusSlot.id)}"]`);
    (time ?? this.timesHeading)?.focus();
  }

  private chooseSlot(slot: Slot): void {
    const accepted = this.dispatchEvent(
      new CustomEvent<SlotSelectDetail>('bt-slot-select', { detail: slotSelectDetail(slot), ...EVENT_INIT, cancelable: true }),
    );
    if (accepted) this.selectedSlotId = slot.id;
  }

  private async backToDays(): Promise<void> {
    const date = this.selectedDate ?? this.days.tabStop;
    if (this.variant !== 'compact') return this.days.focus(date);
    this.days.remember(date);
    this.showMonth(monthOf(date));
    await this.picker.show();
  }

  private async findFirstAvailable(): Promise<void> {
    const outcome = await this.availability.findFirstAvailable();
    const t = this.localize.t;
    if (outcome?.status === 'found') {
      this.showMonth(monthOf(outcome.date));
      const lang = this.localize.lang;
      const found = t('calendar:firstAvailableFound', {
        date: formatDayLabel(outcome.date, lang),
        time: formatTime(outcome.slot.start, lang),
      });
      this.announcer.announce(found, { topic: 'search', delay: FOUND_ANNOUNCE_DELAY });
      await this.chooseDay(outcome.date, outcome.slot);
    } else if (outcome?.status === 'none') {
      this.announcer.announce(t('calendar:noneWithin', { count: FIRST_AVAILABLE_MONTHS }), { topic: 'search', delay: 0 });
    } else if (outcome?.status === 'error') {
      this.announcer.announce(errorMessage(outcome.error, t, { phone: this.phone }), { topic: 'error', delay: 0 });
    }
  }

  // ---- Rendering ----

  protected override render(): TemplateResult {
    const t = this.localize.t;
    if (!this.availability.configured) {
      return html`<div part="base" class="base">
        <p class="message" part="message">${t('calendar:notConfigured')}</p>
      </div>`;
    }
    const compact = this.variant === 'compact';
    const { open } = this.picker;
    const popover = `${this.ids}-popover`;
    const date = validDate(this.selectedDate);
    const lang = this.localize.lang;
    return html`<div part="base" class=${classMap({ base: true, compact, picked: !!this.selectedDate })}>
      <div class="layout">
        <div class="days">
          ${compact ? renderTrigger({ date, open, controls: popover, lang, t, onToggle: () => void this.picker.toggle() }) : nothing}
          ${renderFirstAvailable(this.availability.search, t, () => void this.findFirstAvailable(), this.phone)}
          ${
            compact
              ? renderPopover({
                  id: popover,
                  open,
                  t,
                  content: this.renderMonth(),
                  onClose: () => this.picker.hide({ reason: 'escape' }),
                })
              : this.renderMonth()
          }
        </div>
        ${this.renderTimes()}
      </div>
      ${this.announcer.region()}
    </div>`;
  }

  private renderMonth(): unknown {
    const month = this.shownMonth;
    return renderMonth({
      ids: this.ids,
      month,
      minMonth: this.minMonth,
      today: this.availability.today,
      state: this.availability.state(month),
      selectedDate: this.selectedDate,
      currentDate: this.current?.date,
      ownSlot: this.ownTime,
      phone: this.phone,
      headingLevel: this.headingLevel,
      weekStart: this.weekStart,
      lang: this.localize.lang,
      t: this.localize.t,
      // Once per render, not once per day (it derives the shown month each time).
      tabStop: this.days.tabStop,
      onStep: (step) => this.stepMonth(step),
      onRetry: () => this.availability.retry(),
      onDayClick: (day) => this.onDayClick(day),
      onKeydown: this.days.onKeydown,
      onFocusin: this.days.onFocusin,
    });
  }

  private renderTimes(): TemplateResult | typeof nothing {
    const date = validDate(this.selectedDate);
    if (!date) return nothing;
    return renderTimes({
      ids: this.ids,
      date,
      slots: date < this.availability.today ? [] : this.freeSlotsOn(date),
      loaded: this.availability.state(monthOf(date))?.status === 'complete',
      selectedSlotId: this.selectedSlotId,
      current: this.current?.date === date ? this.current : undefined,
      headingLevel: this.headingLevel,
      hasNotice: !!this.notice || !!this.querySelector(':scope > [slot="notice"]'),
      notice: this.notice,
      lang: this.localize.lang,
      t: this.localize.t,
      onBack: () => void this.backToDays(),
      onPick: (slot) => this.chooseSlot(slot),
      onNoticeSlotchange: () => this.requestUpdate(),
    });
  }
}
