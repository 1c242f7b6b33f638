import { aTimeout, fixture, html } from '@open-wc/testing';
import '../../../src/define/bt-contact-form.js';
import type { BtContactForm, ContactDetails } from '../../../src/define/bt-contact-form.js';
import type { Session } from '../../../src/core/types.js';

export interface MountOptions {
  requireCpr?: boolean;
  smsOffered?: boolean;
  lang?: string;
  value?: ContactDetails;
  session?: Session;
  errors?: Record<string, string>;
  privacyUrl?: string;
}

export async function mount(options: MountOptions = {}): Promise<ContactFormObject> {
  const el = await fixture<BtContactForm>(html`
    <bt-contact-form
      lang=${options.lang ?? 'da'}
      ?require-cpr=${options.requireCpr ?? false}
      sms-offered=${options.smsOffered === false ? 'false' : 'true'}
      privacy-url=${options.privacyUrl ?? ''}
      .value=${options.value}
      .session=${options.session ?? null}
      .errors=${options.errors ?? {}}
    ></bt-contact-form>
  `);
  await el.updateComplete;
  return new ContactFormObject(el);
}

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Drives the form as a citizen does: by field ids (labels are checked in the tests). */
export class ContactFormObject {
  constructor(readonly el: BtContactForm) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  control<T extends HTMLElement = HTMLInputElement>(id: string): T {
    const control = this.root.getElementById(id);
    if (!control) throw new Error(`no control #${id}`);
    return control as T;
  }

  has(id: string): boolean {
    return this.root.getElementById(id) !== null;
  }

  labelOf(id: string): string {
    return collapse(this.root.querySelector(`label[for="${id}"]`)?.textContent);
  }

  /** Focuses a field and types into it (replacing what was there). */
  async type(id: string, value: string): Promise<void> {
    const control = this.control<HTMLInputElement | HTMLTextAreaElement>(id);
    control.focus();
    control.value = value;
    control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await this.el.updateComplete;
  }

  /** Leaves the focused field. */
  async blur(): Promise<void> {
    (this.root.activeElement as HTMLElement | null)?.blur();
    await this.el.updateComplete;
  }

  async fill(id: string, value: string): Promise<void> {
    await this.type(id, value);
    await this.blur();
  }

  async click(id: string): Promise<void> {
    this.control(id).click();
    await this.el.updateComplete;
  }

  get submitButton(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('[part~="submit"]')!;
  }

  async submit(): Promise<void> {
    this.submitButton.click();
    // The submit handler awaits a render before it focuses or emits.
    await aTimeout(0);
    await this.el.updateComplete;
  }

  /** The visible error text of a field, without the visually hidden "Fejl:" prefix. */
  errorOf(id: string): string {
    const error = this.root.getElementById(`${id}-error`);
    if (!error) return '';
    const clone = error.cloneNode(true) as HTMLElement;
    clone.querySelector('.visually-hidden')?.remove();
    return collapse(clone.textContent);
  }

  get summary(): HTMLElement | null {
    return this.root.querySelector('[part~="summary"]');
  }

  get summaryLinks(): HTMLAnchorElement[] {
    return [...this.root.querySelectorAll<HTMLAnchorElement>('[part~="summary-link"]')];
  }

  get activeElement(): Element | null {
    return this.root.activeElement;
  }

  /** A complete, valid form for a citizen (CPR when asked). */
  async fillValid(options: { cpr?: string } = {}): Promise<void> {
    await this.fill('name', '  Anna Jensen ');
    if (this.has('cpr') && !this.control('cpr').readOnly) await this.fill('cpr', options.cpr ?? '010190-1234');
    await this.fill('email', ' Anna@Eksempel.DK ');
    await this.fill('phone', '12 34 56 78');
  }
}
