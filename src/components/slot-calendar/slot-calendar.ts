import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BookingAdapter } from '../../core/adapter.js';
import type { IsoWeekday, Slot } from '../../core/types.js';
import {
  addMonths,
  addMonthsToMonth,
  copenhagenToday,
  firstDayOfWeekFor,
  firstOfMonth,
  formatDayLabel,
  formatMonthYear,
  formatTime,
  isValidDate,
  layoutMonth,
  monthOf,
  weekdayNames,
  type PartOfDay,
} from '../../core/time.js';
import { slotsByPartOfDay } from '../../core/availability.js';
import { LocalizeController } from '../../controllers/localize.js';
import { PopoverController } from '../../controllers/popover.js';
import { errorMessage } from '../../controllers/booking-error.js';
import { hostStyles } from '../../styles/shared.js';
import { dateForKey } from './date-keys.js';
import { MonthAvailabilityController, isAbortError, type MonthAvailability } from './month-availability.js';
import { styles } from './slot-calendar.styles.js';

export interface SlotSelectDetail {
  slot: Slot;
}
export interface DaySelectDetail {
  /** YYYY-MM-DD, Copenhagen date. */
  date: string;
}
export interface MonthChangeDetail {
  /** YYYY-MM. */
  month: string;
}

/** How many months "first available" looks ahead, counting the current one. */
export const FIRST_AVAILABLE_MONTHS = 6;
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const PARTS_OF_DAY: PartOfDay[] = ['morning', 'afternoon', 'evening'];
/** Every bt- event leaves the shadow root and bubbles to the page. */
const EVENT_INIT = { bubbles: true, composed: true } as const;
/** Announce a month only when the citizen stops on it, not on every PageDown. */
const ANNOUNCE_DELAY = 250;

type DayKind = 'available' | 'closed' | 'none' | 'past' | 'loading' | 'unknown';

interface DayInfo {
  date: string;
  kind: DayKind;
  count: number;
  reason: string;
  label: string;
}

type SearchOutcome = { kind: 'none' } | { kind: 'error'; error: unknown };

type IdleHandle = { cancel: () => void };

function whenIdle(callback: () => void): IdleHandle {
  // WebKit has no requestIdleCallback.
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 2000 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(callback, 200);
  return { cancel: () => clearTimeout(id) };
}

let nextId = 0;

