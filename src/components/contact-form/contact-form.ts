import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Session } from '../../core/types.js';
import { FormControlController, type FormControlInvalidity, type FormValue } from '../../controllers/form-control.js';
import { LocalizeController } from '../../controllers/localize.js';
import { hostStyles } from '../../styles/shared.js';
import { fieldStyles } from '../cpr-input/field.styles.js';
import { citizenFields } from './citizen-fields.js';
import { contactFormStyles } from './contact-form.styles.js';
import {
  FIELD_ORDER,
  detailsFromDraft,
  draftFromDetails,
  draftFromFormState,
  emptyDraft,
  formEntries,
  normaliseDraft,
  type ContactDetails,
  type ContactDraft,
  type FieldPath,
  type FormOptions,
} from './contact-model.js';
import { ErrorDisplay } from './error-display.js';
import { errorSummary, type SummarySnapshot } from './error-summary.js';
import { ANCHOR_ID, type FieldErrors, type FormView } from './field-templates.js';
import { errorMessage } from './messages.js';
import { needsSection } from './needs.js';
import { booleanDefaultTrue } from '../../core/attribute-converters.js';
import { privacyLine } from './privacy-line.js';
import { someoneElseSection } from './someone-else.js';

export type { ContactDetails } from './contact-model.js';

/**
 * The citizen's contact details for a booking: name, CPR number (when the errand needs it),
 * e-mail and/or mobile number with an SMS reminder, booking for someone else, and special
 * needs. Validates in Danish or English with GOV.UK-style messages and an error summary, and
 * hands over normalised values in `bt-contact-submit`. The CPR numbers are `<bt-cpr-input>`s.
 *
 * Required fields: the full name always; an e-mail address or a phone number (at least one,
 * so a confirmation can be sent); the phone number when the SMS reminder is ticked; the CPR
 * number when `require-cpr` is set; when booking for someone else, the relation and their
 * name (and their CPR number with `require-cpr`); the interpreter's language when an
 * interpreter is asked for. A MitID `session` supplies name and CPR number read-only.
 *
 * The error summary lists what was wrong at the last submit: it does not change while the
 * citizen corrects fields, and goes once no error is on display.
 *
 * Privacy: a CPR number never leaves the element except in `bt-contact-submit`'s detail and
 * the `value` property. It is not in the form value (a host `<form method="get">` would put
 * it in the URL), not in `bt-contact-change` (parents persist that), not in any `name`
 * attribute, storage, URL or log.
 *
 * The two `bt-contact-*` events bubble but are not composed: they never cross a shadow
 * boundary. Inside another element (`<bt-booking>`) they stop at that element's shadow root,
 * so the page never hears them; listen on the form itself there. A `<bt-contact-form>` placed
 * straight in a page still gives the page its details: that is what it is for, so only the
 * page's own scripts should listen (an analytics script listening on `document` hears them too).
 *
 * @tagname bt-contact-form
 * @summary Contact details form for a Borgerservice booking.
 *
 * @attr require-cpr - Ask for (and require) the CPR number, e.g. when the service's `requiresCpr` is true.
 * @attr sms-offered - `"false"` when the municipality sends no SMS reminders: the checkbox goes and the field is labelled "Telefonnummer".
 * @attr privacy-url - Link to the municipality's privacy notice, opened in a new window; http(s) only, relative to the page.
 * @attr submit-label - Text of the submit button; defaults to "Fortsæt" / "Continue".
 * @attr heading-level - Level of the error summary's heading (default 2), to fit the page's outline.
 * @attr lang - `da` (default) or `en`; inherited from ancestors when absent.
 *
 * @fires bt-contact-submit - `CustomEvent<ContactDetails>`, normalised (phone E.164, CPR 10 digits, trimmed), only when valid. Cancelable: when not cancelled and the element is in a `<form>`, that form is submitted. Bubbles, not composed.
 * @fires bt-contact-change - `CustomEvent<ContactDetails>` on every edit, values as typed, never with CPR numbers. Bubbles, not composed.
 * @fires change - Native `change` after a control changed; `input` events bubble out of the shadow root as usual.
 *
 * @csspart form - The inner `<form>`.
 * @csspart summary - The error summary box.
 * @csspart summary-title - The error summary's heading.
 * @csspart summary-list - The error summary's list.
 * @csspart summary-link - Each link in the error summary.
 * @csspart field - Each label + hint + error + control group; `field invalid` when in error.
 * @csspart invalid - A field in error (with `field`).
 * @csspart fieldset - Each group of related fields.
 * @csspart legend - Each group's caption.
 * @csspart label - Each field's label.
 * @csspart hint - Each hint under a label.
 * @csspart from-mitid - The "Fra MitID" badge of a read-only field (with `hint`).
 * @csspart error - Each field's error message.
 * @csspart input - Each text input, CPR input and the textarea.
 * @csspart choice - Each checkbox or radio with its label.
 * @csspart checkbox - Each checkbox.
 * @csspart radio - Each radio button.
 * @csspart toggle - The "Vis CPR-nummer" buttons.
 * @csspart count - The characters-remaining count.
 * @csspart privacy - The note on how the details are used.
 * @csspart submit - The submit button.
 *
 * @cssprop [--bt-contact-form-input-max-width=32rem] - Widest a text input grows; inputs are 100% below it.
 * @cssprop [--bt-contact-form-field-gap=1.5rem] - Space between fields.
 * @cssprop [--bt-cpr-input-max-width=14rem] - Widest a CPR input grows.
 */
