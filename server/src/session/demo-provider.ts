/**
 * The demonstration sign-in: a page that says plainly it is not MitID and lets anyone
 * "sign in" as one of a few made-up citizens. On only when the server is told so
 * (`BT_DEMO_SIGNIN=1`), so the demo can show login-only errands and "Mine aftaler", and tests
 * can sign in as a given person. It proves nothing about anyone: never turn it on for citizens.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { html } from './html.js';
import type { IdentityProvider, Person, ProviderPagesOptions, SignInResult } from './identity-provider.js';
import { sendPage } from './pages.js';

export type DemoCitizen = Person;

/** Two fictional citizens: one to be, and "someone else" to show that appointments are private. */
export const DEMO_CITIZENS: readonly DemoCitizen[] = [
  { id: 'demo-citizen-1', name: 'Mette Testborger' },
  { id: 'demo-citizen-2', name: 'Jens Testborger' },
];

/** The contract's `Id`: URL-safe, so a person id travels unchanged. */
const PERSON_ID = /^[A-Za-z0-9_.~:-]{1,200}$/;

/**
 * Reads a list of citizens, e.g. `BT_DEMO_CITIZENS`:
 * `[{"id":"contract-person-1","name":"Karen Testesen"}]`. Throws a message for the operator on
 * anything else.
 */
export function parseDemoCitizens(text: string): DemoCitizen[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('The demonstration citizens must be a JSON list of {"id": …, "name": …}');
  }
  if (!Array.isArray(value) || value.length === 0) throw new Error('The demonstration citizens must be a non-empty JSON list');
  const citizens = value.map((entry: unknown, index): DemoCitizen => {
    const { id, name } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (typeof id !== 'string' || !PERSON_ID.test(id)) {
      throw new Error(`Demonstration citizen ${index + 1}: "id" must be 1–200 of A–Z a–z 0–9 _ . ~ : -`);
    }
    if (typeof name !== 'string' || name.trim() === '') throw new Error(`Demonstration citizen ${index + 1}: "name" is missing`);
    return { id, name: name.trim() };
  });
  if (new Set(citizens.map((citizen) => citizen.id)).size !== citizens.length) {
    throw new Error('Demonstration citizens: every "id" must be different');
  }
  return citizens;
}

export function demoIdentityProvider(options: { citizens?: readonly DemoCitizen[] } = {}): IdentityProvider {
  const citizens = [...(options.citizens ?? DEMO_CITIZENS)];

  const pages: FastifyPluginAsync<ProviderPagesOptions> = async (app, { formOrigins }) => {
    app.get('/session/demo', async (request, reply) => {
      const { state } = request.query as { state?: unknown };
      return sendPage(reply, 200, {
        title: 'Demonstration — ikke MitID / Demonstration — not MitID',
        formOrigins,
        main: html`<p class="demo-banner" role="note">
            <strong>Demonstration — ikke MitID</strong>
            <strong lang="en">Demonstration — not MitID</strong>
          </p>
          <h1>Log ind som testborger <span lang="en">Sign in as a test citizen</span></h1>
          <p>
            Denne side står i stedet for MitID, så løsningen kan vises. Borgerne er opdigtede, og ingen identitet bliver
            kontrolleret.
            <span lang="en"
              >This page stands in for MitID so the service can be shown. The citizens are made up, and no identity is
              checked.</span
            >
          </p>
          <form method="post" action="callback">
            <input type="hidden" name="state" value="${typeof state === 'string' ? state : ''}" />
            <ul class="citizens">
              ${citizens.map(
                (citizen) =>
                  html`<li>
                    <button type="submit" name="person" value="${citizen.id}">
                      Log ind som ${citizen.name} <span lang="en">Sign in as ${citizen.name}</span>
                    </button>
                  </li>`,
              )}
            </ul>
            <p>
              <button type="submit" name="cancel" value="1" class="secondary">Annuller <span lang="en">Cancel</span></button>
            </p>
          </form>`,
      });
    });
  };

  return {
    name: 'demo',
    begin: ({ state, callbackUrl }) => {
      const page = new URL('demo', callbackUrl);
      page.searchParams.set('state', state);
      return page.href;
    },
    complete: async (request: FastifyRequest): Promise<SignInResult> => {
      const form = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
      const state = typeof form.state === 'string' ? form.state : undefined;
      if (form.cancel !== undefined) return { ok: false, reason: 'cancelled', ...(state ? { state } : {}) };
      const person = citizens.find((citizen) => citizen.id === form.person);
      if (!person || !state) return { ok: false, reason: 'refused', ...(state ? { state } : {}) };
      return { ok: true, person: { ...person }, state };
    },
    pages,
  };
}
