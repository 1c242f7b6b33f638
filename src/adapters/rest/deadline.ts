/**
 * One call's abort signal: aborts when the caller's signal aborts or when the call's time
 * budget runs out, and remembers which of the two happened.
 *
 * Built from an AbortController and a timer rather than `AbortSignal.any` and
 * `AbortSignal.timeout`: it needs nothing newer than AbortController, and it tells a timeout
 * from the caller's abort without inspecting reasons.
 */
export class Deadline {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly endsAt: number;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly onCallerAbort = () => this.controller.abort();
  private expired = false;

  constructor(
    timeoutMs: number,
    private readonly callerSignal?: AbortSignal,
  ) {
    this.signal = this.controller.signal;
    this.endsAt = Date.now() + timeoutMs;
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort();
    }, timeoutMs);
    if (callerSignal?.aborted) this.controller.abort();
    else callerSignal?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  /** True when the budget ran out (and the caller had not aborted first). */
  get timedOut(): boolean {
    return this.expired && !this.callerSignal?.aborted;
  }

  get remainingMs(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  /** Resolves after `ms`, or rejects as soon as the call is aborted. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) return reject(new DOMException('Aborted', 'AbortError'));
      const onAbort = () => {
        clearTimeout(timer);
        reject(new DOMException('Aborted', 'AbortError'));
      };
      const timer = setTimeout(() => {
        this.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
  }
}
