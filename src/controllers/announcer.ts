import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { systemClock, type Clock, type ClockTimer } from '../core/clock.js';

export interface AnnounceOptions {
  /**
   * What the words are about. A newer text on the same topic replaces an unsaid one (a quick
   * series of month changes ends in one announcement); other topics said meanwhile are kept.
   */
  topic?: string;
  /** Milliseconds of quiet before the words are said (at least 50). */
  delay?: number;
}

/** What to say: the text, or a function that gives it when it is said. */
export type Words = string | (() => string);

/**
 * The one polite live region of an element. The region is emptied first and filled a moment
 * later, so the same words twice are read twice; the wait is a timer, not a frame, because
 * frames stop in a background tab and a lapsing hold must still be told.
 *
 * Render `announcer.region()` once, somewhere that is always in the element's shadow root.
 */
export class AnnouncerController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly clock: () => Clock;
  private readonly pending = new Map<string, Words>();
  private timer: ClockTimer | undefined;
  private text = '';

  constructor(host: ReactiveControllerHost, clock: () => Clock = () => systemClock) {
    this.host = host;
    this.clock = clock;
    host.addController(this);
  }

  /** What the region says now (for tests and for hosts that render it themselves). */
  get current(): string {
    return this.text;
  }

  /**
   * Says `text` after the delay. A function is called only then: words worked out for a month
   * the citizen has already left (a run of month steps) are never worked out at all.
   */
  announce(text: Words, options: AnnounceOptions = {}): void {
    const topic = options.topic ?? 'default';
    this.clock().clearTimeout(this.timer);
    this.pending.delete(topic);
    this.pending.set(topic, text);
    this.setText('');
    this.timer = this.clock().setTimeout(
      () => {
        this.timer = undefined;
        const words = [...this.pending.values()]
          .map((words) => (typeof words === 'function' ? words() : words))
          .filter(Boolean)
          .join(' ');
        this.pending.clear();
        this.setText(words);
      },
      Math.max(options.delay ?? 50, 50),
    );
  }

  /** Drops what was about to be said on `topic` (the citizen moved on before it was said). */
  withdraw(topic: string): void {
    this.pending.delete(topic);
  }

  /** Empties the region and drops what was about to be said. */
  silence(): void {
    this.clock().clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.setText('');
  }

  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }

  hostDisconnected(): void {
    this.silence();
  }

  private setText(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }
}
