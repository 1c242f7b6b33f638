import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/bt-appointment-manager.js';
import type { BtAppointmentManager } from '../../../src/define/bt-appointment-manager.js';
import type { BookingAdapter } from '../../../src/core/adapter.js';
import type { Appointment, Session, Slot } from '../../../src/core/types.js';
import { clockAt, type Clock } from '../../../src/core/clock.js';
import { CalendarObject } from '../slot-calendar/calendar-object.js';
import { NOW, fixedNow } from '../booking/booking-object.js';

export { NOW, fixedNow };
export const fixedClock: Clock = clockAt(fixedNow);

/** The errand every manage test books: a change of address at Borgerservice Centrum (no CPR needed). */
export const SERVICE = 'flytning';
export const LOCATION = 'centrum';

const squash = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** What a screen reader calls a control: its aria-label, else its text. */
function nameOf(element: Element): string {
  return squash(element.getAttribute('aria-label') ?? element.textContent);
}

/** The first free slots of the errand in December 2026. */
export async function freeSlots(adapter: BookingAdapter): Promise<Slot[]> {
  const { slots } = await adapter.getAvailability({
    serviceId: SERVICE,
    locationId: LOCATION,
    from: '2026-12-01',
    to: '2026-12-31',
  });
  return slots;
}

/** Books the first free time of December for Karen, as `<bt-booking>` would have. */
export async function bookOne(adapter: BookingAdapter, slot?: Slot): Promise<Appointment> {
  const chosen = slot ?? (await freeSlots(adapter))[0]!;
  return adapter.book({
    slotId: chosen.id,
    serviceId: SERVICE,
    locationId: LOCATION,
    citizen: { name: 'Karen Jensen', email: 'karen@example.dk' },
  });
}

/** Karen as the fake sign-in knows her: an opaque person id (as MitID gives), never the CPR number as the key. */
export const KAREN: Session = { id: 'mitid-person-karen', name: 'Karen Jensen', cpr: '0101901234' };

/** A fake sign-in whose `session` a test switches; `login` signs `person` in at once. */
export function signedInAuth(person: Session = KAREN, signedIn = true) {
  const auth = {
    session: signedIn ? person : (null as Session | null),
    async getSession() {
      return auth.session;
    },
    async login() {
      auth.session = person;
    },
    async logout() {
      auth.session = null;
    },
  };
  return auth;
}

export interface MountOptions {
  reference?: string;
  token?: string;
  lang?: string;
  bookingUrl?: string;
  fromUrl?: boolean;
  api?: string;
  clock?: Clock;
}

export async function mountManager(adapter: BookingAdapter | undefined, options: MountOptions = {}): Promise<ManagerObject> {
  const el = await fixture<BtAppointmentManager>(
    html`<bt-appointment-manager
      lang=${options.lang ?? 'da'}
      .adapter=${adapter}
      .clock=${options.clock ?? fixedClock}
      api=${options.api ?? ''}
      reference=${options.reference ?? ''}
      token=${options.token ?? ''}
      booking-url=${options.bookingUrl ?? './'}
      ?from-url=${options.fromUrl ?? false}
    ></bt-appointment-manager>`,
  );
  return new ManagerObject(el);
}

/** The manager as a citizen meets it: headings, buttons, fields and messages found by role and name. */
export class ManagerObject {
  constructor(readonly el: BtAppointmentManager) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  async settled(): Promise<void> {
    await this.el.updateComplete;
  }

  /** The current view's heading: the first heading in the element, or the receipt's after a move. */
  get headingElement(): HTMLElement | null {
    const headings = 'h1, h2, h3, h4, h5, h6';
    const receipt = this.root.querySelector('bt-receipt');
    return (receipt?.shadowRoot?.querySelector<HTMLElement>(headings) ?? null) || this.root.querySelector<HTMLElement>(headings);
  }

  get heading(): string {
    return squash(this.headingElement?.textContent);
  }

  async waitForHeading(text: string | RegExp): Promise<void> {
    const matches = () => (typeof text === 'string' ? this.heading === text : text.test(this.heading));
    await waitUntil(matches, `heading never became ${text}; is "${this.heading}"`, { timeout: 4000 });
    await this.settled();
  }

