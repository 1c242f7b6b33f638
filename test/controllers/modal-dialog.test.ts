import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, nothing, type TemplateResult } from 'lit';
import { ModalDialogController } from '../../src/controllers/modal-dialog.js';

/**
 * The smallest element with a modal dialog: an opener button, a dialog with a field and a
 * close button, and the "close?" question when the controller asks it.
 */
class DialogHost extends LitElement {
  /** What the citizen typed would be lost. */
  typed = false;
  /** A booking on its way keeps the dialog open. */
  busy = false;
  /** Send focus here after closing instead of to the opener. */
  returnTo: HTMLElement | undefined;
  closedCount = 0;
  stayedCount = 0;

  readonly modal = new ModalDialogController(this, {
    dialog: () => this.dialog,
    needsConfirm: () => this.typed,
    mayClose: () => !this.busy,
    confirmFocus: () => this.renderRoot.querySelector<HTMLElement>('[data-stay]'),
    returnFocus: () => this.returnTo,
    onClosed: () => (this.closedCount += 1),
    onStay: () => (this.stayedCount += 1),
  });

  get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  get opener(): HTMLButtonElement {
    return this.renderRoot.querySelector<HTMLButtonElement>('[data-open]')!;
  }

  get stayButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('[data-stay]');
  }

  get field(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input');
  }

  protected override render(): TemplateResult {
    const modal = this.modal;
    return html`
      <button type="button" data-open @click=${() => modal.show()}>Book a time</button>
      <dialog aria-label="Booking" @keydown=${modal.onKeydown} @cancel=${modal.onCancel} @close=${modal.onClose}>
        ${
          modal.open
            ? html`
                <label>Name <input /></label>
                <button type="button" @click=${() => modal.requestClose()}>Close</button>
                ${
                  modal.confirming
                    ? html`<p>Close and lose what you typed?</p>
                        <button type="button" data-stay @click=${() => modal.stay()}>Stay</button>`
                    : nothing
                }
              `
            : nothing
        }
      </dialog>
    `;
  }
}
const tag = `test-modal-dialog-host-${Math.random().toString(36).slice(2, 10)}`;
customElements.define(tag, DialogHost);

/** The element focused, looking through the host's shadow root. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function mount(): Promise<DialogHost> {
  const el = await fixture<DialogHost>(`<${tag}></${tag}>`);
  await el.updateComplete;
  return el;
}

/** Opens the dialog from its button, as a citizen does (the button has focus). */
async function openFromButton(el: DialogHost): Promise<HTMLDialogElement> {
  el.opener.focus();
  await el.modal.show();
  await el.updateComplete;
  return el.dialog!;
}

