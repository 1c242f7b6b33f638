/**
 * The clock and timers an element reads. Elements take one as their `clock` property, so a
 * demo can run on its backend's time and a test can move time forward without sleeping.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Runs `callback` once after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): ClockTimer;
  /** Cancels a timer; an unknown or spent handle is ignored. */
  clearTimeout(timer: ClockTimer | undefined): void;
}

/** An opaque timer handle. */
export type ClockTimer = unknown;

/** Real time: the device's clock and the page's timers. */
export const systemClock: Clock = {
  now: () => new Date(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (timer) => {
    if (timer !== undefined) globalThis.clearTimeout(timer as ReturnType<typeof globalThis.setTimeout>);
  },
};

/** The system clock's timers with another notion of "now" (e.g. a demo backend's clock). */
export function clockAt(now: () => Date): Clock {
  return { ...systemClock, now };
}
