/**
 * Sessions over HTTP (server/src/session): the contract's three operations and the sign-in
 * pages on a bare Fastify with the problem answers of server/src/http, over PGlite with the
 * sessions migration alone, on a clock the tests move.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, beforeEach, describe, it } from 'node:test';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { ManualClock } from '../../../test/support/manual-clock.js';
import { BookingError } from '../../../src/core/errors.js';
import { openDatabase, type OpenDatabase } from '../../src/db/database.js';
import type { Database } from '../../src/db/schema.js';
import { problemForBookingError, sendProblem } from '../../src/http/problem.js';
import {
  createSessions,
  demoIdentityProvider,
  parseDemoCitizens,
  type IdentityProvider,
  type SessionOptions,
} from '../../src/session/index.js';

const MIGRATION = new URL('../../migrations/0003_sessions.sql', import.meta.url);
const CITIZENS = [
  { id: 'contract-person-1', name: 'Karen Testesen' },
  { id: 'contract-person-2', name: 'Someone <Else> & "Co"' },
];
const ALLOWED = 'https://www.kommune.dk';
/** What a CPR number looks like, with or without its hyphen. */
const CPR_LIKE = /\b\d{6}-?\d{4}\b/;

let database: OpenDatabase;
let clock: ManualClock;
/** Every answer of the file, checked for CPR numbers at the end. */
const answers: LightMyRequestResponse[] = [];

before(async () => {
  database = await openDatabase({});
  await sql.raw(await readFile(MIGRATION, 'utf8')).execute(database.db);
});

after(async () => {
  await database.close();
});

beforeEach(async () => {
  clock = new ManualClock('2026-11-23T08:00:00Z');
  await database.db.deleteFrom('sessions').execute();
});

/** The API as server/src/http/app.ts mounts sessions: operations and pages under /api. */
async function server(options: Partial<SessionOptions<Database>> = {}, fastify = {}): Promise<FastifyInstance> {
  const sessions = createSessions({
    db: database.db,
    clock,
    provider: demoIdentityProvider({ citizens: CITIZENS }),
    allowedOrigins: [`${ALLOWED}/`, '*'],
    ...options,
  });
  const app = Fastify(fastify);
  await app.register(cookie);
  app.setErrorHandler((error, _request, reply) => {
    assert.ok(error instanceof BookingError, String(error));
    return sendProblem(reply, problemForBookingError(error));
  });
  app.get('/api/session', sessions.operations.getSession);
  app.get('/api/session/login', sessions.operations.login);
  app.post('/api/session/logout', sessions.operations.logout);
  await app.register(sessions.routes, { prefix: '/api' });
  app.get('/api/whoami', async (request) => ({ personId: (await sessions.personOf(request)) ?? null }));
  return app;
}

async function call(app: FastifyInstance, request: InjectOptions): Promise<LightMyRequestResponse> {
  const response = await app.inject(request);
  answers.push(response);
  return response;
}

function setCookies(response: LightMyRequestResponse): string[] {
  const header = response.headers['set-cookie'];
  return header === undefined ? [] : Array.isArray(header) ? header : [String(header)];
}

function cookieLine(response: LightMyRequestResponse, name: string): string | undefined {
  return setCookies(response).find((line) => line.startsWith(`${name}=`));
}

function cookiePair(response: LightMyRequestResponse, name: string): string {
  const line = cookieLine(response, name);
  assert.ok(line, `sets ${name}`);
  return line.split(';')[0]!;
}

/** The demonstration sign-in as a browser goes through it; answers the callback's response. */
async function signIn(app: FastifyInstance, person: string, returnTo?: string): Promise<LightMyRequestResponse> {
  const login = await call(app, { url: '/api/session/login', query: returnTo ? { returnTo } : {} });
  assert.equal(login.statusCode, 303);
  const state = new URL(login.headers.location!).searchParams.get('state')!;
  return call(app, {
    method: 'POST',
    url: '/api/session/callback',
    headers: { cookie: cookiePair(login, 'bt_signin'), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ state, person }).toString(),
  });
}