  /** Every alert's text. */
  get alerts(): string[] {
    return [...this.root.querySelectorAll('[role="alert"]')].map((alert) => squash(alert.textContent));
  }

  get alertText(): string {
    return this.alerts.join(' ');
  }

  async waitForAlert(text: string): Promise<void> {
    await waitUntil(() => this.alertText.includes(text), `no alert "${text}"; alerts: ${this.alerts.join(' | ')}`, {
      timeout: 4000,
    });
    await this.settled();
  }

  /** A button outside the dialog by its accessible name. */
  button(name: string | RegExp): HTMLButtonElement | undefined {
    const matches = (button: Element) => (typeof name === 'string' ? nameOf(button) === name : name.test(nameOf(button)));
    return [...this.root.querySelectorAll<HTMLButtonElement>('button')].find(
      (button) => !button.closest('dialog') && matches(button),
    );
  }

  link(name: string | RegExp): HTMLAnchorElement | undefined {
    const matches = (link: Element) => (typeof name === 'string' ? nameOf(link) === name : name.test(nameOf(link)));
    return [...this.root.querySelectorAll<HTMLAnchorElement>('a[href]')].find(matches);
  }

  /** Waits for a button (a hold or lookup over the network may take a moment). */
  async waitForButton(name: string | RegExp): Promise<HTMLButtonElement> {
    await waitUntil(() => this.button(name), `no button ${name}`, { timeout: 4000 });
    return this.button(name)!;
  }

  async press(name: string | RegExp): Promise<void> {
    await this.waitForButton(name);
    this.button(name)!.click();
    await this.settled();
  }

  /** A text field by its label. */
  field(label: string): HTMLInputElement {
    const found = [...this.root.querySelectorAll('label')].find((candidate) => squash(candidate.textContent) === label);
    if (!found) throw new Error(`No field labelled ${label}`);
    return this.root.getElementById(found.htmlFor) as HTMLInputElement;
  }

  /** The value of a fact in the appointment's list ("Dato", "Tid", "Status", …). */
  fact(term: string): string {
    const row = [...this.root.querySelectorAll('dl[part~="details"] > div')].find(
      (div) => squash(div.querySelector('dt')?.textContent) === term,
    );
    return squash(row?.querySelector('dd')?.textContent);
  }

  /** The element that has focus, looking into the manager's shadow root (and the receipt's). */
  get focused(): Element | null {
    let active: Element | null = this.root.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  get focusedName(): string {
    return this.focused ? nameOf(this.focused) : '';
  }

  async lookUp(reference: string, token?: string): Promise<void> {
    this.field(this.el.lang === 'en' ? 'Booking number' : 'Bestillingsnummer').value = reference;
    if (token !== undefined) this.field(this.el.lang === 'en' ? 'Code' : 'Kode').value = token;
    await this.press(/^(Find min tid|Find my appointment)$/);
  }

  // ---- Move ------------------------------------------------------------------------------

  get calendar(): CalendarObject {
    return new CalendarObject(this.root.querySelector('bt-slot-calendar')!);
  }

  /** "Ændr tidspunkt", then a time on the first free day after the current one; returns the slot offered. */
  async chooseNewTime(which: number | string = 0): Promise<Slot> {
    await this.press(/^(Ændr tidspunkt|Change time)$/);
    await waitUntil(() => this.root.querySelector('bt-slot-calendar'), 'no calendar');
    const calendar = this.calendar;
    await calendar.loaded();
    await waitUntil(() => calendar.timeButtons.length > 0 || calendar.availableDates.length > 0, 'no free day', {
      timeout: 4000,
    });
    if (!calendar.timeButtons.length) await calendar.pickFirstAvailableDay();
    const slot = await calendar.pickTime(which);
    await this.settled();
    return slot;
  }

  // ---- The cancel dialog ----------------------------------------------------------------

  get dialog(): HTMLDialogElement {
    return this.root.querySelector('dialog')!;
  }

  dialogButton(name: RegExp): HTMLButtonElement | undefined {
    return [...this.dialog.querySelectorAll('button')].find((button) => name.test(nameOf(button)));
  }

  async waitForDialog(open = true): Promise<void> {
    await waitUntil(() => this.dialog.open === open, `dialog never ${open ? 'opened' : 'closed'}`, { timeout: 4000 });
    await this.settled();
  }
}
