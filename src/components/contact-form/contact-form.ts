import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Session } from '../../core/types.js';
import { LocalizeController } from '../../controllers/localize.js';
import { i18n } from '../../i18n/i18n.js';
import { hostStyles } from '../../styles/shared.js';
import { contactFormStyles } from './contact-form.styles.js';
import {
  FIELD_ORDER,
  OTHER_NEEDS_MAX_LENGTH,
  detailsFromDraft,
  draftFromDetails,
  emptyDraft,
  isFieldPath,
  maskedCpr,
  normaliseDraft,
  sessionCpr,
  sessionName,
  validateDraft,
  visibleFields,
  type ContactDetails,
  type ContactDraft,
  type FieldPath,
  type FormOptions,
} from './contact-model.js';

export type { ContactDetails } from './contact-model.js';

type TextKey = 'name' | 'cpr' | 'email' | 'phone' | 'otherName' | 'otherCpr' | 'interpreterLanguage' | 'otherNeeds';
type BooleanKey = 'smsReminder' | 'forSomeoneElse' | 'interpreter' | 'stepFreeAccess';

/** The field paths whose error a change of a draft key may show or clear. */
const PATHS_OF: Record<keyof ContactDraft, FieldPath[]> = {
  name: ['citizen.name'],
  cpr: ['citizen.cpr'],
  email: ['citizen.email', 'citizen.contact'],
  phone: ['citizen.phone', 'citizen.contact'],
  smsReminder: ['citizen.phone', 'citizen.contact'],
  forSomeoneElse: [],
  relation: ['onBehalfOf.relation'],
  otherName: ['onBehalfOf.name'],
  otherCpr: ['onBehalfOf.cpr'],
  interpreter: ['needs.interpreter'],
  interpreterLanguage: ['needs.interpreter'],
  stepFreeAccess: [],
  otherNeeds: ['needs.other'],
};

/** The id of the control that a summary link (and `setValidity`'s anchor) points at. */
const ANCHOR_ID: Record<FieldPath, string> = {
  'citizen.name': 'name',
  'citizen.cpr': 'cpr',
  'citizen.contact': 'email',
  'citizen.email': 'email',
  'citizen.phone': 'phone',
  'onBehalfOf.relation': 'relation-child',
  'onBehalfOf.name': 'other-name',
  'onBehalfOf.cpr': 'other-cpr',
  'needs.interpreter': 'interpreter-language',
  'needs.other': 'other-needs',
};

/** Reason codes are plain words; anything else from a server is treated as unknown. */
const REASON_PATTERN = /^[a-z][a-z-]{0,40}$/i;

/** Whether this engine masks text inputs with CSS; else the masked CPR input is a password input. */
const cssMasking = typeof CSS !== 'undefined' && CSS.supports('-webkit-text-security', 'disc');

const booleanDefaultTrue = {
  fromAttribute: (value: string | null) => value !== 'false',
  toAttribute: (value: boolean) => String(value),
};

