import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/bt-booking.js';
import type { BtBooking } from '../../../src/define/bt-booking.js';
import type { BookingAdapter } from '../../../src/core/adapter.js';
import type { BookingRequest, Session, Slot } from '../../../src/core/types.js';
import type { CallOptions } from '../../../src/core/adapter.js';
import { MemoryAdapter, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import type { FlowStep } from '../../../src/core/booking-flow.js';
import { clockAt, type Clock } from '../../../src/core/clock.js';
import { ManualClock } from '../../support/manual-clock.js';

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

export interface CitizenDetails {
  name?: string;
  cpr?: string;
  email?: string;
  phone?: string;
}

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
  return new BookingObject(el);
}

/** Drives <bt-booking> the way a citizen does, through its children's shadow roots. */
export class BookingObject {
  /** The last time the citizen picked on the calendar (from its public `bt-slot-select` event). */
  chosenSlot: Slot | undefined;

  constructor(readonly el: BtBooking) {
    el.addEventListener('bt-slot-select', (event) => {
      this.chosenSlot = event.detail.slot;
    });
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  get step(): FlowStep {
    return this.el.step;
  }

  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  child<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
    const child = this.root.querySelector(tag);
    if (!child) throw new Error(`<${tag}> is not shown (step ${this.step})`);
    return child as HTMLElementTagNameMap[K];
  }

  get heading(): string {
    return text(this.$('#step-heading'));
  }

  /** The element focused inside the booking (through the children's shadow roots). */
  get focused(): Element | null {
    let active: Element | null = this.root.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  notice(): string {
    return [...this.root.querySelectorAll('[part~="notice"]')].map(text).join(' ');
  }

  async settle(): Promise<void> {
    await this.el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await this.el.updateComplete;
  }

  async waitForStep(step: FlowStep, message = `step ${step}`): Promise<void> {
    await waitUntil(() => this.step === step && (step === 'receipt' || this.$('#step-heading')), message, { timeout: 4000 });
    await this.settle();
  }

  // ---- errand and place ----

  private async pickerRadio(group: 'service' | 'location', name: string): Promise<HTMLInputElement> {
    const picker = this.child('bt-service-picker');
    let found: HTMLInputElement | undefined;
    await waitUntil(
      () => {
        const radios = [...picker.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)];
        found = radios.find((radio) => text(picker.shadowRoot!.querySelector(`label[for="${radio.id}"]`)).includes(name));
        return found;
      },
      `no ${group} "${name}"`,
      { timeout: 4000 },
    );
    return found!;
  }

  async chooseLocation(name: string): Promise<void> {
    (await this.pickerRadio('location', name)).click();
    await this.child('bt-service-picker').updateComplete;
  }

  /** Chooses the errand and presses "Fortsæt". */
  async chooseService(name: string): Promise<void> {
    (await this.pickerRadio('service', name)).click();
    const picker = this.child('bt-service-picker');
    await picker.updateComplete;
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="continue"]')!.click();
    await this.settle();
  }

  // ---- day and time ----

  get calendar() {
    return this.child('bt-slot-calendar');
  }

  /** Picks the first day with free times; returns its date (YYYY-MM-DD). */
  async pickFirstAvailableDay(): Promise<string> {
    const calendar = this.calendar;
    let day: HTMLButtonElement | null = null;
    await waitUntil(
      () => (day = calendar.shadowRoot!.querySelector<HTMLButtonElement>('button.day.available')),
      'no available day',
      { timeout: 4000 },
    );
    const button = day as unknown as HTMLButtonElement;
    button.click();
    await calendar.updateComplete;
    return calendar.selectedDate!;
  }

  timeButtons(): HTMLButtonElement[] {
    return [...this.calendar.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.time')];
  }

  /** Picks a time on the chosen day (the first, or the nth), and waits for the flow to move on. */
  async pickTime(index = 0): Promise<void> {
    const calendar = this.calendar;
    await waitUntil(() => this.timeButtons().length > index, 'no times', { timeout: 4000 });
    this.timeButtons()[index]!.click();
    await calendar.updateComplete;
    await waitUntil(() => this.step !== 'time' || this.notice() !== '', 'the flow did not move on from the time', { timeout: 4000 });
    await this.settle();
  }

  // ---- details ----

  get form() {
    return this.child('bt-contact-form');
  }

  async fillDetails(details: CitizenDetails): Promise<void> {
    const form = this.form;
    await form.updateComplete;
    for (const [id, value] of Object.entries(details)) {
      const input = form.shadowRoot!.getElementById(id) as HTMLInputElement | null;
      if (!input) throw new Error(`no field #${id}`);
      input.focus();
      input.value = value as string;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await form.updateComplete;
    }
  }

  async submitDetails(): Promise<void> {
    this.form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    await this.settle();
  }

  // ---- summary ----

  get confirmButton(): HTMLButtonElement {
    const button = this.$<HTMLButtonElement>('[part~="confirm"]');
    if (!button) throw new Error(`no confirm button (step ${this.step})`);
    return button;
  }

  summaryRows(): Array<{ label: string; value: string }> {
    return [...this.root.querySelectorAll('.summary-row')].map((row) => ({
      label: text(row.querySelector('dt')),
      value: text(row.querySelector('.summary-value')),
    }));
  }

  /** Presses a "Ret" button of the summary by its row label. */
  async change(label: string): Promise<void> {
    const row = [...this.root.querySelectorAll('.summary-row')].find((candidate) => text(candidate.querySelector('dt')) === label);
    if (!row) throw new Error(`no summary row "${label}"`);
    row.querySelector<HTMLButtonElement>('[part~="change"]')!.click();
    await this.settle();
  }

  /** Presses "Bekræft" and waits until the booking call has settled. */
  async confirm(): Promise<void> {
    this.confirmButton.click();
    await this.settle();
    await waitUntil(() => this.$('[part~="confirm"]')?.getAttribute('aria-disabled') !== 'true', 'booking never settled', {
      timeout: 4000,
    });
    await this.settle();
  }

  // ---- the whole way ----

  /** Errand at Centrum, then the first free day and its first time; returns the day. */
  async pickErrandAndTime(service = 'Pas – nyt pas (voksen)'): Promise<string> {
    await waitUntil(() => this.$('bt-service-picker'), 'no service picker');
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