async function sessionWith(app: FastifyInstance, cookie: string) {
  return call(app, { url: '/api/session', headers: { cookie } });
}

describe('without an identity provider', () => {
  it('offers no sign-in: says so on GET /session (a 200, no console error), 404 problems below it, no pages', async () => {
    const app = await server({ provider: undefined });
    const session = await call(app, { url: '/api/session' });
    assert.equal(session.statusCode, 200);
    assert.deepEqual(session.json(), { signIn: false });
    assert.equal(session.headers['cache-control'], 'no-store');
    for (const [method, url] of [
      ['GET', '/api/session/login'],
      ['POST', '/api/session/logout'],
    ] as const) {
      const response = await call(app, { method, url });
      assert.equal(response.statusCode, 404, `${method} ${url}`);
      assert.equal(response.json().code, 'not-found');
    }
    for (const url of ['/api/session/demo', '/api/session/done', '/api/session/callback']) {
      assert.equal((await call(app, { url })).statusCode, 404, url);
    }
  });
});

describe('login', () => {
  it('sends the browser to the demonstration page with a state, tied to this browser by a short-lived cookie', async () => {
    const app = await server();
    const response = await call(app, { url: '/api/session/login' });
    assert.equal(response.statusCode, 303);
    const location = new URL(response.headers.location!);
    assert.equal(location.pathname, '/api/session/demo');
    const state = location.searchParams.get('state');
    assert.match(state ?? '', /^[A-Za-z0-9_-]{22}$/);
    const line = cookieLine(response, 'bt_signin')!;
    assert.equal(line.split(';')[0], `bt_signin=${state}`);
    assert.match(line, /; Max-Age=600/);
    assert.match(line, /; Path=\/api\/session/);
    assert.match(line, /; HttpOnly/);
    assert.match(line, /; SameSite=Lax/);
    assert.equal(response.headers['cross-origin-opener-policy'], 'unsafe-none');
  });

  it('refuses a returnTo on a foreign origin (no open redirect)', async () => {
    const app = await server();
    for (const returnTo of [
      'https://evil.example/phish',
      'https://www.kommune.dk.evil.example/',
      'https://www.kommune.dk@evil.example/',
      'http://www.kommune.dk/',
      'javascript:alert(1)',
      '//evil.example/',
      '/relative/path',
    ]) {
      const response = await call(app, { url: '/api/session/login', query: { returnTo } });
      assert.equal(response.statusCode, 422, returnTo);
      assert.deepEqual(response.json().fields, { returnTo: 'not-allowed' });
      assert.equal(cookieLine(response, 'bt_signin'), undefined, 'nothing started');
    }
  });

  it('accepts a returnTo on an allowed origin or its own, and ends sign-in there', async () => {
    const app = await server();
    for (const returnTo of [`${ALLOWED}/borgerservice/book?step=2#top`, 'http://localhost/demo/']) {
      const response = await signIn(app, 'contract-person-1', returnTo);
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, new URL(returnTo).href);
      assert.ok(cookieLine(response, 'bt_session'));
    }
  });

  it('ends on its own page, which closes the popup, when no returnTo is given', async () => {
    const app = await server();
    const callback = await signIn(app, 'contract-person-1');
    assert.equal(callback.headers.location, 'http://localhost/api/session/done');
    const done = await call(app, { url: '/api/session/done', headers: { cookie: cookiePair(callback, 'bt_session') } });
    assert.equal(done.statusCode, 200);
    assert.match(done.body, /Du er logget ind som Karen Testesen/);
    assert.match(done.body, /<script src="close.js" defer><\/script>/);
    assert.equal(done.headers['cross-origin-opener-policy'], 'unsafe-none');
    const script = await call(app, { url: '/api/session/close.js' });
    assert.match(String(script.headers['content-type']), /^text\/javascript/);
    assert.equal(script.body.trim(), 'window.close();');
  });
});

