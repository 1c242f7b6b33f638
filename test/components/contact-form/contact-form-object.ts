import { aTimeout, fixture, html } from '@open-wc/testing';
import '../../../src/define/bt-contact-form.js';
import '../../../src/define/bt-cpr-input.js';
import type { BtContactForm, ContactDetails } from '../../../src/define/bt-contact-form.js';
import type { Session } from '../../../src/core/types.js';
import da from '../../../src/i18n/locales/da/form.js';
import en from '../../../src/i18n/locales/en/form.js';

export interface MountOptions {
  requireCpr?: boolean;
  smsOffered?: boolean;
  lang?: string;
  value?: ContactDetails;
  session?: Session;
  errors?: Record<string, string>;
  privacyUrl?: string;
  headingLevel?: number;
}

export async function mount(options: MountOptions = {}): Promise<ContactFormObject> {
  const el = await fixture<BtContactForm>(html`
    <bt-contact-form
      lang=${options.lang ?? 'da'}
      ?require-cpr=${options.requireCpr ?? false}
      .smsOffered=${options.smsOffered !== false}
      privacy-url=${options.privacyUrl ?? ''}
      heading-level=${options.headingLevel ?? 2}
      .value=${options.value}
      .session=${options.session ?? null}
      .errors=${options.errors ?? {}}
    ></bt-contact-form>
  `);
  await el.updateComplete;
  return new ContactFormObject(el);
}

/** The form's controls, by what a citizen reads in their labels. */
export type FieldName =
  | 'name'
  | 'cpr'
  | 'email'
  | 'phone'
  | 'sms'
  | 'someoneElse'
  | 'child'
  | 'adult'
  | 'otherName'
  | 'otherCpr'
  | 'interpreter'
  | 'language'
  | 'stepFree'
  | 'otherNeeds';

/** What the citizen types, field by field, in `fill`. */
export type TypedDetails = Partial<
  Record<'name' | 'cpr' | 'email' | 'phone' | 'otherName' | 'otherCpr' | 'language' | 'otherNeeds', string>
>;

type Texts = typeof da;

function labels(texts: Texts): Record<FieldName, string[]> {
  return {
    name: [texts.name.label],
    cpr: [texts.cpr.label],
    email: [texts.email.label],
    phone: [texts.phone.label, texts.phone.label_landline],
    sms: [texts.sms.label],
    someoneElse: [texts.someoneElse.label],
    child: [texts.someoneElse.child],
    adult: [texts.someoneElse.adult],
    otherName: [texts.someoneElse.name],
    otherCpr: [texts.someoneElse.cpr],
    interpreter: [texts.needs.interpreter],
    language: [texts.needs.language],
    stepFree: [texts.needs.stepFree],
    otherNeeds: [texts.needs.other],
  };
}

const LABELS = { da: labels(da), en: labels(en) };

export const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

type Control = HTMLInputElement & HTMLTextAreaElement;

/**
 * Drives <bt-contact-form> as a citizen does: controls are found by their labels (also inside
 * the `<bt-cpr-input>`s), buttons by role, errors by what describes a control.
 */
export class ContactFormObject {
  constructor(readonly el: BtContactForm) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** The form's shadow root and those of the elements inside it (the CPR inputs). */
  private get roots(): ShadowRoot[] {
    const nested = [...this.root.querySelectorAll('*')].flatMap((node) => (node.shadowRoot ? [node.shadowRoot] : []));
    return [this.root, ...nested];
  }

  get lang(): 'da' | 'en' {
    return this.root.querySelector('form')?.lang === 'en' ? 'en' : 'da';
  }

  /** The control labelled as `name`'s label reads in the form's language, or null. */
  find(name: FieldName): Control | null {
    for (const label of LABELS[this.lang][name]) {
      const control = this.byLabel(label);
      if (control) return control;
    }
    return null;
  }

  byLabel(text: string): Control | null {
    for (const root of this.roots) {
      for (const label of root.querySelectorAll('label')) {
        if (collapse(label.textContent) === text && label.control) return label.control as Control;
      }
    }
    return null;
  }

  field(name: FieldName): Control {
    const control = this.find(name);
    if (!control) throw new Error(`no field labelled ${LABELS[this.lang][name].join(' / ')}`);
    return control;
  }

  has(name: FieldName): boolean {
    return this.find(name) !== null;
  }