export class BtContactForm extends LitElement {
  static formAssociated = true;
  static override styles = [hostStyles, fieldStyles, contactFormStyles];

  /** Ask for the CPR number (and require it): set from the service's or backend's needs. */
  @property({ type: Boolean, attribute: 'require-cpr', reflect: true }) requireCpr = false;

  /** Whether SMS reminders are offered. When false the phone is "Telefonnummer", with no opt-in. */
  @property({ attribute: 'sms-offered', converter: booleanDefaultTrue }) smsOffered = true;

  /** Optional link to the privacy notice (http or https, absolute or relative to the page). */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /** Submit button text; empty = "Fortsæt" / "Continue" in the current language. */
  @property({ attribute: 'submit-label' }) submitLabel = '';

  /** The level of the error summary's heading: 2 by default, one below the heading above the form. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** A signed-in MitID session: its name and CPR number are shown read-only and used as given. */
  @property({ attribute: false }) session: Session | null = null;

  /**
   * Server-side validation errors (a `BookingError`'s `fields`): reason code per field path,
   * e.g. `{ 'citizen.cpr': 'invalid' }`. Shown on the fields, translated; unknown reasons get
   * a generic "Tjek feltet" message. A field's server error goes once the citizen edits it.
   */
  @property({ attribute: false }) errors: Record<string, string> = {};

  @state() private draft: ContactDraft = emptyDraft();
  private valueAssigned = false;
  private assignedValue: ContactDetails | null | undefined;
  /** What the error summary lists, taken at the last submit (or server answer); null: none. */
  @state() private summary: SummarySnapshot | null = null;

  private readonly localize = new LocalizeController(this);
  private readonly formControl = new FormControlController(this, {
    value: () => {
      const data = formEntries(this.draft, this.options);
      return { value: data, state: data };
    },
    invalidity: () => this.invalidity(),
    reset: () => this.reset(),
    restore: (state) => this.restore(state),
  });
  private readonly errorDisplay = new ErrorDisplay(this);
  private focusSummaryAfterUpdate = false;

  constructor() {
    super();
    // A `value` set before the element was defined sits on the instance and hides the accessor.
    if (Object.prototype.hasOwnProperty.call(this, 'value')) {
      const early = (this as unknown as { value: ContactDetails }).value;
      delete (this as unknown as { value?: ContactDetails }).value;
      this.value = early;
    }
  }

  /**
   * The details as typed (not normalised), CPR numbers included, so that setting it back
   * restores the form. Settable at any time; a missing `cpr` keeps the CPR already entered
   * (see `bt-contact-change`), `cpr: ''` clears it. Reading it always gives an object; its
   * type is the setter's, because templates bind `.value=${maybe}` and lit-analyzer checks a
   * binding against the getter.
   */
  get value(): ContactDetails | null | undefined {
    return detailsFromDraft(this.draft, this.options, true);
  }

