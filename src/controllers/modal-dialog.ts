import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ModalDialogOptions {
  /** The element's `<dialog>`, once rendered. */
  dialog(): HTMLDialogElement | null | undefined;
  /** Whether closing now would throw away something the citizen typed: ask first. */
  needsConfirm?(): boolean;
  /** False while closing must wait (a booking on its way belongs to this dialog). */
  mayClose?(): boolean;
  /** Where focus goes while the "close?" question is shown (its safe choice). */
  confirmFocus?(): HTMLElement | null | undefined;
  /** Where focus goes after closing; by default the element that had it when the dialog opened. */
  returnFocus?(): HTMLElement | null | undefined;
  /** Called once the dialog has closed (by any route). */
  onClosed?(): void;
  /** Called after the citizen chose to stay (focus back into the dialog is theirs to place). */
  onStay?(): void;
}

/** The element that has focus, looking through open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * A modal `<dialog>` as the APG dialog pattern wants it: opened with `showModal` (focus kept
 * inside by the browser), Escape and other close requests handled by us so a dialog with typed
 * details asks "close?" first (focus on the safe choice), closing refused while `mayClose` says
 * so, and focus returned to where it came from. Bind `onKeydown`, `onCancel` and `onClose` on
 * the `<dialog>`; render the question when `confirming` is true.
 */
export class ModalDialogController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: ModalDialogOptions;
  private opener: HTMLElement | null = null;
  private focusAfterUpdate: (() => HTMLElement | null | undefined) | undefined;
  open = false;
  confirming = false;

  constructor(host: ReactiveControllerHost, options: ModalDialogOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  async show(): Promise<void> {
    if (this.open) return;
    this.opener = deepActiveElement();
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.options.dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** A close request (button, Escape, back gesture): asks first when typed details would be lost, unless `force`. */
  requestClose(force = false): void {
    if (!this.open || !(this.options.mayClose?.() ?? true)) return;
    if (!force && this.options.needsConfirm?.()) {
      this.confirming = true;
      this.focusAfter(() => this.options.confirmFocus?.());
      return;
    }
    this.options.dialog()?.close();
    // The `close` event comes a task later; the element is closed from now on.
    this.closed();
  }

  /** The citizen answered "stay" to the question. */
  stay(): void {
    this.confirming = false;
    this.host.requestUpdate();
    this.options.onStay?.();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Handled here, so the browser's own close request (which may not be cancelable) never starts.
    event.preventDefault();
    event.stopPropagation();
    if (this.confirming) this.stay();
    else this.requestClose();
  };

  readonly onCancel = (event: Event): void => {
    // Other close requests (e.g. Android's back gesture) ask first, too.
    if (this.options.needsConfirm?.() || !(this.options.mayClose?.() ?? true)) {
      event.preventDefault();
      this.requestClose();
    }
  };

  readonly onClose = (): void => {
    // The dialog's own `close` event comes a task after `requestClose` has handled it; by then
    // the citizen may have opened the dialog again, which must not be undone.
    if (!this.open || this.options.dialog()?.open) return;
    this.closed();
  };

  hostUpdated(): void {
    const target = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    target?.()?.focus();
  }

  private closed(): void {
    this.open = false;
    this.confirming = false;
    this.options.onClosed?.();
    const opener = this.opener;
    this.focusAfter(() => this.options.returnFocus?.() ?? opener);
  }

  private focusAfter(target: () => HTMLElement | null | undefined): void {
    this.focusAfterUpdate = target;
    this.host.requestUpdate();
  }
}
