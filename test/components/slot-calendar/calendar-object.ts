import { aTimeout, waitUntil } from '@open-wc/testing';
import { slotFromDetail, type SlotSelectDetail } from '../../../src/core/appointment-event.js';
import type { BtSlotCalendar } from '../../../src/components/slot-calendar/slot-calendar.js';
import type { Slot } from '../../../src/core/types.js';
import { datesOfMonth } from '../../../src/core/time.js';
import { formatDayLabel } from '../../../src/core/month-grid.js';
import type { ManualClock } from '../../support/manual-clock.js';

/** What a screen reader calls a control: its aria-label, else its text. */
function nameOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** How a day's name begins in either language the calendar speaks ("tirsdag 1. december 2026, …"). */
function dayNamePrefixes(date: string): string[] {
  return [`${formatDayLabel(date, 'da')},`, `${formatDayLabel(date, 'en')},`];
}

/**
 * The calendar as a citizen meets it: days, times and month buttons found by their role and
 * what they are called, never by class names. Flow tests (e.g. the booking page object)
 * compose it, so every step waits for the element to settle. Give it the calendar's
 * ManualClock and it moves time on while it waits for an announcement.
 */
export class CalendarObject {
  constructor(
    readonly element: BtSlotCalendar,
    private readonly clock?: ManualClock,
  ) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  // ---- The month ------------------------------------------------------------------------

  /** The month table (named by the month heading). */
  get grid(): HTMLTableElement {
    return this.root.querySelector('table')!;
  }

  /** The heading that names the grid. */
  get monthHeadingElement(): HTMLElement {
    return this.root.getElementById(this.grid.getAttribute('aria-labelledby') ?? '')!;
  }

  /** The month heading, e.g. "december 2026". */
  get monthHeading(): string {
    return this.monthHeadingElement.textContent!.trim();
  }

  get dayButtons(): HTMLButtonElement[] {
    return [...this.grid.querySelectorAll<HTMLButtonElement>('td button')];
  }

  /** The day button whose name begins with the date, e.g. `dayButton('2026-12-01')`. */
  dayButton(date: string): HTMLButtonElement {
    const prefixes = dayNamePrefixes(date);
    const button = this.dayButtons.find((b) => prefixes.some((prefix) => nameOf(b).startsWith(prefix)));
    if (!button) throw new Error(`No day button for ${date} (showing ${this.monthHeading})`);
    return button;
  }

  dayName(date: string): string {
    return nameOf(this.dayButton(date));
  }

  /** The date a day button stands for, read from its name. */
  dateOf(button: Element): string | undefined {
    const name = nameOf(button);
    return datesOfMonth(this.element.month!).find((date) => dayNamePrefixes(date).some((prefix) => name.startsWith(prefix)));
  }

  /** Days a citizen can pick (not disabled). */
  get availableDates(): string[] {
    return this.dayButtons.filter((b) => b.getAttribute('aria-disabled') === 'false').map((b) => this.dateOf(b)!);
  }

  /** The days in the tab order (there should be one). */
  get tabStopDates(): string[] {
    return this.dayButtons.filter((b) => b.tabIndex === 0).map((b) => this.dateOf(b)!);
  }

  get activeElement(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }

  /** The date of the focused day button, if a day has focus. */
  get focusedDate(): string | undefined {
    const active = this.activeElement;
    return active && this.dayButtons.includes(active as HTMLButtonElement) ? this.dateOf(active) : undefined;
  }

  /** A button anywhere in the calendar, by its name. */
  button(name: RegExp): HTMLButtonElement | undefined {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button')].find((b) => name.test(nameOf(b)));
  }

  get previousMonthButton(): HTMLButtonElement {
    return this.button(/^(Forrige måned|Previous month), /)!;
  }

  get nextMonthButton(): HTMLButtonElement {
    return this.button(/^(Næste måned|Next month), /)!;
  }

  /** "Næste måned" in an empty month's message. */
  get showNextMonthButton(): HTMLButtonElement | undefined {
    return this.button(/^(Næste måned|Next month)$/);
  }

  get firstAvailableButton(): HTMLButtonElement {
    return this.button(/^(Første ledige tid|First available time|Søger efter første|Looking for the first)/)!;
  }

  get retryButton(): HTMLButtonElement | undefined {
    return this.button(/^(Prøv igen|Try again)$/);
  }

