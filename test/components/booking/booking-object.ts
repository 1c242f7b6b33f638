import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/bt-booking.js';
import type { BtBooking } from '../../../src/define/bt-booking.js';
import type { BookingAdapter } from '../../../src/core/adapter.js';
import type { BookingRequest, Session, Slot } from '../../../src/core/types.js';
import type { CallOptions } from '../../../src/core/adapter.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import type { FlowStep } from '../../../src/core/booking-flow.js';
import { slotFromDetail } from '../../../src/core/appointment-event.js';
import { hasLaterPanels } from '../../../src/components/booking/booking-panels.js';
import { clockAt, type Clock } from '../../../src/core/clock.js';
import da from '../../../src/i18n/locales/da/booking.js';
import en from '../../../src/i18n/locales/en/booking.js';
import { ManualClock } from '../../support/manual-clock.js';
import { PickerObject } from '../service-picker/picker-object.js';
import { CalendarObject } from '../slot-calendar/calendar-object.js';
import { ContactFormObject, type TypedDetails } from '../contact-form/contact-form-object.js';
import { ReceiptObject } from '../receipt/receipt-object.js';

/** The fixed morning every flow test books on: Monday 23 November 2026, 09:00 in Copenhagen. */
export const NOW = new Date('2026-11-23T08:00:00Z');
export const fixedNow = (): Date => new Date(NOW);

/** The element's clock in most tests: the fixed morning, with the page's real timers. */
export const fixedClock: Clock = clockAt(fixedNow);

/**
 * A clock the test moves forward by hand, timers included, for the adapter and the element
 * alike: `advance(seconds)` runs the countdown's ticks and what they announce.
 */
export function manualClock(start: Date = NOW) {
  const clock = new ManualClock(start);
  return Object.assign(clock, {
    adapterNow: () => clock.now(),
    // A little past the second, so announcements made on the last tick are said too.
    advanceSeconds: (seconds: number) => clock.advance(seconds * 1000 + 100),
  });
}

export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What the citizen types into the details form. */
export type CitizenDetails = Pick<TypedDetails, 'name' | 'cpr' | 'email' | 'phone'>;

export interface BookCall {
  request: BookingRequest;
  options: CallOptions | undefined;
}

/**
 * A MemoryAdapter on the fixed clock whose `book` calls are counted (and can be made to
 * fail first), for "exactly one booking" and "same key on retry".
 */
export function countingAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter & { calls: BookCall[] } {
  const adapter = new MemoryAdapter({ now: fixedNow, occupancy: 0, ...options }) as MemoryAdapter & { calls: BookCall[] };
  adapter.calls = [];
  const book = adapter.book.bind(adapter);
  adapter.book = (request, callOptions) => {
    adapter.calls.push({ request: structuredClone(request), options: callOptions && { ...callOptions } });
    return book(request, callOptions);
  };
  return adapter;
}

/** A fake MitID: `login` signs in as the given person. */
export function fakeAuth(person: Session = { name: 'Karen Jensen', cpr: '0101901234' }, signedIn = false) {
  const auth = {
    session: signedIn ? person : (null as Session | null),
    logins: [] as Array<string | undefined>,
    async getSession() {
      return auth.session;
    },
    async login(returnTo?: string) {
      auth.logins.push(returnTo);
      auth.session = person;
    },
    async logout() {
      auth.session = null;
    },
  };
  return auth;
}

export async function mountBooking(
  adapter: BookingAdapter | undefined,
  options: {
    lang?: string;
    variant?: 'inline' | 'popup';
    service?: string;
    location?: string;
    manageUrl?: string;
    clock?: Clock;
  } = {},
): Promise<BookingObject> {
  const el = await fixture<BtBooking>(html`
    <bt-booking
      lang=${options.lang ?? 'da'}
      variant=${options.variant ?? 'inline'}
      service=${options.service ?? ''}
      location=${options.location ?? ''}
      manage-url=${options.manageUrl ?? ''}
      .clock=${options.clock ?? fixedClock}
      .adapter=${adapter}
    ></bt-booking>
  `);
  await el.updateComplete;
  return new BookingObject(el, options.clock instanceof ManualClock ? options.clock : undefined);
}

