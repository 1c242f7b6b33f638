import { expect } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { parseRetryAfter } from '../../src/adapters/rest/http-errors.js';
import { RestAdapter, type RestAdapterOptions } from '../../src/adapters/rest/index.js';
import type { BookingErrorCode } from '../../src/core/errors.js';
import type { BookingRequest, Slot } from '../../src/core/types.js';
import { createHandlers, createMockControls, setupBrowserMocks } from '../../src/mocks/index.js';
import { recordingFetch, type Exchange } from '../support/openapi.js';
import type { SignInPopup, SignInWindow } from '../../src/adapters/rest/session.js';
import { contractClock, expectBookingError, testAuth } from './contract.js';

const baseUrl = 'https://booking.example.test/api';

/** Makes `navigator.onLine` say false (the page's own property shadows the prototype's getter); returns the undo. */
function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => void delete (navigator as { onLine?: boolean }).onLine;
}
const CPR = '0101901238';

describe('RestAdapter', () => {
  const controls = createMockControls();
  let worker: SetupWorker;
  let backend: MemoryAdapter;
  let log: Exchange[];

  const restAdapter = (options: Partial<RestAdapterOptions> = {}) =>
    new RestAdapter({ baseUrl, fetch: recordingFetch(log), ...options });
  const requestsTo = (path: string) => log.filter((entry) => new URL(entry.request.url).pathname === `/api${path}`);

  const firstSlot = async (serviceId = 'pas-voksen'): Promise<Slot> => {
    const { slots } = await backend.getAvailability({ serviceId, locationId: 'centrum', from: '2026-11-23', to: '2026-12-06' });
    return slots[0]!;
  };
  const bookingFor = (slot: Slot): BookingRequest => ({
    slotId: slot.id,
    serviceId: slot.serviceId,
    locationId: slot.locationId,
    citizen: { name: 'Karen Testesen', cpr: CPR, email: 'karen@example.dk', phone: '+45 12 34 56 78', smsReminder: true },
  });

  before(async () => {
    worker = await setupBrowserMocks({ baseUrl, adapter: new MemoryAdapter({ now: contractClock }), controls });
  });

  after(() => worker.stop());

  beforeEach(() => {
    controls.reset();
    log = [];
    backend = new MemoryAdapter({ now: contractClock });
    worker.resetHandlers(...createHandlers({ baseUrl, adapter: backend, faults: controls }));
  });

  describe('error mapping', () => {
    const cases: Array<[number, BookingErrorCode]> = [
      [400, 'validation'],
      [401, 'auth-required'],
      [403, 'auth-required'],
      [404, 'not-found'],
      [409, 'slot-taken'],
      [413, 'validation'],
      [422, 'validation'],
      [429, 'rate-limited'],
      [500, 'unavailable'],
      [502, 'unavailable'],
      [503, 'unavailable'],
      [504, 'unavailable'],
    ];
    for (const [status, code] of cases) {
      it(`maps HTTP ${status} to ${code}`, async () => {
        controls.failNext = { status };
        const error = await expectBookingError(restAdapter().cancel({ reference: 'BT-ABCDEF', token: 't' }), code);
        expect(error.details.status).to.equal(status);
      });
    }

    it('carries the fields of a validation problem', async () => {
      const slot = await firstSlot();
      const error = await expectBookingError(
        restAdapter().book({ ...bookingFor(slot), citizen: { name: '', cpr: '123' } }),
        'validation',
      );
      expect(error.fields).to.deep.equal({ 'citizen.name': 'required', 'citizen.cpr': 'invalid' });
      expect(error.details.status).to.equal(422);
    });

    it('maps a failing fetch to network when the device is offline', async () => {
      const adapter = restAdapter({ fetch: () => Promise.reject(new TypeError('Failed to fetch')), retries: 0 });
      const restore = goOffline();
      try {
        await expectBookingError(adapter.getLocations(), 'network');
      } finally {
        restore();
      }
    });

    it('maps a redirect to invalid-response instead of following it away', async () => {
      const adapter = restAdapter({
        fetch: async () => new Response(null, { status: 302, headers: { Location: 'https://evil.example/' } }),
      });
      await expectBookingError(adapter.getLocations(), 'invalid-response');
    });
  });

  describe('a wrong api address: told to the webmaster, not blamed on the citizen’s connection', () => {
    let warnings: string[];
    let originalWarn: typeof console.warn;
    beforeEach(() => {
      warnings = [];
      originalWarn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    });
    afterEach(() => {
      console.warn = originalWarn;
    });

    const html404 = async () =>
      new Response('<!doctype html><title>Not found</title>', { status: 404, headers: { 'Content-Type': 'text/html' } });

    it('answers unavailable when nothing answers while online (CORS, refused), with one note naming the URL', async () => {
      const adapter = restAdapter({ fetch: () => Promise.reject(new TypeError('Failed to fetch')), retries: 0 });
      const error = await expectBookingError(adapter.getLocations(), 'unavailable');
      expect(error.details.status, 'no answer, so no status').to.equal(undefined);
      await expectBookingError(adapter.getLocations(), 'unavailable');
      expect(warnings, 'one note per resource and fault, not one per call').to.have.length(1);
      expect(warnings[0]).to.contain(`GET ${baseUrl}/locations`).and.to.contain('no answer / CORS / CSP?');
      expect(warnings[0]).to.contain('"api" attribute');
    });

    it('answers unavailable for a 404 that is no problem document (another server at that address)', async () => {
      const error = await expectBookingError(restAdapter({ fetch: html404 }).getServices({}), 'unavailable');
      expect(error.details.status).to.equal(404);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`GET ${baseUrl}/services`).and.to.contain('HTTP 404');
    });

    it('answers unavailable for any 404 on /locations, which every booking API has (api without "/api" on the reference server)', async () => {
      controls.failNext = { status: 404, path: '/locations' };
      const error = await expectBookingError(restAdapter().getLocations(), 'unavailable');
      expect(error.details.status).to.equal(404);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`GET ${baseUrl}/locations answered HTTP 404`);
    });

    it('still answers not-found for the contract’s own 404 (a problem document with a code), without a note', async () => {
      controls.failNext = { status: 404 };
      await expectBookingError(restAdapter().cancel({ reference: 'BT-ABCDEF', token: 't' }), 'not-found');
      expect(warnings).to.deep.equal([]);
    });

    it('answers unavailable for an HTML page served with 200 (a single-page app’s fallback), with a note', async () => {
      const page = async () =>
        new Response('<!doctype html><p>Velkommen</p>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
      const error = await expectBookingError(restAdapter({ fetch: page }).getLocations(), 'unavailable');
      expect(error.details.status).to.equal(200);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('HTTP 200').and.to.contain('text/html');
    });

    it('names the resource, never ids, queries or the manage token', async () => {
      const adapter = restAdapter({ fetch: html404 });
      await expectBookingError(adapter.getAppointments({ reference: 'BT-SECRET1', token: 'tok-SECRET2' }), 'unavailable');
      await expectBookingError(adapter.cancel({ reference: 'BT-SECRET3', token: 'tok-SECRET4' }), 'unavailable');
      expect(warnings).to.have.length(2);
      expect(warnings.join(' ')).not.to.match(/SECRET/);
      expect(warnings[1], 'the action, with the reference left out').to.contain(`POST ${baseUrl}/appointments/…/cancel `);
    });

    it('says nothing about an older backend without sessions (its 404 on /session is an answer)', async () => {
      const adapter = restAdapter({ fetch: html404 });
      expect(adapter.auth!.available, 'offered until the backend says otherwise').to.equal(true);
      expect(await adapter.auth!.getSession()).to.equal(null);
      expect(adapter.auth!.available).to.equal(false);
      expect(warnings).to.deep.equal([]);
    });

    it('retries a GET that got no answer, as after a network failure', async () => {
      let calls = 0;
      const adapter = restAdapter({
        fetch: () => {
          calls += 1;
          return Promise.reject(new TypeError('Failed to fetch'));
        },
      });
      await expectBookingError(adapter.getLocations(), 'unavailable');
      expect(calls).to.equal(3);
    });
  });

  describe('Retry-After', () => {
    it('reads seconds and HTTP dates', () => {
      expect(parseRetryAfter('120')).to.equal(120);
      expect(
        parseRetryAfter(new Date(Date.parse('2026-11-23T08:01:00Z')).toUTCString(), Date.parse('2026-11-23T08:00:00Z')),
      ).to.equal(60);
      expect(parseRetryAfter('soon')).to.equal(undefined);
      expect(parseRetryAfter(null)).to.equal(undefined);
    });

    it('rejects rate-limited with retryAfter from the header (seconds)', async () => {
      controls.failNext = { status: 429, retryAfter: 30 };
      const error = await expectBookingError(restAdapter().getLocations(), 'rate-limited');
      expect(error.retryAfter).to.equal(30);
      expect(requestsTo('/locations'), 'a long wait is not retried').to.have.length(1);
    });

    it('rejects rate-limited with retryAfter from the header (HTTP date)', async () => {
      controls.failNext = { status: 429, retryAfter: new Date(Date.now() + 90_000).toUTCString() };
      const error = await expectBookingError(restAdapter().book(bookingFor(await firstSlot())), 'rate-limited');
      expect(error.retryAfter).to.be.within(88, 90);
    });

    it('waits out a short Retry-After on a GET, then succeeds', async () => {
      controls.failNext = { status: 429, retryAfter: 1 };
      const started = Date.now();
      const locations = await restAdapter().getLocations();
      expect(locations.length).to.be.greaterThan(0);
      expect(Date.now() - started).to.be.at.least(950);
      expect(requestsTo('/locations')).to.have.length(2);
    });

    it('never waits on a POST, however short the Retry-After', async () => {
      controls.failNext = { status: 429, retryAfter: 1 };
      await expectBookingError(restAdapter().book(bookingFor(await firstSlot())), 'rate-limited');
      expect(requestsTo('/appointments')).to.have.length(1);
    });
  });

  describe('retries', () => {
    for (const status of [502, 503, 504]) {
      it(`retries a GET after ${status} with back-off`, async () => {
        controls.failNext = { status, times: 2 };
        const locations = await restAdapter().getLocations();
        expect(locations.length).to.be.greaterThan(0);
        expect(requestsTo('/locations')).to.have.length(3);
      });
    }

    it('gives up after `retries` retries', async () => {
      controls.failNext = { status: 503, times: 10 };
      await expectBookingError(restAdapter({ retries: 1 }).getLocations(), 'unavailable');
      expect(requestsTo('/locations')).to.have.length(2);
    });

    it('does not retry a 500 or a 4xx', async () => {
      controls.failNext = { status: 500, times: 10 };
      await expectBookingError(restAdapter().getLocations(), 'unavailable');
      controls.failNext = { status: 404, times: 10 };
      await expectBookingError(restAdapter().getLocations(), 'unavailable');
      expect(requestsTo('/locations')).to.have.length(2);
    });

    it('retries a GET after a network failure, never a POST or DELETE', async () => {
      let calls = 0;
      const failing = () => {
        calls += 1;
        return Promise.reject(new TypeError('Failed to fetch'));
      };
      const adapter = restAdapter({ fetch: failing });
      const slot = await firstSlot();
      const restore = goOffline();
      try {
        await expectBookingError(adapter.getLocations(), 'network');
        expect(calls, 'GET: one try and two retries').to.equal(3);
        calls = 0;
        await expectBookingError(adapter.book(bookingFor(slot)), 'network');
        await expectBookingError(adapter.cancel({ reference: 'BT-ABCDEF', token: 't' }), 'network');
        await expectBookingError(
          adapter.holdSlot({ slotId: 'x:y:2026-12-01T10:00', serviceId: 'y', locationId: 'x' }),
          'network',
        );
        await expectBookingError(adapter.releaseHold({ holdId: 'H-1' }), 'network');
      } finally {
        restore();
      }
      expect(calls, 'POST and DELETE: once each').to.equal(4);
    });

    it('never retries a POST after 503', async () => {
      controls.failNext = { status: 503, times: 10 };
      await expectBookingError(restAdapter().book(bookingFor(await firstSlot())), 'unavailable');
      expect(requestsTo('/appointments')).to.have.length(1);
    });
  });

  describe('timeouts and aborts', () => {
    it('rejects with timeout when the server never answers', async () => {
      controls.timeout = true;
      const started = Date.now();
      await expectBookingError(restAdapter({ timeoutMs: 300 }).getLocations(), 'timeout');
      expect(Date.now() - started).to.be.within(250, 2000);
      expect(requestsTo('/locations'), 'a timed-out call is not retried').to.have.length(1);
    });

    it('counts back-off against the same budget', async () => {
      controls.failNext = { status: 429, retryAfter: 2 };
      const started = Date.now();
      await expectBookingError(restAdapter({ timeoutMs: 1000 }).getLocations(), 'rate-limited');
      expect(Date.now() - started, 'no point waiting past the deadline').to.be.below(900);
    });

    it('rejects with a network BookingError when the caller aborts', async () => {
      controls.latencyMs = 5000;
      const controller = new AbortController();
      const pending = restAdapter().getLocations({ signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      const error = await expectBookingError(pending, 'network');
      expect(error.message).to.match(/aborted/);
      expect(requestsTo('/locations'), 'an aborted call is not retried').to.have.length(1);
    });

    it('rejects at once when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      await expectBookingError(restAdapter().book(bookingFor(await firstSlot()), { signal: controller.signal }), 'network');
    });
  });

  describe('headers', () => {
    it('sends an Idempotency-Key on every POST, fresh per call unless the caller gives one', async () => {
      const adapter = restAdapter();
      const [first, second, third] = (
        await backend.getAvailability({ serviceId: 'pas-voksen', locationId: 'centrum', from: '2026-11-23', to: '2026-12-06' })
      ).slots;
      const appointment = await adapter.book(bookingFor(first!));
      const hold = await adapter.holdSlot({ slotId: second!.id, serviceId: second!.serviceId, locationId: second!.locationId });
      await adapter.releaseHold({ holdId: hold.id });
      await adapter.reschedule({ reference: appointment.reference, token: appointment.token, slotId: third!.id });
      await adapter.cancel({ reference: appointment.reference, token: appointment.token });
      const posts = log.filter((entry) => entry.request.method === 'POST');
      expect(posts).to.have.length(4);
      const keys = posts.map((entry) => entry.request.headers.get('Idempotency-Key'));
      for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Set(keys).size).to.equal(4);
      const deletes = log.filter((entry) => entry.request.method === 'DELETE');
      expect(deletes[0]!.request.headers.has('Idempotency-Key')).to.equal(false);
    });

    it("reuses the caller's idempotency key, so a retried booking books once", async () => {
      const adapter = restAdapter();
      const slot = await firstSlot();
      const first = await adapter.book(bookingFor(slot), { idempotencyKey: 'citizen-click-1' });
      const again = await adapter.book(bookingFor(slot), { idempotencyKey: 'citizen-click-1' });
      expect(again.reference).to.equal(first.reference);
      expect(log.map((entry) => entry.request.headers.get('Idempotency-Key'))).to.deep.equal([
        'citizen-click-1',
        'citizen-click-1',
      ]);
    });

    it('sends Accept and Accept-Language (da by default, else the lang option, read per call)', async () => {
      await restAdapter().getLocations();
      let lang = 'en';
      await restAdapter({ lang: () => lang }).getLocations();
      lang = 'da';
      await restAdapter({ lang: () => lang }).getLocations();
      await restAdapter({ lang: 'en' }).getLocations();
      expect(log.map((entry) => entry.request.headers.get('Accept-Language'))).to.deep.equal(['da', 'en', 'da', 'en']);
      expect(log.every((entry) => entry.request.headers.get('Accept') === 'application/json')).to.equal(true);
    });

    it('sends the manage token in X-Manage-Token, never in the URL', async () => {
      const adapter = restAdapter();
      const appointment = await adapter.book(bookingFor(await firstSlot()));
      await adapter.getAppointments({ reference: appointment.reference, token: appointment.token });
      await adapter.cancel({ reference: appointment.reference, token: appointment.token });
      const managing = log.slice(1);
      for (const { request } of managing) {
        expect(request.headers.get('X-Manage-Token')).to.equal(appointment.token);
        expect(request.url).not.to.contain(appointment.token);
      }
    });
  });

  describe('responses are decoded, not trusted', () => {
    it('rejects a body that is not JSON with invalid-response, without retrying', async () => {
      controls.malformed = 'json';
      await expectBookingError(restAdapter().getLocations(), 'invalid-response');
      expect(requestsTo('/locations')).to.have.length(1);
    });

    it('rejects a body of the wrong shape with invalid-response', async () => {
      controls.malformed = 'shape';
      await expectBookingError(restAdapter().getLocations(), 'invalid-response');
      await expectBookingError(restAdapter().book(bookingFor(await firstSlot())), 'invalid-response');
    });

    const answering = (body: unknown) => async () => Response.json(body);
    const slot = {
      id: 's',
      serviceId: 'v',
      locationId: 'l',
      start: '2026-12-01T10:00:00+01:00',
      end: '2026-12-01T10:20:00+01:00',
    };

    it('rejects members of the wrong type, bad dates and unknown statuses', async () => {
      const bad: unknown[] = [
        { slots: [{ ...slot, start: 'tomorrow' }], closedDays: [] },
        { slots: [{ ...slot, remaining: -1 }], closedDays: [] },
        { slots: [], closedDays: [{ date: '1. december', reason: 'x' }] },
        { slots: [slot] },
        [slot],
        null,
      ];
      for (const body of bad) {
        await expectBookingError(
          restAdapter({ fetch: answering(body) }).getAvailability({
            serviceId: 'v',
            locationId: 'l',
            from: '2026-12-01',
            to: '2026-12-01',
          }),
          'invalid-response',
        );
      }
    });

    it('keeps only the members it knows, as plain text', async () => {
      const body = {
        slots: [{ ...slot, html: '<img src=x onerror=alert(1)>', __proto__: { polluted: true } }],
        closedDays: [],
        extra: 1,
      };
      const availability = await restAdapter({ fetch: answering(body) }).getAvailability({
        serviceId: 'v',
        locationId: 'l',
        from: '2026-12-01',
        to: '2026-12-01',
      });
      expect(availability).to.deep.equal({ slots: [slot], closedDays: [] });
    });
  });

  describe('privacy and scope', () => {
    it('never puts the CPR number in a URL or a header, only in the booking body', async () => {
      const adapter = restAdapter({ headers: { 'X-Client': 'borgertid-test' } });
      const slot = await firstSlot();
      const appointment = await adapter.book(bookingFor(slot));
      await adapter.getAppointments({ reference: appointment.reference, token: appointment.token });
      const { slots } = await adapter.getAvailability({
        serviceId: slot.serviceId,
        locationId: slot.locationId,
        from: '2026-11-23',
        to: '2026-11-30',
      });
      await adapter.reschedule({ reference: appointment.reference, token: appointment.token, slotId: slots[1]!.id });
      await adapter.cancel({ reference: appointment.reference, token: appointment.token });
      expect(log.length).to.equal(5);
      for (const { request, response } of log) {
        expect(request.url).not.to.contain(CPR);
        for (const [name, value] of request.headers) expect(`${name}: ${value}`).not.to.contain(CPR);
        expect(response!.text, 'never echoed back').not.to.contain(CPR);
      }
      expect(JSON.stringify(log[0]!.request.body)).to.contain(CPR);
      expect(log[0]!.request.headers.get('X-Client')).to.equal('borgertid-test');
    });

    it('refuses an id that would climb out of its resource, without sending anything', async () => {
      const adapter = restAdapter();
      for (const reference of ['..', '.', '']) {
        await expectBookingError(adapter.cancel({ reference, token: 't' }), 'validation');
      }
      await expectBookingError(adapter.releaseHold({ holdId: '..' }), 'validation');
      expect(log).to.have.length(0);
    });

    it('keeps ids with slashes or queries inside one path segment', async () => {
      controls.failNext = { status: 404, times: 5 };
      await expectBookingError(restAdapter().cancel({ reference: '../../holds?x=1#y%2e%2e', token: 't' }), 'not-found');
      const url = new URL(log[0]!.request.url);
      expect(url.origin).to.equal('https://booking.example.test');
      expect(url.pathname).to.equal('/api/appointments/..%2F..%2Fholds%3Fx%3D1%23y%252e%252e/cancel');
      expect(url.search).to.equal('');
    });

    it('answers slot-taken when someone else takes the slot just before the booking', async () => {
      controls.takeSlotBeforeBook = true;
      const slot = await firstSlot();
      await expectBookingError(restAdapter().book(bookingFor(slot)), 'slot-taken');
      expect(controls.takeSlotBeforeBook, 'one-shot').to.equal(false);
      const { slots } = await restAdapter().getAvailability({
        serviceId: slot.serviceId,
        locationId: slot.locationId,
        from: '2026-11-23',
        to: '2026-12-06',
      });
      expect(slots.map((entry) => entry.id)).not.to.include(slot.id);
    });
  });
  describe('sign-in (auth, over the session resource)', () => {
    const KAREN = { id: 'person-karen', name: 'Karen Testesen', cpr: CPR };
    let auth: ReturnType<typeof testAuth>;

    beforeEach(() => {
      auth = testAuth();
      backend = new MemoryAdapter({ now: contractClock, auth });
      worker.resetHandlers(...createHandlers({ baseUrl, adapter: backend, faults: controls }));
    });

    /** A window whose popup the test closes, or that blocks popups; it records where sign-in went. */
    function fakeWindow(blocked = false) {
      const seen = { opened: [] as string[], navigated: [] as string[], closedByAdapter: false };
      const popup: SignInPopup & { closed: boolean } = {
        closed: false,
        close() {
          popup.closed = true;
          seen.closedByAdapter = true;
        },
      };
      const window: SignInWindow = {
        open: (url) => (seen.opened.push(url), blocked ? null : popup),
        navigate: (url) => void seen.navigated.push(url),
        currentUrl: () => 'https://www.kommune.example/book?step=2',
      };
      return { window, popup, seen };
    }

    it('answers the signed-in citizen (id and name, never a CPR number), or null for nobody', async () => {
      const adapter = restAdapter();
      expect(await adapter.auth!.getSession()).to.equal(null);
      auth.signIn(KAREN);
      expect(await adapter.auth!.getSession()).to.deep.equal({ id: 'person-karen', name: 'Karen Testesen' });
      expect(requestsTo('/session').map((entry) => entry.response!.status)).to.deep.equal([204, 200]);
      for (const { response } of log) expect(response!.text).not.to.contain(CPR);
    });

    it('sends the cookie along on every call (credentials: include)', async () => {
      const credentials: RequestCredentials[] = [];
      const adapter = restAdapter({
        fetch: (input, init) => {
          credentials.push(new Request(input, init).credentials);
          return fetch(input, init);
        },
      });
      await adapter.getLocations();
      await adapter.auth!.getSession();
      await adapter.book(bookingFor(await firstSlot()));
      await adapter.auth!.logout();
      expect(credentials).to.deep.equal(['include', 'include', 'include', 'include']);
    });

    it('signs in through a popup, resolving once the session is there, and closes the popup', async () => {
      const { window, seen } = fakeWindow();
      const adapter = restAdapter({ signInWindow: window, signInPollMs: 5 });
      const login = adapter.auth!.login('https://www.kommune.example/book');
      expect(seen.opened, 'opened at once, inside the click').to.deep.equal([`${baseUrl}/session/login`]);
      // The citizen signs in at the identity provider in the popup.
      auth.signIn(KAREN);
      await login;
      expect(seen.closedByAdapter).to.equal(true);
      expect(await adapter.auth!.getSession()).to.deep.equal({ id: 'person-karen', name: 'Karen Testesen' });
      expect(seen.navigated).to.deep.equal([]);
    });

    it('resolves without a session when the citizen closes the popup', async () => {
      const { window, popup, seen } = fakeWindow();
      const adapter = restAdapter({ signInWindow: window, signInPollMs: 5 });
      // Open at the first look, closed by the citizen at the second.
      let looks = 0;
      Object.defineProperty(popup, 'closed', { get: () => ++looks > 1 });
      await adapter.auth!.login();
      expect(seen.closedByAdapter).to.equal(false);
      expect(requestsTo('/session'), 'one answer after the popup closed is final').to.have.length(2);
      expect(await adapter.auth!.getSession()).to.equal(null);
    });

    it('sends the whole page to sign-in with returnTo when popups are blocked, and does not resolve', async () => {
      const { window, seen } = fakeWindow(true);
      const adapter = restAdapter({ signInWindow: window });
      const given = adapter.auth!.login('https://www.kommune.example/book?lang=en');
      const byDefault = adapter.auth!.login();
      const returnTo = (url: string) => new URL(url).searchParams.get('returnTo');
      expect(seen.navigated.map(returnTo)).to.deep.equal([
        'https://www.kommune.example/book?lang=en',
        'https://www.kommune.example/book?step=2',
      ]);
      expect(new URL(seen.navigated[0]!).pathname).to.equal('/api/session/login');
      const settled = (promise: Promise<void>) => Promise.race([promise.then(() => 'settled'), Promise.resolve('pending')]);
      expect(await settled(given)).to.equal('pending');
      expect(await settled(byDefault)).to.equal('pending');
    });

    it('signs out with a POST that carries an Idempotency-Key', async () => {
      auth.signIn(KAREN);
      const adapter = restAdapter();
      await adapter.auth!.logout();
      expect(await adapter.auth!.getSession()).to.equal(null);
      const [logout] = requestsTo('/session/logout');
      expect(logout!.request.method).to.equal('POST');
      expect(logout!.request.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
      expect(logout!.response!.status).to.equal(204);
    });

    it('treats a backend without sessions ({"signIn": false}, no 404) as nobody signed in, and offers no sign-in that cannot work', async () => {
      worker.resetHandlers(...createHandlers({ baseUrl, adapter: new MemoryAdapter({ now: contractClock }), faults: controls }));
      const { window, seen } = fakeWindow();
      const adapter = restAdapter({ signInWindow: window });
      expect(await adapter.auth!.getSession()).to.equal(null);
      expect(adapter.auth!.available, 'no sign-in to offer').to.equal(false);
      const error = await expectBookingError(adapter.auth!.login(), 'unavailable');
      expect(error.details.status).to.equal(404);
      expect(seen.opened, 'no popup to a sign-in that cannot work').to.deep.equal([]);
      await adapter.auth!.logout();
    });

    it('has no auth with `auth: false`, so elements offer no sign-in', () => {
      expect(restAdapter({ auth: false }).auth).to.equal(undefined);
      expect('auth' in restAdapter({ auth: false })).to.equal(false);
    });

    it('rejects a broken session answer as invalid-response, and a failing backend as unavailable', async () => {
      const adapter = restAdapter({ fetch: async () => Response.json({ name: 'No Id' }) });
      await expectBookingError(adapter.auth!.getSession(), 'invalid-response');
      controls.failNext = { status: 503, times: 5, path: '/session' };
      await expectBookingError(restAdapter({ retries: 0 }).auth!.getSession(), 'unavailable');
    });
  });
});