/**
 * The citizen's contact details for a booking: name, CPR number (when the errand needs it),
 * e-mail and/or mobile number with an SMS reminder, booking for someone else, and special
 * needs. Validates in Danish or English with GOV.UK-style messages and an error summary, and
 * hands over normalised values in `bt-contact-submit`.
 *
 * Required fields: the full name always; an e-mail address or a phone number (at least one,
 * so a confirmation can be sent); the phone number when the SMS reminder is ticked; the CPR
 * number when `require-cpr` is set; when booking for someone else, the relation and their
 * name (and their CPR number with `require-cpr`); the interpreter's language when an
 * interpreter is asked for. A MitID `session` supplies name and CPR number read-only.
 *
 * Privacy: a CPR number never leaves the element except in `bt-contact-submit`'s detail and
 * the `value` property. It is not in the form value (a host `<form method="get">` would put
 * it in the URL), not in `bt-contact-change` (parents persist that), not in any `name`
 * attribute, storage, URL or log.
 *
 * @tagname bt-contact-form
 * @summary Contact details form for a Borgerservice booking.
 *
 * @attr require-cpr - Ask for (and require) the CPR number, e.g. when the service's `requiresCpr` is true.
 * @attr sms-offered - `"false"` when the municipality sends no SMS reminders: the checkbox goes and the field is labelled "Telefonnummer".
 * @attr privacy-url - Link to the municipality's privacy notice, opened in a new window; http(s) only.
 * @attr submit-label - Text of the submit button; defaults to "Fortsæt" / "Continue".
 * @attr lang - `da` (default) or `en`; inherited from ancestors when absent.
 *
 * @fires bt-contact-submit - `CustomEvent<ContactDetails>`, normalised (phone E.164, CPR 10 digits, trimmed), only when valid. Cancelable: when not cancelled and the element is in a `<form>`, that form is submitted.
 * @fires bt-contact-change - `CustomEvent<ContactDetails>` on every edit, values as typed, never with CPR numbers.
 * @fires change - Native `change` after a control changed; `input` events bubble out of the shadow root as usual.
 *
 * @csspart form - The inner `<form>`.
 * @csspart summary - The error summary box; also `summary-title`, `summary-list`, `summary-link`.
 * @csspart field - Each label + hint + error + control group; `field invalid` when in error.
 * @csspart fieldset - Each group of related fields; `legend` its caption.
 * @csspart label - Each field's label.
 * @csspart hint - Each hint under a label.
 * @csspart from-mitid - The "Fra MitID" badge of a read-only field.
 * @csspart error - Each field's error message.
 * @csspart input - Each text input and the textarea.
 * @csspart choice - Each checkbox or radio with its label; `checkbox` / `radio` the box itself.
 * @csspart toggle - The "Vis CPR-nummer" buttons.
 * @csspart count - The characters-remaining count.
 * @csspart privacy - The note on how the details are used.
 * @csspart submit - The submit button.
 *
 * @cssprop --bt-color-primary - Buttons, links, checkboxes.
 * @cssprop --bt-color-danger - Error text, borders and the summary.
 * @cssprop --bt-color-text - Text.
 * @cssprop --bt-color-muted - Hints, count and privacy note.
 * @cssprop --bt-color-border - Input borders.
 * @cssprop --bt-color-surface - Input background.
 * @cssprop --bt-color-surface-alt - Read-only input background.
 * @cssprop --bt-color-primary-soft - "Fra MitID" badge background.
 * @cssprop --bt-focus-color - Focus ring.
 * @cssprop --bt-radius - Corner radius.
 * @cssprop --bt-font-family - Font.
 * @cssprop --bt-input-max-width - Widest a text input grows (default 32rem); inputs are 100% below it.
 * @cssprop --bt-field-gap - Space between fields (default 1.5rem).
 */
export class BtContactForm extends LitElement {
  static formAssociated = true;
  static override styles = [hostStyles, contactFormStyles];

  /** Ask for the CPR number (and require it): set from the service's or backend's needs. */
  @property({ type: Boolean, attribute: 'require-cpr', reflect: true }) requireCpr = false;

  /** Whether SMS reminders are offered. When false the phone is "Telefonnummer", with no opt-in. */
  @property({ attribute: 'sms-offered', converter: booleanDefaultTrue }) smsOffered = true;

  /** Optional link to the privacy notice (http or https). */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /** Submit button text; empty = "Fortsæt" / "Continue" in the current language. */
  @property({ attribute: 'submit-label' }) submitLabel = '';

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
  /** Fields whose client-side error is on display (after blur of a changed field, or submit). */
  @state() private shown = new Set<FieldPath>();
  @state() private serverErrors: Record<string, string> = {};
  @state() private summaryVisible = false;
  @state() private cprRevealed = false;
  @state() private otherCprRevealed = false;
  @state() private formDisabled = false;