/** One answer of "Tjek dine svar": a term of the summary list, its value and its "Ret" button. */
export interface SummaryRow {
  label: string;
  value: string;
  /** "Ret <label>", or null when the answer cannot be changed here (from MitID). */
  changeButton: HTMLButtonElement | null;
}

type Child = 'bt-service-picker' | 'bt-slot-calendar' | 'bt-contact-form' | 'bt-receipt';

/**
 * Drives <bt-booking> the way a citizen does. Its children are driven through their own page
 * objects (`picker`, `calendar`, `form`, `receipt`); the booking's own controls are found by
 * role and accessible name, or by the parts it documents as public API.
 */
export class BookingObject {
  /** The last time the citizen picked on the calendar (from its public `bt-slot-select` event). */
  chosenSlot: Slot | undefined;

  /**
   * @param clock The element's clock when the test moves it by hand: the calendar's page object
   *   moves it on while it waits for an announcement.
   */
  constructor(
    readonly el: BtBooking,
    private readonly clock?: ManualClock,
  ) {
    el.addEventListener('bt-slot-select', (event) => {
      this.chosenSlot = slotFromDetail(event.detail);
    });
  }

  /** The booking's own shadow root (never its children's). */
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  get step(): FlowStep {
    return this.el.step;
  }

  /** The booking's texts in the language it shows. */
  private get texts(): typeof da {
    return this.el.lang === 'en' ? en : da;
  }

  // ---- the children, through their page objects ----

  /** Whether the flow shows the child element now. */
  shows(tag: Child): boolean {
    return this.root.querySelector(tag) !== null;
  }

  private child<K extends Child>(tag: K): HTMLElementTagNameMap[K] {
    const child = this.root.querySelector(tag);
    if (!child) throw new Error(`<${tag}> is not shown (step ${this.step})`);
    return child;
  }

  get pickerElement() {
    return this.child('bt-service-picker');
  }

  get calendarElement() {
    return this.child('bt-slot-calendar');
  }

  get formElement() {
    return this.child('bt-contact-form');
  }

  get receiptElement() {
    return this.child('bt-receipt');
  }

  get picker(): PickerObject {
    return new PickerObject(this.pickerElement);
  }

  get calendar(): CalendarObject {
    return new CalendarObject(this.calendarElement, this.clock);
  }

  get form(): ContactFormObject {
    return new ContactFormObject(this.formElement);
  }

  get receipt(): ReceiptObject {
    return new ReceiptObject(this.receiptElement);
  }

  // ---- the booking's own controls ----

