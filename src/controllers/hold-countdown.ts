import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock, ClockTimer } from '../core/clock.js';

export interface HoldCountdownOptions {
  /** The clock the hold's `expiresAt` is measured against, and its timers. */
  clock: () => Clock;
  /** Called once when the hold runs out. */
  onExpire: () => void;
  /** Called once as the time left drops to each threshold (seconds), for a polite announcement. */
  onThreshold: (secondsLeft: number) => void;
  /** Seconds left at which to announce; a few only, never every second. */
  thresholds?: readonly number[];
}

/**
 * Counts a hold down to its expiry: re-renders the host once a second while a hold runs,
 * tells at a few thresholds (not every tick: a screen reader must not chatter), and once at
 * the end. Time left is read from the clock each tick, so a throttled background tab still
 * shows the truth when it wakes.
 */
export class HoldCountdownController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: Required<HoldCountdownOptions>;
  private expiresAt: number | undefined;
  private timer: ClockTimer | undefined;
  private announced = new Set<number>();

  constructor(host: ReactiveControllerHost, options: HoldCountdownOptions) {
    this.host = host;
    this.options = { thresholds: [120, 30], ...options };
    host.addController(this);
  }

  /** Whole seconds left, or undefined when no hold runs. */
  get secondsLeft(): number | undefined {
    if (this.expiresAt === undefined) return undefined;
    return Math.max(0, Math.ceil((this.expiresAt - this.options.clock().now().getTime()) / 1000));
  }

  get running(): boolean {
    return this.expiresAt !== undefined;
  }

  /** Starts counting down to `expiresAt` (ISO instant); a new hold replaces the old one. */
  start(expiresAt: string): void {
    const instant = Date.parse(expiresAt);
    if (Number.isNaN(instant)) return this.stop();
    this.expiresAt = instant;
    const left = this.secondsLeft ?? 0;
    // Thresholds already passed when the hold began are not announced.
    this.announced = new Set(this.options.thresholds.filter((threshold) => left <= threshold));
    this.schedule();
    this.tick();
  }

  stop(): void {
    this.expiresAt = undefined;
    this.unschedule();
  }

  /** Re-reads the clock now (also called every second). */
  tick(): void {
    const left = this.secondsLeft;
    if (left === undefined) return;
    if (left <= 0) {
      this.stop();
      this.host.requestUpdate();
      this.options.onExpire();
      return;
    }
    // A tab that wakes up may have passed several thresholds at once: one announcement of the truth.
    const crossed = this.options.thresholds.filter((threshold) => left <= threshold && !this.announced.has(threshold));
    crossed.forEach((threshold) => this.announced.add(threshold));
    if (crossed.length) this.options.onThreshold(left);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.running) {
      this.schedule();
      this.tick();
    }
  }

  hostDisconnected(): void {
    this.unschedule();
  }

  private schedule(): void {
    this.unschedule();
    this.timer = this.options.clock().setTimeout(() => {
      this.timer = undefined;
      this.schedule();
      this.tick();
    }, 1000);
  }

  private unschedule(): void {
    this.options.clock().clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Seconds as the countdown shows them: "9:41", "0:05". */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