  private readonly localize = new LocalizeController(this);
  private readonly internals: ElementInternals;
  /** Fields the citizen has changed: only those are validated when left. */
  private readonly dirty = new Set<keyof ContactDraft>();
  private focusSummaryAfterUpdate = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
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
   * (see `bt-contact-change`), `cpr: ''` clears it.
   */
  get value(): ContactDetails {
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
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Validates everything and shows all errors with the summary, as a submit would. */
  async showErrors(): Promise<boolean> {
    const errors = validateDraft(this.draft, this.options);
    const paths = FIELD_ORDER.filter((path) => errors[path]);
    this.shown = new Set(paths);
    const invalid = paths.length > 0 || this.serverSummaryItems().length > 0;
    if (invalid) {
      this.summaryVisible = true;
      this.focusSummaryAfterUpdate = true;
    }
    await this.updateComplete;
    return !invalid;
  }

  formResetCallback(): void {
    this.draft = emptyDraft();
    this.dirty.clear();
    this.shown = new Set();
    this.summaryVisible = false;
    this.cprRevealed = false;
    this.otherCprRevealed = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Restores what the browser kept in session history: never a CPR number (see `formData`). */
  formStateRestoreCallback(state: unknown): void {
    if (!(state instanceof FormData)) return;
    const text = (key: string) => (typeof state.get(key) === 'string' ? (state.get(key) as string) : '');
    const draft = { ...this.draft };
    draft.name = text('citizen.name');
    draft.email = text('citizen.email');
    draft.phone = text('citizen.phone');
    draft.smsReminder = state.has('citizen.smsReminder');
    const relation = text('onBehalfOf.relation');
    draft.forSomeoneElse = relation === 'child' || relation === 'adult';
    draft.relation = draft.forSomeoneElse ? (relation as 'child' | 'adult') : '';
    draft.otherName = text('onBehalfOf.name');
    draft.interpreter = state.has('needs.interpreter');
    draft.interpreterLanguage = text('needs.interpreter');
    draft.stepFreeAccess = state.has('needs.stepFreeAccess');
    draft.otherNeeds = text('needs.other');
    this.draft = draft;
  }

  private get options(): FormOptions {
    return { requireCpr: this.requireCpr, smsOffered: this.smsOffered, session: this.session };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('errors')) {
      this.serverErrors = { ...(this.errors ?? {}) };
      if (Object.keys(this.serverErrors).length) {
        this.summaryVisible = true;
        this.focusSummaryAfterUpdate = true;
      }
    }
    if (changed.has('session') && this.session) {
      // E-mail and phone from the session are a starting point the citizen may change.
      const draft = { ...this.draft };
      if (!draft.email && this.session.email) draft.email = this.session.email;
      if (!draft.phone && this.session.phone) draft.phone = this.session.phone;
      this.draft = draft;
    }
  }

  protected override updated(): void {
    this.syncFormState();
    if (this.focusSummaryAfterUpdate) {
      this.focusSummaryAfterUpdate = false;
      const summary = this.renderRoot.querySelector<HTMLElement>('.summary');
      if (summary) {
        summary.focus();
        summary.scrollIntoView?.({ block: 'nearest' });
      }
    }
  }

  /**
   * The form value holds everything but CPR numbers: a host `<form method="get">` would put
   * the form value into the URL, where a CPR number must never go. CPR numbers reach the
   * parent through `bt-contact-submit` only.
   */
  private formData(): FormData {
    const data = new FormData();
    const { draft } = this;
    data.set('citizen.name', sessionName(this.options) ?? draft.name);
    if (draft.email) data.set('citizen.email', draft.email);
    if (draft.phone) data.set('citizen.phone', draft.phone);
    if (this.smsOffered && draft.smsReminder) data.set('citizen.smsReminder', 'on');
    if (draft.forSomeoneElse && draft.relation) {
      data.set('onBehalfOf.relation', draft.relation);
      data.set('onBehalfOf.name', draft.otherName);
    }
    if (draft.interpreter) data.set('needs.interpreter', draft.interpreterLanguage);
    if (draft.stepFreeAccess) data.set('needs.stepFreeAccess', 'on');
    if (draft.otherNeeds) data.set('needs.other', draft.otherNeeds);
    return data;
  }

  private syncFormState(): void {
    const data = this.formData();
    this.internals.setFormValue(data, data);
    const errors = this.currentErrors(true);
    const first = FIELD_ORDER.find((path) => errors[path]);
    if (first) {
      const anchor = this.renderRoot.querySelector<HTMLElement>(`#${ANCHOR_ID[first]}`) ?? undefined;
      this.internals.setValidity({ customError: true }, this.message(first, errors[first]!), anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  /** Client errors (all, or only those on display) merged with server errors for visible fields. */
  private currentErrors(all: boolean): Partial<Record<FieldPath, string>> {
    const client = validateDraft(this.draft, this.options);
    const fields = visibleFields(this.draft, this.options);
    const result: Partial<Record<FieldPath, string>> = {};
    for (const path of FIELD_ORDER) {
      if (!fields.has(path)) continue;
      const own = all || this.shown.has(path) ? client[path] : undefined;
      const server = this.serverErrors[path];
      const reason = own ?? server;
      if (reason) result[path] = reason;
    }
    return result;
  }

  /** Server errors on paths the form does not show: one generic summary line for them. */
  private serverSummaryItems(): string[] {
    const fields = visibleFields(this.draft, this.options);
    return Object.keys(this.serverErrors).filter((path) => !isFieldPath(path) || !fields.has(path));
  }

  private message(path: FieldPath, reason: string): string {
    const t = this.localize.t;
    const context = !this.smsOffered && (path === 'citizen.phone' || path === 'citizen.contact') ? 'landline' : undefined;
    const key = `form:errors.${path}.${reason}`;
    if (REASON_PATTERN.test(reason) && i18n.exists(key, { lng: this.localize.lang })) {
      return t(key, { context });
    }
    return t('form:errors.generic', { field: this.fieldLabel(path) });
  }

  private fieldLabel(path: FieldPath): string {
    const t = this.localize.t;
    const landline = this.smsOffered ? undefined : 'landline';
    switch (path) {
      case 'citizen.name':
        return t('form:name.label');
      case 'citizen.cpr':
        return t('form:cpr.label');
      case 'citizen.contact':
        return t('form:contact.legend');
      case 'citizen.email':
        return t('form:email.label');
      case 'citizen.phone':
        return t('form:phone.label', { context: landline });
      case 'onBehalfOf.relation':
        return t('form:someoneElse.relationLegend');
      case 'onBehalfOf.name':
        return t('form:someoneElse.name');
      case 'onBehalfOf.cpr':
        return t('form:someoneElse.cpr');
      case 'needs.interpreter':
        return t('form:needs.language');
      case 'needs.other':
        return t('form:needs.other');
    }
  }

  // ---- events ------------------------------------------------------------------------

  private onText(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const key = control.dataset.field as TextKey;
    this.edit({ [key]: control.value });
  }

  private onToggle(event: Event): void {
    const control = event.target as HTMLInputElement;
    const key = control.dataset.field as BooleanKey;
    this.edit({ [key]: control.checked });
    this.fireChange();
  }

  private onRelation(event: Event): void {
    const control = event.target as HTMLInputElement;
    if (control.checked) this.edit({ relation: control.value as 'child' | 'adult' });
    this.fireChange();
  }

  private edit(patch: Partial<ContactDraft>): void {
    this.draft = { ...this.draft, ...patch };
    const client = validateDraft(this.draft, this.options);
    let shown: Set<FieldPath> | undefined;
    let server: Record<string, string> | undefined;
    for (const key of Object.keys(patch) as Array<keyof ContactDraft>) {
      this.dirty.add(key);
      for (const path of PATHS_OF[key]) {
        // Reward early: an error on display goes as soon as the field is right.
        if (this.shown.has(path) && !client[path]) (shown ??= new Set(this.shown)).delete(path);
        // A server error is about the old value.
        if (path in this.serverErrors && path !== 'citizen.contact') {
          server ??= { ...this.serverErrors };
          delete server[path];
        }
      }
    }
    if (shown) this.shown = shown;
    if (server) this.serverErrors = server;
    this.dispatchEvent(
      new CustomEvent<ContactDetails>('bt-contact-change', {
        detail: detailsFromDraft(this.draft, this.options, false),
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** A changed field shows its errors once the citizen leaves it (punish late). */
  private onLeave(event: FocusEvent): void {
    const key = (event.target as HTMLElement).dataset.field as keyof ContactDraft | undefined;
    if (!key || !this.dirty.has(key)) return;
    const paths = PATHS_OF[key].filter(
      // "E-mail or phone" only after both were changed: the citizen may be on the way to the other.
      (path) => path !== 'citizen.contact' || (this.dirty.has('email') && this.dirty.has('phone')),
    );
    const client = validateDraft(this.draft, this.options);
    const next = new Set(this.shown);
    for (const path of paths) if (client[path]) next.add(path);
    if (next.size !== this.shown.size) this.shown = next;
  }

  private fireChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.formDisabled) return;
    if (!(await this.showErrors())) return;
    const detail = normaliseDraft(this.draft, this.options);
    if (!detail) return;
    const proceed = this.dispatchEvent(
      new CustomEvent<ContactDetails>('bt-contact-submit', { detail, bubbles: true, composed: true, cancelable: true }),
    );
    if (proceed) this.internals.form?.requestSubmit();
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

  protected override render(): TemplateResult {
    const t = this.localize.t;
    const errors = this.currentErrors(false);
    return html`
      <form part="form" novalidate lang=${this.localize.lang} @submit=${this.onSubmit} @focusout=${this.onLeave}>
        ${this.renderSummary(errors)} ${this.renderName(errors)} ${this.requireCpr ? this.renderOwnCpr(errors) : nothing}
        ${this.renderContact(errors)} ${this.renderSomeoneElse(errors)} ${this.renderNeeds(errors)}
        ${this.renderPrivacy()}
        <div class="actions">
          <button type="submit" class="button submit" part="submit" ?disabled=${this.formDisabled}>
            ${this.submitLabel || t('form:submit')}
          </button>
        </div>
      </form>
    `;
  }

  private renderSummary(errors: Partial<Record<FieldPath, string>>): TemplateResult | typeof nothing {
    if (!this.summaryVisible) return nothing;
    const t = this.localize.t;
    const paths = FIELD_ORDER.filter((path) => errors[path]);
    const other = this.serverSummaryItems().length > 0;
    if (!paths.length && !other) return nothing;
    return html`
      <div class="summary" part="summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
        <h2 id="summary-title" part="summary-title">${t('form:summaryTitle')}</h2>
        <ul part="summary-list">
          ${paths.map(
            (path) => html`<li>
              <a href="#${ANCHOR_ID[path]}" part="summary-link" @click=${(event: Event) => this.focusField(event, path)}
                >${this.message(path, errors[path]!)}</a
              >
            </li>`,
          )}
          ${other ? html`<li>${t('form:errors.other')}</li>` : nothing}
        </ul>
      </div>
    `;
  }

  private renderError(id: string, path: FieldPath, errors: Partial<Record<FieldPath, string>>) {
    const reason = errors[path];
    if (!reason) return nothing;
    return html`<p id=${id} class="error" part="error">
      <span class="visually-hidden">${this.localize.t('form:errorPrefix')}</span> ${this.message(path, reason)}
    </p>`;
  }

  private describedBy(...ids: Array<string | false | undefined>): string | undefined {
    const list = ids.filter(Boolean);
    return list.length ? list.join(' ') : undefined;
  }

  private textField(options: {
    id: string;
    key: TextKey;
    path: FieldPath;
    label: string;
    errors: Partial<Record<FieldPath, string>>;
    hint?: string | undefined;
    type?: string;
    autocomplete?: string;
    inputmode?: string;
    required?: boolean;
    extraError?: string | undefined;
    className?: string;
  }): TemplateResult {
    const { id, key, path, label, errors, hint } = options;
    const invalid = Boolean(errors[path]) || Boolean(options.extraError);
    const describedBy = this.describedBy(hint && `${id}-hint`, options.extraError, errors[path] && `${id}-error`);
    return html`
      <div class="field ${options.className ?? ''} ${errors[path] ? 'invalid' : ''}" part="field${errors[path] ? ' invalid' : ''}">
        <label for=${id} part="label">${label}</label>
        ${hint ? html`<p id="${id}-hint" class="hint" part="hint">${hint}</p>` : nothing}
        ${this.renderError(`${id}-error`, path, errors)}
        <input
          id=${id}
          class="input"
          part="input"
          data-field=${key}
          type=${options.type ?? 'text'}
          autocomplete=${ifDefined(options.autocomplete)}
          inputmode=${ifDefined(options.inputmode)}
          spellcheck="false"
          ?required=${Boolean(options.required)}
          ?disabled=${this.formDisabled}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy)}
          .value=${live(this.draft[key])}
          @input=${this.onText}
          @change=${this.fireChange}
        />
      </div>
    `;
  }

  private readOnlyField(id: string, label: string, value: string): TemplateResult {
    return html`
      <div class="field" part="field">
        <label for=${id} part="label">${label}</label>
        <p id="${id}-hint" class="hint from-mitid" part="hint from-mitid">${this.localize.t('form:fromMitId')}</p>
        <input id=${id} class="input" part="input" type="text" readonly aria-describedby="${id}-hint" .value=${value} />
      </div>
    `;
  }

  private renderName(errors: Partial<Record<FieldPath, string>>): TemplateResult {
    const t = this.localize.t;
    const fromSession = sessionName(this.options);
    if (fromSession) return this.readOnlyField('name', t('form:name.label'), fromSession);
    return this.textField({
      id: 'name',
      key: 'name',
      path: 'citizen.name',
      label: t('form:name.label'),
      errors,
      autocomplete: 'name',
      required: true,
    });
  }

  private renderOwnCpr(errors: Partial<Record<FieldPath, string>>): TemplateResult {
    const t = this.localize.t;
    const fromSession = sessionCpr(this.options);
    if (fromSession) return this.readOnlyField('cpr', t('form:cpr.label'), maskedCpr(fromSession));
    return this.cprField({
      id: 'cpr',
      key: 'cpr',
      path: 'citizen.cpr',
      label: t('form:cpr.label'),
      hint: t('form:cpr.hint'),
      toggle: t('form:cpr.show'),
      revealed: this.cprRevealed,
      onToggle: () => (this.cprRevealed = !this.cprRevealed),
      errors,
    });
  }

  /**
   * A CPR number is masked like a password once typed, with a show/hide toggle. Masking is
   * CSS (`-webkit-text-security`) on a text input where the engine has it: an
   * `<input type="password">` would make password managers offer to save the CPR number.
   */
  private cprField(options: {
    id: string;
    key: 'cpr' | 'otherCpr';
    path: FieldPath;
    label: string;
    hint: string;
    toggle: string;
    revealed: boolean;
    onToggle: () => void;
    errors: Partial<Record<FieldPath, string>>;
  }): TemplateResult {
    const { id, key, path, errors, revealed } = options;
    const error = errors[path];
    const masked = !revealed;
    return html`
      <div class="field ${error ? 'invalid' : ''}" part="field${error ? ' invalid' : ''}">
        <label for=${id} part="label">${options.label}</label>
        <p id="${id}-hint" class="hint" part="hint">${options.hint}</p>
        ${this.renderError(`${id}-error`, path, errors)}
        <div class="with-toggle">
          <input
            id=${id}
            class="input cpr ${masked ? 'masked' : ''}"
            part="input"
            data-field=${key}
            data-masked=${masked ? 'true' : 'false'}
            type=${masked && !cssMasking ? 'password' : 'text'}
            inputmode="numeric"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            data-1p-ignore
            data-lpignore="true"
            required
            ?disabled=${this.formDisabled}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.describedBy(`${id}-hint`, error && `${id}-error`))}
            .value=${live(this.draft[key])}
            @input=${this.onText}
            @change=${this.fireChange}
          />
          <button
            type="button"
            class="button secondary toggle"
            part="toggle"
            aria-controls=${id}
            aria-pressed=${revealed ? 'true' : 'false'}
            ?disabled=${this.formDisabled}
            @click=${options.onToggle}
          >
            ${options.toggle}
          </button>
        </div>
      </div>
    `;
  }

  private checkbox(options: {
    id: string;
    key: BooleanKey;
    label: string;
    hint?: string | undefined;
  }): TemplateResult {
    const { id, key, hint } = options;
    return html`
      <div class="choice" part="choice">
        <input
          id=${id}
          type="checkbox"
          part="checkbox"
          data-field=${key}
          ?disabled=${this.formDisabled}
          aria-describedby=${ifDefined(hint ? `${id}-hint` : undefined)}
          .checked=${live(this.draft[key])}
          @change=${this.onToggle}
        />
        <label for=${id}>${options.label}</label>
        ${hint ? html`<p id="${id}-hint" class="hint" part="hint">${hint}</p>` : nothing}
      </div>
    `;
  }

  private renderContact(errors: Partial<Record<FieldPath, string>>): TemplateResult {
    const t = this.localize.t;
    const landline = this.smsOffered ? undefined : 'landline';
    const contactError = errors['citizen.contact'] ? 'contact-error' : undefined;
    const phoneRequired = this.smsOffered && this.draft.smsReminder;
    return html`
      <fieldset
        part="fieldset"
        class=${contactError ? 'invalid' : ''}
        aria-describedby="contact-hint"
      >
        <legend part="legend">${t('form:contact.legend')}</legend>
        <p id="contact-hint" class="hint" part="hint">${t('form:contact.hint', { context: landline })}</p>
        ${this.renderError('contact-error', 'citizen.contact', errors)}
        ${this.textField({
          id: 'email',
          key: 'email',
          path: 'citizen.email',
          label: t('form:email.label'),
          errors,
          type: 'email',
          autocomplete: 'email',
          inputmode: 'email',
          extraError: contactError,
        })}
        ${this.textField({
          id: 'phone',
          key: 'phone',
          path: 'citizen.phone',
          label: t('form:phone.label', { context: landline }),
          hint: t('form:phone.hint'),
          errors,
          type: 'tel',
          autocomplete: 'tel',
          inputmode: 'tel',
          required: phoneRequired,
          extraError: contactError,
        })}
        ${this.smsOffered
          ? this.checkbox({ id: 'sms', key: 'smsReminder', label: t('form:sms.label'), hint: t('form:sms.hint') })
          : nothing}
      </fieldset>
    `;
  }

  private renderSomeoneElse(errors: Partial<Record<FieldPath, string>>): TemplateResult {
    const t = this.localize.t;
    const relationError = errors['onBehalfOf.relation'];
    return html`
      ${this.checkbox({ id: 'someone-else', key: 'forSomeoneElse', label: t('form:someoneElse.label') })}
      ${this.draft.forSomeoneElse
        ? html`
            <fieldset part="fieldset" class="conditional">
              <legend part="legend">${t('form:someoneElse.legend')}</legend>
              <fieldset
                part="fieldset"
                class="relation ${relationError ? 'invalid' : ''}"
                aria-describedby=${ifDefined(relationError ? 'relation-error' : undefined)}
              >
                <legend part="legend">${t('form:someoneElse.relationLegend')}</legend>
                ${this.renderError('relation-error', 'onBehalfOf.relation', errors)}
                ${(['child', 'adult'] as const).map(
                  (relation) => html`
                    <div class="choice" part="choice">
                      <input
                        id="relation-${relation}"
                        type="radio"
                        part="radio"
                        name="relation"
                        value=${relation}
                        data-field="relation"
                        required
                        ?disabled=${this.formDisabled}
                        aria-invalid=${relationError ? 'true' : 'false'}
                        .checked=${live(this.draft.relation === relation)}
                        @change=${this.onRelation}
                      />
                      <label for="relation-${relation}">${t(`form:someoneElse.${relation}`)}</label>
                    </div>
                  `,
                )}
              </fieldset>
              ${this.textField({
                id: 'other-name',
                key: 'otherName',
                path: 'onBehalfOf.name',
                label: t('form:someoneElse.name'),
                errors,
                autocomplete: 'off',
                required: true,
              })}
              ${this.requireCpr
                ? this.cprField({
                    id: 'other-cpr',
                    key: 'otherCpr',
                    path: 'onBehalfOf.cpr',
                    label: t('form:someoneElse.cpr'),
                    hint: t('form:someoneElse.cprHint'),
                    toggle: t('form:someoneElse.showCpr'),
                    revealed: this.otherCprRevealed,
                    onToggle: () => (this.otherCprRevealed = !this.otherCprRevealed),
                    errors,
                  })
                : nothing}
            </fieldset>
          `
        : nothing}
    `;
  }

  private renderNeeds(errors: Partial<Record<FieldPath, string>>): TemplateResult {
    const t = this.localize.t;
    const length = this.draft.otherNeeds.length;
    const left = OTHER_NEEDS_MAX_LENGTH - length;
    const otherError = errors['needs.other'];
    return html`
      <fieldset part="fieldset" aria-describedby="needs-hint">
        <legend part="legend">${t('form:needs.legend')} <span class="optional">${t('form:optional')}</span></legend>
        <p id="needs-hint" class="hint" part="hint">${t('form:needs.hint')}</p>
        ${this.checkbox({ id: 'interpreter', key: 'interpreter', label: t('form:needs.interpreter') })}
        ${this.draft.interpreter
          ? html`<div class="conditional">
              ${this.textField({
                id: 'interpreter-language',
                key: 'interpreterLanguage',
                path: 'needs.interpreter',
                label: t('form:needs.language'),
                hint: t('form:needs.languageHint'),
                errors,
                autocomplete: 'off',
                required: true,
              })}
            </div>`
          : nothing}
        ${this.checkbox({ id: 'step-free', key: 'stepFreeAccess', label: t('form:needs.stepFree') })}
        <div class="field ${otherError ? 'invalid' : ''}" part="field${otherError ? ' invalid' : ''}">
          <label for="other-needs" part="label">${t('form:needs.other')}</label>
          ${this.renderError('other-needs-error', 'needs.other', errors)}
          <textarea
            id="other-needs"
            class="input"
            part="input"
            data-field="otherNeeds"
            rows="4"
            maxlength=${OTHER_NEEDS_MAX_LENGTH}
            ?disabled=${this.formDisabled}
            aria-invalid=${otherError ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.describedBy('other-needs-count', otherError && 'other-needs-error'))}
            .value=${live(this.draft.otherNeeds)}
            @input=${this.onText}
            @change=${this.fireChange}
          ></textarea>
          <p id="other-needs-count" class="count ${left < 0 ? 'over' : ''}" part="count">
            ${left >= 0 ? t('form:needs.remaining', { count: left }) : t('form:needs.over', { count: -left })}
          </p>
        </div>
      </fieldset>
    `;
  }

  private renderPrivacy(): TemplateResult {
    const t = this.localize.t;
    const url = safeUrl(this.privacyUrl);
    return html`
      <p class="privacy" part="privacy">
        ${t('form:privacy.text')}
        ${url
          ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${t('form:privacy.link')} ${t('form:privacy.newWindow')}</a>`
          : nothing}
      </p>
    `;
  }
}

/** Only http(s) links: a `javascript:` URL from a misconfigured attribute must never run. */
function safeUrl(value: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
