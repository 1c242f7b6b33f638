/**
 * The seam between sign-in and whoever proves who the citizen is.
 *
 * Today: the demonstration provider (./demo-provider.ts), on only with `BT_DEMO_SIGNIN=1`.
 * Later, real MitID comes through an OIDC broker (Signaturgruppen, Criipto, or NemLog-in
 * itself) as a second implementation of this interface, in its own module
 * (`./oidc-provider.ts`), chosen in server/src/main.ts from its own environment variables:
 * - `begin` answers the broker's authorization URL: `response_type=code`, `scope=openid`,
 *   the client id, `redirect_uri` = `callbackUrl`, `state` = the given state, plus a PKCE
 *   challenge and a nonce that it keeps (e.g. in a table keyed by `state`) for `complete`.
 *   Keep the code flow's default `response_mode=query`: the broker's answer must come back as
 *   a top-level GET, because a cross-site `form_post` would not carry the SameSite=Lax
 *   `bt_signin` cookie that ties the answer to this browser. Its pages must not send
 *   `Cross-Origin-Opener-Policy: same-origin`, or the widget loses sight of its popup.
 * - `complete` reads `code` and `state` from the callback's query, exchanges the code at the
 *   token endpoint, verifies the ID token (issuer, audience, nonce, signature from the
 *   broker's JWKS) and answers the person: `id` = the broker's stable subject for the person
 *   (a UUID, never the CPR number), `name` from the token. If a broker also gives the CPR
 *   number, it is not part of the session: it must never reach a cookie, log or response.
 * The session plugin does everything else (state, cookies, the returnTo check, expiry), so
 * a provider is only these two steps.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';

/** Who signed in: the provider's opaque id for the person, and the name to greet them by. */
export interface Person {
  id: string;
  name: string;
}

export type SignInResult =
  | { ok: true; person: Person; state: string }
  /** `cancelled`: the citizen gave up; `refused`: the provider said no or answered nonsense. */
  | { ok: false; reason: 'cancelled' | 'refused'; state?: string };

export interface IdentityProvider {
  /** For logs: "demo", "criipto", … */
  readonly name: string;
  /**
   * Where to send the browser to sign in. `state` must come back unchanged to `complete`
   * (it ties the answer to this browser's attempt); the provider answers at `callbackUrl`
   * (GET or POST `…/session/callback`).
   */
  begin(attempt: { state: string; callbackUrl: string }): string;
  /** Reads the provider's answer at the callback. Never throws for a refused sign-in. */
  complete(request: FastifyRequest): Promise<SignInResult>;
  /** Pages of the provider's own (the demonstration's form), registered beside the callback. */
  readonly pages?: FastifyPluginAsync<ProviderPagesOptions>;
}

export interface ProviderPagesOptions {
  /** Origins a sign-in may return to: a page's form may lead there through the callback's redirect. */
  formOrigins: readonly string[];
}
