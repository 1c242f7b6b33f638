import { expect } from '@open-wc/testing';
import { getResponse, type HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { createHandlers, createMockControls, setupBrowserMocks } from '../../src/mocks/index.js';
import { loadContract, recordingFetch, type Exchange, type OpenApiContract } from '../support/openapi.js';
import { contractClock, expectBookingError, testAuth } from './contract.js';

const baseUrl = 'https://booking.example.test/api';
const CPR = '0101901238';

/** Every way an exchange breaks the contract, one line each. */
function violations(contract: OpenApiContract, log: Exchange[]): string[] {
  return log.flatMap(({ request, response }) => [
    ...contract.checkRequest(request),
    ...(response ? contract.checkResponse(request, response) : [`${request.method} ${request.url}: no response`]),
  ]);
}

describe('api/openapi.yaml', () => {
  const controls = createMockControls();
  let contract: OpenApiContract;
  let worker: SetupWorker;
  let backend: MemoryAdapter;
  let auth: ReturnType<typeof testAuth>;
  let log: Exchange[];
  let adapter: RestAdapter;
  let handlers: HttpHandler[];

  /**
   * A page navigation to the API (sign-in opens `GET /session/login` as a page, never a fetch),
   * answered by the handlers directly: a service worker does not see navigations of other windows.
   */
  const navigate = async (url: string): Promise<Response> => {
    const request = new Request(url);
    const response = (await getResponse(handlers, request))!;
    log.push({
      request: { method: 'GET', url, headers: request.headers },
      response: { status: response.status, headers: new Headers(response.headers), text: await response.clone().text() },
    });
    return response;
  };

  before(async () => {
    contract = await loadContract(new URL(baseUrl).pathname);
    worker = await setupBrowserMocks({ baseUrl, adapter: new MemoryAdapter({ now: contractClock }), controls });
  });

  after(() => worker.stop());

  beforeEach(() => {
    controls.reset();
    log = [];
    auth = testAuth();
    backend = new MemoryAdapter({ now: contractClock, auth });
    handlers = createHandlers({ baseUrl, adapter: backend, faults: controls });
    worker.resetHandlers(...handlers);
    adapter = new RestAdapter({ baseUrl, fetch: recordingFetch(log), retries: 0 });
  });

  it('describes every request RestAdapter sends and every answer the mocks give, over a whole journey', async () => {
    const [location] = await adapter.getLocations();
    const services = await adapter.getServices({ locationId: location!.id });
    const service = services.find((entry) => entry.requiresCpr && !entry.requiresLogin)!;
    const ids = { serviceId: service.id, locationId: location!.id };
    const { slots } = await adapter.getAvailability({ ...ids, from: '2026-11-23', to: '2026-12-06' });
    const [first, second, third] = slots;

    expect(await adapter.auth!.getSession()).to.equal(null);
    expect((await navigate(`${baseUrl}/session/login?returnTo=${encodeURIComponent(window.location.href)}`)).status).to.equal(
      303,
    );
    auth.signIn({ id: 'openapi-person', name: 'Karen Testesen', cpr: CPR });
    expect(await adapter.auth!.getSession()).to.deep.equal({ id: 'openapi-person', name: 'Karen Testesen' });
    const hold = await adapter.holdSlot({ ...ids, slotId: first!.id });
    const citizen = { name: 'Karen Testesen', cpr: CPR, email: 'karen@example.dk', phone: '+45 12 34 56 78', smsReminder: true };
    const appointment = await adapter.book({
      ...ids,
      slotId: first!.id,
      holdId: hold.id,
      citizen,
      onBehalfOf: { relation: 'child', name: 'Ida Testesen', cpr: '0101201236' },
      needs: { interpreter: 'arabisk', stepFreeAccess: true },
    });
    const { reference, token } = appointment;
    await adapter.getAppointments({ reference, token });
    await adapter.getAppointments({ token });
    const spare = await adapter.holdSlot({ ...ids, slotId: third!.id });
    await adapter.releaseHold({ holdId: spare.id });
    const next = await adapter.holdSlot({ ...ids, slotId: second!.id });
    await adapter.reschedule({ reference, token, slotId: second!.id, holdId: next.id });
    expect((await adapter.getAppointments({})).map((entry) => entry.reference)).to.deep.equal([reference]);
    // A released hold no longer keeps a place for the move.
    await expectBookingError(adapter.reschedule({ reference, token, slotId: third!.id, holdId: spare.id }), 'slot-taken');
    await adapter.cancel({ reference, token });
    await adapter.cancel({ reference, token });

    await adapter.auth!.logout();
    expect(await adapter.auth!.getSession()).to.equal(null);

    // And the problems on the way.
    expect((await navigate(`${baseUrl}/session/login?returnTo=${encodeURIComponent('https://evil.example/')}`)).status).to.equal(
      422,
    );
    await expectBookingError(adapter.getAppointments({}), 'auth-required');
    expect(await adapter.getAppointments({ reference, token: 'wrong' })).to.deep.equal([]);
    await expectBookingError(adapter.getAppointments({ reference }), 'auth-required');
    await expectBookingError(adapter.cancel({ reference }), 'auth-required');
    await expectBookingError(
      adapter.getAvailability({ ...ids, serviceId: 'nope', from: '2026-11-23', to: '2026-11-30' }),
      'not-found',
    );
    await expectBookingError(adapter.getAvailability({ ...ids, from: '2026-11-30', to: '2026-11-23' }), 'validation');
    // Valid by the schema, refused by the server's rules.
    await expectBookingError(
      adapter.book({ ...ids, slotId: third!.id, citizen: { ...citizen, email: 'not an address' } }),
      'validation',
    );
    await backend.takeSlot(third!.id);
    await expectBookingError(adapter.book({ ...ids, slotId: third!.id, citizen }), 'slot-taken');
    controls.failNext = { status: 429, retryAfter: 30 };
    await expectBookingError(adapter.getLocations(), 'rate-limited');
    controls.failNext = { status: 503, retryAfter: new Date(Date.now() + 120_000).toUTCString() };
    await expectBookingError(adapter.getServices({}), 'unavailable');
    controls.failNext = { status: 500 };
    await expectBookingError(adapter.getLocations(), 'unavailable');

    expect(violations(contract, log)).to.deep.equal([]);
    const documented = Object.values(contract.document.paths as Record<string, Record<string, { operationId: string }>>)
      .flatMap((item) => Object.values(item).map((operation) => operation.operationId))
      .sort();
    const exercised = [...new Set(log.map(({ request }) => contract.operation(request.method, request.url)!.operationId))].sort();
    expect(exercised, 'every documented operation was exercised').to.deep.equal(documented);
  });

  describe('the check can fail', () => {
    const appointmentUrl = `${baseUrl}/appointments`;
    const json = (body: unknown, status = 200, type = 'application/json') => ({
      status,
      headers: new Headers({ 'Content-Type': type }),
      text: JSON.stringify(body),
    });

    it('catches a malformed mock answer', async () => {
      controls.malformed = 'shape';
      await expectBookingError(adapter.getLocations(), 'invalid-response');
      expect(violations(contract, log)).to.deep.equal([
        'getLocations 200 body: # Instance type "object" is invalid. Expected "array".',
      ]);
    });

    it('catches a CPR number leaking into an appointment, or a missing member', async () => {
      const [location] = await backend.getLocations();
      const [service] = await backend.getServices({});
      const appointment = {
        reference: 'BT-ABCDEF',
        status: 'booked',
        service,
        location,
        start: '2026-11-24T10:00:00+01:00',
        end: '2026-11-24T10:15:00+01:00',
      };
      const request = { method: 'POST', url: appointmentUrl };
      expect(contract.checkResponse(request, json(appointment, 201))).to.deep.equal([]);
      expect(contract.checkResponse(request, json({ ...appointment, cpr: CPR }, 201)).join()).to.contain('cpr');
      expect(contract.checkResponse(request, json({ ...appointment, start: 'soon' }, 201)).join()).to.contain('/start');
      const { reference: _, ...noReference } = appointment;
      expect(contract.checkResponse(request, json(noReference, 201)).join()).to.contain('reference');
      expect(contract.checkResponse(request, json(appointment, 200)).join()).to.contain('undocumented status');
      expect(
        contract.checkResponse(request, json({ title: 'x', status: 409 }, 409, 'application/problem+json')).join(),
      ).to.contain('code');
    });

    it('catches a CPR number in a URL and a request body that breaks the schema', () => {
      const headers = new Headers({
        'Content-Type': 'application/json',
        'Idempotency-Key': '6a1f2c7e-0000-4000-8000-000000000000',
      });
      const withCpr = { method: 'GET', url: `${appointmentUrl}?reference=BT-ABCDEF&cpr=${CPR}`, headers };
      expect(contract.checkRequest(withCpr)).to.deep.equal(['getAppointments: undocumented query parameter cpr']);
      const body = {
        slotId: 'centrum:pas-voksen:2026-11-24T10:00',
        serviceId: 'pas-voksen',
        locationId: 'centrum',
        citizen: { name: 'K', cpr: '010190-1238' },
      };
      expect(contract.checkRequest({ method: 'POST', url: appointmentUrl, headers, body }).join()).to.contain('/citizen/cpr');
      const { citizen: _, ...noCitizen } = body;
      expect(contract.checkRequest({ method: 'POST', url: appointmentUrl, headers, body: noCitizen }).join()).to.contain(
        'citizen',
      );
      expect(
        contract.checkRequest({
          method: 'POST',
          url: appointmentUrl,
          headers: new Headers({ 'Content-Type': 'application/json' }),
          body,
        }),
      ).to.include('book: missing header parameter Idempotency-Key');
      expect(contract.checkRequest({ method: 'PUT', url: appointmentUrl, headers })).to.deep.equal([
        `PUT /api/appointments: no such operation`,
      ]);
    });
  });
});