  /** The booking's own element with the documented part `name` (e.g. `confirm`, `popup-button`), or null. */
  part<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.root.querySelector<T>(`[part~="${name}"]`);
  }

  /** Every element of the booking with the part `name`. */
  parts<T extends HTMLElement = HTMLElement>(name: string): T[] {
    return [...this.root.querySelectorAll<T>(`[part~="${name}"]`)];
  }

  /** The step's heading: a real `<hN>` (its documented part `heading`), where focus goes on each step. */
  get stepHeading(): HTMLHeadingElement | null {
    const heading = this.part<HTMLHeadingElement>('heading');
    if (heading && !/^H[1-6]$/.test(heading.tagName)) throw new Error(`the step heading is a <${heading.localName}>`);
    return heading;
  }

  get heading(): string {
    return text(this.stepHeading);
  }

  /** The step indicator: the navigation named "Trin i bestillingen" ("Booking steps"). */
  get stepsNav(): HTMLElement | null {
    return [...this.root.querySelectorAll('nav')].find((nav) => nav.getAttribute('aria-label') === this.texts.stepsLabel) ?? null;
  }

  /** The steps in the indicator (list items). */
  get stepItems(): HTMLLIElement[] {
    return [...(this.stepsNav?.querySelectorAll('li') ?? [])];
  }

  /** The step marked as current (`aria-current="step"`). */
  get currentStepItem(): HTMLElement | null {
    return this.stepsNav?.querySelector<HTMLElement>('[aria-current="step"]') ?? null;
  }

  /** "Trin 1 af 4: Ærinde og sted": the indicator's one line for narrow screens (screen readers hear the list). */
  get compactSteps(): string {
    return text(this.stepsNav?.querySelector('p[aria-hidden="true"]'));
  }

  /** The hold countdown, or its "no longer reserved" message (part `hold`). */
  get hold(): HTMLElement | null {
    return this.part('hold');
  }

  get holdText(): string {
    return text(this.hold);
  }

  /** The hold's "Reserver tiden igen" button: there only once the hold has lapsed. */
  get reholdButton(): HTMLButtonElement | null {
    return this.hold?.querySelector('button') ?? null;
  }

  /** The hold's message once it has lapsed (it offers to reserve the time again), else null. */
  get lapsedHold(): HTMLElement | null {
    return this.reholdButton ? this.hold : null;
  }

  /** The booking's live region: what a screen reader is told without moving focus. */
  get liveRegion(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[part~="base"] > [role="status"]');
  }

  get liveText(): string {
    return text(this.liveRegion);
  }

  /** The messages on the step (part `notice`). */
  get notices(): HTMLElement[] {
    return this.parts('notice');
  }

  notice(): string {
    return this.notices.map(text).join(' ');
  }

  get confirmButton(): HTMLButtonElement {
    const button = this.part<HTMLButtonElement>('confirm');
    if (!button) throw new Error(`no confirm button (step ${this.step})`);
    return button;
  }

  /** The popup's `<dialog>`. */
  get dialog(): HTMLDialogElement {
    return this.part<HTMLDialogElement>('dialog')!;
  }

  /** The dialog's accessible name: the text of what labels it. */
  get dialogName(): string {
    const ids = (this.dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => text(this.root.getElementById(id))).join(' ');
  }

  /** "Nej, fortsæt bestillingen" (`stay`) or "Ja, luk bestillingen" (`leave`) in the close question. */
  closeConfirmButton(answer: 'stay' | 'leave'): HTMLButtonElement | undefined {
    const name = answer === 'stay' ? this.texts.popup.confirmStay : this.texts.popup.confirmLeave;
    return [...(this.part('close-confirm')?.querySelectorAll('button') ?? [])].find((button) => text(button) === name);
  }

  /** The element focused inside the booking (through the children's shadow roots). */
  get focused(): Element | null {
    let active: Element | null = this.root.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  // ---- waiting ----

  async settle(): Promise<void> {
    await this.el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await this.el.updateComplete;
  }

  async waitForStep(step: FlowStep, message = `step ${step}`): Promise<void> {
    // After the errand step the panels come from a module fetched after the first render.
    const shown = () => step === 'service' || hasLaterPanels();
    await waitUntil(() => this.step === step && (step === 'receipt' || this.stepHeading) && shown(), message, { timeout: 4000 });
    await this.settle();
  }

  // ---- errand and place ----

  /** Waits for the picker and its offices, then chooses one by name. */
  async chooseLocation(name: string): Promise<void> {
    await waitUntil(() => this.shows('bt-service-picker'), 'no service picker', { timeout: 4000 });
    const picker = this.picker;
    await picker.settled();
    await waitUntil(
      () => picker.locationRadios.some((radio) => picker.labelOf(radio).startsWith(name)),
      `no location "${name}"`,
      {
        timeout: 4000,
      },
    );
    await picker.chooseLocation(name);
  }

  /** Chooses the errand and presses "Fortsæt". */
  async chooseService(name: string): Promise<void> {
    const picker = this.picker;
    await waitUntil(() => picker.serviceRadios.some((radio) => picker.labelOf(radio).startsWith(name)), `no service "${name}"`, {
      timeout: 4000,
    });
    await picker.chooseService(name);
    await picker.continue();
    await this.settle();
  }

  // ---- day and time ----

  /** Picks the first day with free times; returns its date (YYYY-MM-DD). */
  async pickFirstAvailableDay(): Promise<string> {
    return this.calendar.pickFirstAvailableDay();
  }

  /** Picks a time on the chosen day (the first, the nth, or by its text), and waits for the flow to move on. */
  async pickTime(which: number | string = 0): Promise<Slot> {
    const slot = await this.calendar.pickTime(which);
    await waitUntil(() => this.step !== 'time' || this.notice() !== '', 'the flow did not move on from the time', {
      timeout: 4000,
    });
    await this.settle();
    return slot;
  }

  // ---- details ----

  /** Types the details into their fields, each found by its label. */
  async fillDetails(details: CitizenDetails): Promise<void> {
    await this.form.fill(details);
  }

  async submitDetails(): Promise<void> {
    await this.form.submit();
    await this.settle();
  }

  // ---- summary ----

  /** The "Tjek dine svar" list (part `summary`), read as term and description pairs. */
  summaryRows(): SummaryRow[] {
    const list = this.part('summary');
    return [...(list?.querySelectorAll('dt') ?? [])].map((term) => {
      const descriptions: Element[] = [];
      for (let next = term.nextElementSibling; next?.localName === 'dd'; next = next.nextElementSibling) descriptions.push(next);
      return {
        label: text(term),
        value: text(descriptions[0]),
        changeButton: descriptions.map((dd) => dd.querySelector('button')).find((button) => button !== null) ?? null,
      };
    });
  }

  summaryRow(label: string): SummaryRow {
    const rows = this.summaryRows();
    const row = rows.find((candidate) => candidate.label === label);
    if (!row) throw new Error(`no summary row "${label}" (there are: ${rows.map((candidate) => candidate.label).join(', ')})`);
    return row;
  }

  summaryValue(label: string): string {
    return this.summaryRow(label).value;
  }

  /** Presses "Ret <label>" in the summary (the button named for the answer it changes, e.g. "Ret Tid"). */
  async change(label: string): Promise<void> {
    const name = `${this.texts.summary.change} ${label}`;
    const button = [...(this.part('summary')?.querySelectorAll('button') ?? [])].find((candidate) => text(candidate) === name);
    if (!button) throw new Error(`no button "${name}" in the summary`);
    button.click();
    await this.settle();
  }

  /** Presses "Bekræft" and waits until the booking call has settled. */
  async confirm(): Promise<void> {
    this.confirmButton.click();
    await this.settle();
    await waitUntil(() => this.part('confirm')?.getAttribute('aria-disabled') !== 'true', 'booking never settled', {
      timeout: 4000,
    });
    await this.settle();
  }

  // ---- the whole way ----

  /** Errand at Centrum, then the first free day and its first time; returns the day. */
  async pickErrandAndTime(service = 'Pas – nyt pas (voksen)'): Promise<string> {
    await this.chooseLocation('Borgerservice Centrum');
    await this.chooseService(service);
    await this.waitForStep('time');
    const day = await this.pickFirstAvailableDay();
    await this.pickTime();
    return day;
  }

  /** From the first step to the summary, with a given citizen. */
  async toSummary(details: CitizenDetails = CITIZEN, service = 'Pas – nyt pas (voksen)'): Promise<string> {
    const day = await this.pickErrandAndTime(service);
    await this.waitForStep('details');
    await this.fillDetails(details);
    await this.submitDetails();
    await this.waitForStep('summary');
    return day;
  }
}

export const CITIZEN: CitizenDetails = {
  name: 'Karen Jensen',
  cpr: '0101901234',
  email: 'karen@example.dk',
  phone: '20304050',
};
