import { aTimeout, waitUntil } from '@open-wc/testing';
import type { BtSlotCalendar } from '../../../src/components/slot-calendar/slot-calendar.js';

/**
 * The calendar as a citizen meets it: by what buttons say, not by class names. Booking-flow
 * tests reuse it, so every step waits for the element to settle.
 */
export class CalendarObject {
  constructor(readonly element: BtSlotCalendar) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The month heading, e.g. "december 2026". */
  get monthHeading(): string {
    return this.root.querySelector('[part~="heading"]')!.textContent!.trim();
  }

  get grid(): HTMLTableElement {
    return this.root.querySelector('table')!;
  }

  get dayButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button[data-date]')];
  }

  day(date: string): HTMLButtonElement {
    const button = this.root.querySelector<HTMLButtonElement>(`button[data-date="${date}"]`);
    if (!button) throw new Error(`No day button for ${date} (showing ${this.monthHeading})`);
    return button;
  }

  dayName(date: string): string {
    return this.day(date).getAttribute('aria-label') ?? '';
  }

  /** The one day in the tab order. */
  get tabStops(): HTMLButtonElement[] {
    return this.dayButtons.filter((button) => button.tabIndex === 0);
  }

  /** The date of the focused day button, if a day has focus. */
  get focusedDate(): string | undefined {
    const active = this.root.activeElement as HTMLElement | null;
    return active?.dataset.date;
  }

  get activeElement(): HTMLElement | null {
    return this.root.activeElement as HTMLElement | null;
  }

  get previousMonthButton(): HTMLButtonElement {
    return this.root.querySelector('[part~="nav-prev"]')!;
  }

  get nextMonthButton(): HTMLButtonElement {
    return this.root.querySelector('[part~="nav-next"]')!;
  }

  get firstAvailableButton(): HTMLButtonElement {
    return this.root.querySelector('[part~="first-available"]')!;
  }

  get trigger(): HTMLButtonElement | null {
    return this.root.querySelector('[part~="trigger"]');
  }

  get popover(): HTMLElement | null {
    return this.root.querySelector('[part~="popover"]');
  }

  get popoverOpen(): boolean {
    const popover = this.popover;
    return !!popover && !popover.hidden;
  }

  get timesPanel(): HTMLElement | null {
    return this.root.querySelector('[part~="times"]');
  }

  get timesHeading(): string {
    return this.root.querySelector('.times-heading')?.textContent?.trim() ?? '';
  }

  get timeButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button[data-slot-id]')];
  }

  /** Visible clock times, e.g. ["09.00", "10.15"]. */
  get times(): string[] {
    return this.timeButtons.map((button) => button.textContent!.trim());
  }

  get timeNames(): string[] {
    return this.timeButtons.map((button) => button.getAttribute('aria-label') ?? '');
  }

  /** Headings of the part-of-day groups, e.g. ["Formiddag", "Eftermiddag"]. */
  get timeGroups(): string[] {
    return [...this.root.querySelectorAll('.group-heading')].map((heading) => heading.textContent!.trim());
  }

  get backButton(): HTMLButtonElement | null {
    return this.root.querySelector('.back');
  }

  /** Empty-month, error and "none found" messages, as text. */
  get messages(): string[] {
    return [...this.root.querySelectorAll('[part~="message"]')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
  }

  get retryButton(): HTMLButtonElement | null {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="message"] button')].find((b) =>
      /Prøv igen|Try again/.test(b.textContent ?? ''),
    ) ?? null;
  }

  get liveRegion(): HTMLElement {
    return this.root.querySelector('[aria-live="polite"]')!;
  }

  get loading(): boolean {
    return this.grid?.getAttribute('aria-busy') === 'true';
  }

  async settled(): Promise<void> {
    await this.element.updateComplete;
  }

  /** Waits until the shown month's availability is in. */
  async loaded(): Promise<void> {
    await waitUntil(() => this.grid && !this.loading, 'month did not load', { timeout: 4000 });
    await this.settled();
  }

  /** Waits until the live region says `text` (matched as a substring). */
  async announced(text: string): Promise<void> {
    await waitUntil(() => this.liveRegion.textContent!.includes(text), `never announced "${text}"; last: "${this.liveRegion.textContent}"`, {
      timeout: 3000,
    });
  }

  focusDay(date: string): void {
    this.day(date).focus();
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
    this.day(date).click();
    await this.settled();
  }

  async pickTime(text: string): Promise<void> {
    const button = this.timeButtons.find((b) => b.textContent!.trim() === text);
    if (!button) throw new Error(`No time ${text}; times: ${this.times.join(', ')}`);
    button.click();
    await this.settled();
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
