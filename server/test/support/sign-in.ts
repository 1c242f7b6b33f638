/**
 * The demonstration sign-in (BT_DEMO_SIGNIN=1) driven over HTTP as a browser would, so a test
 * signs a given person in at a running server (/work/briefs/session-api.md): login answers 303
 * to the demo page with a `state` (and sets the short-lived bt_signin cookie), the demo form
 * posts the state and the person to the callback, which sets bt_session. Cookies travel in the
 * caller's cookie jar, the one its RestAdapter uses.
 */
import type { Session } from '../../../src/core/types.js';
import type { FetchFunction } from '../../../src/adapters/rest/index.js';

/** The citizens the demo sign-in offers in tests: the contract suite's two people. */
export const TEST_CITIZENS: Session[] = [
  { id: 'contract-person-1', name: 'Karen Testesen' },
  { id: 'contract-person-2', name: 'Someone Else' },
];

/** Signs `session` in at the server behind `api` (or out, with null) through `jarFetch`'s cookies. */
export async function demoSignIn(api: string, jarFetch: FetchFunction, session: Session | null): Promise<void> {
  if (!session) {
    const response = await jarFetch(`${api}/session/logout`, {
      method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    if (response.status !== 204) throw new Error(`logout answered ${response.status}`);
    return;
  }
  if (!session.id) throw new Error('The demo sign-in needs the person id');
  // Manual redirects: the 303 carries the sign-in cookie, which a followed redirect would drop.
  const login = await jarFetch(`${api}/session/login`, { redirect: 'manual' });
  const location = login.headers.get('Location');
  if (login.status !== 303 || !location) throw new Error(`login answered ${login.status}, not a 303 to the demo page`);
  const state = new URL(location, api).searchParams.get('state');
  if (!state) throw new Error(`login redirected to ${location}, without a state`);
  const callback = await jarFetch(`${api}/session/callback`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({ state, person: session.id }),
  });
  if (callback.status >= 400) throw new Error(`the sign-in callback answered ${callback.status}: ${await callback.text()}`);
}