describe('the demonstration page', () => {
  it('says it is not MitID, in Danish and English, and offers the configured citizens, escaped', async () => {
    const app = await server();
    const page = await call(app, { url: '/api/session/demo', query: { state: '"><script>alert(1)</script>' } });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(page.body, /Demonstration — ikke MitID/);
    assert.match(page.body, /Demonstration — not MitID/);
    assert.match(page.body, /value="contract-person-1">\s*Log ind som Karen Testesen/);
    assert.match(page.body, /Someone &lt;Else&gt; &amp; &quot;Co&quot;/);
    assert.match(page.body, /value="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    assert.doesNotMatch(page.body, /<script>|<style|style=|onclick|onerror/i, 'no inline script or style');
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, new RegExp(`form-action 'self' ${ALLOWED}(;|$)`));
    assert.doesNotMatch(csp, /unsafe-inline/);
  });

  it('signs in nobody on cancel, for an unknown person, or without the attempt this browser started', async () => {
    const app = await server();
    const login = await call(app, { url: '/api/session/login' });
    const state = new URL(login.headers.location!).searchParams.get('state')!;
    const post = (form: Record<string, string>, cookie?: string) =>
      call(app, {
        method: 'POST',
        url: '/api/session/callback',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
        payload: new URLSearchParams(form).toString(),
      });
    const attempt = cookiePair(login, 'bt_signin');

    const cancelled = await post({ state, cancel: '1' }, attempt);
    assert.equal(cancelled.statusCode, 303);
    assert.equal(cookieLine(cancelled, 'bt_session'), undefined);
    assert.match(cookieLine(cancelled, 'bt_signin')!, /Max-Age=0/, 'the attempt is used up');

    const stranger = await post({ state, person: 'someone-not-on-the-list' }, attempt);
    assert.equal(stranger.statusCode, 303);
    assert.equal(cookieLine(stranger, 'bt_session'), undefined);

    const forged = await post({ state, person: 'contract-person-1' });
    assert.equal(forged.statusCode, 400, 'no bt_signin cookie: a login CSRF');
    assert.equal(cookieLine(forged, 'bt_session'), undefined);
    const otherState = await post({ state: `${state.slice(1)}x`, person: 'contract-person-1' }, attempt);
    assert.equal(otherState.statusCode, 400);
    assert.equal(cookieLine(otherState, 'bt_session'), undefined);
    assert.equal(await database.db.selectFrom('sessions').select('person_id').executeTakeFirst(), undefined);
  });

  it('is off unless configured: the demonstration provider only exists when the server is given it', async () => {
    const app = await server({ provider: undefined });
    const response = await call(app, {
      method: 'POST',
      url: '/api/session/callback',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'state=x&person=contract-person-1',
    });
    assert.equal(response.statusCode, 404);
  });
});

