/**
 * Sessions over HTTP: the contract's three operations (`getSession`, `login`, `logout` in
 * api/openapi.yaml) as handlers for fastify-openapi-glue, a plugin with the sign-in pages
 * that are this server's own (the provider's callback, the popup's last page, the
 * demonstration's form), and `personOf(request)` for the booking routes.
 *
 * Cookies (why a cookie rather than a token the widget holds: see the contract):
 * - `bt_session`: the session; HttpOnly, SameSite=Lax, Path=<basePath>, Secure over https,
 *   no Max-Age (it ends with the browser; the server's expiry is what counts).
 * - `bt_signin`: one sign-in attempt (a random state and the returnTo), ten minutes, so a
 *   provider's answer is only taken in the browser that started it (no login CSRF).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
// For its types: the app registers @fastify/cookie at the root (server/src/http/app.ts).
import type {} from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { Kysely } from 'kysely';
import type { Clock } from '../../../src/core/clock.js';
import { BookingError } from '../../../src/core/errors.js';
import type { Session } from '../../../src/core/types.js';
import { html } from './html.js';
import type { IdentityProvider, Person, SignInResult } from './identity-provider.js';
import { CLOSE_SCRIPT, CLOSE_SCRIPT_SOURCE, PAGE_STYLESHEET, PAGE_STYLESHEET_SOURCE, pageHeaders, sendPage } from './pages.js';
import { checkReturnTo, originsOf } from './return-to.js';
import { DEFAULT_SESSION_LIFETIME, SessionStore, type SessionLifetime } from './store.js';
import type { SessionTables } from './tables.js';

export const SESSION_COOKIE = 'bt_session';
export const SIGNIN_COOKIE = 'bt_signin';
const SIGNIN_SECONDS = 10 * 60;

export interface SessionOptions<DB extends SessionTables> {
  db: Kysely<DB>;
  clock: Clock;
  /** Who proves who the citizen is; without one the server offers no sign-in (`{"signIn": false}` on /session, 404 below it). */
  provider?: IdentityProvider;
  /** BT_CORS_ORIGINS: the pages a sign-in may return to, besides the server's own. */
  allowedOrigins?: readonly string[];
  /** Where the API is mounted. Default "/api". */
  basePath?: string;
  lifetime?: SessionLifetime;
}

/** Fits server/src/http/app.ts's `SessionSupport`. */
export interface Sessions {
  /** The contract's operations by operationId, for fastify-openapi-glue. */
  operations: { getSession: RouteHandlerMethod; login: RouteHandlerMethod; logout: RouteHandlerMethod };
  /** The sign-in pages the contract does not list; register with `{ prefix: basePath }`. */
  routes: FastifyPluginAsync;
  /** The signed-in person of a request (its `bt_session` cookie), looked up once per request. */
  sessionOf(request: FastifyRequest): Promise<Person | undefined>;
  /** `RequestContext.personId`: the signed-in person's opaque id, or undefined. */
  personOf(request: FastifyRequest): Promise<string | undefined>;
}

