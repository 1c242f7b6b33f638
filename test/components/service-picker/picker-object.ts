import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BookingAdapter } from '../../../src/core/adapter.js';
import '../../../src/define/bt-service-picker.js';
import type { BtServicePicker } from '../../../src/components/service-picker/service-picker.js';

export interface MountOptions {
  lang?: string;
  service?: string;
  location?: string;
  /** Wait until the list (or a final state) is on screen. Default true. */
  settled?: boolean;
}

/** Reads the picker the way a citizen meets it: by visible names, roles and states. */
export class PickerObject {
  constructor(readonly el: BtServicePicker) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** Waits for anything but the loading skeleton (list, error, empty, …). */
  async settled(): Promise<void> {
    await waitUntil(() => !this.root.querySelector('[part~="skeleton"]'), 'picker never settled', {
      timeout: 5000,
    });
    await this.el.updateComplete;
  }

  get serviceRadios(): HTMLInputElement[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('input[name="service"]')];
  }

  get locationRadios(): HTMLInputElement[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('input[name="location"]')];
  }

  /** The label text of a radio, whitespace collapsed. */
  labelOf(radio: HTMLInputElement): string {
    return text(radio.labels?.[0]);
  }

  serviceNames(): string[] {
    return [...this.root.querySelectorAll('input[name="service"] ~ label .service-name')].map((node) => text(node));
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

  /** The service option's card (the element with part="service"). */
  card(radio: HTMLInputElement): HTMLElement {
    return radio.closest<HTMLElement>('.option')!;
  }

  /** The text of every element an aria-describedby names. */
  description(element: Element): string {
    return (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => spokenText(this.root.getElementById(id)))
      .join(' ');
  }

  categories(): Array<{ heading: string; services: string[] }> {
    return [...this.root.querySelectorAll('fieldset.category')].map((fieldset) => ({
      heading: text(fieldset.querySelector('legend')),
      services: [...fieldset.querySelectorAll('.service-name')].map((node) => text(node)),
    }));
  }

  /** The opening hours as shown: one line per run of days. */
  hoursLines(radio: HTMLInputElement): string[] {
    return [...this.card(radio).querySelectorAll('.hours-line')].map((line) => text(line));
  }

  documentsButton(radio: HTMLInputElement): HTMLButtonElement {
    return this.card(radio).querySelector<HTMLButtonElement>('button[aria-controls]')!;
  }

  get filter(): HTMLInputElement | null {
    return this.root.querySelector<HTMLInputElement>('input[type="search"]');
  }

  get continueButton(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('[part~="continue"]');
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

  async typeFilter(value: string): Promise<void> {
    const input = this.filter!;
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

export async function mountPicker(
  adapter: BookingAdapter | undefined,
  options: MountOptions = {},
): Promise<PickerObject> {
  const el = await fixture<BtServicePicker>(html`<bt-service-picker
    lang=${options.lang ?? 'da'}
    service=${ifDefined(options.service)}
    location=${ifDefined(options.location)}
    .adapter=${adapter}
  ></bt-service-picker>`);
  const picker = new PickerObject(el);
  if (options.settled !== false) await picker.settled();
  return picker;
}