describe('the session', () => {
  it('is a cookie with the agreed flags; Secure over https', async () => {
    const plain = cookieLine(await signIn(await server(), 'contract-person-1'), 'bt_session')!;
    assert.match(plain, /^bt_session=[A-Za-z0-9_-]{43}; Path=\/api; HttpOnly; SameSite=Lax$/);

    const behindProxy = await server({}, { trustProxy: true });
    const login = await call(behindProxy, { url: '/api/session/login', headers: { 'x-forwarded-proto': 'https' } });
    assert.match(cookieLine(login, 'bt_signin')!, /; Secure/);
    const state = new URL(login.headers.location!).searchParams.get('state')!;
    assert.ok(login.headers.location!.startsWith('https://localhost'));
    const callback = await call(behindProxy, {
      method: 'POST',
      url: '/api/session/callback',
      headers: {
        'x-forwarded-proto': 'https',
        cookie: cookiePair(login, 'bt_signin'),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({ state, person: 'contract-person-1' }).toString(),
    });
    assert.match(cookieLine(callback, 'bt_session')!, /; Path=\/api; HttpOnly; Secure; SameSite=Lax$/);
  });

  it('answers who is signed in (id and name only), and 204 for nobody', async () => {
    const app = await server();
    const nobody = await call(app, { url: '/api/session' });
    assert.equal(nobody.statusCode, 204);
    assert.equal(nobody.body, '');
    assert.equal(nobody.headers['cache-control'], 'no-store');

    const cookie = cookiePair(await signIn(app, 'contract-person-1'), 'bt_session');
    const response = await sessionWith(app, cookie);
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { id: 'contract-person-1', name: 'Karen Testesen' });
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.deepEqual((await call(app, { url: '/api/whoami', headers: { cookie } })).json(), { personId: 'contract-person-1' });

    const unknown = await sessionWith(app, 'bt_session=not-a-session');
    assert.equal(unknown.statusCode, 204);
    assert.match(cookieLine(unknown, 'bt_session')!, /Max-Age=0/, 'a dead cookie is cleared');
  });

  it('is stored as a hash only', async () => {
    const app = await server();
    const token = cookiePair(await signIn(app, 'contract-person-1'), 'bt_session').slice('bt_session='.length);
    const rows = await database.db.selectFrom('sessions').selectAll().execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.token_hash, createHash('sha256').update(token).digest('hex'));
    assert.ok(!JSON.stringify(rows).includes(token));
  });

  it('signing in again ends the earlier session of that browser', async () => {
    const app = await server();
    const first = cookiePair(await signIn(app, 'contract-person-1'), 'bt_session');
    const login = await call(app, { url: '/api/session/login' });
    const state = new URL(login.headers.location!).searchParams.get('state')!;
    const second = await call(app, {
      method: 'POST',
      url: '/api/session/callback',
      headers: { cookie: `${first}; ${cookiePair(login, 'bt_signin')}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ state, person: 'contract-person-2' }).toString(),
    });
    assert.equal((await sessionWith(app, first)).statusCode, 204);
    assert.equal((await sessionWith(app, cookiePair(second, 'bt_session'))).json().id, 'contract-person-2');
  });

  it('ends at logout: the row is deleted (a copied cookie is dead) and the cookie cleared', async () => {
    const app = await server();
    const cookie = cookiePair(await signIn(app, 'contract-person-1'), 'bt_session');
    const logout = await call(app, { method: 'POST', url: '/api/session/logout', headers: { cookie } });
    assert.equal(logout.statusCode, 204);
    assert.match(
      cookieLine(logout, 'bt_session')!,
      /^bt_session=; Max-Age=0; Path=\/api; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax$/,
    );
    assert.equal((await sessionWith(app, cookie)).statusCode, 204);
    assert.equal(await database.db.selectFrom('sessions').select('person_id').executeTakeFirst(), undefined);
    assert.equal((await call(app, { method: 'POST', url: '/api/session/logout' })).statusCode, 204, 'signed out already');
  });

  it('expires after 30 idle minutes, slides with use, and never outlives 8 hours', async () => {
    const app = await server();
    const cookie = cookiePair(await signIn(app, 'contract-person-1'), 'bt_session');
    const minutes = (n: number) => clock.advance(n * 60_000);

    minutes(29);
    assert.equal((await sessionWith(app, cookie)).statusCode, 200, 'used at 29 min: slides to 59');
    minutes(29);
    assert.equal((await sessionWith(app, cookie)).statusCode, 200, 'used at 58 min');
    minutes(31);
    assert.equal((await sessionWith(app, cookie)).statusCode, 204, 'idle 31 min');

    const busy = cookiePair(await signIn(app, 'contract-person-1'), 'bt_session');
    for (let elapsed = 20; elapsed < 8 * 60; elapsed += 20) {
      minutes(20);
      assert.equal((await sessionWith(app, busy)).statusCode, 200, `busy at ${elapsed} min`);
    }
    minutes(20);
    assert.equal((await sessionWith(app, busy)).statusCode, 204, 'over at 8 hours, however busy');
  });

  it('sweeps expired rows at the next sign-in', async () => {
    const app = await server();
    await signIn(app, 'contract-person-1');
    clock.advance(31 * 60_000);
    await signIn(app, 'contract-person-2');
    const rows = await database.db.selectFrom('sessions').select('person_id').execute();
    assert.deepEqual(rows, [{ person_id: 'contract-person-2' }]);
  });
});

describe('an identity provider through the seam', () => {
  it('hands the provider the state and the callback address, and takes its person', async () => {
    const seen: Array<{ state: string; callbackUrl: string }> = [];
    const provider: IdentityProvider = {
      name: 'broker',
      begin: (attempt) => {
        seen.push(attempt);
        return `https://broker.example/authorize?state=${attempt.state}`;
      },
      complete: async (request) => {
        const { state } = request.query as { state: string };
        return { ok: true, person: { id: 'b7e0c1d2-uuid-from-broker', name: 'Broker Person' }, state };
      },
    };
    const app = await server({ provider });
    const login = await call(app, { url: '/api/session/login' });
    assert.equal(login.headers.location, `https://broker.example/authorize?state=${seen[0]!.state}`);
    assert.equal(seen[0]!.callbackUrl, 'http://localhost/api/session/callback');
    const callback = await call(app, {
      url: '/api/session/callback',
      query: { state: seen[0]!.state, code: 'abc' },
      headers: { cookie: cookiePair(login, 'bt_signin') },
    });
    const response = await sessionWith(app, cookiePair(callback, 'bt_session'));
    assert.deepEqual(response.json(), { id: 'b7e0c1d2-uuid-from-broker', name: 'Broker Person' });
    assert.equal((await call(app, { url: '/api/session/demo' })).statusCode, 404, 'no demonstration page with a real provider');
  });

  it('answers a page, not a session, when the provider fails', async () => {
    const provider: IdentityProvider = {
      name: 'broker',
      begin: ({ state }) => `https://broker.example/authorize?state=${state}`,
      complete: async () => {
        throw new Error('token endpoint unreachable');
      },
    };
    const app = await server({ provider });
    const login = await call(app, { url: '/api/session/login' });
    const callback = await call(app, { url: '/api/session/callback', headers: { cookie: cookiePair(login, 'bt_signin') } });
    assert.equal(callback.statusCode, 502);
    assert.match(String(callback.headers['content-type']), /^text\/html/);
    assert.match(callback.body, /Login mislykkedes/);
    assert.equal(cookieLine(callback, 'bt_session'), undefined);
  });
});

describe('parseDemoCitizens', () => {
  it('reads a JSON list of ids and names, and explains what is wrong', () => {
    assert.deepEqual(parseDemoCitizens('[{"id":"contract-person-1","name":" Karen Testesen "}]'), [
      { id: 'contract-person-1', name: 'Karen Testesen' },
    ]);
    for (const text of [
      'nope',
      '[]',
      '[{"id":"a b","name":"X"}]',
      '[{"id":"a"}]',
      '[{"id":"a","name":"X"},{"id":"a","name":"Y"}]',
    ]) {
      assert.throws(() => parseDemoCitizens(text), Error, text);
    }
  });
});

describe('privacy', () => {
  it('no answer in this file held anything like a CPR number', () => {
    assert.ok(answers.length > 40, `checked ${answers.length} answers`);
    for (const answer of answers) {
      assert.doesNotMatch(answer.body, CPR_LIKE);
      assert.doesNotMatch(JSON.stringify(answer.headers), CPR_LIKE);
    }
  });
});
