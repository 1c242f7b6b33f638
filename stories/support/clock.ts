import { clockAt } from '../../src/core/clock.js';

/**
 * Stories that show dates stand on a fixed morning, so they look the same every day: Friday
 * 20 November 2026. The elements take it as their `clock` property, the MemoryAdapter as `now`.
 */
export const storyNow = () => new Date('2026-11-20T09:00:00+01:00');

export const storyClock = clockAt(storyNow);