  set value(details: ContactDetails | null | undefined) {
    // A parent that re-renders hands back the same object, or an echo of this form's own
    // state (kept from `bt-contact-change`). Neither may rebuild the draft: a half-filled
    // section (someone else, before the relation is picked) would close under the citizen.
    if (this.valueAssigned && details === this.assignedValue) return;
    this.valueAssigned = true;
    this.assignedValue = details;
    if (details && JSON.stringify(details) === JSON.stringify(this.value)) return;
    this.draft = draftFromDetails(details, this.draft);
  }

  /** The `<form>` the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.formControl.form;
  }

  get validity(): ValidityState {
    return this.formControl.validity;
  }

  get validationMessage(): string {
    return this.formControl.validationMessage;
  }

  get willValidate(): boolean {
    return this.formControl.willValidate;
  }

  checkValidity(): boolean {
    return this.formControl.checkValidity();
  }

  reportValidity(): boolean {
    return this.formControl.reportValidity();
  }

  /** Validates everything and shows all errors with the summary, as a submit would. */
  async showErrors(): Promise<boolean> {
    this.errorDisplay.showAll(this.draft, this.options);
    const invalid = this.takeSummary();
    await this.updateComplete;
    return !invalid;
  }

  /** @internal */
  formResetCallback(): void {
    this.formControl.formReset();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formControl.formDisabled(disabled);
  }

  /** @internal */
  formStateRestoreCallback(state: FormValue, mode: 'restore' | 'autocomplete'): void {
    this.formControl.formStateRestore(state, mode);
  }

  private get options(): FormOptions {
    return { requireCpr: this.requireCpr, smsOffered: this.smsOffered, session: this.session };
  }

  private reset(): void {
    this.draft = emptyDraft();
    this.errorDisplay.reset();
    this.summary = null;
    // Resets the CPR inputs too: they hide the number again.
    this.renderRoot.querySelector('form')?.reset();
  }

