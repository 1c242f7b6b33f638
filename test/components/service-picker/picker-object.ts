import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BookingAdapter } from '../../../src/core/adapter.js';
import { systemClock, type Clock } from '../../../src/core/clock.js';
import '../../../src/define/bt-service-picker.js';
import type { BtServicePicker } from '../../../src/components/service-picker/service-picker.js';

export interface MountOptions {
  lang?: string;
  service?: string;
  location?: string;
  /** The picker's clock (a ManualClock to move debounces on by hand). */
  clock?: Clock;
  /** The picker's deadline per adapter call, in ms. */
  timeout?: number;
  /** The page's phone number for citizens. */
  phone?: string;
  /** Wait until the list (or a final state) is on screen. Default true. */
  settled?: boolean;
}

/**
 * Reads and drives `<bt-service-picker>` the way a citizen meets it: radios by their labels,
 * buttons by their names, groups by their legends, live regions by their role. Elements are
 * found through the picker's public parts, never its internal classes, so other page objects
 * (the booking flow's) can compose this one.
 */
export class PickerObject {
  constructor(readonly el: BtServicePicker) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  // -- Reading ---------------------------------------------------------------------------

  /** Waits for anything but the loading skeleton (list, error, empty, …). */
  async settled(): Promise<void> {
    await waitUntil(() => !this.root.querySelector('[part~="skeleton"]'), 'picker never settled', {
      timeout: 5000,
    });
    await this.el.updateComplete;
  }

  /** The wrapper that takes focus after Retry. */
  get base(): HTMLElement {
    return this.root.querySelector<HTMLElement>('[part~="base"]')!;
  }

  /** The "Hvad skal du bestille tid til?" group. */
  get servicesGroup(): HTMLFieldSetElement | null {
    return this.root.querySelector<HTMLFieldSetElement>('fieldset[part~="services"]');
  }

  /** The "Hvor vil du møde op?" group (absent with one office). */
  get locationsGroup(): HTMLFieldSetElement | null {
    return this.root.querySelector<HTMLFieldSetElement>('fieldset[part~="locations"]');
  }

  get serviceRadios(): HTMLInputElement[] {
    return [...(this.servicesGroup?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
  }

  get locationRadios(): HTMLInputElement[] {
    return [...(this.locationsGroup?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
  }

  /** The label text of a radio, whitespace collapsed. */
  labelOf(radio: HTMLInputElement): string {
    return text(radio.labels?.[0]);
  }

  /** The errands listed, by name: each radio's label up to its duration and fee. */
  serviceNames(): string[] {
    return this.serviceRadios.map((radio) => this.labelOf(radio).replace(/, \d+ [^,]+, · [^·]*$/, ''));
  }

  service(name: string): HTMLInputElement {
    const radio = this.serviceRadios.find((candidate) => this.labelOf(candidate).startsWith(name));
    if (!radio) throw new Error(`no service "${name}" among ${this.serviceNames().join(' | ')}`);
    return radio;
  }

  location(name: string): HTMLInputElement {
    const radio = this.locationRadios.find((candidate) => this.labelOf(candidate).startsWith(name));
    if (!radio) throw new Error(`no location "${name}"`);
    return radio;
  }

  /** An option's card: the radio with its label and details (part `service` or `location`). */
  card(radio: HTMLInputElement): HTMLElement {
    return radio.closest<HTMLElement>('[part~="service"], [part~="location"]')!;
  }

  /** The text of every element an aria-describedby names. */
  description(element: Element): string {
    return (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => spokenText(this.root.getElementById(id)))
      .join(' ');
  }

  /** The category groups as shown: legend and the errands in it. */
  categories(): Array<{ heading: string; services: string[] }> {
    const names = new Map(this.serviceRadios.map((radio, index) => [radio, this.serviceNames()[index]!]));
    return [...this.root.querySelectorAll('fieldset[part~="category"]')].map((fieldset) => ({
      heading: text(fieldset.querySelector('legend')),
      services: [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => names.get(radio)!),
    }));
  }

  /** The opening hours as the eye reads them (the lines screen readers skip for the spoken sentence). */
  hoursLines(radio: HTMLInputElement): string[] {
    return [...this.card(radio).querySelectorAll('[aria-hidden="true"] > *')].map((line) => text(line));
  }

  /** The "Det skal du medbringe" disclosure of an errand. */
  documentsButton(radio: HTMLInputElement): HTMLButtonElement {
    return this.card(radio).querySelector<HTMLButtonElement>('button[aria-expanded]')!;
  }

  /** The "Søg efter ærinde" field (only for long lists). */
  get searchField(): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>('input[type="search"]');
  }

  /** The message shown when the search finds nothing. */
  filterEmptyText(): string {
    return text(this.servicesGroup?.querySelector('[part~="empty"] p'));
  }

  get continueButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('[part~="continue"]');
  }

  /** The "no free times soon" hint, when shown. */
  get suggestion(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[part~="suggestion"]');
  }

  get alert(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[role="alert"]');
  }

  button(name: string): HTMLButtonElement {
    const button = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find((candidate) =>
      text(candidate).startsWith(name),
    );
    if (!button) throw new Error(`no button "${name}"`);
    return button;
  }

  /** Text of the polite live regions (announcements and notices). */
  liveText(): string {
    return [...this.root.querySelectorAll('[role="status"]')]
      .map((node) => text(node))
      .filter(Boolean)
      .join(' ');
  }

  // -- A citizen's steps -----------------------------------------------------------------

  /** Switches language the way a page would; the localize controller re-renders on the next tick. */
  async setLang(lang: string): Promise<void> {
    this.el.lang = lang;
    await new Promise((resolve) => setTimeout(resolve));
    await this.el.updateComplete;
  }

  async choose(radio: HTMLInputElement): Promise<void> {
    radio.click();
    await this.el.updateComplete;
  }

  /** Chooses an office by name and waits for its errands. */
  async chooseLocation(name: string): Promise<void> {
    await this.choose(this.location(name));
    await this.settled();
  }

  /** Chooses an errand by name. */
  async chooseService(name: string): Promise<void> {
    await this.choose(this.service(name));
  }

  /** Presses "Fortsæt". */
  async continue(): Promise<void> {
    this.continueButton!.click();
    await this.el.updateComplete;
  }

  /** Presses "Prøv igen" (or "Try again") and waits for the answer. */
  async retry(): Promise<void> {
    this.root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await this.el.updateComplete;
    await this.settled();
  }

  /** Types into the search field (the whole value at once, as one input event). */
  async filter(value: string): Promise<void> {
    const input = this.searchField!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }
}

/** Text as assistive technology gets it: aria-hidden subtrees left out. */
export function spokenText(node: Node | null | undefined): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current instanceof Element && current.getAttribute('aria-hidden') === 'true') return;
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    current.childNodes.forEach(walk);
  };
  if (node) walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function mountPicker(adapter: BookingAdapter | undefined, options: MountOptions = {}): Promise<PickerObject> {
  const el = await fixture<BtServicePicker>(
    html`<bt-service-picker
      lang=${options.lang ?? 'da'}
      service=${ifDefined(options.service)}
      location=${ifDefined(options.location)}
      .clock=${options.clock ?? systemClock}
      timeout=${ifDefined(options.timeout)}
      phone=${ifDefined(options.phone)}
      .adapter=${adapter}
    ></bt-service-picker>`,
  );
  const picker = new PickerObject(el);
  if (options.settled !== false) await picker.settled();
  return picker;
}