/**
 * An accessible month calendar of free appointment times at a Borgerservice office: pick a
 * day in a real table of buttons (the APG date-grid keys), then a time.
 *
 * @tagname bt-slot-calendar
 * @summary Month grid of free times; a day's times grouped by part of day.
 *
 * @attr service-id - The service (errand) to show times for.
 * @attr location-id - The office to show times for.
 * @attr month - The month shown, `YYYY-MM`; never earlier than the current month.
 * @attr variant - `month` (default) shows the grid inline; `compact` shows a date button that opens the grid in a popover.
 * @attr first-day-of-week - 1 (Monday) … 7 (Sunday); default from the language (Monday for Danish and English).
 * @attr selected-date - The chosen day, `YYYY-MM-DD` (Copenhagen), e.g. to return to it after "slot taken".
 * @attr selected-slot-id - The chosen time's slot id.
 * @attr notice - A message shown above the times (e.g. "That time was just taken").
 * @attr heading-level - Level of the calendar's headings (default 2; the times heading is one deeper).
 * @attr lang - `da` or `en`; inherited from ancestors when absent.
 * @attr today - Overrides today's Copenhagen date (`YYYY-MM-DD`), for tests and stories.
 *
 * @fires bt-slot-select - `{ slot }` when a time is chosen. Cancelable: `preventDefault()` keeps the previous choice.
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
 * @csspart day-selected - The chosen day.
 * @csspart day-past - A day before today.
 * @csspart day-none - An open day without free times.
 * @csspart day-loading - A day whose times are still loading.
 * @csspart today - Today's day button.
 * @csspart times - The panel listing a day's times.
 * @csspart time - Every time button.
 * @csspart time-selected - The chosen time.
 * @csspart first-available - The "first available time" button.
 * @csspart trigger - The date button of the compact variant.
 * @csspart popover - The compact variant's floating panel.
 * @csspart message - Empty-month, error and "none found" messages.
 * @csspart notice - The notice above the times.
 *
 * @cssprop --bt-color-primary - Buttons, available days, the chosen day (default #0b5cab).
 * @cssprop --bt-color-on-primary - Text on primary (default #ffffff).
 * @cssprop --bt-color-primary-soft - Background of available days (default #e6f0fa).
 * @cssprop --bt-color-text - Text (default #1a1a1a).
 * @cssprop --bt-color-muted - Past and closed days, secondary text (default #555b63).
 * @cssprop --bt-color-surface - Background (default #ffffff).
 * @cssprop --bt-color-surface-alt - Closed days, skeletons (default #f4f5f7).
 * @cssprop --bt-color-border - Borders (default #8a9099).
 * @cssprop --bt-color-danger - Error accents (default #b3261e).
 * @cssprop --bt-color-danger-soft - Error background (default #fdecea).
 * @cssprop --bt-focus-color - Focus ring (default #1a1a1a).
 * @cssprop --bt-radius - Corner radius (default 6px).
 * @cssprop --bt-space - Base spacing (default 1rem).
 * @cssprop --bt-font-family - Font.
 * @cssprop --bt-font-size - Base font size (default 1rem).
 * @cssprop --bt-calendar-day-size - Minimum height of a day button (default 2.75rem, 44 px).
 * @cssprop --bt-calendar-max-width - Widest the month grid grows (default 28rem).
 */
export class BtSlotCalendar extends LitElement {
  static override styles = [hostStyles, styles];

  /** Any backend that implements the BookingAdapter contract. */
  @property({ attribute: false }) adapter: BookingAdapter | undefined;

  @property({ attribute: 'service-id' }) serviceId: string | undefined;

  @property({ attribute: 'location-id' }) locationId: string | undefined;

  /** The month shown, `YYYY-MM`. Follows navigation. */
  @property() month: string | undefined;

  @property({ reflect: true }) variant: 'month' | 'compact' = 'month';

  @property({ attribute: 'first-day-of-week', type: Number }) firstDayOfWeek: number | undefined;

  @property({ attribute: 'selected-date' }) selectedDate: string | undefined;

  @property({ attribute: 'selected-slot-id' }) selectedSlotId: string | undefined;

  @property() notice: string | undefined;

  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Today's Copenhagen date, `YYYY-MM-DD`; only for tests and stories. */
  @property() today: string | undefined;

  /** The day with the grid's single tab stop (roving tabindex). */
  @state() private focusedDate: string | undefined;
  @state() private searching = false;
  @state() private searchOutcome: SearchOutcome | undefined;
  @state() private liveText = '';

  @query('.trigger') private trigger!: HTMLButtonElement | null;
  @query('.popover') private popoverPanel!: HTMLElement | null;
  @query('.times-heading') private timesHeading!: HTMLElement | null;

  private readonly localize = new LocalizeController(this);
  private readonly availability = new MonthAvailabilityController(this, (month) => this.onMonthSettled(month));
  private readonly picker = new PopoverController(this, {
    trigger: () => this.trigger,
    popover: () => this.popoverPanel,
    initialFocus: () => this.dayButton(this.tabStopDate),
  });
  private readonly ids = `bt-cal-${++nextId}`;
  private prefetch: IdleHandle | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the live region will say next, by topic: a newer month replaces an older one. */
  private pendingAnnouncements = new Map<'month' | 'notice' | 'error' | 'search', string>();
  private searchRun = 0;
  private searchMonth: string | undefined;
  private warnedNotConfigured = false;

  /** The slot with `selectedSlotId`, once its day's times are loaded. */
  get selectedSlot(): Slot | undefined {
    if (!this.selectedDate || !this.selectedSlotId) return undefined;
    return this.slotsOn(this.selectedDate).find((slot) => slot.id === this.selectedSlotId);
  }

