import type { Clock, ClockTimer } from '../../src/core/clock.js';

interface Pending {
  id: number;
  at: number;
  callback: () => void;
}

/**
 * A clock that stands still until a test moves it: `advance(ms)` runs every timer that falls
 * due on the way, in order, so holds and debounces are tested without real sleeps.
 */
export class ManualClock implements Clock {
  private time: number;
  private timers: Pending[] = [];
  private nextId = 1;

  constructor(start: Date | string) {
    this.time = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  setTimeout(callback: () => void, ms: number): ClockTimer {
    const id = this.nextId++;
    this.timers.push({ id, at: this.time + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(timer: ClockTimer | undefined): void {
    this.timers = this.timers.filter((pending) => pending.id !== timer);
  }

  /** Moves time forward by `ms`, running the timers that fall due (and those they set). */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((pending) => pending.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((pending) => pending !== due);
      this.time = Math.max(this.time, due.at);
      due.callback();
    }
    this.time = end;
  }

  /** Sets the time (forward or back) without running timers: a phone whose clock jumps. */
  set(instant: Date | string): void {
    this.time = new Date(instant).getTime();
  }

  /** Timers waiting to run. */
  get pendingTimers(): number {
    return this.timers.length;
  }
}
