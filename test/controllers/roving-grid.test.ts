import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { RovingGridController } from '../../src/controllers/roving-grid.js';

/** Pages of nine cells, 3 × 3, keyed "0", "1", …; arrows move by one and by a row, across pages. */
class PagedGrid extends LitElement {
  @property({ type: Number }) page = 0;

  readonly grid = new RovingGridController(this, {
    cell: (key) => this.renderRoot.querySelector<HTMLElement>(`[data-key="${key}"]`),
    keyOf: (element) => element.closest<HTMLElement>('[data-key]')?.dataset.key,
    keyTarget: (event, key) => {
      const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 3, ArrowUp: -3 }[event.key];
      return step === undefined ? undefined : String(Number(key) + step);
    },
    isShown: (key) => Math.floor(Number(key) / 9) === this.page,
    fallback: () => String(this.page * 9),
    reveal: (key) => {
      if (Number(key) < 0) return false;
      this.page = Math.floor(Number(key) / 9);
      return true;
    },
  });

  protected override render(): TemplateResult {
    const keys = Array.from({ length: 9 }, (_, index) => String(this.page * 9 + index));
    return html`<div role="grid" @keydown=${this.grid.onKeydown} @focusin=${this.grid.onFocusin}>
      ${[0, 1, 2].map(
        (row) =>
          html`<div role="row">
            ${keys
              .slice(row * 3, row * 3 + 3)
              .map((key) => html`<button role="gridcell" data-key=${key} tabindex=${this.grid.tabIndex(key)}>${key}</button>`)}
          </div>`,
      )}
    </div>`;
  }
}
customElements.define('test-paged-grid', PagedGrid);

async function grid(): Promise<PagedGrid> {
  return fixture<PagedGrid>(html`<test-paged-grid></test-paged-grid>`);
}

const cells = (el: PagedGrid) => [...el.renderRoot.querySelectorAll<HTMLButtonElement>('button')];
const tabStops = (el: PagedGrid) =>
  cells(el)
    .filter((cell) => cell.tabIndex === 0)
    .map((cell) => cell.textContent);
const focused = (el: PagedGrid) => (el.renderRoot as ShadowRoot).activeElement?.textContent;

function press(el: PagedGrid, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  ((el.renderRoot as ShadowRoot).activeElement ?? el).dispatchEvent(event);
  return event;
}

describe('RovingGridController', () => {
  it('puts exactly one cell in the tab order: the fallback until a cell has been focused', async () => {
    const el = await grid();
    expect(tabStops(el)).to.deep.equal(['0']);
    expect(el.grid.tabStop).to.equal('0');
    expect(el.grid.tabStopCell?.textContent).to.equal('0');
  });

  it('moves focus and the tab stop with the keys, and keeps the keys from the page', async () => {
    const el = await grid();
    el.grid.tabStopCell!.focus();
    const event = press(el, 'ArrowRight');
    expect(event.defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect(focused(el)).to.equal('1');
    press(el, 'ArrowDown');
    await el.updateComplete;
    expect(focused(el)).to.equal('4');
    expect(tabStops(el)).to.deep.equal(['4']);
  });

  it('reveals cells that are not drawn yet (the next page) and focuses them once drawn', async () => {
    const el = await grid();
    cells(el)[8]!.focus();
    press(el, 'ArrowRight');
    await el.updateComplete;
    expect(el.page).to.equal(1);
    expect(focused(el)).to.equal('9');
    expect(tabStops(el)).to.deep.equal(['9']);
  });

  it('stays put when the host refuses to reveal a cell', async () => {
    const el = await grid();
    cells(el)[0]!.focus();
    const event = press(el, 'ArrowUp');
    expect(event.defaultPrevented, 'the grid key is still ours').to.equal(true);
    await el.updateComplete;
    expect(focused(el)).to.equal('0');
    expect(tabStops(el)).to.deep.equal(['0']);
  });

  it('leaves other keys, and keys with Alt, Ctrl or Meta, to the browser', async () => {
    const el = await grid();
    cells(el)[0]!.focus();
    expect(press(el, 'Tab').defaultPrevented).to.equal(false);
    expect(press(el, 'Enter').defaultPrevented).to.equal(false);
    expect(press(el, 'ArrowRight', { altKey: true }).defaultPrevented).to.equal(false);
    expect(press(el, 'ArrowRight', { ctrlKey: true }).defaultPrevented).to.equal(false);
    expect(press(el, 'ArrowRight', { metaKey: true }).defaultPrevented).to.equal(false);
    await el.updateComplete;
    expect(focused(el)).to.equal('0');
  });

  it('makes wherever focus lands (a click, a script) the tab stop', async () => {
    const el = await grid();
    // The focusin a focus brings, sent by hand: a page in a background tab gets no focus events.
    cells(el)[5]!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['5']);
  });

  it('remember() moves the tab stop without focus; a key on another page gives way to the fallback', async () => {
    const el = await grid();
    el.grid.remember('7');
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['7']);
    expect(focused(el)).to.equal(undefined);
    el.page = 1;
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['9']);
    el.page = 0;
    await el.updateComplete;
    expect(tabStops(el), 'remembered again when its page is back').to.deep.equal(['7']);
  });

  it('focus(key) reveals, remembers and focuses', async () => {
    const el = await grid();
    await el.grid.focus('13');
    expect(el.page).to.equal(1);
    expect(focused(el)).to.equal('13');
    expect(tabStops(el)).to.deep.equal(['13']);
  });
});
