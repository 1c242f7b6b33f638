import { expect } from '@open-wc/testing';
import type { AuthProvider, BookingAdapter } from '../../src/core/adapter.js';
import { FALLBACK_HOLD_MS } from '../../src/core/answer-checks.js';
import { checkedAdapter, DEFAULT_TIMEOUT_MS, hostTimeout, unreadableBooking } from '../../src/core/checked-adapter.js';
import { BookingError } from '../../src/core/errors.js';
import type { Availability, Hold, Slot } from '../../src/core/types.js';
import { centrum, nord, passport, service } from '../components/service-picker/fake-adapter.js';

/** 09:00 in Copenhagen on Tuesday 1 December 2026. */
const NOW = new Date('2026-12-01T08:00:00Z');
const now = () => NOW;
const QUERY = { serviceId: passport.id, locationId: centrum.id, from: '2026-12-01', to: '2026-12-31' };
const never = () => new Promise<never>(() => undefined);

/** An adapter that answers plainly; each test swaps the method it is about. */
function adapterWith(overrides: Record<string, unknown>): BookingAdapter {
  return {
    getLocations: async () => [centrum, nord],
    getServices: async () => [passport],
    getAvailability: async () => ({ slots: [], closedDays: [] }),
    book: never,
    getAppointments: async () => [],
    reschedule: never,
    cancel: never,
    ...overrides,
  } as BookingAdapter;
}

function slot(id: string, start: string, end: string, overrides: Partial<Slot> = {}): Slot {
  return { id, serviceId: passport.id, locationId: centrum.id, start, end, ...overrides };
}

async function rejection(promise: Promise<unknown>): Promise<BookingError> {
  try {
    await promise;
  } catch (error) {
    expect(error, 'rejects with a BookingError').to.be.instanceOf(BookingError);
    return error as BookingError;
  }
  throw new Error('expected a rejection');
}