  /** Takes back what the browser kept in session history: never a CPR number (see `formEntries`). */
  private restore(state: FormValue): void {
    if (state instanceof FormData) this.draft = draftFromFormState(state, this.draft);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('errors')) {
      this.errorDisplay.setServerErrors(this.errors ?? {});
      if (this.errorDisplay.hasServerErrors()) this.takeSummary();
    }
    if (changed.has('session') && this.session) {
      // E-mail and phone from the session are a starting point the citizen may change.
      const draft = { ...this.draft };
      if (!draft.email && this.session.email) draft.email = this.session.email;
      if (!draft.phone && this.session.phone) draft.phone = this.session.phone;
      this.draft = draft;
    }
    // The summary goes with the last error on display (and is not brought back by a later one).
    if (this.summary && !this.hasErrorsOnDisplay()) this.summary = null;
  }

  protected override updated(): void {
    if (this.focusSummaryAfterUpdate) {
      this.focusSummaryAfterUpdate = false;
      const summary = this.renderRoot.querySelector<HTMLElement>('[part~="summary"]');
      if (summary) {
        summary.focus();
        summary.scrollIntoView?.({ block: 'nearest' });
      }
    }
  }

  /** Snapshots the errors on display into the summary, to be focused; whether there are any. */
  private takeSummary(): boolean {
    const invalid = this.hasErrorsOnDisplay();
    this.summary = invalid ? { errors: this.currentErrors(false), other: this.hasUnplacedServerErrors() } : null;
    this.focusSummaryAfterUpdate = invalid;
    return invalid;
  }

  private hasErrorsOnDisplay(): boolean {
    return Object.keys(this.currentErrors(false)).length > 0 || this.hasUnplacedServerErrors();
  }

  private invalidity(): FormControlInvalidity | null {
    const errors = this.currentErrors(true);
    const first = FIELD_ORDER.find((path) => errors[path]);
    if (!first) return null;
    const anchor = this.renderRoot.querySelector<HTMLElement>(`#${ANCHOR_ID[first]}`) ?? undefined;
    return { flags: { customError: true }, message: this.message(first, errors[first]!), anchor };
  }

  private currentErrors(all: boolean): FieldErrors {
    return this.errorDisplay.current(this.draft, this.options, all);
  }

  private hasUnplacedServerErrors(): boolean {
    return this.errorDisplay.hasUnplacedServerErrors(this.draft, this.options);
  }

  private message(path: FieldPath, reason: string): string {
    return errorMessage(path, reason, { t: this.localize.t, lang: this.localize.lang, smsOffered: this.smsOffered });
  }

  // ---- events ------------------------------------------------------------------------

  private onText(event: Event): void {
    // A text input, the textarea or a <bt-cpr-input>: each has `data-field` and `value`.
    const control = event.currentTarget as HTMLElement & { value: string };
    this.edit({ [control.dataset.field as keyof ContactDraft]: control.value });
  }

  private onCheck(event: Event): void {
    const control = event.currentTarget as HTMLInputElement;
    this.edit({ [control.dataset.field as keyof ContactDraft]: control.checked });
    this.fireChange();
  }

  private onRelation(event: Event): void {
    const control = event.currentTarget as HTMLInputElement;
    if (control.checked) this.edit({ relation: control.value as 'child' | 'adult' });
    this.fireChange();
  }

  private edit(patch: Partial<ContactDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.errorDisplay.edited(Object.keys(patch) as Array<keyof ContactDraft>, this.draft, this.options);
    this.dispatchEvent(
      new CustomEvent<ContactDetails>('bt-contact-change', {
        detail: detailsFromDraft(this.draft, this.options, false),
        bubbles: true,
        // Personal data: never past the shadow root of an element that contains the form.
        composed: false,
      }),
    );
  }

  /** A changed field shows its errors once the citizen leaves it. */
  private onLeave(event: FocusEvent): void {
    const key = (event.target as HTMLElement).dataset.field as keyof ContactDraft | undefined;
    if (key) this.errorDisplay.left(key, this.draft, this.options);
  }

  private fireChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.formControl.disabled) return;
    if (!(await this.showErrors())) return;
    const detail = normaliseDraft(this.draft, this.options);
    if (!detail) return;
    const proceed = this.dispatchEvent(
      new CustomEvent<ContactDetails>('bt-contact-submit', { detail, bubbles: true, composed: false, cancelable: true }),
    );
    if (proceed) this.form?.requestSubmit();
  }

  private focusField(event: Event, path: FieldPath): void {
    event.preventDefault();
    // Hash links do not reach into a shadow root: move focus ourselves.
    const control = this.renderRoot.querySelector<HTMLElement>(`#${ANCHOR_ID[path]}`);
    if (!control) return;
    const container = control.closest('fieldset, .field') ?? control;
    container.scrollIntoView?.({ block: 'start' });
    control.focus({ preventScroll: true });
  }

  // ---- rendering ---------------------------------------------------------------------

  private view(): FormView {
    return {
      t: this.localize.t,
      draft: this.draft,
      options: this.options,
      errors: this.currentErrors(false),
      disabled: this.formControl.disabled,
      message: (path, reason) => this.message(path, reason),
      onText: (event) => this.onText(event),
      onCheck: (event) => this.onCheck(event),
      onRelation: (event) => this.onRelation(event),
      onChange: () => this.fireChange(),
    };
  }

  protected override render(): TemplateResult {
    const view = this.view();
    const { t } = view;
    const summary = {
      t,
      headingLevel: this.headingLevel,
      message: view.message,
      onLink: (event: Event, path: FieldPath) => this.focusField(event, path),
    };
    return html`
      <form part="form" novalidate lang=${this.localize.lang} @submit=${this.onSubmit} @focusout=${this.onLeave}>
        ${this.summary ? errorSummary(summary, this.summary) : nothing} ${citizenFields(view)} ${someoneElseSection(view)}
        ${needsSection(view)} ${privacyLine(t, this.privacyUrl)}
        <div class="actions">
          <button type="submit" class="button submit" part="submit" ?disabled=${view.disabled}>
            ${this.submitLabel || t('form:submit')}
          </button>
        </div>
      </form>
    `;
  }
}
