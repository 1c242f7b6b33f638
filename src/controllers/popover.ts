import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Placement } from '@floating-ui/dom';

type Host = ReactiveControllerHost & HTMLElement;
type ElementGetter = () => HTMLElement | null | undefined;

export interface PopoverOptions {
  /** The button that opens the popover; focus returns here on Escape. */
  trigger: ElementGetter;
  /** The floating panel. Render it with `?hidden=${!controller.open}` (and `popover="manual"`). */
  popover: ElementGetter;
  /** What gets focus when the popover opens; the panel itself when absent. */
  initialFocus?: ElementGetter;
  placement?: Placement;
  /** Gap between trigger and panel, px. */
  offset?: number;
  /** Closest the panel may come to the viewport edge, px. */
  padding?: number;
  /** Told after every open and close, e.g. to fire an event. */
  onOpenChange?: (open: boolean) => void;
}

export type CloseReason = 'escape' | 'outside' | 'focus-out' | 'programmatic';

const supportsPopoverApi = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

type FloatingUi = typeof import('@floating-ui/dom');
let floatingUi: Promise<FloatingUi | undefined> | undefined;

/**
 * Floating UI, fetched the first time a popover is about to open: most calendars are never
 * compact and never open one, and it is a quarter of the calendar's own code to parse before
 * the first month is drawn. Undefined when it cannot be loaded (offline CDN): the panel then
 * opens where its styles put it, unplaced, rather than not at all.
 */
function loadFloatingUi(): Promise<FloatingUi | undefined> {
  floatingUi ??= import('@floating-ui/dom').catch((error: unknown) => {
    floatingUi = undefined;
    console.warn('borgertid: the popover positioning code could not be loaded.', error);
    return undefined;
  });
  return floatingUi;
}

/**
 * A non-modal popover anchored to a trigger: positioned by Floating UI (`computePosition`
 * with `autoUpdate`, offset/flip/shift so it stays on screen at 320 px; loaded on the first
 * `preload()` or `show()`), shown in the top
 * layer through the Popover API where there is one (no clipping by a host page's
 * `overflow: hidden`), closed by Escape (focus back to the trigger), by a click outside or by
 * focus leaving it. The host renders the panel; the controller owns its open state.
 */
export class PopoverController implements ReactiveController {
  private readonly host: Host;
  private readonly options: PopoverOptions;
  private isOpen = false;
  private cleanupAutoUpdate: (() => void) | undefined;
  private panel: HTMLElement | undefined;
  /** Counts `show()` calls: an earlier one still waiting when a later one began gives way. */
  private openings = 0;

  constructor(host: Host, options: PopoverOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get open(): boolean {
    return this.isOpen;
  }

  hostDisconnected(): void {
    this.hide({ reason: 'programmatic', returnFocus: false });
  }

  /** Fetches the positioning code ahead of the first `show()` (e.g. once a trigger is on screen), so opening never waits for it. */
  preload(): void {
    void loadFloatingUi();
  }

  toggle(): Promise<void> {
    if (this.isOpen) {
      this.hide({ reason: 'programmatic' });
      return Promise.resolve();
    }
    return this.show();
  }

  async show(): Promise<void> {
    if (this.isOpen) return;
    this.isOpen = true;
    const opening = ++this.openings;
    this.host.requestUpdate();
    const loading = loadFloatingUi();
    await this.host.updateComplete;
    const floating = await loading;
    const trigger = this.options.trigger();
    const panel = this.options.popover();
    if (!this.isOpen || opening !== this.openings || !trigger || !panel) return;
    this.panel = panel;
    if (supportsPopoverApi && panel.hasAttribute('popover') && !panel.matches(':popover-open')) {
      panel.showPopover();
    }
    if (floating) this.cleanupAutoUpdate = this.place(floating, trigger, panel);
    panel.addEventListener('keydown', this.onKeydown);
    panel.addEventListener('focusout', this.onFocusout);
    document.addEventListener('pointerdown', this.onDocumentPointerdown, true);
    const focusTarget = this.options.initialFocus?.() ?? panel;
    focusTarget.focus();
    this.options.onOpenChange?.(true);
  }

  /** Keeps the panel next to the trigger (fixed positioning works in the top layer and, without the Popover API, above the page); returns the stop function. */
  private place(floating: FloatingUi, trigger: HTMLElement, panel: HTMLElement): () => void {
    const { autoUpdate, computePosition, flip, offset, shift } = floating;
    const padding = this.options.padding ?? 8;
    const update = () =>
      void computePosition(trigger, panel, {
        strategy: 'fixed',
        placement: this.options.placement ?? 'bottom-start',
        middleware: [offset(this.options.offset ?? 8), flip({ padding }), shift({ padding })],
      }).then(({ x, y, placement }) => {
        Object.assign(panel.style, { left: `${x}px`, top: `${y}px` });
        panel.dataset.placement = placement;
      });
    return autoUpdate(trigger, panel, update);
  }

  hide({
    reason = 'programmatic',
    returnFocus = reason === 'escape',
  }: { reason?: CloseReason; returnFocus?: boolean } = {}): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.cleanupAutoUpdate?.();
    this.cleanupAutoUpdate = undefined;
    const panel = this.panel;
    this.panel = undefined;
    if (panel) {
      panel.removeEventListener('keydown', this.onKeydown);
      panel.removeEventListener('focusout', this.onFocusout);
      if (supportsPopoverApi && panel.hasAttribute('popover') && panel.matches(':popover-open')) {
        panel.hidePopover();
      }
    }
    document.removeEventListener('pointerdown', this.onDocumentPointerdown, true);
    this.host.requestUpdate();
    if (returnFocus) this.options.trigger()?.focus();
    this.options.onOpenChange?.(false);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    // Ours alone: a host page's own dialog around the widget must not close too.
    event.stopPropagation();
    event.preventDefault();
    this.hide({ reason: 'escape' });
  };

  private readonly onDocumentPointerdown = (event: PointerEvent): void => {
    const path = event.composedPath();
    const trigger = this.options.trigger();
    if ((this.panel && path.includes(this.panel)) || (trigger && path.includes(trigger))) return;
    this.hide({ reason: 'outside' });
  };

  private readonly onFocusout = (event: FocusEvent): void => {
    // Tabbing out of a non-modal dialog closes it; null means focus went nowhere in
    // particular (a click on the panel's padding, a re-render), which is no reason to close.
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !this.panel) return;
    const trigger = this.options.trigger();
    if (containsDeep(this.panel, next) || (trigger && containsDeep(trigger, next))) return;
    this.hide({ reason: 'focus-out' });
  };
}

/** `contains` that also looks into shadow roots below `root`. */
function containsDeep(root: Node, node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (root.contains(current)) return true;
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return false;
}