describe('checkedAdapter', () => {
  let warnings: unknown[][];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(() => {
    console.warn = original;
  });
  const warned = () => warnings.map((args) => String(args[0])).join('\n');

  describe('errors', () => {
    it('turns a synchronous throw into invalid-response, with the cause for the integrator', async () => {
      const cause = new RangeError('boom');
      const checked = checkedAdapter(
        adapterWith({
          getLocations: () => {
            throw cause;
          },
        }),
      );
      expect((await rejection(checked.getLocations())).code).to.equal('invalid-response');
      expect(warnings).to.have.length(1);
      expect(warned()).to.contain('getLocations');
      expect(warnings[0]![1] === cause).to.equal(true);
    });

    it('takes a method that is not there (a synchronous TypeError) as invalid-response, not as the network', async () => {
      const { getAppointments: _, ...lacking } = adapterWith({});
      const checked = checkedAdapter(lacking as BookingAdapter);
      expect((await rejection(checked.getAppointments({}))).code).to.equal('invalid-response');
    });

    it('turns an answer that is not a promise into invalid-response', async () => {
      const checked = checkedAdapter(adapterWith({ getServices: () => [passport] }));
      expect((await rejection(checked.getServices({}))).code).to.equal('invalid-response');
      expect(warned()).to.contain('getServices answered object, not a promise');
    });

    it('takes a raw TypeError as a network error, and any other rejection as invalid-response', async () => {
      const fetchFailed = checkedAdapter(adapterWith({ getLocations: () => Promise.reject(new TypeError('Failed to fetch')) }));
      expect((await rejection(fetchFailed.getLocations())).code).to.equal('network');
      const odd = checkedAdapter(adapterWith({ getLocations: () => Promise.reject('nope') }));
      expect((await rejection(odd.getLocations())).code).to.equal('invalid-response');
    });

    it('passes a BookingError on as it is, also one of another copy of the library', async () => {
      const own = new BookingError('slot-taken', 'taken');
      const checked = checkedAdapter(adapterWith({ book: () => Promise.reject(own) }));
      expect((await rejection(checked.book({} as never))) === own).to.equal(true);
      // Another copy's class: no prototype in common, only the shared brand.
      const brand = { [Symbol.for('borgertid.BookingError')]: true };
      const other = Object.assign(Object.create(brand) as object, { name: 'BookingError', code: 'rate-limited', details: {} });
      const fromOther = checkedAdapter(adapterWith({ getLocations: () => Promise.reject(other) }));
      expect((await rejection(fromOther.getLocations())).code).to.equal('rate-limited');
      expect(warnings).to.have.length(0);
    });

    it('refuses a BookingError with a code the elements do not know', async () => {
      const strange = new BookingError('exploded' as never, 'x');
      const checked = checkedAdapter(adapterWith({ getLocations: () => Promise.reject(strange) }));
      expect((await rejection(checked.getLocations())).code).to.equal('invalid-response');
    });
  });

  describe('deadlines', () => {
    it('rejects timeout when the adapter never answers, and aborts the signal it was given', async () => {
      let seen: AbortSignal | undefined;
      const checked = checkedAdapter(
        adapterWith({
          getServices: (_: unknown, options: { signal: AbortSignal }) => ((seen = options.signal), never()),
        }),
        { timeout: 30 },
      );
      const error = await rejection(checked.getServices({}));
      expect(error.code).to.equal('timeout');
      expect(error.retryable).to.equal(true);
      expect(seen?.aborted).to.equal(true);
      expect((seen?.reason as DOMException).name).to.equal('TimeoutError');
      expect(warned()).to.contain('did not answer within 30 ms');
    });

    it('settles at once when the caller aborts, as network, or as timeout for a TimeoutError reason', async () => {
      let seen: AbortSignal | undefined;
      const checked = checkedAdapter(
        adapterWith({ getLocations: (options: { signal: AbortSignal }) => ((seen = options.signal), never()) }),
      );
      const caller = new AbortController();
      const call = checked.getLocations({ signal: caller.signal });
      caller.abort();
      expect((await rejection(call)).code).to.equal('network');
      expect(seen?.aborted).to.equal(true);
      const timedOut = new AbortController();
      const second = checked.getLocations({ signal: timedOut.signal });
      timedOut.abort(new DOMException('late', 'TimeoutError'));
      expect((await rejection(second)).code).to.equal('timeout');
      // An already aborted signal: the adapter is not even asked.
      let asked = false;
      const idle = checkedAdapter(adapterWith({ getLocations: () => ((asked = true), never()) }));
      await rejection(idle.getLocations({ signal: caller.signal }));
      expect(asked).to.equal(false);
    });

    it('puts the deadline on auth.getSession and logout, not on login', async () => {
      let loggedIn!: () => void;
      const auth: AuthProvider = {
        getSession: never,
        login: () => new Promise<void>((resolve) => (loggedIn = resolve)),
        logout: never,
      };
      const checked = checkedAdapter(adapterWith({ auth }), { timeout: 20 });
      expect((await rejection(checked.auth!.getSession())).code).to.equal('timeout');
      expect((await rejection(checked.auth!.logout())).code).to.equal('timeout');
      const login = checked.auth!.login('https://kommune.example/');
      await new Promise((resolve) => setTimeout(resolve, 40));
      loggedIn();
      await login;
    });

    it('uses the default deadline for a timeout that is not a positive number', () => {
      expect(DEFAULT_TIMEOUT_MS).to.equal(20_000);
      expect(hostTimeout({ timeout: 300 })).to.equal(300);
      for (const timeout of [undefined, '300', -1, 0, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(hostTimeout({ timeout }), String(timeout)).to.equal(undefined);
      }
    });
  });

  describe('identity', () => {
    it('is memoised per adapter, timeout and clock, and never checks twice', () => {
      const raw = adapterWith({});
      const checked = checkedAdapter(raw, { timeout: 300, now });
      expect(checkedAdapter(raw, { timeout: 300, now }) === checked).to.equal(true);
      expect(checkedAdapter(raw, { timeout: 301, now }) === checked).to.equal(false);
      expect(checkedAdapter(raw, { timeout: 300 }) === checked).to.equal(false);
      expect(checkedAdapter(checked, { timeout: 300, now }) === checked).to.equal(true);
    });

    it('keeps optional methods optional', () => {
      const bare = checkedAdapter(adapterWith({}));
      expect('holdSlot' in bare || 'releaseHold' in bare || 'auth' in bare).to.equal(false);
      const full = checkedAdapter(adapterWith({ holdSlot: never, releaseHold: async () => undefined, auth: {} }));
      expect(typeof full.holdSlot === 'function' && typeof full.releaseHold === 'function' && Boolean(full.auth)).to.equal(true);
    });
  });

  describe('shape', () => {
    it('refuses offices of another shape, naming the member', async () => {
      const odd = { ...centrum, address: 'Rådhuspladsen 1, 8000 Aarhus C' };
      const checked = checkedAdapter(adapterWith({ getLocations: async () => [centrum, odd] }));
      const error = await rejection(checked.getLocations());
      expect(error.code).to.equal('invalid-response');
      expect(error.message).to.contain('locations[1].address');
      expect(warned()).to.contain('locations[1].address: expected an object');
    });

    it('refuses errands with documents instead of documentsToBring', async () => {
      const { documentsToBring, ...rest } = passport;
      const checked = checkedAdapter(adapterWith({ getServices: async () => [{ ...rest, documents: documentsToBring }] }));
      expect((await rejection(checked.getServices({}))).message).to.contain('services[0].documentsToBring');
    });

    it('decodes the session of any auth provider, keeping what fills in the form', async () => {
      const session = { id: 'p-1', name: 'Karen', cpr: '0101901234', email: 'k@example.dk', phone: '12345678' };
      const auth = (answer: unknown): AuthProvider => ({ getSession: async () => answer as null, login: never, logout: never });
      const checked = checkedAdapter(adapterWith({ auth: auth({ ...session, role: 'admin' }) }));
      expect(await checked.auth!.getSession()).to.deep.equal(session);
      expect(await checkedAdapter(adapterWith({ auth: auth(null) })).auth!.getSession()).to.equal(null);
      const broken = checkedAdapter(adapterWith({ auth: auth({ name: 42 }) }));
      expect((await rejection(broken.auth!.getSession())).code).to.equal('invalid-response');
    });

    it('refuses a cancellation answered as still booked, and a change answered for another appointment', async () => {
      const appointment = {
        reference: 'BT-7K3Q9M',
        status: 'booked',
        service: passport,
        location: centrum,
        start: '2026-12-02T10:00:00+01:00',
        end: '2026-12-02T10:15:00+01:00',
      };
      const cancelled = { ...appointment, status: 'cancelled' };
      const answering = (cancel: unknown, reschedule: unknown) =>
        checkedAdapter(adapterWith({ cancel: async () => cancel, reschedule: async () => reschedule }));
      const good = answering(cancelled, appointment);
      expect((await good.cancel({ reference: 'bt 7k3q9m' })).status).to.equal('cancelled');
      expect((await good.reschedule({ reference: 'BT-7K3Q9M', slotId: 's2' })).status).to.equal('booked');
      expect(warnings).to.have.length(0);
      const wrong = answering(appointment, cancelled);
      expect((await rejection(wrong.cancel({ reference: 'BT-7K3Q9M' }))).code).to.equal('invalid-response');
      expect((await rejection(wrong.reschedule({ reference: 'BT-7K3Q9M', slotId: 's2' }))).code).to.equal('invalid-response');
      const other = answering({ ...cancelled, reference: 'BT-AAAAAA' }, { ...appointment, reference: 'BT-AAAAAA' });
      expect((await rejection(other.cancel({ reference: 'BT-7K3Q9M' }))).code).to.equal('invalid-response');
      expect((await rejection(other.reschedule({ reference: 'BT-7K3Q9M', slotId: 's2' }))).code).to.equal('invalid-response');
      expect(warned()).to.contain('cancel answered the appointment with status "booked", not "cancelled"');
      expect(warned()).to.contain('reschedule answered another appointment than the one asked about');
      expect(warned()).to.not.contain('7K3Q9M');
      expect(warnings).to.have.length(4);
    });

    it('refuses a hold of another slot', async () => {
      const hold: Hold = { id: 'h1', slotId: 'other', expiresAt: '2026-12-01T08:10:00Z' };
      const checked = checkedAdapter(adapterWith({ holdSlot: async () => hold }), { now });
      const error = await rejection(checked.holdSlot!({ slotId: 's1', serviceId: passport.id, locationId: centrum.id }));
      expect(error.code).to.equal('invalid-response');
    });

    it('tells the flow that book said yes when its answer is unreadable, with the reference it had', async () => {
      const long = 'BT-'.padEnd(2000, 'X');
      const checked = checkedAdapter(adapterWith({ book: async () => ({ reference: long }) }));
      const error = await rejection(checked.book({} as never));
      expect(error.code).to.equal('invalid-response');
      expect(unreadableBooking(error)).to.deep.equal({ reference: long });
      const nothing = await rejection(checkedAdapter(adapterWith({ book: async () => undefined })).book({} as never));
      expect(unreadableBooking(nothing)).to.deep.equal({});
      const refused = await rejection(
        checkedAdapter(adapterWith({ book: () => Promise.reject(new BookingError('slot-taken', 'x')) })).book({} as never),
      );
      expect(unreadableBooking(refused)).to.equal(undefined);
      // A RestAdapter decodes for itself: its invalid-response on a 201 was a yes as well, on a 500 not.
      const unread201 = new BookingError('invalid-response', 'x', { status: 201 });
      const rest = await rejection(checkedAdapter(adapterWith({ book: () => Promise.reject(unread201) })).book({} as never));
      expect(unreadableBooking(rest)).to.deep.equal({});
      const broken500 = new BookingError('invalid-response', 'x', { status: 500 });
      const failed = await rejection(checkedAdapter(adapterWith({ book: () => Promise.reject(broken500) })).book({} as never));
      expect(unreadableBooking(failed)).to.equal(undefined);
    });
  });

  describe('well-formed but wrong data', () => {
    it('keeps the first of errands and offices sharing an id, with one note per call', async () => {
      const twin = { ...passport, name: 'Kørekort' };
      const checked = checkedAdapter(
        adapterWith({ getServices: async () => [passport, twin], getLocations: async () => [centrum, nord, { ...centrum }] }),
      );
      const services = await checked.getServices({});
      expect(services.map((s) => s.name)).to.deep.equal([passport.name]);
      expect((await checked.getLocations()).map((l) => l.id)).to.deep.equal(['centrum', 'nord']);
      expect(warnings).to.have.length(2);
      expect(warned()).to.contain('1 services with a duplicate id ("pas-fornyelse")');
      expect(warned()).to.contain('1 offices with a duplicate id ("centrum")');
    });

    it('keeps to the office and the reference asked about', async () => {
      const elsewhere = service('kun-nord', { locationIds: ['nord'] });
      const appointment = (reference: string) => ({
        reference,
        status: 'booked',
        service: passport,
        location: centrum,
        start: '2026-12-02T10:00:00+01:00',
        end: '2026-12-02T10:15:00+01:00',
      });
      const checked = checkedAdapter(
        adapterWith({
          getServices: async () => [passport, elsewhere],
          getAppointments: async () => [appointment('BT-7K3Q9M'), appointment('BT-AAAAAA')],
        }),
      );
      expect((await checked.getServices({ locationId: 'centrum' })).map((s) => s.id)).to.deep.equal([passport.id]);
      expect((await checked.getServices({})).map((s) => s.id)).to.deep.equal([passport.id, 'kun-nord']);
      const found = await checked.getAppointments({ reference: 'bt-7k3q9m', token: 't' });
      expect(found.map((a) => a.reference)).to.deep.equal(['BT-7K3Q9M']);
      expect((await checked.getAppointments({})).length).to.equal(2);
      expect(warned()).to.contain('1 services the office does not offer ("kun-nord")');
      expect(warned()).to.contain('1 appointments other than the one asked about.');
      expect(warned()).to.not.contain('AAAAAA');
      expect(warnings).to.have.length(2);
    });

    it('does not offer errands whose fee or duration cannot be used', async () => {
      const answer = [
        service('text-fee', { fee: '150' as never }),
        service('nan-fee', { fee: Number.NaN }),
        service('negative-fee', { fee: -5 }),
        service('no-time', { durationMinutes: 0 }),
        service('free'),
        service('paid', { fee: 727.5 }),
      ];
      const checked = checkedAdapter(adapterWith({ getServices: async () => answer }));
      const services = await checked.getServices({});
      expect(services.map((s) => s.id)).to.deep.equal(['free', 'paid']);
      expect(warnings).to.have.length(1);
      expect(warned()).to.contain('3 services without a usable fee ("text-fee", "nan-fee", "negative-fee")');
      expect(warned()).to.contain('1 services without a positive whole duration ("no-time")');
    });

    it('drops slots that cannot be offered, each for its reason, in one note', async () => {
      const good = slot('good', '2026-12-02T10:00:00+01:00', '2026-12-02T10:15:00+01:00');
      const answer: Availability = {
        slots: [
          good,
          slot('good', '2026-12-02T11:00:00+01:00', '2026-12-02T11:15:00+01:00'),
          slot('backwards', '2026-12-02T09:15:00+01:00', '2026-12-02T09:00:00+01:00'),
          slot('empty', '2026-12-02T09:15:00+01:00', '2026-12-02T09:15:00+01:00'),
          slot('started', '2026-12-01T08:45:00+01:00', '2026-12-01T09:00:00+01:00'),
          slot('started-now', '2026-12-01T09:00:00+01:00', '2026-12-01T09:15:00+01:00'),
          slot('january', '2027-01-04T09:00:00+01:00', '2027-01-04T09:15:00+01:00'),
          slot('other-errand', '2026-12-02T10:00:00+01:00', '2026-12-02T10:15:00+01:00', { serviceId: 'flytning' }),
          slot('other-office', '2026-12-02T10:00:00+01:00', '2026-12-02T10:15:00+01:00', { locationId: 'nord' }),
          slot('christmas', '2026-12-24T10:00:00+01:00', '2026-12-24T10:15:00+01:00'),
        ],
        closedDays: [{ date: '2026-12-24', reason: 'Juleaftensdag' }],
      };
      const checked = checkedAdapter(adapterWith({ getAvailability: async () => answer }), { now });
      const { slots, closedDays } = await checked.getAvailability(QUERY);
      expect(slots).to.deep.equal([good]);
      expect(closedDays).to.deep.equal(answer.closedDays);
      expect(warnings).to.have.length(1);
      for (const note of [
        '1 slots with a duplicate id ("good")',
        '2 slots not ending after they start ("backwards", "empty")',
        '2 slots already started ("started", "started-now")',
        '1 slots outside the dates asked for ("january")',
        '2 slots of another errand or office ("other-errand", "other-office")',
        '1 slots on a closed day ("christmas")',
      ]) {
        expect(warned()).to.contain(note);
      }
    });

    it("re-expresses slot and appointment times in another offset in Copenhagen's, with one note per call", async () => {
      const utc = slot('utc', '2026-12-02T09:00:00Z', '2026-12-02T09:15:00.000Z');
      const zero = slot('zero', '2027-07-01T08:00:00+00:00', '2027-07-01T08:15:00+00:00');
      const right = slot('right', '2026-12-02T11:00:00+01:00', '2026-12-02T11:15:00+01:00');
      const checked = checkedAdapter(
        adapterWith({ getAvailability: async () => ({ slots: [utc, zero, right], closedDays: [] }) }),
        { now },
      );
      const { slots } = await checked.getAvailability({ ...QUERY, to: '2027-07-31' });
      expect(slots.map(({ id, start, end }) => ({ id, start, end }))).to.deep.equal([
        { id: 'utc', start: '2026-12-02T10:00:00+01:00', end: '2026-12-02T10:15:00+01:00' },
        { id: 'zero', start: '2027-07-01T10:00:00+02:00', end: '2027-07-01T10:15:00+02:00' },
        { id: 'right', start: right.start, end: right.end },
      ]);
      expect(warnings).to.have.length(1);
      expect(warned()).to.contain('getAvailability answered 2 times in another offset');
      expect(warned()).to.contain('"2026-12-02T09:00:00Z"');

      warnings = [];
      const appointment = { reference: 'BT-7K3Q9M', status: 'booked', service: passport, location: centrum };
      const booked = await checkedAdapter(
        adapterWith({ book: async () => ({ ...appointment, token: 't', start: utc.start, end: utc.end }) }),
      ).book({} as never);
      expect([booked.start, booked.end]).to.deep.equal(['2026-12-02T10:00:00+01:00', '2026-12-02T10:15:00+01:00']);
      expect(warnings).to.have.length(1);
      expect(warned()).to.contain('book answered 1 time in another offset');
    });

    it('reads "already started" on the clock it is given, not the device’s', async () => {
      const tomorrow = slot('tomorrow', '2026-12-02T10:00:00+01:00', '2026-12-02T10:15:00+01:00');
      const adapter = adapterWith({ getAvailability: async () => ({ slots: [tomorrow], closedDays: [] }) });
      const later = () => new Date('2026-12-02T12:00:00Z');
      expect((await checkedAdapter(adapter, { now }).getAvailability(QUERY)).slots).to.have.length(1);
      expect((await checkedAdapter(adapter, { now: later }).getAvailability(QUERY)).slots).to.have.length(0);
    });

    it('says nothing when nothing is wrong', async () => {
      const checked = checkedAdapter(adapterWith({}), { now });
      await checked.getLocations();
      await checked.getServices({});
      await checked.getAvailability(QUERY);
      expect(warnings).to.have.length(0);
    });
  });

  describe('holds on the device clock', () => {
    const query = { slotId: 's1', serviceId: passport.id, locationId: centrum.id };
    /** The backend's clock: 09:00 on 1 December; its holds last ten minutes. */
    const serverHold: Hold = { id: 'h1', slotId: 's1', issuedAt: '2026-12-01T08:00:00Z', expiresAt: '2026-12-01T08:10:00Z' };
    const holdAt = (device: string, answer: Hold) =>
      checkedAdapter(adapterWith({ holdSlot: async () => answer }), { now: () => new Date(device) }).holdSlot!(query);

    it('counts from issuedAt on a device three hours ahead and one five hours behind', async () => {
      const ahead = await holdAt('2026-12-01T11:00:00Z', serverHold);
      expect(ahead).to.deep.equal({
        id: 'h1',
        slotId: 's1',
        issuedAt: '2026-12-01T11:00:00.000Z',
        expiresAt: '2026-12-01T11:10:00.000Z',
      });
      const behind = await holdAt('2026-12-01T03:00:00Z', serverHold);
      expect(behind.expiresAt).to.equal('2026-12-01T03:10:00.000Z');
      expect(warnings).to.have.length(0);
    });

    it('trusts expiresAt without issuedAt while it is ahead, and gives a lapsed one a default lifetime with a note', async () => {
      const { issuedAt: _, ...plain } = serverHold;
      expect((await holdAt('2026-12-01T08:00:00Z', plain)).expiresAt).to.equal('2026-12-01T08:10:00.000Z');
      expect(warnings).to.have.length(0);
      const lapsed = await holdAt('2026-12-01T11:00:00Z', plain);
      expect(Date.parse(lapsed.expiresAt) - Date.parse('2026-12-01T11:00:00Z')).to.equal(FALLBACK_HOLD_MS);
      expect(warnings).to.have.length(1);
      expect(warned()).to.contain('hold "h1" had lapsed when it arrived');
    });

    it('changes nothing when a checked hold is checked again', async () => {
      const once = await holdAt('2026-12-01T11:00:00Z', serverHold);
      expect(await holdAt('2026-12-01T11:00:00Z', once)).to.deep.equal(once);
    });
  });
});
