import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type FormControlHost = ReactiveControllerHost & HTMLElement;

/** What `ElementInternals.setFormValue` takes: the submitted value or the state to restore. */
export type FormValue = File | string | FormData | null;

/** Why the host is invalid: the flags, the message and the control a browser points at. */
export interface FormControlInvalidity {
  flags: ValidityStateFlags;
  message: string;
  anchor?: HTMLElement | undefined;
}

export interface FormControlOptions {
  /**
   * What the host adds to its form's data, and the state the browser may keep in session
   * history to hand back to `restore`. Read after every update of the host.
   */
  value(): { value: FormValue; state?: FormValue };
  /** Why the host is invalid, or null when it is valid. Read after every update of the host. */
  invalidity(): FormControlInvalidity | null;
  /** Back to the first state: the form was reset. */
  reset(): void;
  /** Takes back a state kept in session history or offered by autofill. */
  restore?(state: FormValue, mode: FormRestoreMode): void;
}

export type FormRestoreMode = 'restore' | 'autocomplete';

/**
 * Form association for an element with `static formAssociated = true` (Web Awesome's
 * FormControlController, with ElementInternals instead of patching the form): owns the
 * internals, hands the host's value and validity to the browser after every update, and turns
 * the form's lifecycle callbacks into the host's `reset`/`restore` and a `disabled` state.
 *
 * The browser looks the callbacks up on the element's class, so the host declares
 * `formResetCallback`, `formDisabledCallback` and `formStateRestoreCallback` as one-line
 * forwards to `formReset`, `formDisabled` and `formStateRestore` here.
 */
export class FormControlController implements ReactiveController {
  readonly internals: ElementInternals;
  private readonly host: FormControlHost;
  private readonly options: FormControlOptions;
  private disabledByForm = false;

  constructor(host: FormControlHost, options: FormControlOptions) {
    this.host = host;
    this.options = options;
    this.internals = host.attachInternals();
    host.addController(this);
  }

  /** Disabled by a disabled ancestor `<fieldset>` or the host's own `disabled` attribute. */
  get disabled(): boolean {
    return this.disabledByForm;
  }

  /** The `<form>` the host belongs to, if any. */
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

  hostUpdated(): void {
    this.sync();
  }

  /** Hands the current value and validity to the browser (after each update, or at once). */
  sync(): void {
    const { value, state } = this.options.value();
    this.internals.setFormValue(value, state ?? value);
    const invalidity = this.options.invalidity();
    if (invalidity) this.internals.setValidity(invalidity.flags, invalidity.message, invalidity.anchor);
    else this.internals.setValidity({});
  }

  formReset(): void {
    this.options.reset();
    this.host.requestUpdate();
  }

  formDisabled(disabled: boolean): void {
    this.disabledByForm = disabled;
    this.host.requestUpdate();
  }

  formStateRestore(state: FormValue, mode: FormRestoreMode): void {
    this.options.restore?.(state, mode);
    this.host.requestUpdate();
  }
}