function escape(target: Element, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('ModalDialogController', () => {
  it('opens the dialog modally, once however often it is asked', async () => {
    const el = await mount();
    expect(el.modal.open).to.equal(false);
    const dialog = await openFromButton(el);
    expect(el.modal.open).to.equal(true);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal'), 'shown with showModal').to.equal(true);
    expect(el.field, 'the host renders the content while open').to.exist;
    await el.modal.show();
    expect(dialog.open).to.equal(true);
    expect(el.closedCount).to.equal(0);
  });

  it('closes on request and returns focus to the opener, also inside a shadow root', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    el.field!.focus();
    el.modal.requestClose();
    expect(dialog.open).to.equal(false);
    expect(el.modal.open).to.equal(false);
    expect(el.closedCount).to.equal(1);
    await el.updateComplete;
    expect(focused() === el.opener, 'focus is back on the button that opened the dialog').to.equal(true);
    expect(el.field, 'the content is gone').to.equal(null);
  });

  it('counts one close when the dialog’s own close event arrives afterwards', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    const closeEvent = oneEvent(dialog, 'close');
    el.modal.requestClose();
    await closeEvent;
    await el.updateComplete;
    expect(el.closedCount).to.equal(1);
  });

  it('does not let the late close event undo a reopening', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    const closeEvent = oneEvent(dialog, 'close');
    el.modal.requestClose();
    await el.modal.show();
    await closeEvent;
    await el.updateComplete;
    expect(el.modal.open, 'still open after the first close event').to.equal(true);
    expect(dialog.open).to.equal(true);
    expect(el.closedCount).to.equal(1);
  });

  it('closes when the dialog closes another way (its close event)', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    const closeEvent = oneEvent(dialog, 'close');
    dialog.close();
    await closeEvent;
    await el.updateComplete;
    expect(el.modal.open).to.equal(false);
    expect(el.closedCount).to.equal(1);
    expect(focused() === el.opener).to.equal(true);
  });

  it('returns focus where returnFocus says, when it says', async () => {
    const el = await mount();
    const elsewhere = await fixture<HTMLButtonElement>(html`<button type="button">Elsewhere</button>`);
    el.returnTo = elsewhere;
    await openFromButton(el);
    el.modal.requestClose();
    await el.updateComplete;
    expect(focused() === elsewhere).to.equal(true);
  });

  it('asks before closing when typed details would be lost, focus on "stay"', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    el.typed = true;
    el.modal.requestClose();
    expect(el.modal.confirming).to.equal(true);
    expect(el.modal.open).to.equal(true);
    expect(dialog.open).to.equal(true);
    await el.updateComplete;
    expect(el.stayButton).to.exist;
    expect(focused() === el.stayButton, 'focus on the safe choice').to.equal(true);
    expect(el.closedCount).to.equal(0);
  });

  it('stay() withdraws the question and keeps the dialog', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    el.typed = true;
    el.modal.requestClose();
    await el.updateComplete;
    el.stayButton!.click();
    await el.updateComplete;
    expect(el.modal.confirming).to.equal(false);
    expect(el.stayButton).to.equal(null);
    expect(el.stayedCount).to.equal(1);
    expect(dialog.open).to.equal(true);
    expect(el.closedCount).to.equal(0);
  });

  it('closes without asking when forced', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    el.typed = true;
    el.modal.requestClose();
    el.modal.requestClose(true);
    expect(dialog.open).to.equal(false);
    expect(el.modal.open).to.equal(false);
    expect(el.modal.confirming, 'the question goes with the dialog').to.equal(false);
    expect(el.closedCount).to.equal(1);
  });

  it('refuses to close while closing must wait, even when forced', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    el.busy = true;
    el.modal.requestClose();
    el.modal.requestClose(true);
    expect(dialog.open).to.equal(true);
    expect(el.modal.open).to.equal(true);
    expect(el.modal.confirming, 'nothing to ask either').to.equal(false);
    expect(el.closedCount).to.equal(0);
    el.busy = false;
    el.modal.requestClose();
    expect(dialog.open).to.equal(false);
  });

  it('ignores a close request while closed', async () => {
    const el = await mount();
    el.modal.requestClose(true);
    expect(el.closedCount).to.equal(0);
  });

  it('handles Escape itself: closes, or asks first, and Escape on the question means stay', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    el.typed = true;
    const first = escape(el.field!);
    expect(first.defaultPrevented, 'the browser’s own close request never starts').to.equal(true);
    expect(el.modal.confirming).to.equal(true);
    expect(dialog.open).to.equal(true);
    await el.updateComplete;
    escape(el.stayButton!);
    expect(el.modal.confirming).to.equal(false);
    expect(el.stayedCount).to.equal(1);
    expect(dialog.open).to.equal(true);

    el.typed = false;
    escape(el.field!);
    expect(dialog.open).to.equal(false);
    expect(el.closedCount).to.equal(1);
  });

  it('leaves other keys and an Escape someone else handled alone', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true });
    el.field!.dispatchEvent(enter);
    expect(enter.defaultPrevented).to.equal(false);
    el.field!.addEventListener('keydown', (event) => event.preventDefault(), { once: true });
    escape(el.field!);
    expect(dialog.open).to.equal(true);
    expect(el.modal.open).to.equal(true);
  });

  it('closes on a real Escape key press and returns focus', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    el.field!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.modal.open).to.equal(false);
    expect(el.closedCount).to.equal(1);
    expect(focused() === el.opener).to.equal(true);
  });

  it('asks on another close request (cancel event) when details would be lost', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    el.typed = true;
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).to.equal(true);
    expect(el.modal.confirming).to.equal(true);
    expect(dialog.open).to.equal(true);
  });

  it('keeps the dialog on a cancel event while closing must wait', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    el.busy = true;
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).to.equal(true);
    expect(el.modal.open).to.equal(true);
    expect(el.modal.confirming).to.equal(false);
  });

  it('lets a cancel event close the dialog when nothing would be lost', async () => {
    const el = await mount();
    const dialog = await openFromButton(el);
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented, 'the browser may close it').to.equal(false);
    // What the browser does next for an uncancelled close request.
    const closeEvent = oneEvent(dialog, 'close');
    dialog.close();
    await closeEvent;
    await el.updateComplete;
    expect(el.modal.open).to.equal(false);
    expect(el.closedCount).to.equal(1);
    expect(focused() === el.opener).to.equal(true);
  });
});
