/**
 * Run-time switches for the mock backend. Stories and tests flip them on the object they
 * gave to `createHandlers`; every request reads them afresh.
 */

/** Fail the next matching requests with an HTTP error before the adapter sees them. */
export interface MockFailure {
  status: number;
  /** How many requests fail before the switch clears itself. Default 1. */
  times?: number;
  /** Which requests: a prefix of (string) or pattern for (RegExp) the path below baseUrl, e.g. "/availability". */
  path?: RegExp | string;
  /** Only requests with this method, e.g. "POST". */
  method?: string;
  /** Sent as Retry-After (seconds or an HTTP date), e.g. with 429 or 503. */
  retryAfter?: number | string;
}

export interface MockFaults {
  /** Delay before every answer. */
  latencyMs: number;
  failNext?: MockFailure;
  /** Never answer (until the request is aborted), so the client's timeout fires. */
  timeout: boolean;
  /** Answer 2xx with a body that is not JSON (`'json'`) or that breaks the contract (`'shape'`). */
  malformed: false | 'json' | 'shape';
  /**
   * Someone else takes the slot just before the next booking is processed, so it answers
   * 409. One-shot: clears itself once it has fired.
   */
  takeSlotBeforeBook: boolean;
}

export interface MockControls extends MockFaults {
  /** Back to a healthy, instant backend. */
  reset(): void;
}

const healthy = (): MockFaults => ({
  latencyMs: 0,
  failNext: undefined,
  timeout: false,
  malformed: false,
  takeSlotBeforeBook: false,
});

export function createMockControls(initial: Partial<MockFaults> = {}): MockControls {
  const controls: MockControls = {
    ...healthy(),
    ...initial,
    reset() {
      Object.assign(controls, healthy());
    },
  };
  return controls;
}