  /** Drops every cached month and loads the shown one again, e.g. after "slot taken". */
  async refresh(): Promise<void> {
    this.availability.clear();
    this.requestUpdate();
    await this.updateComplete;
  }

  /** Moves focus to the grid's focusable day (to the date button in the compact variant). */
  override focus(options?: FocusOptions): void {
    const target = this.variant === 'compact' ? this.trigger : this.dayButton(this.tabStopDate);
    target?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.prefetch?.cancel();
    this.prefetch = undefined;
    clearTimeout(this.announceTimer);
    this.searchRun += 1;
    this.searching = false;
  }

  // -------------------------------------------------------------------------------------
  // Derived values
  // -------------------------------------------------------------------------------------

  private get currentDate(): string {
    return this.today && isValidDate(this.today) ? this.today : copenhagenToday();
  }

  /** The earliest month a citizen may see: the current one. */
  private get minMonth(): string {
    return monthOf(this.currentDate);
  }

  private get shownMonth(): string {
    const month = this.month && MONTH_PATTERN.test(this.month) ? this.month : undefined;
    const wanted = month ?? (this.selectedDate && isValidDate(this.selectedDate) ? monthOf(this.selectedDate) : this.minMonth);
    return wanted < this.minMonth ? this.minMonth : wanted;
  }

  private get weekStart(): IsoWeekday {
    const day = Number(this.firstDayOfWeek);
    if (Number.isInteger(day) && day >= 1 && day <= 7) return day as IsoWeekday;
    return firstDayOfWeekFor(this.localize.lang);
  }

  private get tabStopDate(): string {
    const month = this.shownMonth;
    if (this.focusedDate && monthOf(this.focusedDate) === month) return this.focusedDate;
    if (this.selectedDate && isValidDate(this.selectedDate) && monthOf(this.selectedDate) === month) return this.selectedDate;
    if (monthOf(this.currentDate) === month) return this.currentDate;
    return firstOfMonth(month);
  }

  private slotsOn(date: string): readonly Slot[] {
    return this.availability.data(monthOf(date))?.slotsByDate.get(date) ?? [];
  }

  private dayInfo(date: string, data: MonthAvailability | undefined, loading: boolean): DayInfo {
    const t = this.localize.t;
    const label = formatDayLabel(date, this.localize.lang);
    const slots = data?.slotsByDate.get(date) ?? [];
    const reason = data?.closedByDate.get(date);
    let kind: DayKind;
    if (date < this.currentDate) kind = 'past';
    else if (!data) kind = loading ? 'loading' : 'unknown';
    else if (reason !== undefined) kind = 'closed';
    else kind = slots.length ? 'available' : 'none';
    const count = kind === 'available' ? slots.length : 0;
    let name: string;
    if (kind === 'available') name = t('calendar:day.available', { date: label, count });
    else if (kind === 'closed') name = reason ? t('calendar:day.closed', { date: label, reason }) : t('calendar:day.closedNoReason', { date: label });
    else name = t(`calendar:day.${kind}`, { date: label });
    return { date, kind, count, reason: reason ?? '', label: name };
  }

  /** Free times in a month, from today on, on open days. */
  private freeCount(data: MonthAvailability): number {
    let total = 0;
    for (const [date, slots] of data.slotsByDate) {
      if (monthOf(date) === data.month && date >= this.currentDate && !data.closedByDate.has(date)) total += slots.length;
    }
    return total;
  }

  private earliestFreeSlot(data: MonthAvailability): Slot | undefined {
    const dates = [...data.slotsByDate.keys()].filter((date) => date >= this.currentDate && !data.closedByDate.has(date)).sort();
    return dates.length ? data.slotsByDate.get(dates[0]!)?.[0] : undefined;
  }