  /** Empty-month, error and "none found" messages, as text. */
  get messages(): string[] {
    return [...this.root.querySelectorAll('[part~="message"]')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
  }

  get liveRegion(): HTMLElement {
    return this.root.querySelector('[role="status"]')!;
  }

  get loading(): boolean {
    return this.grid.getAttribute('aria-busy') === 'true';
  }

  // ---- The compact variant --------------------------------------------------------------

  /** The date button that opens the month in a dialog. */
  get trigger(): HTMLButtonElement | null {
    return this.root.querySelector('button[aria-haspopup="dialog"]');
  }

  get popover(): HTMLElement | null {
    return this.root.querySelector('[role="dialog"]');
  }

  get popoverOpen(): boolean {
    const popover = this.popover;
    return !!popover && !popover.hidden;
  }

  // ---- The chosen day's times ------------------------------------------------------------

  /** The region listing the chosen day's times, named by its heading. */
  get timesPanel(): HTMLElement | null {
    return this.root.querySelector('section[aria-labelledby]');
  }

  get timesHeadingElement(): HTMLElement | null {
    const panel = this.timesPanel;
    return panel && this.root.getElementById(panel.getAttribute('aria-labelledby')!);
  }

  get timesHeading(): string {
    return this.timesHeadingElement?.textContent?.trim() ?? '';
  }

  get timeButtons(): HTMLButtonElement[] {
    return [...(this.timesPanel?.querySelectorAll<HTMLButtonElement>('li button') ?? [])];
  }

  /** Visible clock times, e.g. ["09.00", "10.15"]. */
  get times(): string[] {
    return this.timeButtons.map((button) => button.textContent!.trim());
  }

  get timeNames(): string[] {
    return this.timeButtons.map(nameOf);
  }

  /** Headings of the part-of-day groups, e.g. ["Formiddag", "Eftermiddag"]. */
  get timeGroups(): string[] {
    return [...(this.timesPanel?.querySelectorAll('[role="group"]') ?? [])].map((group) =>
      this.root.getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim(),
    );
  }

  /** The list entry for the citizen's current time, found by what it says. */
  get currentTimeEntry(): HTMLElement | undefined {
    return [...(this.timesPanel?.querySelectorAll<HTMLElement>('li') ?? [])].find((item) =>
      /(din nuværende tid|your current time)$/.test(nameOf(item)),
    );
  }

  get backButton(): HTMLButtonElement | undefined {
    return this.button(/^(Vælg en anden dag|Choose another day)$/);
  }

  /** The notice above the times. */
  get notice(): string {
    return this.root.querySelector('[part="notice"]')?.textContent?.trim() ?? '';
  }

  // ---- Waiting ---------------------------------------------------------------------------

  async settled(): Promise<void> {
    await this.element.updateComplete;
  }

  /** Waits until the shown month's availability is in. */
  async loaded(): Promise<void> {
    await waitUntil(() => this.grid && !this.loading, 'month did not load', { timeout: 4000 });
    await this.settled();
  }

  /** Waits until the live region says `text` (matched as a substring), moving a manual clock on meanwhile. */
  async announced(text: string): Promise<void> {
    await waitUntil(
      () => {
        this.clock?.advance(100);
        return this.liveRegion.textContent!.includes(text);
      },
      `never announced "${text}"; last: "${this.liveRegion.textContent}"`,
      { timeout: 3000 },
    );
  }

  /** Lets `ms` of the calendar's time pass (its manual clock's, else real time). */
  async later(ms: number): Promise<void> {
    if (this.clock) this.clock.advance(ms);
    else await aTimeout(ms);
    await this.settled();
  }

  /** Lets the page go idle (the next month is prefetched then): a manual clock runs WebKit's timer stand-in. */
  async idle(): Promise<void> {
    this.clock?.advance(2000);
    await aTimeout(0);
  }

  // ---- A citizen's steps ------------------------------------------------------------------

  focusDay(date: string): void {
    this.dayButton(date).focus();
  }

  /** Presses a key on the focused element (a real keydown, as the APG keys need nothing more). */
  async press(key: string, options: { shiftKey?: boolean } = {}): Promise<void> {
    const target = this.activeElement ?? this.element;
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...options }));
    await this.settled();
    await aTimeout(0);
    await this.settled();
  }

  async pickDay(date: string): Promise<void> {
    this.dayButton(date).click();
    await this.settled();
  }

  /** Picks the first day with free times in the shown month, once there is one; returns its date. */
  async pickFirstAvailableDay(): Promise<string> {
    await waitUntil(() => this.grid && this.availableDates.length > 0, `no day with free times in ${this.monthHeading}`, {
      timeout: 4000,
    });
    const date = this.availableDates[0]!;
    await this.pickDay(date);
    return date;
  }

  /**
   * Picks a time by its visible text ("10.15") or its place in the list; returns the slot the
   * calendar offered in `bt-slot-select` (also when the host refused it).
   */
  async pickTime(which: string | number): Promise<Slot> {
    const find = () =>
      typeof which === 'number' ? this.timeButtons[which] : this.timeButtons.find((b) => b.textContent!.trim() === which);
    await waitUntil(find, `no time ${which}; times: ${this.times.join(', ')}`, { timeout: 4000 });
    const button = find()!;
    let offered: Slot | undefined;
    const listen = (event: CustomEvent<SlotSelectDetail>) => (offered = slotFromDetail(event.detail));
    this.element.addEventListener('bt-slot-select', listen);
    button.click();
    this.element.removeEventListener('bt-slot-select', listen);
    await this.settled();
    if (!offered) throw new Error(`Picking ${which} fired no bt-slot-select`);
    return offered;
  }

  /** Presses "Prøv igen" / "Try again" and waits for the month. */
  async retry(): Promise<void> {
    this.retryButton!.click();
    await this.settled();
    await this.loaded();
  }

  async nextMonth(): Promise<void> {
    this.nextMonthButton.click();
    await this.settled();
  }

  async previousMonth(): Promise<void> {
    this.previousMonthButton.click();
    await this.settled();
  }

  async findFirstAvailable(): Promise<void> {
    this.firstAvailableButton.click();
    await waitUntil(() => this.firstAvailableButton.getAttribute('aria-disabled') !== 'true', 'search did not end', {
      timeout: 4000,
    });
    await this.settled();
    await aTimeout(0);
  }

  async chooseAnotherDay(): Promise<void> {
    this.backButton!.click();
    await this.settled();
    await aTimeout(0);
  }

  async openPopover(): Promise<void> {
    this.trigger!.click();
    await waitUntil(() => this.popoverOpen, 'popover did not open');
    await this.settled();
  }
}
