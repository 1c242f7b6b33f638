/**
 * `AuthProvider` over the contract's session resource (api/openapi.yaml, tag `session`).
 *
 * The session is the server's HttpOnly `bt_session` cookie: this side never sees it, it only
 * asks `GET /session` who is signed in. Sign-in must leave the widget for the identity
 * provider (MitID), and the widget keeps its state only while its page stays, so `login`
 * opens the provider in a popup and watches `GET /session` until the citizen is signed in
 * (then closes the popup) or closes the popup; either way it resolves and the caller asks
 * `getSession` (null means the citizen gave up). When the popup is blocked it sends the whole
 * page there instead, with `returnTo`, and never resolves: the page is leaving.
 */
import type { AuthProvider, CallOptions } from '../../core/adapter.js';
import { BookingError } from '../../core/errors.js';
import type { Session } from '../../core/types.js';
import { decodeSession } from '../../core/decode.js';
import type { RequestSpec } from './rest-adapter.js';

/** An opened sign-in window, as far as the adapter needs it. */
export interface SignInPopup {
  readonly closed: boolean;
  close(): void;
}

/** How sign-in reaches the identity provider; the default is the browser's window. */
export interface SignInWindow {
  /** Opens `url` in a popup; null when the browser blocked it. */
  open(url: string): SignInPopup | null;
  /** Leaves the page for `url`. */
  navigate(url: string): void;
  /** The page's address: where a full-page sign-in returns by default. */
  currentUrl(): string | undefined;
}

/** What of the browser's window sign-in uses; absent outside a browser (Node, workers). */
interface BrowserWindow {
  open?(url: string, target: string, features: string): (SignInPopup & { opener: unknown }) | null;
  location?: { href: string; assign(url: string): void };
}

/** The browser's window: a popup named so a second click reuses it. */
export const browserSignInWindow: SignInWindow = {
  open(url) {
    const browser = globalThis as BrowserWindow;
    const popup = browser.open?.(url, 'borgertid-sign-in', 'popup,width=520,height=720');
    if (!popup) return null;
    try {
      // While it is still our blank page: the provider's pages get no handle on the widget's page.
      popup.opener = null;
    } catch {
      // Already navigated elsewhere: nothing to cut.
    }
    return popup;
  },
  navigate(url) {
    const { location } = globalThis as BrowserWindow;
    if (!location) throw new BookingError('unavailable', 'No browser window to sign in with');
    location.assign(url);
  },
  currentUrl() {
    return (globalThis as BrowserWindow).location?.href;
  },
};

export interface RestSessionOptions {
  send<T>(spec: RequestSpec<T>, options?: CallOptions): Promise<T>;
  /** The absolute URL of a path below baseUrl, with a query. */
  url(segments: string[], query?: Record<string, string | undefined>): string;
  window?: SignInWindow;
  pollMs?: number;
}

export class RestSession implements AuthProvider {
  /** Set when the backend answered 404 on `/session`: it has no sign-in. */
  private unsupported = false;
  private readonly window: SignInWindow;
  private readonly pollMs: number;

  constructor(private readonly options: RestSessionOptions) {
    this.window = options.window ?? browserSignInWindow;
    this.pollMs = options.pollMs ?? 1000;
  }

  /** False once the backend said it offers no sign-in. */
  get available(): boolean {
    return !this.unsupported;
  }

  async getSession(): Promise<Session | null> {
    try {
      const session = await this.options.send({
        method: 'GET',
        segments: ['session'],
        decode: decodeSessionAnswer,
        emptyOn204: true,
        optional: true,
      });
      if (session === NO_SIGN_IN) {
        this.unsupported = true;
        return null;
      }
      return session ?? null;
    } catch (error) {
      // An older backend without sessions (404): nobody is signed in, and nobody can be.
      if (error instanceof BookingError && error.details.status === 404) {
        this.unsupported = true;
        return null;
      }
      throw error;
    }
  }

  async login(returnTo?: string): Promise<void> {
    if (this.unsupported) throw new BookingError('unavailable', 'This booking API offers no sign-in', { status: 404 });
    // Opened before anything is awaited, inside the citizen's click, or the browser blocks it.
    const popup = this.window.open(this.options.url(['session', 'login']));
    if (!popup) {
      const back = returnTo ?? this.window.currentUrl();
      this.window.navigate(this.options.url(['session', 'login'], { returnTo: back }));
      return new Promise<void>(() => undefined);
    }
    for (;;) {
      await sleep(this.pollMs);
      // Read before asking: when the popup was closed already, the answer after it is final.
      const closed = popup.closed;
      const session = await this.getSession().catch(() => null);
      if (session) {
        if (!popup.closed) popup.close();
        return;
      }
      if (closed || this.unsupported) return;
    }
  }

  async logout(): Promise<void> {
    if (this.unsupported) return;
    try {
      await this.options.send({ method: 'POST', segments: ['session', 'logout'], optional: true });
    } catch (error) {
      // Without sessions at the backend nobody was signed in: signed out either way.
      if (error instanceof BookingError && error.details.status === 404) {
        this.unsupported = true;
        return;
      }
      throw error;
    }
  }
}

const NO_SIGN_IN = Symbol('no sign-in');

/** `GET /session`'s 200: the signed-in citizen, or `{"signIn": false}` from a server without sign-in. */
function decodeSessionAnswer(value: unknown, path?: string): Session | typeof NO_SIGN_IN {
  const noSignIn = typeof value === 'object' && value !== null && (value as { signIn?: unknown }).signIn === false;
  return noSignIn ? NO_SIGN_IN : decodeSession(value, path);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
