import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The CDN build fetches the later steps' elements (calendar, details form, receipt, manager)
 * from chunks of their own (`src/cdn-steps.ts`). When that fails — a lost connection on a
 * phone, or a file refused because it does not match its integrity — a flow that shows one of
 * those steps says so and offers a retry, rather than an empty step. The npm build defines
 * every element up front and never reports a failure, so nothing here shows there.
 */
interface LoadState {
  failed: boolean;
  retry: (() => Promise<unknown>) | undefined;
}

const state: LoadState = { failed: false, retry: undefined };
const hosts = new Set<ReactiveControllerHost>();

function notify(): void {
  for (const host of hosts) host.requestUpdate();
}

/** Called by the CDN's step loader: the chunks could not be loaded; `retry` tries again. */
export function reportStepsFailed(retry: () => Promise<unknown>): void {
  state.failed = true;
  state.retry = retry;
  notify();
}

/** Called by the CDN's step loader once the chunks are loaded and their tags defined. */
export function reportStepsLoaded(): void {
  state.failed = false;
  state.retry = undefined;
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
    return state.failed && !customElements.get(tag);
  }

  /** Loads the later steps again; resolves true once they are there. */
  async retry(): Promise<boolean> {
    try {
      await state.retry?.();
      return true;
    } catch {
      return false;
    }
  }
}
