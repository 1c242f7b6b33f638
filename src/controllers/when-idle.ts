/**
 * Runs `task` once the browser is idle after what is on screen now (at the latest after 2 s),
 * for fetching what a later step needs without delaying the first one. Engines without
 * `requestIdleCallback` (Safari) run it a moment later instead.
 */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => task(), { timeout: 2000 });
  else setTimeout(task, 200);
}
