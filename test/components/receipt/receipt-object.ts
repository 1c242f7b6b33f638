import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/define/bt-receipt.js';
import type { BtReceipt } from '../../../src/components/receipt/receipt.js';
import type { Clock } from '../../../src/core/clock.js';
import type { Appointment } from '../../../src/core/types.js';

export interface MountOptions {
  lang?: string;
  manageUrl?: string;
  headingLevel?: number;
  clock?: Clock;
}

/** Renders a receipt (Danish unless told) and returns it as a citizen meets it. */
export async function mountReceipt(appointment: Appointment | undefined, options: MountOptions = {}): Promise<ReceiptObject> {
  const el = await fixture<BtReceipt>(
    html`<bt-receipt
      lang=${options.lang ?? 'da'}
      heading-level=${ifDefined(options.headingLevel)}
      .appointment=${appointment}
      .manageUrl=${options.manageUrl}
    ></bt-receipt>`,
  );
  if (options.clock) el.clock = options.clock;
  await el.updateComplete;
  return new ReceiptObject(el);
}

/** Visible text with whitespace collapsed, as a reader would see it. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What the receipt's controls are called, so the tests say "the print button", not a selector. */
const NAMES = {
  da: {
    reference: 'Bestillingsnummer',
    copy: 'Kopiér bestillingsnummeret',
    calendar: 'Tilføj til kalender',
    print: 'Udskriv',
    manage: 'Ændr eller aflys din tid',
  },
  en: {
    reference: 'Booking number',
    copy: 'Copy the booking number',
    calendar: 'Add to calendar',
    print: 'Print',
    manage: 'Change or cancel your appointment',
  },
};

type Role = 'article' | 'button' | 'checkbox' | 'group' | 'heading' | 'img' | 'link' | 'region' | 'status';

/** The elements that carry each role in this receipt's markup (native roles first). */
const ROLE_SELECTORS: Record<Role, string> = {
  article: 'article, [role="article"]',
  button: 'button, [role="button"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  group: 'fieldset, [role="group"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  img: 'img, [role="img"]',
  link: 'a[href]',
  region: 'section[aria-label], section[aria-labelledby], [role="region"]',
  status: '[role="status"]',
};

/** The receipt found by role and accessible name, never by class names. */
export class ReceiptObject {
  constructor(readonly el: BtReceipt) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  private get names(): (typeof NAMES)['da'] {
    return this.el.lang === 'en' ? NAMES.en : NAMES.da;
  }

  /** An element's accessible name: aria-labelledby, aria-label, its labels, or its text. */
  nameOf(element: Element): string {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy)
      return labelledBy
        .split(/\s+/)
        .map((id) => text(this.root.getElementById(id)))
        .join(' ');
    const label = element.getAttribute('aria-label');
    if (label !== null) return label.trim();
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) return [...labels].map((l) => text(l)).join(' ');
    return text(element);
  }

  allByRole<T extends Element = HTMLElement>(role: Role, name?: string): T[] {
    const found = [...this.root.querySelectorAll<T & HTMLElement>(ROLE_SELECTORS[role])].filter((element) => !element.hidden);
    return name === undefined ? found : found.filter((element) => this.nameOf(element) === name);
  }

  queryByRole<T extends Element = HTMLElement>(role: Role, name?: string): T | null {
    return this.allByRole<T>(role, name)[0] ?? null;
  }

  getByRole<T extends Element = HTMLElement>(role: Role, name?: string): T {
    const found = this.queryByRole<T>(role, name);
    if (!found) {
      const seen = this.allByRole(role).map((element) => `"${this.nameOf(element)}"`);
      throw new Error(`no ${role}${name === undefined ? '' : ` named "${name}"`} (there are: ${seen.join(', ') || 'none'})`);
    }
    return found;
  }

  /** The receipt's own heading (the first one), e.g. "Din tid er bestilt". */
  get heading(): HTMLElement {
    return this.getByRole('heading');
  }

  /** Every heading's tag, in order, e.g. ['H2', 'H3', 'H3', 'H3']. */
  get headingTags(): string[] {
    return this.allByRole('heading').map((element) => element.tagName);
  }

  /** The booking number, read from the group its label names. */
  get reference(): string {
    return text(this.getByRole('group', this.names.reference).querySelector('[part="reference-value"]'));
  }

  get copyButton(): HTMLButtonElement | null {
    return this.queryByRole<HTMLButtonElement>('button', this.names.copy);
  }

  /** What the copy button's live region says ("" when quiet). */
  get status(): string {
    return text(this.getByRole('status'));
  }

  /** The value of a row in the details list, by its term ("Dato", "Pris", …). */
  detail(term: string): string {
    const row = [...this.root.querySelectorAll('dt')].find((dt) => text(dt) === term);
    if (!row) throw new Error(`no details row "${term}" (there are: ${this.terms.join(', ')})`);
    return text(row.nextElementSibling);
  }

  /** The terms of the details list, in order. */
  get terms(): string[] {
    return [...this.root.querySelectorAll('dt')].map((dt) => text(dt));
  }

  /** A section by its heading, e.g. "Det skal du medbringe". */
  section(name: string): HTMLElement {
    return this.getByRole('region', name);
  }

  get checkboxes(): HTMLInputElement[] {
    return this.allByRole<HTMLInputElement>('checkbox');
  }

  /** The "Tilføj til kalender" button, which hands the .ics file to the browser. */
  get calendarButton(): HTMLButtonElement {
    return this.getByRole<HTMLButtonElement>('button', this.names.calendar);
  }

  get printButton(): HTMLButtonElement {
    return this.getByRole<HTMLButtonElement>('button', this.names.print);
  }

  /** The change-or-cancel link, or null when the receipt offers none. */
  get manageLink(): HTMLAnchorElement | null {
    return this.queryByRole<HTMLAnchorElement>('link', this.names.manage);
  }

  get focused(): Element | null {
    return this.root.activeElement;
  }

  /** Lets a pending promise (clipboard) or the language observer run, then the render. */
  async settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await this.el.updateComplete;
  }

  /** Switches language as a host page does, through the `lang` attribute. */
  async switchLang(lang: string): Promise<void> {
    this.el.setAttribute('lang', lang);
    await this.settle();
  }
}
