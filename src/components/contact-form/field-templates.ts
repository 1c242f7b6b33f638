import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ContactDraft, FieldPath, FormOptions } from './contact-model.js';

export type FieldErrors = Partial<Record<FieldPath, string>>;
export type TextKey = 'name' | 'email' | 'phone' | 'otherName' | 'interpreterLanguage' | 'otherNeeds';
export type CprKey = 'cpr' | 'otherCpr';
export type BooleanKey = 'smsReminder' | 'forSomeoneElse' | 'interpreter' | 'stepFreeAccess';

/** What the render modules of <bt-contact-form> draw from, and whom they tell about edits. */
export interface FormView {
  t: TFunction;
  draft: ContactDraft;
  options: FormOptions;
  /** Errors on display, by field: reason codes. */
  errors: FieldErrors;
  disabled: boolean;
  message(path: FieldPath, reason: string): string;
  /** `input` of a text field or CPR input: the control has `data-field` and `value`. */
  onText(event: Event): void;
  /** `change` of a checkbox with `data-field`. */
  onCheck(event: Event): void;
  onRelation(event: Event): void;
  /** `change` of a text field, to be re-fired from the host. */
  onChange(): void;
}

/** The id of the control that a summary link (and `setValidity`'s anchor) points at. */
export const ANCHOR_ID: Record<FieldPath, string> = {
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

/** The part names a `<bt-cpr-input>` passes on, so the form's parts style it too. */
const CPR_PARTS = 'field, invalid, label, hint, error, input, toggle';

export function idList(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

export function fieldError(view: FormView, id: string, path: FieldPath): TemplateResult | typeof nothing {
  const reason = view.errors[path];
  if (!reason) return nothing;
  return html`<p id=${id} class="error" part="error">
    <span class="visually-hidden">${view.t('form:errorPrefix')}</span> ${view.message(path, reason)}
  </p>`;
}

export interface TextFieldOptions {
  id: string;
  key: TextKey;
  path: FieldPath;
  label: string;
  hint?: string | undefined;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: 'name' | 'email' | 'tel' | 'off';
  inputmode?: 'email' | 'tel';
  required?: boolean;
  /** The id of a group error (e.g. "e-mail or phone") that also describes this field. */
  groupError?: string | undefined;
}

export function textField(view: FormView, options: TextFieldOptions): TemplateResult {
  const { id, key, path, hint, groupError } = options;
  const error = view.errors[path];
  const invalid = Boolean(error) || Boolean(groupError);
  return html`
    <div class="field ${error ? 'invalid' : ''}" part="field${error ? ' invalid' : ''}">
      <label for=${id} part="label">${options.label}</label>
      ${hint ? html`<p id="${id}-hint" class="hint" part="hint">${hint}</p>` : nothing} ${fieldError(view, `${id}-error`, path)}
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
        ?disabled=${view.disabled}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(idList(hint && `${id}-hint`, groupError, error && `${id}-error`))}
        .value=${live(view.draft[key])}
        @input=${view.onText}
        @change=${view.onChange}
      />
    </div>
  `;
}

/** A value a MitID session vouches for: shown, never editable. */
export function readOnlyField(view: FormView, id: string, label: string, value: string): TemplateResult {
  return html`
    <div class="field" part="field">
      <label for=${id} part="label">${label}</label>
      <p id="${id}-hint" class="hint from-mitid" part="hint from-mitid">${view.t('form:fromMitId')}</p>
      <input id=${id} class="input" part="input" type="text" readonly aria-describedby="${id}-hint" .value=${value} />
    </div>
  `;
}

export interface CprFieldOptions {
  id: string;
  key: CprKey;
  path: FieldPath;
  label: string;
  hint: string;
  toggle: string;
}

export function cprField(view: FormView, options: CprFieldOptions): TemplateResult {
  const reason = view.errors[options.path];
  return html`<bt-cpr-input
    id=${options.id}
    data-field=${options.key}
    label=${options.label}
    hint=${options.hint}
    toggle-label=${options.toggle}
    error=${reason ? view.message(options.path, reason) : ''}
    required
    ?disabled=${view.disabled}
    exportparts=${CPR_PARTS}
    .value=${live(view.draft[options.key])}
    @input=${view.onText}
    @change=${view.onChange}
  ></bt-cpr-input>`;
}

export function checkbox(view: FormView, options: { id: string; key: BooleanKey; label: string; hint?: string }): TemplateResult {
  const { id, key, hint } = options;
  return html`
    <div class="choice" part="choice">
      <input
        id=${id}
        type="checkbox"
        part="checkbox"
        data-field=${key}
        ?disabled=${view.disabled}
        aria-describedby=${ifDefined(hint ? `${id}-hint` : undefined)}
        .checked=${live(view.draft[key])}
        @change=${view.onCheck}
      />
      <label for=${id}>${options.label}</label>
      ${hint ? html`<p id="${id}-hint" class="hint" part="hint">${hint}</p>` : nothing}
    </div>
  `;
}
