import type { ReactiveControllerHost } from 'lit';

export interface RovingGridOptions {
  /** The rendered cell for a key (e.g. the day button of a date), if it is drawn. */
  cell(key: string): HTMLElement | null;
  /** The key of a cell, from the element an event came from (the cell or something inside it). */
  keyOf(element: Element): string | undefined;
  /** Where a key press moves focus from `key`; `undefined` leaves the key to the browser (Tab, Enter). */
  keyTarget(event: KeyboardEvent, key: string): string | undefined;
  /** Whether a key is drawn now (e.g. its date is in the shown month). */
  isShown(key: string): boolean;
  /** The tab stop when the remembered key is not drawn (e.g. the chosen day, today, the 1st). */
  fallback(): string;
  /** Draws `key` (e.g. shows its month); `false` when it may not be reached (a month before the current one). */
  reveal(key: string): boolean;
}

/**
 * The APG grid's roving tabindex: exactly one cell is in the tab order (the one last focused
 * while it is drawn, else the host's fallback), the grid's keys move focus from cell to cell
 * (revealing cells that are not drawn yet, e.g. the next month's days), and wherever focus
 * lands in the grid becomes the tab stop. The host wires `onKeydown` and `onFocusin` on the
 * grid and renders `tabIndex(key)` on each cell; which key goes where stays the host's (pure) map.
 * It needs no lifecycle hooks: the host re-renders when the tab stop moves.
 */
export class RovingGridController {
  private readonly host: ReactiveControllerHost;
  private readonly options: RovingGridOptions;
  private remembered: string | undefined;

  constructor(host: ReactiveControllerHost, options: RovingGridOptions) {
    this.host = host;
    this.options = options;
  }

  /** The key of the one cell in the tab order. */
  get tabStop(): string {
    return this.remembered !== undefined && this.options.isShown(this.remembered) ? this.remembered : this.options.fallback();
  }

  /** The tab stop's cell, once drawn (e.g. to focus when a popover opens). */
  get tabStopCell(): HTMLElement | null {
    return this.options.cell(this.tabStop);
  }

  tabIndex(key: string): 0 | -1 {
    return key === this.tabStop ? 0 : -1;
  }

  /** Makes `key` the tab stop without moving focus (e.g. the month buttons keep it). */
  remember(key: string): void {
    if (key === this.remembered) return;
    this.remembered = key;
    this.host.requestUpdate();
  }

  /** Reveals `key`, makes it the tab stop and focuses it once drawn. */
  async focus(key: string): Promise<void> {
    if (!this.options.reveal(key)) return;
    this.remember(key);
    await this.host.updateComplete;
    this.options.cell(key)?.focus();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof Element)) return;
    const from = this.options.keyOf(event.target);
    const to = from === undefined ? undefined : this.options.keyTarget(event, from);
    if (to === undefined) return;
    event.preventDefault();
    void this.focus(to);
  };

  /** Wherever focus lands in the grid (Tab, a click, a script) becomes the tab stop. */
  readonly onFocusin = (event: FocusEvent): void => {
    const key = event.target instanceof Element ? this.options.keyOf(event.target) : undefined;
    if (key !== undefined) this.remember(key);
  };
}
