import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { validateCpr } from '../../core/validation.js';
import { FormControlController, type FormControlInvalidity } from '../../controllers/form-control.js';
import { LocalizeController } from '../../controllers/localize.js';
import { hostStyles } from '../../styles/shared.js';
import { cprInputStyles } from './cpr-input.styles.js';
import { fieldStyles } from './field.styles.js';

/** Whether this engine masks text inputs with CSS; else the masked input is a password input. */
const cssMasking = typeof CSS !== 'undefined' && CSS.supports('-webkit-text-security', 'disc');

/**
 * A Danish CPR number field: label, hint, error, and a numeric input that masks the number
 * like a password once typed, with a "Vis CPR-nummer" toggle. Masking is CSS
 * (`-webkit-text-security`) on a text input where the engine has it: an
 * `<input type="password">` would make password managers offer to save the CPR number.
 *
 * Privacy: the number lives in the `value` property only. It is never an attribute, never in
 * the form data (a `<form method="get">` would put it in the URL), and never kept in session
 * history for state restore. Read `value` (or listen for `input`/`change`) to get it.
 *
 * Validity: `required` and an empty value is `valueMissing`; a number that is not a real CPR
 * number is `patternMismatch`; a non-empty `error` is a custom error and is shown.
 *
 * @tagname bt-cpr-input
 * @summary A masked CPR number input with a show/hide toggle.
 *
 * @attr name - The name it has in its form (the CPR number itself is never form data).
 * @attr label - The label; defaults to "CPR-nummer" / "CPR number".
 * @attr hint - The hint under the label; defaults to the citizen's own CPR hint.
 * @attr toggle-label - The show/hide button's text; defaults to "Vis CPR-nummer" / "Show CPR number".
 * @attr error - An error message to show (from the parent's validation); makes the field invalid.
 * @attr required - A value is required.
 * @attr disabled - Disables the input and the toggle.
 * @attr lang - `da` (default) or `en`; inherited from ancestors when absent.
 *
 * @fires input - As typed (the native event, from the inner input).
 * @fires change - After the value was changed and the input left.
 *
 * @csspart field - The label + hint + error + input group; `field invalid` when in error.
 * @csspart invalid - The field in error (with `field`).
 * @csspart label - The label.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 * @csspart input - The text input.
 * @csspart toggle - The show/hide button.
 *
 * @cssprop [--bt-cpr-input-max-width=14rem] - Widest the input grows.
 */
export class BtCprInput extends LitElement {
  static formAssociated = true;
  /** @internal Focus on the host goes to the input (a summary link, `reportValidity`). */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [hostStyles, fieldStyles, cprInputStyles];

  /** The CPR number as typed. In memory only: never reflected to an attribute. */
  @property({ attribute: false }) value = '';

  @property() label = '';
  @property() hint = '';
  @property({ attribute: 'toggle-label' }) toggleLabel = '';
  @property() error = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private revealed = false;

  private readonly localize = new LocalizeController(this);
  private readonly formControl = new FormControlController(this, {
    // Never in the form data nor in session history: see "Privacy" above.
    value: () => ({ value: null, state: null }),
    invalidity: () => this.invalidity(),
    reset: () => {
      this.value = '';
      this.revealed = false;
    },
  });

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

  checkValidity(): boolean {
    return this.formControl.checkValidity();
  }

  reportValidity(): boolean {
    return this.formControl.reportValidity();
  }

  /** @internal */
  formResetCallback(): void {
    this.formControl.formReset();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formControl.formDisabled(disabled);
  }

  private invalidity(): FormControlInvalidity | null {
    const anchor = this.renderRoot.querySelector<HTMLElement>('input') ?? undefined;
    if (this.error) return { flags: { customError: true }, message: this.error, anchor };
    if (!this.value.trim() && !this.required) return null;
    const result = validateCpr(this.value);
    if (result.ok) return null;
    const message = this.localize.t(`form:errors.citizen.cpr.${result.reason}`);
    return { flags: result.reason === 'required' ? { valueMissing: true } : { patternMismatch: true }, message, anchor };
  }

  private onInput(event: Event): void {
    // The native `input` event goes on out of the shadow root after this.
    this.value = (event.target as HTMLInputElement).value;
  }

  private onChange(): void {
    // A native `change` does not leave a shadow root.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private toggle(): void {
    this.revealed = !this.revealed;
  }

  protected override render(): TemplateResult {
    const t = this.localize.t;
    const disabled = this.disabled || this.formControl.disabled;
    const masked = !this.revealed;
    const describedBy = this.error ? 'hint error' : 'hint';
    return html`
      <div class="field ${this.error ? 'invalid' : ''}" part="field${this.error ? ' invalid' : ''}">
        <label for="input" part="label">${this.label || t('form:cpr.label')}</label>
        <p id="hint" class="hint" part="hint">${this.hint || t('form:cpr.hint')}</p>
        ${
          this.error
            ? html`<p id="error" class="error" part="error">
                <span class="visually-hidden">${t('form:errorPrefix')}</span> ${this.error}
              </p>`
            : nothing
        }
        <div class="with-toggle">
          <input
            id="input"
            class="input ${masked ? 'masked' : ''}"
            part="input"
            type=${masked && !cssMasking ? 'password' : 'text'}
            inputmode="numeric"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            data-1p-ignore
            data-lpignore="true"
            ?required=${this.required}
            ?disabled=${disabled}
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${describedBy}
            .value=${live(this.value)}
            @input=${this.onInput}
            @change=${this.onChange}
          />
          <button
            type="button"
            class="button secondary toggle"
            part="toggle"
            aria-controls="input"
            aria-pressed=${this.revealed ? 'true' : 'false'}
            ?disabled=${disabled}
            @click=${this.toggle}
          >
            ${this.toggleLabel || t('form:cpr.show')}
          </button>
        </div>
      </div>
    `;
  }
}