  /** The text of the label a citizen reads for the control. */
  labelOf(name: FieldName): string {
    return collapse(this.field(name).labels?.[0]?.textContent);
  }

  /** What describes a control (`aria-describedby`), each part's text as a screen reader reads it. */
  descriptionsOf(name: FieldName): string[] {
    const control = this.field(name);
    const root = control.getRootNode() as ShadowRoot;
    const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => collapse(root.getElementById(id)?.textContent));
  }

  /** Focuses a field and types into it (replacing what was there). */
  async type(name: FieldName, value: string): Promise<void> {
    const control = this.field(name);
    control.focus();
    control.value = value;
    control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await this.settle();
  }

  /** Leaves the focused field. */
  async blur(): Promise<void> {
    (this.focused as HTMLElement | null)?.blur();
    await this.settle();
  }

  /** Types into a field and leaves it. */
  async enter(name: FieldName, value: string): Promise<void> {
    await this.type(name, value);
    await this.blur();
  }

  /** Fills in the given fields, each typed and left, in the order given. */
  async fill(details: TypedDetails): Promise<void> {
    for (const [name, value] of Object.entries(details)) await this.enter(name as FieldName, value);
  }

  /** Ticks or unticks a checkbox, or picks a radio button. */
  async click(name: FieldName): Promise<void> {
    this.field(name).click();
    await this.settle();
  }

  /** The show/hide button beside a CPR number. */
  cprToggle(name: 'cpr' | 'otherCpr'): HTMLButtonElement {
    const root = this.field(name).getRootNode() as ShadowRoot;
    return root.querySelector('button')!;
  }

  /** Shows every CPR number on the form. */
  async revealCprNumbers(): Promise<void> {
    for (const name of ['cpr', 'otherCpr'] as const) {
      if (this.has(name) && this.cprToggle(name).getAttribute('aria-pressed') === 'false') this.cprToggle(name).click();
    }
    await this.settle();
  }

  get submitButton(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  }

  async submit(): Promise<void> {
    this.submitButton.click();
    // The submit handler awaits a render before it focuses or emits.
    await aTimeout(0);
    await this.settle();
  }

  /** A field's own error text, as shown ('' when none). */
  errorOf(name: FieldName): string {
    const control = this.field(name);
    // A radio's error is its group's; a text control's is in its field.
    const container = control.type === 'radio' ? control.closest('fieldset') : control.closest('[part~="field"]');
    return errorText(container?.querySelector(':scope > [part~="error"]'));
  }

  /** The error of the group of fields under a legend ('' when none). */
  groupError(legend: string): string {
    const fieldset = [...this.root.querySelectorAll('fieldset')].find(
      (candidate) => collapse(candidate.querySelector(':scope > legend')?.textContent) === legend,
    );
    return errorText(fieldset?.querySelector(':scope > [part~="error"]'));
  }

  /** The error summary: the group labelled by its heading, or null when not shown. */
  get summary(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[role="group"][aria-labelledby]');
  }

  get summaryLinks(): HTMLAnchorElement[] {
    return [...(this.summary?.querySelectorAll('a') ?? [])];
  }

  /** Each line of the error summary, as read. */
  errorSummaryItems(): string[] {
    return [...(this.summary?.querySelectorAll('li') ?? [])].map((item) => collapse(item.textContent));
  }

  /** The element that has focus, looking into the CPR inputs. */
  get focused(): Element | null {
    let active = this.root.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  /** A complete, valid form for a citizen (CPR when asked). */
  async fillValid(options: { cpr?: string } = {}): Promise<void> {
    await this.enter('name', '  Anna Jensen ');
    if (this.has('cpr') && !this.field('cpr').readOnly) await this.enter('cpr', options.cpr ?? '010190-1234');
    await this.fill({ email: ' Anna@Eksempel.DK ', phone: '12 34 56 78' });
  }

  private async settle(): Promise<void> {
    await this.el.updateComplete;
    for (const root of this.roots) await (root.host as Partial<BtContactForm>).updateComplete;
  }
}

/** An error's text as shown: without the "Fejl:" that only a screen reader hears. */
function errorText(error: Element | null | undefined): string {
  const text = collapse(error?.textContent);
  const prefix = [da.errorPrefix, en.errorPrefix].find((candidate) => text.startsWith(candidate));
  return prefix ? text.slice(prefix.length).trim() : text;
}