  private dayButton(date: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button.day[data-date="${date}"]`);
  }

  // -------------------------------------------------------------------------------------
  // Lifecycle: fetch what the shown month needs
  // -------------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { adapter, serviceId, locationId } = this;
    this.availability.configure(adapter && serviceId && locationId ? { adapter, serviceId, locationId } : undefined);
    if (changed.has('selectedDate') && this.selectedDate && isValidDate(this.selectedDate)) {
      // A restored selection (the flow returning to a day) brings its month with it.
      this.month = monthOf(this.selectedDate);
    }
    if (!this.availability.configured) return;
    const month = this.shownMonth;
    // The shown month, its prefetch and the month a "first available" search waits for.
    this.availability.retain([month, addMonthsToMonth(month, 1), ...(this.searchMonth ? [this.searchMonth] : [])]);
    if (!this.availability.has(month) && this.availability.state(month)?.status !== 'error') {
      void this.availability.load(month).catch(() => undefined);
    } else if (this.availability.data(month) && changed.has('month')) {
      this.schedulePrefetch(month);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('notice') && this.notice) this.announce('notice', this.notice, 0);
    if (!this.availability.configured && !this.warnedNotConfigured) {
      this.warnedNotConfigured = true;
      const missing = [!this.adapter && 'adapter', !this.serviceId && 'serviceId', !this.locationId && 'locationId'].filter(Boolean);
      console.warn(`<bt-slot-calendar>: set ${missing.join(', ')} to show available times.`);
    }
  }

  private onMonthSettled(month: string): void {
    if (month !== this.shownMonth) return;
    const state = this.availability.state(month);
    if (state?.status === 'loaded') {
      this.announceMonth();
      this.schedulePrefetch(month);
    } else if (state?.status === 'error' && !isAbortError(state.error)) {
      this.announce('error', errorMessage(state.error, this.localize.t), 0);
    }
  }

  private schedulePrefetch(month: string): void {
    this.prefetch?.cancel();
    const next = addMonthsToMonth(month, 1);
    if (this.availability.has(next)) return;
    this.prefetch = whenIdle(() => {
      this.prefetch = undefined;
      if (this.isConnected && this.shownMonth === month && !this.availability.has(next)) {
        void this.availability.load(next).catch(() => undefined);
      }
    });
  }

  private announceMonth(): void {
    const month = this.shownMonth;
    const data = this.availability.data(month);
    if (!data) return;
    const count = this.freeCount(data);
    this.announce('month', this.localize.t('calendar:monthSummary', { month: formatMonthYear(month, this.localize.lang), count }));
  }

  /**
   * Says `text` in the polite live region once things are quiet: a quick series of months
   * ends in one announcement (the last), while a notice or error said meanwhile is kept. The
   * region is cleared first so the same words are read again.
   */
  private announce(topic: 'month' | 'notice' | 'error' | 'search', text: string, delay = ANNOUNCE_DELAY): void {
    clearTimeout(this.announceTimer);
    this.pendingAnnouncements.delete(topic);
    this.pendingAnnouncements.set(topic, text);
    this.liveText = '';
    this.announceTimer = setTimeout(() => {
      this.liveText = [...this.pendingAnnouncements.values()].join(' ');
      this.pendingAnnouncements.clear();
    }, Math.max(delay, 50));
  }

  // -------------------------------------------------------------------------------------
  // Navigation and choice
  // -------------------------------------------------------------------------------------

  private showMonth(month: string): boolean {
    const target = month < this.minMonth ? this.minMonth : month;
    if (target === this.shownMonth) return false;
    this.month = target;
    this.prefetch?.cancel();
    // A cached month gets its summary at once (after the quiet delay); others when they land.
    if (this.availability.data(target)) {
      this.announceMonth();
    } else {
      this.pendingAnnouncements.delete('month');
    }
    this.dispatchEvent(new CustomEvent<MonthChangeDetail>('bt-month-change', { detail: { month: target }, ...EVENT_INIT }));
    return true;
  }

  private stepMonth(step: number): void {
    this.cancelSearch();
    const from = this.tabStopDate;
    const target = addMonths(from, step);
    if (monthOf(target) < this.minMonth) return;
    this.focusedDate = target;
    this.showMonth(monthOf(target));
  }

  private async moveFocus(date: string): Promise<void> {
    if (monthOf(date) < this.minMonth) return;
    this.focusedDate = date;
    this.showMonth(monthOf(date));
    await this.updateComplete;
    this.dayButton(date)?.focus();
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const button = (event.target as Element).closest?.('button.day') as HTMLButtonElement | null;
    if (!button || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = dateForKey(event, button.dataset.date!, this.weekStart);
    if (!target) return;
    event.preventDefault();
    void this.moveFocus(target);
  }

  /** Wherever focus lands in the grid (Tab, a click, a script) becomes the tab stop. */
  private onGridFocusin(event: FocusEvent): void {
    const date = (event.target as HTMLElement).dataset?.date;
    if (date && date !== this.focusedDate) this.focusedDate = date;
  }

  private onDayClick(info: DayInfo): void {
    this.cancelSearch();
    this.focusedDate = info.date;
    if (info.kind !== 'available') return;
    void this.chooseDay(info.date);
  }

  private async chooseDay(date: string, focusSlot?: Slot): Promise<void> {
    this.searchOutcome = undefined;
    if (this.selectedDate !== date) {
      this.selectedDate = date;
      this.dispatchEvent(new CustomEvent<DaySelectDetail>('bt-day-select', { detail: { date }, ...EVENT_INIT }));
    }
    this.focusedDate = date;
    // Month and day change together: do not let willUpdate treat this as a restore.
    this.month = monthOf(date);
    if (this.picker.open) this.picker.hide({ reason: 'programmatic', returnFocus: false });
    await this.updateComplete;
    const time = focusSlot && this.renderRoot.querySelector<HTMLButtonElement>(`button.time[data-slot-id="${CSS.escape(focusSlot.id)}"]`);
    (time ?? this.timesHeading)?.focus();
  }

  private chooseSlot(slot: Slot): void {
    const accepted = this.dispatchEvent(
      new CustomEvent<SlotSelectDetail>('bt-slot-select', { detail: { slot }, ...EVENT_INIT, cancelable: true }),
    );
    if (accepted) this.selectedSlotId = slot.id;
  }

  private async backToDays(): Promise<void> {
    const date = this.selectedDate ?? this.tabStopDate;
    this.focusedDate = date;
    this.showMonth(monthOf(date));
    if (this.variant === 'compact') {
      await this.picker.show();
      return;
    }
    await this.updateComplete;
    this.dayButton(date)?.focus();
  }

  /** The citizen took over (picked a day, changed month): a running search must not override them. */
  private cancelSearch(): void {
    if (!this.searching) return;
    this.searchRun += 1;
    this.searching = false;
    this.searchMonth = undefined;
  }

  private async findFirstAvailable(): Promise<void> {
    if (this.searching || !this.availability.configured) return;
    const run = ++this.searchRun;
    this.searching = true;
    this.searchOutcome = undefined;
    const start = this.minMonth;
    try {
      for (let step = 0; step < FIRST_AVAILABLE_MONTHS; step += 1) {
        const month = addMonthsToMonth(start, step);
        // Pinned, so willUpdate's retain() keeps the request the search waits for.
        this.searchMonth = month;
        const data = await this.availability.load(month);
        if (run !== this.searchRun) return;
        const slot = this.earliestFreeSlot(data);
        if (slot) {
          this.searching = false;
          const date = [...data.slotsByDate.entries()].find(([, slots]) => slots.includes(slot))![0];
          this.showMonth(monthOf(date));
          const lang = this.localize.lang;
          this.announce(
            'search',
            this.localize.t('calendar:firstAvailableFound', { date: formatDayLabel(date, lang), time: formatTime(slot.start, lang) }),
            600,
          );
          await this.chooseDay(date, slot);
          return;
        }
      }
      this.searchOutcome = { kind: 'none' };
      this.announce('search', this.localize.t('calendar:noneWithin', { count: FIRST_AVAILABLE_MONTHS }), 0);
    } catch (error) {
      if (run !== this.searchRun || isAbortError(error)) return;
      this.searchOutcome = { kind: 'error', error };
      this.announce('error', errorMessage(error, this.localize.t), 0);
    } finally {
      if (run === this.searchRun) {
        this.searching = false;
        this.searchMonth = undefined;
      }
    }
  }

  private retry(): void {
    void this.availability.load(this.shownMonth).catch(() => undefined);
    this.requestUpdate();
  }

  // -------------------------------------------------------------------------------------
  // Rendering
  // -------------------------------------------------------------------------------------

  private heading(level: number, id: string, part: string, content: unknown, classes = ''): TemplateResult {
    const clamped = Math.min(Math.max(Math.round(Number(level)) || 2, 1), 6);
    return html`<div role="heading" aria-level=${clamped} id=${id} part=${part} class=${classes}>${content}</div>`;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t;
    if (!this.availability.configured) {
      return html`<div part="base" class="base">
        <p class="message" part="message">${t('calendar:notConfigured')}</p>
      </div>`;
    }
    const compact = this.variant === 'compact';
    return html`<div part="base" class=${classMap({ base: true, compact, picked: !!this.selectedDate })}>
      <div class="layout">
        <div class="days">
          ${compact ? this.renderTrigger() : nothing} ${this.renderFirstAvailable()}
          ${compact
            ? html`<div
                class="popover"
                part="popover"
                popover="manual"
                role="dialog"
                aria-modal="false"
                aria-label=${t('calendar:dialogLabel')}
                id=${`${this.ids}-popover`}
                ?hidden=${!this.picker.open}
              >
                ${this.renderMonth()}
                <div class="popover-footer">
                  <button type="button" class="button link" @click=${() => this.picker.hide({ reason: 'escape' })}>
                    ${t('common:close')}
                  </button>
                </div>
              </div>`
            : this.renderMonth()}
        </div>
        ${this.renderTimes()}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.liveText}</div>
    </div>`;
  }

  private renderTrigger(): TemplateResult {
    const t = this.localize.t;
    const date = this.selectedDate && isValidDate(this.selectedDate) ? this.selectedDate : undefined;
    return html`<button
      type="button"
      class="trigger button secondary"
      part="trigger"
      aria-haspopup="dialog"
      aria-expanded=${this.picker.open ? 'true' : 'false'}
      aria-controls=${`${this.ids}-popover`}
      @click=${() => void this.picker.toggle()}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" class="icon">
        <path
          fill="currentColor"
          d="M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2H7zm-2 8h14v10H5V10z"
        />
      </svg>
      ${date
        ? html`<span><span class="visually-hidden">${t('calendar:chosenDate')} </span>${formatDayLabel(date, this.localize.lang)}<span
              class="visually-hidden"
              >, ${t('calendar:changeDate')}</span
            ></span>`
        : html`<span>${t('calendar:chooseDate')}</span>`}
    </button>`;
  }

  private renderFirstAvailable(): TemplateResult {
    const t = this.localize.t;
    const outcome = this.searchOutcome;
    return html`<div class="first-available-row">
      <button
        type="button"
        class="button secondary first-available"
        part="first-available"
        aria-disabled=${this.searching ? 'true' : 'false'}
        @click=${() => void this.findFirstAvailable()}
      >
        ${this.searching ? html`<span class="spinner" aria-hidden="true"></span>${t('calendar:searching')}` : t('calendar:firstAvailable')}
      </button>
      ${outcome?.kind === 'none'
        ? html`<p class="message" part="message">${t('calendar:noneWithin', { count: FIRST_AVAILABLE_MONTHS })}</p>`
        : nothing}
      ${outcome?.kind === 'error'
        ? html`<div class="alert message" part="message">
            <p>${errorMessage(outcome.error, t)}</p>
            <button type="button" class="button secondary" @click=${() => void this.findFirstAvailable()}>${t('common:retry')}</button>
          </div>`
        : nothing}
    </div>`;
  }

  private renderMonth(): TemplateResult {
    const t = this.localize.t;
    const lang = this.localize.lang;
    const month = this.shownMonth;
    const state = this.availability.state(month);
    const data = state?.status === 'loaded' ? state.data : undefined;
    const loading = !state || state.status === 'loading';
    const previous = addMonthsToMonth(month, -1);
    const next = addMonthsToMonth(month, 1);
    const atMin = month <= this.minMonth;
    const monthName = formatMonthYear(month, lang);
    const headingId = `${this.ids}-month`;

    return html`<div class="month">
      <div class="nav" part="nav">
        <button
          type="button"
          class="nav-button"
          part="nav-prev"
          aria-label=${t('calendar:previousMonth', { month: formatMonthYear(previous, lang) })}
          aria-disabled=${atMin ? 'true' : 'false'}
          @click=${() => !atMin && this.stepMonth(-1)}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" d="M15.4 7.4 14 6l-6 6 6 6 1.4-1.4L10.8 12z" /></svg>
        </button>
        ${this.heading(this.headingLevel, headingId, 'heading', monthName, 'month-heading')}
        <button
          type="button"
          class="nav-button"
          part="nav-next"
          aria-label=${t('calendar:nextMonth', { month: formatMonthYear(next, lang) })}
          @click=${() => this.stepMonth(1)}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" d="M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z" /></svg>
        </button>
      </div>
      ${state?.status === 'error'
        ? html`<div class="alert message" part="message">
            <p>${errorMessage(state.error, t)}</p>
            <button type="button" class="button secondary" @click=${this.retry}>${t('common:retry')}</button>
          </div>`
        : nothing}
      ${data && this.freeCount(data) === 0
        ? html`<div class="message empty" part="message">
            <p>${t('calendar:emptyMonth', { month: monthName })} ${t('calendar:emptyMonthHint')}</p>
            <button type="button" class="button secondary" @click=${() => this.stepMonth(1)}>${t('calendar:showNextMonth')}</button>
          </div>`
        : nothing}
      ${this.renderGrid(month, data, loading, headingId)}
      <p class="legend" aria-hidden="true">
        <span class="legend-item"><span class="swatch available"></span>${t('calendar:legendAvailable')}</span>
        <span class="legend-item"><span class="swatch closed"></span>${t('calendar:legendClosed')}</span>
      </p>
    </div>`;
  }

  private renderGrid(month: string, data: MonthAvailability | undefined, loading: boolean, headingId: string): TemplateResult {
    const lang = this.localize.lang;
    const weekStart = this.weekStart;
    const longNames = weekdayNames(lang, weekStart, 'long');
    const shortNames = weekdayNames(lang, weekStart, 'short');
    const layout = layoutMonth(month, weekStart);
    const tabStop = this.tabStopDate;
    return html`<table
      class="grid"
      part="grid"
      aria-labelledby=${headingId}
      aria-busy=${loading ? 'true' : 'false'}
      @keydown=${this.onGridKeydown}
      @focusin=${this.onGridFocusin}
    >
      <thead>
        <tr>
          ${longNames.map(
            (name, index) =>
              html`<th scope="col" abbr=${name}>
                <span aria-hidden="true">${shortNames[index]!.replace(/\.$/, '')}</span><span class="visually-hidden">${name}</span>
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${layout.weeks.map(
          (week) =>
            html`<tr>
              ${week.map((cell) => (cell.inMonth ? this.renderDay(this.dayInfo(cell.date, data, loading), tabStop) : html`<td></td>`))}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderDay(info: DayInfo, tabStop: string): TemplateResult {
    const selected = info.date === this.selectedDate;
    const today = info.date === this.currentDate;
    const parts = ['day', `day-${info.kind}`];
    if (selected) parts.push('day-selected');
    if (today) parts.push('today');
    const day = Number(info.date.slice(8));
    // The count is drawn over the button but lies outside it, so the button's visible text is
    // just the day number, which its full name contains (WCAG 2.5.3, label in name).
    return html`<td class=${info.kind}>
      <button
        type="button"
        class=${classMap({ day: true, [info.kind]: true, selected, today })}
        part=${parts.join(' ')}
        data-date=${info.date}
        tabindex=${info.date === tabStop ? 0 : -1}
        aria-label=${info.label}
        aria-pressed=${selected ? 'true' : 'false'}
        aria-current=${ifDefined(today ? 'date' : undefined)}
        aria-disabled=${info.kind === 'available' ? 'false' : 'true'}
        @click=${() => this.onDayClick(info)}
      >
        ${day}
      </button>
      ${info.kind === 'loading'
        ? html`<span class="count skeleton" aria-hidden="true"></span>`
        : info.kind === 'available'
          ? html`<span class=${classMap({ count: true, selected })} aria-hidden="true">${info.count}</span>`
          : nothing}
    </td>`;
  }

  private renderTimes(): TemplateResult | typeof nothing {
    const date = this.selectedDate && isValidDate(this.selectedDate) ? this.selectedDate : undefined;
    if (!date) return nothing;
    const t = this.localize.t;
    const lang = this.localize.lang;
    const state = this.availability.state(monthOf(date));
    const dayLabel = formatDayLabel(date, lang);
    const slots = date < this.currentDate ? [] : this.slotsOn(date);
    const byPart = slotsByPartOfDay(slots);
    const groups = PARTS_OF_DAY.map((part) => ({ part, slots: byPart[part] })).filter((group) => group.slots.length);
    const level = Math.min(Math.max(Math.round(Number(this.headingLevel)) || 2, 1), 5) + 1;
    return html`<section class="times" part="times" aria-labelledby=${`${this.ids}-times`}>
      <div class="times-header">
        <div
          role="heading"
          aria-level=${level}
          id=${`${this.ids}-times`}
          class="times-heading"
          tabindex="-1"
        >${t('calendar:timesHeading', { date: dayLabel })}</div>
        <button type="button" class="button link back" @click=${() => void this.backToDays()}>
          ${t('calendar:chooseAnotherDay')}
        </button>
      </div>
      <div class="notice" part="notice" ?hidden=${!this.notice && !this.hasSlotted('notice')}>
        <slot name="notice" @slotchange=${() => this.requestUpdate()}>${this.notice ?? ''}</slot>
      </div>
      ${state?.status === 'loaded' || slots.length
        ? html`<p class="times-count">${t('calendar:timesCount', { count: slots.length })}</p>`
        : html`<p class="times-count">${t('calendar:loadingMonth', { month: formatMonthYear(monthOf(date), lang) })}</p>`}
      ${groups.map(
        (group) => html`<div class="group" role="group" aria-labelledby=${`${this.ids}-${group.part}`}>
          <div role="heading" aria-level=${level + 1} class="group-heading" id=${`${this.ids}-${group.part}`}>
            ${t(`calendar:partOfDay.${group.part}`)}
          </div>
          <ul class="time-list" role="list">
            ${group.slots.map((slot) => {
              const selected = slot.id === this.selectedSlotId;
              const time = formatTime(slot.start, lang);
              return html`<li>
                <button
                  type="button"
                  class=${classMap({ time: true, selected })}
                  part=${selected ? 'time time-selected' : 'time'}
                  data-slot-id=${slot.id}
                  aria-pressed=${selected ? 'true' : 'false'}
                  aria-label=${t('calendar:timeLabel', { date: dayLabel, time })}
                  @click=${() => this.chooseSlot(slot)}
                >
                  ${time}
                </button>
              </li>`;
            })}
          </ul>
        </div>`,
      )}
    </section>`;
  }

  private hasSlotted(name: string): boolean {
    return !!this.querySelector(`:scope > [slot="${name}"]`);
  }
}
