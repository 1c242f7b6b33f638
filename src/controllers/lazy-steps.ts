import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The CDN build fetches the later steps' elements (calendar, details form, receipt, manager)
 * from chunks of their own (`src/cdn-steps.ts`). When that fails — a lost connection on a
 * phone, or a file refused because it does not match its integrity — a flow that shows one of
 * those steps says so and offers a retry, rather than an empty step. The npm build defines
 * every element up front; in both builds the booking's panels after the errand step are a
 * module fetched after the first render (`components/booking/booking-panels.ts`), reported here too.
 */

/** What could not be loaded (the steps' chunks, the booking's later panels), each with how to try again. */
const failures = new Map<string, () => Promise<unknown>>();
const hosts = new Set<ReactiveControllerHost>();

function notify(): void {
  for (const host of hosts) host.requestUpdate();
}

/** Called by a loader: `what` could not be loaded; `retry` tries again. */
export function reportStepsFailed(retry: () => Promise<unknown>, what = 'steps'): void {
  failures.set(what, retry);
  notify();
}

/** Called by a loader once `what` is loaded (for the steps' chunks: their tags defined). */
export function reportStepsLoaded(what = 'steps'): void {
  failures.delete(what);
  notify();
}

/** Lets an element know when a later step's element could not be loaded, and try again. */
export class LazyStepsController implements ReactiveController {
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** True when `tag` is not defined and the chunk that defines it could not be loaded. */
  missing(tag: string): boolean {
    return failures.size > 0 && !customElements.get(tag);
  }

  /** True when a later step's code could not be loaded (until a retry or a later load succeeds). */
  get failed(): boolean {
    return failures.size > 0;
  }

  /** Loads again everything that could not be loaded; resolves true once it is there. */
  async retry(): Promise<boolean> {
    try {
      await Promise.all([...failures.values()].map((retry) => retry()));
      return true;
    } catch {
      return false;
    }
  }
}