export function createSessions<DB extends SessionTables>(options: SessionOptions<DB>): Sessions {
  const { provider, clock } = options;
  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  const sessionPath = `${basePath}/session`;
  const allowedOrigins = originsOf(options.allowedOrigins ?? []);
  // Kysely's database type is invariant; every query here touches the sessions table alone.
  const store = new SessionStore(
    options.db as unknown as Kysely<SessionTables>,
    clock,
    options.lifetime ?? DEFAULT_SESSION_LIFETIME,
  );
  const looked = new WeakMap<FastifyRequest, Promise<Person | undefined>>();

  const cookieOf = (request: FastifyRequest, name: string): string | undefined => request.cookies[name] || undefined;
  const cookieOptions = (request: FastifyRequest, name: string) =>
    ({
      httpOnly: true,
      sameSite: 'lax',
      path: name === SESSION_COOKIE ? basePath : sessionPath,
      secure: request.protocol === 'https',
    }) as const;
  const setCookie = (reply: FastifyReply, request: FastifyRequest, name: string, value: string, maxAge?: number) =>
    reply.setCookie(name, value, { ...cookieOptions(request, name), ...(maxAge !== undefined ? { maxAge } : {}) });
  const clearCookie = (reply: FastifyReply, request: FastifyRequest, name: string) =>
    reply.clearCookie(name, cookieOptions(request, name));

  /** The origin the browser addressed (behind a proxy, with Fastify's `trustProxy`), normalised as URL does it. */
  const ownOrigin = (request: FastifyRequest): string => {
    try {
      return new URL(`${request.protocol}://${request.host}`).origin;
    } catch {
      throw new BookingError('validation', 'The Host header is not a host', { fields: { Host: 'invalid' } });
    }
  };
  const doneUrl = (request: FastifyRequest) => `${ownOrigin(request)}${sessionPath}/done`;

  const sessionOf = (request: FastifyRequest): Promise<Person | undefined> => {
    let found = looked.get(request);
    if (!found) {
      const token = cookieOf(request, SESSION_COOKIE);
      found = token && provider ? store.find(token) : Promise.resolve(undefined);
      looked.set(request, found);
    }
    return found;
  };

  const requireProvider = (): IdentityProvider => {
    if (!provider) throw new BookingError('not-found', 'This server offers no sign-in');
    return provider;
  };

  const operations: Sessions['operations'] = {
    async getSession(request, reply) {
      reply.header('cache-control', 'no-store');
      // Asked on every page load: a 200 that says so, never a 404 the browser logs as an error.
      if (!provider) return reply.code(200).send({ signIn: false });
      const person = await sessionOf(request);
      if (!person) {
        // A cookie that names no live session is only noise from now on.
        if (cookieOf(request, SESSION_COOKIE)) clearCookie(reply, request, SESSION_COOKIE);
        return reply.code(204).send();
      }
      const session: Session = { id: person.id, name: person.name };
      return reply.code(200).send(session);
    },

    async login(request, reply) {
      const signIn = requireProvider();
      const { returnTo: asked } = request.query as { returnTo?: string };
      let returnTo: string | undefined;
      if (asked !== undefined && asked !== '') {
        returnTo = checkReturnTo(asked, { ownOrigin: ownOrigin(request), allowedOrigins });
        if (!returnTo) {
          throw new BookingError('validation', 'returnTo is not on an allowed origin', { fields: { returnTo: 'not-allowed' } });
        }
      }
      const state = randomBytes(16).toString('base64url');
      const attempt = returnTo ? `${state}.${Buffer.from(returnTo).toString('base64url')}` : state;
      setCookie(reply, request, SIGNIN_COOKIE, attempt, SIGNIN_SECONDS);
      const location = signIn.begin({ state, callbackUrl: `${ownOrigin(request)}${sessionPath}/callback` });
      return reply
        .code(303)
        .header('location', location)
        .header('cache-control', 'no-store')
        .header('cross-origin-opener-policy', 'unsafe-none')
        .send();
    },

    async logout(request, reply) {
      requireProvider();
      const token = cookieOf(request, SESSION_COOKIE);
      if (token) {
        await store.end(token);
        clearCookie(reply, request, SESSION_COOKIE);
      }
      return reply.code(204).header('cache-control', 'no-store').send();
    },
  };

  /** The attempt this browser started at `login`, from its `bt_signin` cookie. */
  const attemptOf = (request: FastifyRequest): { state: string; returnTo?: string } | undefined => {
    const value = cookieOf(request, SIGNIN_COOKIE);
    if (!value) return undefined;
    const [state, encoded] = value.split('.', 2);
    if (!state) return undefined;
    // Checked again: the cookie came back from the browser.
    const returnTo = encoded
      ? checkReturnTo(Buffer.from(encoded, 'base64url').toString(), { ownOrigin: ownOrigin(request), allowedOrigins })
      : undefined;
    return { state, ...(returnTo ? { returnTo } : {}) };
  };

  const sameState = (a: string, b: string) => {
    const left = Buffer.from(a);
    const right = Buffer.from(b);
    return left.length === right.length && timingSafeEqual(left, right);
  };

  const routes: FastifyPluginAsync = async (app) => {
    if (!app.hasReplyDecorator('setCookie')) {
      throw new Error('Register @fastify/cookie at the root before the session routes: the contract operations need it too');
    }
    if (!provider) return;
    await app.register(formbody, { bodyLimit: 4096 });

    const callback: RouteHandlerMethod = async (request, reply) => {
      const attempt = attemptOf(request);
      clearCookie(reply, request, SIGNIN_COOKIE);
      let result: SignInResult;
      try {
        result = await provider.complete(request);
      } catch (error) {
        // The provider could not be asked (a broker's token endpoint down): a page, not JSON, in the popup.
        request.log.error({ err: error, provider: provider.name }, 'sign-in could not be completed');
        return sendPage(reply, 502, {
          title: 'Login mislykkedes / Sign-in failed',
          main: html`<h1>Login mislykkedes <span lang="en">Sign-in failed</span></h1>
            <p>
              Login kunne ikke gennemføres lige nu. Luk vinduet, og prøv igen om lidt.
              <span lang="en">Sign-in could not be completed just now. Close the window and try again in a little while.</span>
            </p>`,
        });
      }
      if (!attempt || !result.state || !sameState(result.state, attempt.state)) {
        request.log.warn({ provider: provider.name }, 'sign-in answer without a matching attempt');
        return sendPage(reply, 400, {
          title: 'Login mislykkedes / Sign-in failed',
          main: html`<h1>Login mislykkedes <span lang="en">Sign-in failed</span></h1>
            <p>
              Login blev ikke startet fra denne browser, eller det tog for lang tid. Luk vinduet, og prøv igen fra bookingen.
              <span lang="en"
                >Sign-in was not started in this browser, or it took too long. Close the window and try again from the
                booking.</span
              >
            </p>`,
        });
      }
      if (result.ok) {
        const previous = cookieOf(request, SESSION_COOKIE);
        if (previous) await store.end(previous);
        setCookie(reply, request, SESSION_COOKIE, await store.create(result.person));
      } else {
        request.log.info({ provider: provider.name, reason: result.reason }, 'sign-in not completed');
      }
      return reply
        .code(303)
        .header('location', attempt.returnTo ?? doneUrl(request))
        .header('cache-control', 'no-store')
        .header('cross-origin-opener-policy', 'unsafe-none')
        .send();
    };
    app.get('/session/callback', callback);
    app.post('/session/callback', callback);

    app.get('/session/done', async (request, reply) => {
      const person = await sessionOf(request);
      return sendPage(reply, 200, {
        title: person ? 'Du er logget ind / You are signed in' : 'Du er ikke logget ind / You are not signed in',
        closes: true,
        main: person
          ? html`<h1>Du er logget ind som ${person.name} <span lang="en">You are signed in as ${person.name}</span></h1>
              <p>
                Vinduet lukker af sig selv. Ellers luk det, og gå tilbage til bookingen.
                <span lang="en">This window closes by itself. If not, close it and go back to the booking.</span>
              </p>`
          : html`<h1>Du er ikke logget ind <span lang="en">You are not signed in</span></h1>
              <p>
                Login blev afbrudt. Luk vinduet, og gå tilbage til bookingen.
                <span lang="en">Sign-in was cancelled. Close this window and go back to the booking.</span>
              </p>`,
      });
    });

    app.get(`/session/${CLOSE_SCRIPT}`, async (_request, reply) =>
      pageHeaders(reply, 'text/javascript; charset=utf-8').send(CLOSE_SCRIPT_SOURCE),
    );
    app.get(`/session/${PAGE_STYLESHEET}`, async (_request, reply) =>
      pageHeaders(reply, 'text/css; charset=utf-8').send(PAGE_STYLESHEET_SOURCE),
    );

    if (provider.pages) await app.register(provider.pages, { formOrigins: allowedOrigins });
  };

  return {
    operations,
    routes,
    sessionOf,
    personOf: async (request) => (await sessionOf(request))?.id,
  };
}
