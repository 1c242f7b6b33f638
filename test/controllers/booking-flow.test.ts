import { expect, fixture, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { BookingFlowController, type BookingFlowOptions, type ViewEffect } from '../../src/controllers/booking-flow.js';
import type { AuthProvider, BookingAdapter, CallOptions, HoldQuery } from '../../src/core/adapter.js';
import type { ContactDetails, FlowStep } from '../../src/core/booking-flow.js';
import { BookingError } from '../../src/core/errors.js';
import type { Appointment, BookingRequest, Hold, Location, Service, Session, Slot } from '../../src/core/types.js';
import { ManualClock } from '../support/manual-clock.js';
import { centrum, deferred, nord, service, type Deferred } from '../components/service-picker/fake-adapter.js';

const NOW = '2026-11-23T08:00:00Z';

/** Offered everywhere, at one office only, and only to a signed-in citizen. */
const moving = service('flytning', { name: 'Flytning' });
const licence = service('koerekort', { name: 'Kørekort', locationIds: ['centrum'] });
const passport = service('pas', { name: 'Pas', requiresLogin: true });

const slot: Slot = {
  id: 'centrum-2026-11-24T10:00',
  serviceId: moving.id,
  locationId: centrum.id,
  start: '2026-11-24T10:00:00+01:00',
  end: '2026-11-24T10:15:00+01:00',
};
const holdOf = (id: string): Hold => ({ id, slotId: slot.id, expiresAt: '2026-11-23T08:10:00Z' });
const karen: Session = { name: 'Karen Jensen', cpr: '0101901234' };
const details: ContactDetails = { citizen: { name: 'Karen Jensen', email: 'karen@example.dk' } };

function appointmentFor(request: BookingRequest): Appointment {
  return {
    reference: 'BT-7K3Q9M',
    status: 'booked',
    service: moving,
    location: centrum,
    start: slot.start,
    end: slot.end,
    citizenName: request.citizen.name,
  };
}

/** MitID under the test's thumb: each login and logout waits until the test answers it. */
class ScriptedAuth implements AuthProvider {
  logins: Array<{ returnTo: string | undefined; answer: Deferred<void> }> = [];
  logouts: Array<Deferred<void>> = [];
  sessionFails = false;

  constructor(public session: Session | null = null) {}

  getSession(): Promise<Session | null> {
    return this.sessionFails ? Promise.reject(new BookingError('network', 'fake network')) : Promise.resolve(this.session);
  }

  login(returnTo?: string): Promise<void> {
    const answer = deferred<void>();
    this.logins.push({ returnTo, answer });
    return answer.promise;
  }

  logout(): Promise<void> {
    const answer = deferred<void>();
    this.logouts.push(answer);
    return answer.promise;
  }
}

/**
 * A backend whose holds and bookings wait until the test answers them (deferred promises),
 * recording what was asked: holds, releases and bookings with their idempotency keys.
 */
class ScriptedAdapter implements BookingAdapter {
  readonly holds: Array<{ query: HoldQuery; answer: Deferred<Hold> }> = [];
  readonly released: string[] = [];
  readonly books: Array<{ request: BookingRequest; key: string | undefined; answer: Deferred<Appointment> }> = [];
  /** When set, the offices and errands wait for it. */
  catalogueGate: Deferred<void> | undefined;
  releaseFails = false;
  holdSlot?: (query: HoldQuery) => Promise<Hold>;
  releaseHold?: (query: { holdId: string }) => Promise<void>;
  auth?: AuthProvider;

  constructor(options: { holds?: boolean; auth?: ScriptedAuth } = {}) {
    if (options.auth) this.auth = options.auth;
    if (options.holds === false) return;
    this.holdSlot = (query) => {
      const answer = deferred<Hold>();
      this.holds.push({ query: { ...query }, answer });
      return answer.promise;
    };
    this.releaseHold = ({ holdId }) => {
      this.released.push(holdId);
      return this.releaseFails ? Promise.reject(new BookingError('network', 'fake network')) : Promise.resolve();
    };
  }

  async getLocations(): Promise<Location[]> {
    await this.catalogueGate?.promise;
    return structuredClone([centrum, nord]);
  }

  async getServices(query: { locationId?: string }): Promise<Service[]> {
    await this.catalogueGate?.promise;
    const all = [moving, licence, passport];
    return structuredClone(
      query.locationId ? all.filter((s) => !s.locationIds || s.locationIds.includes(query.locationId!)) : all,
    );
  }

  book(request: BookingRequest, options?: CallOptions): Promise<Appointment> {
    const answer = deferred<Appointment>();
    this.books.push({ request: structuredClone(request), key: options?.idempotencyKey, answer });
    return answer.promise;
  }

  getAvailability(): never {
    throw new Error('not used by the flow');
  }
  getAppointments(): never {
    throw new Error('not used by the flow');
  }
  reschedule(): never {
    throw new Error('not used by the flow');
  }
  cancel(): never {
    throw new Error('not used by the flow');
  }
}

/** The element the controller lives in: nothing but a host. */
class FlowHost extends LitElement {}
const tag = `test-booking-flow-host-${Math.random().toString(36).slice(2, 10)}`;
customElements.define(tag, FlowHost);

/** Lets the adapter's answers (a few promise turns) come in. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

async function setup(options: Partial<BookingFlowOptions> = {}) {
  const host = await fixture<FlowHost>(`<${tag}></${tag}>`);
  const steps: Array<[FlowStep, FlowStep]> = [];
  const views: ViewEffect[] = [];
  let keys = 0;
  // The controller's catalogue keeps its timers on it; none of these tests needs them to run.
  const clock = new ManualClock(NOW);
  const flow = new BookingFlowController(host, {
    clock: () => clock,
    onStepChange: (step, previousStep) => steps.push([step, previousStep]),
    onViewEffect: (effect) => views.push(effect),
    returnTo: () => 'https://kommune.example/book',
    makeKey: () => `key-${++keys}`,
    ...options,
  });
  return { host, flow, steps, views, clock, keysMade: () => keys };
}

type Flow = BookingFlowController;

/** Chooses the errand and the time; with holds, answers the hold with `hold`. */
async function chooseTime(
  flow: Flow,
  adapter: ScriptedAdapter,
  hold = holdOf('hold-1'),
  chosen: Service = moving,
): Promise<void> {
  flow.send({ type: 'choose-service', service: chosen, location: centrum });
  flow.send({ type: 'choose-slot', slot });
  if (!adapter.holdSlot) return;
  adapter.holds.at(-1)!.answer.resolve(hold);
  await waitUntil(() => flow.state.busy === undefined, 'the hold is in');
}

/** From the start to the summary, the time held by `hold`. */
async function toSummary(flow: Flow, adapter: ScriptedAdapter, hold = holdOf('hold-1')): Promise<void> {
  flow.start(adapter, {});
  await chooseTime(flow, adapter, hold);
  flow.send({ type: 'submit-details', details, asTyped: details });
  expect(flow.state.step).to.equal('summary');
}

describe('BookingFlowController', () => {
  it('starts on the first step, asking nothing when there is nothing to look up', async () => {
    const { flow, steps } = await setup();
    const adapter = new ScriptedAdapter();
    flow.start(adapter, {});
    expect(flow.backend === adapter).to.equal(true);
    expect(flow.state.step).to.equal('service');
    expect(flow.state.busy).to.equal(undefined);
    expect(flow.state.canHold).to.equal(true);
    expect(flow.state.canSignIn).to.equal(false);
    expect(steps).to.deep.equal([]);

    flow.start(undefined, {});
    expect(flow.backend).to.equal(undefined);
    expect(flow.state.canHold).to.equal(false);
  });

  it('holds the chosen time once, and moves on when the hold is in', async () => {
    const { flow, steps, views } = await setup();
    const adapter = new ScriptedAdapter();
    flow.start(adapter, {});
    flow.send({ type: 'choose-service', service: moving, location: centrum });
    expect(flow.state.step).to.equal('time');
    flow.send({ type: 'choose-slot', slot });
    expect(flow.send({ type: 'choose-slot', slot }).refused, 'a double click holds once').to.be.a('string');
    expect(adapter.holds).to.have.length(1);
    expect(adapter.holds[0]!.query).to.deep.equal({ slotId: slot.id, serviceId: moving.id, locationId: centrum.id });
    expect(flow.state.step, 'waits for the hold').to.equal('time');

    adapter.holds[0]!.answer.resolve(holdOf('hold-1'));
    await waitUntil(() => flow.state.step === 'details');
    expect(flow.state.hold?.id).to.equal('hold-1');
    expect(steps).to.deep.equal([
      ['time', 'service'],
      ['details', 'time'],
    ]);
    expect(views.at(-1)).to.deep.equal({ type: 'focus', target: 'heading' });
  });

  it('goes on without a hold when the backend has none, and books without one', async () => {
    const { flow } = await setup();
    const adapter = new ScriptedAdapter({ holds: false });
    flow.start(adapter, {});
    expect(flow.state.canHold).to.equal(false);
    flow.send({ type: 'choose-service', service: moving, location: centrum });
    flow.send({ type: 'choose-slot', slot });
    expect(flow.state.step).to.equal('details');
    flow.send({ type: 'submit-details', details, asTyped: details });
    flow.confirm();
    expect(adapter.books).to.have.length(1);
    expect(adapter.books[0]!.request.holdId).to.equal(undefined);
    expect(adapter.books[0]!.request.slotId).to.equal(slot.id);
  });

  it('books exactly once per confirmation, however often "Bekræft" is pressed', async () => {
    const { flow, steps, views } = await setup();
    const adapter = new ScriptedAdapter();
    await toSummary(flow, adapter);
    views.length = 0;
    expect(flow.confirm().refused).to.equal(undefined);
    expect(flow.confirm().refused).to.be.a('string');
    expect(flow.confirm().refused).to.be.a('string');
    expect(adapter.books).to.have.length(1);
    const [call] = adapter.books;
    expect(call!.key).to.equal('key-1');
    expect(call!.request).to.deep.equal({
      slotId: slot.id,
      serviceId: moving.id,
      locationId: centrum.id,
      citizen: details.citizen,
      holdId: 'hold-1',
    });

    const appointment = appointmentFor(call!.request);
    call!.answer.resolve(appointment);
    await waitUntil(() => flow.state.step === 'receipt');
    expect(flow.state.appointment?.reference).to.equal('BT-7K3Q9M');
    expect(flow.confirm().refused, 'nothing to confirm on the receipt').to.be.a('string');
    expect(adapter.books).to.have.length(1);
    expect(steps.at(-1)).to.deep.equal(['receipt', 'summary']);
    const booked = views.filter((effect) => effect.type === 'booked');
    expect(booked).to.have.length(1);
    expect(booked[0]).to.deep.equal({ type: 'booked', appointment });
    expect(
      views.every((effect) => ['announce', 'focus', 'refresh-calendar', 'booked'].includes(effect.type)),
      'only view effects reach the view',
    ).to.equal(true);
  });

  it('retries a failed booking with the same idempotency key', async () => {
    const { flow, keysMade } = await setup();
    const adapter = new ScriptedAdapter();
    await toSummary(flow, adapter);
    flow.confirm();
    adapter.books[0]!.answer.reject(new BookingError('timeout', 'fake timeout'));
    await waitUntil(() => flow.state.busy === undefined);
    expect(flow.state.step).to.equal('summary');
    expect(flow.state.notice).to.include({ kind: 'error', retry: 'book' });

    flow.confirm();
    expect(keysMade(), 'a fresh key was offered').to.equal(2);
    expect(adapter.books).to.have.length(2);
    expect(adapter.books[1]!.key, 'but the retry keeps the first').to.equal('key-1');
    expect(adapter.books[1]!.request).to.deep.equal(adapter.books[0]!.request);
    adapter.books[1]!.answer.resolve(appointmentFor(adapter.books[1]!.request));
    await waitUntil(() => flow.state.step === 'receipt');
  });

  it('replays the failed attempt with its key when the hold lapsed meanwhile, instead of holding again', async () => {
    const { flow } = await setup();
    const adapter = new ScriptedAdapter();
    await toSummary(flow, adapter);
    flow.confirm();
    adapter.books[0]!.answer.reject(new BookingError('network', 'fake network'));
    await waitUntil(() => flow.state.busy === undefined);
    flow.send({ type: 'hold-expired' });
    expect(flow.state.hold).to.equal(undefined);

    flow.confirm();
    expect(adapter.holds, 'no new hold: the first attempt may have booked this very time').to.have.length(1);
    expect(adapter.books).to.have.length(2);
    expect(adapter.books[1]!.key).to.equal('key-1');
    expect(adapter.books[1]!.request.holdId).to.equal(undefined);
  });

  it('a new booking after the receipt gets a new key', async () => {
    const { flow } = await setup();
    const adapter = new ScriptedAdapter();
    await toSummary(flow, adapter);
    flow.confirm();
    adapter.books[0]!.answer.resolve(appointmentFor(adapter.books[0]!.request));
    await waitUntil(() => flow.state.step === 'receipt');

    flow.send({ type: 'restart' });
    expect(flow.state.step).to.equal('service');
    await chooseTime(flow, adapter, holdOf('hold-2'));
    flow.send({ type: 'submit-details', details, asTyped: details });
    flow.confirm();
    expect(adapter.books).to.have.length(2);
    expect(adapter.books[1]!.key).to.equal('key-2');
    expect(adapter.books[1]!.request.holdId).to.equal('hold-2');
  });

  it('ignores a booking answer from an adapter the flow has left', async () => {
    const { flow, views } = await setup();
    const first = new ScriptedAdapter();
    await toSummary(flow, first);
    flow.confirm();
    const second = new ScriptedAdapter();
    flow.start(second, {});
    first.books[0]!.answer.resolve(appointmentFor(first.books[0]!.request));
    await settle();
    expect(flow.backend === second).to.equal(true);
    expect(flow.state.step).to.equal('service');
    expect(flow.state.appointment).to.equal(undefined);
    expect(views.some((effect) => effect.type === 'booked')).to.equal(false);
  });

  it('releases a late hold from an adapter the flow has left', async () => {
    const { flow } = await setup();
    const first = new ScriptedAdapter();
    flow.start(first, {});
    flow.send({ type: 'choose-service', service: moving, location: centrum });
    flow.send({ type: 'choose-slot', slot });
    const second = new ScriptedAdapter();
    flow.start(second, {});
    first.holds[0]!.answer.resolve(holdOf('late'));
    await waitUntil(() => first.released.length > 0, 'the late hold is given back');
    expect(first.released).to.deep.equal(['late']);
    expect(second.released).to.deep.equal([]);
    expect(flow.state.hold).to.equal(undefined);
    expect(flow.state.step).to.equal('service');
  });

  it('releases a late hold after a restart, and after going back a step', async () => {
    const { flow } = await setup();
    const adapter = new ScriptedAdapter();
    flow.start(adapter, {});
    flow.send({ type: 'choose-service', service: moving, location: centrum });
    flow.send({ type: 'choose-slot', slot });
    flow.send({ type: 'restart' });
    adapter.holds[0]!.answer.resolve(holdOf('after-restart'));
    await waitUntil(() => adapter.released.length === 1);
    expect(adapter.released).to.deep.equal(['after-restart']);
    expect(flow.state.hold).to.equal(undefined);
    expect(flow.state.step).to.equal('service');

    flow.send({ type: 'choose-service', service: moving, location: centrum });
    flow.send({ type: 'choose-slot', slot });
    expect(flow.send({ type: 'go-to', step: 'service' }).refused).to.equal(undefined);
    adapter.holds[1]!.answer.resolve(holdOf('after-going-back'));
    await waitUntil(() => adapter.released.length === 2);
    expect(adapter.released).to.deep.equal(['after-restart', 'after-going-back']);
    expect(flow.state.hold).to.equal(undefined);
  });

  it('gives the hold back when the citizen returns to the calendar', async () => {
    const { flow } = await setup();
    const adapter = new ScriptedAdapter();
    flow.start(adapter, {});
    await chooseTime(flow, adapter);
    flow.send({ type: 'go-to', step: 'time' });
    expect(adapter.released).to.deep.equal(['hold-1']);
    expect(flow.state.hold).to.equal(undefined);
  });

  it('sends the citizen back to the calendar when the time was taken, and refreshes it', async () => {
    const { flow, views } = await setup();
    const adapter = new ScriptedAdapter();
    flow.start(adapter, {});
    flow.send({ type: 'choose-service', service: moving, location: centrum });
    flow.send({ type: 'choose-slot', slot });
    adapter.holds[0]!.answer.reject(new BookingError('slot-taken', 'fake taken'));
    await waitUntil(() => flow.state.busy === undefined);
    expect(flow.state.step).to.equal('time');
    expect(flow.state.slot).to.equal(undefined);
    expect(flow.state.notice).to.deep.equal({ kind: 'slot-taken' });
    expect(views.some((effect) => effect.type === 'refresh-calendar')).to.equal(true);
  });

  it('suspends the hold when the host leaves, and holds again before booking', async () => {
    const { host, flow } = await setup();
    const adapter = new ScriptedAdapter();
    await toSummary(flow, adapter);
    host.remove();
    expect(adapter.released).to.deep.equal(['hold-1']);
    expect(flow.state.hold).to.equal(undefined);
    expect(flow.state.holdLapsed).to.equal(true);
    await settle();

    flow.confirm();
    expect(adapter.books, 'no booking before the time is held again').to.have.length(0);
    expect(adapter.holds).to.have.length(2);
    adapter.holds[1]!.answer.resolve(holdOf('hold-2'));
    await waitUntil(() => adapter.books.length === 1);
    expect(adapter.books[0]!.request.holdId).to.equal('hold-2');
    expect(adapter.books[0]!.key).to.equal('key-1');
  });

  it('takes its own hold back, instead of holding again, when giving it back failed', async () => {
    const { host, flow, clock } = await setup();
    const adapter = new ScriptedAdapter();
    await toSummary(flow, adapter);
    adapter.releaseFails = true;
    host.remove();
    await settle();
    expect(flow.state.holdLapsed).to.equal(true);

    flow.confirm();
    await waitUntil(() => adapter.books.length === 1, 'booked with the hold it still has');
    expect(adapter.holds, 'the backend is not asked again (it would call the time taken)').to.have.length(1);
    expect(adapter.books[0]!.request.holdId).to.equal('hold-1');
    clock.advance(60_000);
    await settle();
    expect(adapter.released, 'and it is no longer given back').to.deep.equal(['hold-1']);
  });

  describe('giving a hold back', () => {
    it('tries a failed release again in the background with growing pauses, then stops, telling nobody', async () => {
      const { flow, clock, views } = await setup();
      const adapter = new ScriptedAdapter();
      flow.start(adapter, {});
      await chooseTime(flow, adapter);
      adapter.releaseFails = true;
      views.length = 0;
      flow.send({ type: 'go-to', step: 'time' });
      await settle();
      expect(adapter.released).to.have.length(1);
      const tries: number[] = [];
      for (const pause of [1_999, 1, 5_999, 1, 17_999, 1, 600_000]) {
        clock.advance(pause);
        await settle();
        tries.push(adapter.released.length);
      }
      expect(tries, 'after 2 s, 6 s and 18 s more; no fifth try').to.deep.equal([1, 2, 2, 3, 3, 4, 4]);
      expect(adapter.released.every((id) => id === 'hold-1')).to.equal(true);
      expect(flow.state.notice, 'the citizen is not told').to.equal(undefined);
      expect(views.filter((effect) => effect.type === 'announce')).to.deep.equal([]);
    });

    it('stops trying once the release goes through, or the hold is gone', async () => {
      const { flow, clock } = await setup();
      const adapter = new ScriptedAdapter();
      flow.start(adapter, {});
      await chooseTime(flow, adapter);
      adapter.releaseFails = true;
      flow.send({ type: 'go-to', step: 'time' });
      await settle();
      adapter.releaseFails = false;
      clock.advance(2_000);
      await settle();
      clock.advance(600_000);
      await settle();
      expect(adapter.released).to.deep.equal(['hold-1', 'hold-1']);

      const gone = new ScriptedAdapter();
      gone.releaseHold = ({ holdId }) => {
        gone.released.push(holdId);
        return Promise.reject(new BookingError('not-found', 'fake: no such hold'));
      };
      flow.start(gone, {});
      await chooseTime(flow, gone, holdOf('hold-9'));
      flow.send({ type: 'go-to', step: 'time' });
      await settle();
      clock.advance(600_000);
      await settle();
      expect(gone.released, 'a hold the backend no longer knows is not asked for again').to.deep.equal(['hold-9']);
    });

    it('waits at least as long as a rate-limited backend asks', async () => {
      const { flow, clock } = await setup();
      const adapter = new ScriptedAdapter();
      adapter.releaseHold = ({ holdId }) => {
        adapter.released.push(holdId);
        return Promise.reject(new BookingError('rate-limited', 'fake: slow down', { retryAfter: 30 }));
      };
      flow.start(adapter, {});
      await chooseTime(flow, adapter);
      flow.send({ type: 'go-to', step: 'time' });
      await settle();
      clock.advance(29_999);
      await settle();
      expect(adapter.released).to.have.length(1);
      clock.advance(1);
      await settle();
      expect(adapter.released).to.have.length(2);
    });

    it('after "Ret", gives the citizen back their own time when they choose it again while its release is pending', async () => {
      const { flow, clock } = await setup();
      const adapter = new ScriptedAdapter();
      await toSummary(flow, adapter);
      adapter.releaseFails = true;
      flow.send({ type: 'go-to', step: 'time' });
      await settle();
      expect(flow.state.slot?.id, 'the time stays chosen on the calendar').to.equal(slot.id);

      flow.send({ type: 'choose-slot', slot });
      await waitUntil(() => flow.state.busy === undefined, 'the time is theirs again');
      expect(adapter.holds, 'not asked of the backend, which still holds it for them').to.have.length(1);
      expect(flow.state.hold?.id).to.equal('hold-1');
      expect(flow.state.step).to.equal('details');
      clock.advance(600_000);
      await settle();
      expect(adapter.released, 'no longer given back').to.deep.equal(['hold-1']);
    });
  });

  describe('a booking the backend accepted, with an answer that cannot be read', () => {
    const odd: Array<[string, unknown, string]> = [
      ['nothing at all', undefined, ''],
      ['null', null, ''],
      ['a bare string', 'OK', ''],
      ['a reference and nothing else', { reference: 'BT-ODD123' }, 'BT-ODD123'],
      ['a blank reference', { reference: '   ', status: 'booked' }, ''],
      ['a reference of another type', { reference: 42, status: 'booked' }, ''],
    ];
    for (const [name, answer, reference] of odd) {
      it(`shows the receipt from the chosen errand, office and time: ${name}`, async () => {
        const { flow, views } = await setup();
        const adapter = new ScriptedAdapter();
        await toSummary(flow, adapter);
        flow.confirm();
        adapter.books[0]!.answer.resolve(answer as Appointment);
        await waitUntil(() => flow.state.step === 'receipt', 'the receipt, not an error');
        const shown = flow.state.appointment!;
        expect(shown.reference).to.equal(reference);
        expect([shown.start, shown.end]).to.deep.equal([slot.start, slot.end]);
        expect(shown.service.id).to.equal(moving.id);
        expect(shown.location.id).to.equal(centrum.id);
        expect(flow.state.notice).to.equal(undefined);
        expect(flow.confirm().refused, 'no way to book it twice').to.be.a('string');
        expect(adapter.books).to.have.length(1);
        expect(views.filter((effect) => effect.type === 'booked')).to.have.length(1);
      });
    }

    it('takes a very long reference as it came', async () => {
      const { flow } = await setup();
      const adapter = new ScriptedAdapter();
      await toSummary(flow, adapter);
      flow.confirm();
      const long = `BT-${'7'.repeat(1_997)}`;
      adapter.books[0]!.answer.resolve({ ...appointmentFor(adapter.books[0]!.request), reference: long });
      await waitUntil(() => flow.state.step === 'receipt');
      expect(flow.state.appointment!.reference).to.equal(long);
    });

    it('treats an adapter that rejects with invalid-response as a failure to retry', async () => {
      const { flow } = await setup();
      const adapter = new ScriptedAdapter();
      await toSummary(flow, adapter);
      flow.confirm();
      adapter.books[0]!.answer.reject(new BookingError('invalid-response', 'fake: the backend answered HTML'));
      await waitUntil(() => flow.state.busy === undefined);
      expect(flow.state.step).to.equal('summary');
      expect(flow.state.notice).to.include({ kind: 'error', retry: 'book' });
    });

    it('forgets what the citizen typed once booked', async () => {
      const { flow } = await setup();
      const adapter = new ScriptedAdapter();
      await toSummary(flow, adapter);
      flow.confirm();
      adapter.books[0]!.answer.resolve(appointmentFor(adapter.books[0]!.request));
      await waitUntil(() => flow.state.step === 'receipt');
      expect([flow.state.contact, flow.state.details]).to.deep.equal([undefined, undefined]);
    });
  });

  describe('the same booking tried again', () => {
    it('retries a booking that never answered, after the host’s deadline, with the same key', async () => {
      const { host, flow } = await setup();
      Object.assign(host, { timeout: 300 });
      const adapter = new ScriptedAdapter();
      await toSummary(flow, adapter);
      flow.confirm();
      await waitUntil(() => flow.state.busy === undefined, 'the deadline ends the wait');
      expect(flow.state.notice).to.include({ kind: 'error', retry: 'book' });
      expect((flow.state.notice as { error: BookingError }).error.code).to.equal('timeout');
      flow.confirm();
      expect(adapter.books.map((call) => call.key)).to.deep.equal(['key-1', 'key-1']);
      expect(adapter.books[1]!.request).to.deep.equal(adapter.books[0]!.request);
      adapter.books[1]!.answer.resolve(appointmentFor(adapter.books[1]!.request));
      await waitUntil(() => flow.state.step === 'receipt');
    });

    for (const code of ['timeout', 'network', 'unavailable'] as const) {
      it(`keeps the idempotency key after "${code}"`, async () => {
        const { flow } = await setup();
        const adapter = new ScriptedAdapter();
        await toSummary(flow, adapter);
        flow.confirm();
        adapter.books[0]!.answer.reject(new BookingError(code, `fake ${code}`));
        await waitUntil(() => flow.state.busy === undefined);
        flow.confirm();
        expect(adapter.books.map((call) => call.key)).to.deep.equal(['key-1', 'key-1']);
      });
    }

    it('gets a new key only when the request changes', async () => {
      const { flow } = await setup();
      const adapter = new ScriptedAdapter();
      await toSummary(flow, adapter);
      flow.confirm();
      adapter.books[0]!.answer.reject(new BookingError('timeout', 'fake timeout'));
      await waitUntil(() => flow.state.busy === undefined);
      flow.send({ type: 'change', step: 'details' });
      const changed: ContactDetails = { citizen: { ...details.citizen, name: 'Karen M. Jensen' } };
      flow.send({ type: 'submit-details', details: changed, asTyped: changed });
      flow.confirm();
      expect(adapter.books.map((call) => call.key)).to.deep.equal(['key-1', 'key-2']);
    });
  });

  describe('a device clock off the backend’s', () => {
    it('hours ahead: a hold that looks long gone is counted from its arrival, never "not reserved" at once', async () => {
      const { flow, clock } = await setup();
      const adapter = new ScriptedAdapter();
      // The phone is five hours ahead: the backend's ten-minute hold (no issuedAt) has lapsed by it.
      clock.set('2026-11-23T13:00:00Z');
      await toSummary(flow, adapter);
      expect(flow.state.hold?.id).to.equal('hold-1');
      expect(Date.parse(flow.state.hold!.expiresAt)).to.be.greaterThan(clock.now().getTime() + 60_000);
      expect(flow.state.holdLapsed).to.equal(false);
    });

    it('just under the hold’s life ahead: a hold with seconds left is kept without a countdown and booked with', async () => {
      const { flow, clock } = await setup();
      const adapter = new ScriptedAdapter();
      // Ahead by 9 min 58 s: the ten-minute hold arrives with two seconds left by the phone.
      clock.set('2026-11-23T08:09:58Z');
      await toSummary(flow, adapter);
      expect(flow.state.hold?.id).to.equal('hold-1');
      expect(flow.state.holdUntimed).to.equal(true);
      expect(flow.send({ type: 'hold-expired' }).refused, 'its countdown is not believed').to.be.a('string');
      expect(flow.state.holdLapsed, 'never "not reserved" after every renewal').to.equal(false);

      flow.confirm();
      expect(adapter.holds, 'no renewal loop').to.have.length(1);
      expect(adapter.books[0]!.request.holdId).to.equal('hold-1');
    });

    it('counts a hold down as usual when the clocks agree', async () => {
      const { flow } = await setup();
      const adapter = new ScriptedAdapter();
      await toSummary(flow, adapter);
      expect(flow.state.holdUntimed).to.equal(false);
      expect(flow.send({ type: 'hold-expired' }).refused).to.equal(undefined);
      expect(flow.state.holdLapsed).to.equal(true);
    });
  });

  describe('preselection', () => {
    it('turns the page’s errand and office ids into a bookable pair, and keeps it on restart', async () => {
      const { flow, steps, views } = await setup();
      const adapter = new ScriptedAdapter();
      flow.start(adapter, { service: ' flytning ', location: 'nord' });
      expect(flow.state.busy?.kind, 'looking it up').to.equal('starting');
      await waitUntil(() => flow.state.busy === undefined);
      expect(flow.state.step).to.equal('time');
      expect(flow.state.service?.id).to.equal('flytning');
      expect(flow.state.location?.id).to.equal('nord');
      expect(steps).to.deep.equal([['time', 'service']]);
      expect(
        views.some((effect) => effect.type === 'focus'),
        'start-up does not move focus',
      ).to.equal(false);

      flow.send({ type: 'restart' });
      expect(flow.state.step).to.equal('time');
      expect(flow.state.location?.id).to.equal('nord');
    });

    it('takes the only office that offers the errand when no office is given', async () => {
      const { flow } = await setup();
      flow.start(new ScriptedAdapter(), { service: 'koerekort' });
      await waitUntil(() => flow.state.busy === undefined);
      expect(flow.state.step).to.equal('time');
      expect(flow.state.service?.id).to.equal('koerekort');
      expect(flow.state.location?.id).to.equal('centrum');
    });

    for (const [what, preselect] of [
      ['an unknown errand', { service: 'findes-ikke', location: 'centrum' }],
      ['an errand the office does not offer', { service: 'koerekort', location: 'nord' }],
      ['an errand offered at several offices, without an office', { service: 'flytning' }],
      ['an unknown office', { service: 'flytning', location: 'maanen' }],
    ] as const) {
      it(`ignores ${what}`, async () => {
        const { flow, steps } = await setup();
        flow.start(new ScriptedAdapter(), preselect);
        await waitUntil(() => flow.state.busy === undefined);
        expect(flow.state.step).to.equal('service');
        expect(flow.state.service).to.equal(undefined);
        expect(flow.state.preselected).to.equal(undefined);
        expect(steps).to.deep.equal([]);
      });
    }

    it('explains an errand that needs a sign-in the backend cannot give', async () => {
      const { flow } = await setup();
      flow.start(new ScriptedAdapter(), { service: 'pas', location: 'centrum' });
      await waitUntil(() => flow.state.busy === undefined);
      expect(flow.state.step).to.equal('service');
      expect(flow.state.unavailableService?.id).to.equal('pas');
    });

    it('ignores the lookups of a start that a newer one replaced', async () => {
      const { flow } = await setup();
      const adapter = new ScriptedAdapter();
      const slow = deferred<void>();
      adapter.catalogueGate = slow;
      flow.start(adapter, { service: 'flytning', location: 'nord' });
      adapter.catalogueGate = undefined;
      flow.start(adapter, { service: 'koerekort' });
      await waitUntil(() => flow.state.busy === undefined);
      slow.resolve();
      await settle();
      expect(flow.state.service?.id).to.equal('koerekort');
      expect(flow.state.location?.id).to.equal('centrum');

      const other = new ScriptedAdapter();
      const gate = deferred<void>();
      adapter.catalogueGate = gate;
      flow.start(adapter, { service: 'flytning', location: 'nord' });
      flow.start(other, {});
      gate.resolve();
      await settle();
      expect(flow.backend === other).to.equal(true);
      expect(flow.state.step).to.equal('service');
      expect(flow.state.service).to.equal(undefined);
    });
  });

  describe('sign-in', () => {
    /** Chooses the passport errand and its time: the sign-in step comes next. */
    async function toSignIn(options: Partial<BookingFlowOptions> = {}, auth = new ScriptedAuth()) {
      const context = await setup(options);
      const adapter = new ScriptedAdapter({ auth });
      context.flow.start(adapter, {});
      await waitUntil(() => context.flow.state.busy === undefined, 'the session is looked up');
      await chooseTime(context.flow, adapter, holdOf('hold-1'), passport);
      expect(context.flow.state.step).to.equal('signin');
      return { ...context, adapter, auth };
    }

    it('looks up the session at the start', async () => {
      const { flow } = await setup();
      flow.start(new ScriptedAdapter({ auth: new ScriptedAuth(karen) }), {});
      expect(flow.state.canSignIn).to.equal(true);
      expect(flow.state.busy?.kind).to.equal('starting');
      await waitUntil(() => flow.state.busy === undefined);
      expect(flow.state.session).to.deep.equal(karen);
    });

    it('counts a session lookup that fails as signed out', async () => {
      const { flow } = await setup();
      const auth = new ScriptedAuth(karen);
      auth.sessionFails = true;
      flow.start(new ScriptedAdapter({ auth }), {});
      await waitUntil(() => flow.state.busy === undefined);
      expect(flow.state.session).to.equal(null);
      expect(flow.state.step).to.equal('service');
    });

    it('signs in once, coming back to the page, and moves on with the session', async () => {
      const { flow, auth, steps } = await toSignIn();
      flow.send({ type: 'sign-in' });
      expect(flow.send({ type: 'sign-in' }).refused, 'one login at a time').to.be.a('string');
      expect(auth.logins.map((login) => login.returnTo)).to.deep.equal(['https://kommune.example/book']);
      auth.session = karen;
      auth.logins[0]!.answer.resolve();
      await waitUntil(() => flow.state.step === 'details');
      expect(flow.state.session).to.deep.equal(karen);
      expect(flow.state.signedInHere).to.equal(true);
      expect(steps.at(-1)).to.deep.equal(['details', 'signin']);
    });

    it('comes back to the page’s own address when no returnTo is given', async () => {
      const { flow, auth } = await toSignIn({ returnTo: undefined });
      flow.send({ type: 'sign-in' });
      expect(auth.logins[0]!.returnTo).to.equal(window.location.href);
    });

    it('stays on the step with the error when the sign-in fails', async () => {
      const { flow, auth, views } = await toSignIn();
      flow.send({ type: 'sign-in' });
      const error = new BookingError('network', 'fake network');
      auth.logins[0]!.answer.reject(error);
      await waitUntil(() => flow.state.busy === undefined);
      expect(flow.state.step).to.equal('signin');
      expect(flow.state.notice).to.deep.equal({ kind: 'error', error });
      expect(views.at(-1)).to.deep.equal({ type: 'focus', target: 'notice' });
    });

    it('says so when the login ends without a session', async () => {
      const { flow, auth } = await toSignIn();
      flow.send({ type: 'sign-in' });
      auth.logins[0]!.answer.resolve();
      await waitUntil(() => flow.state.busy === undefined);
      expect(flow.state.step).to.equal('signin');
      expect(flow.state.notice).to.deep.equal({ kind: 'sign-in-missing' });
    });

    it('ignores a sign-in answer after the flow moved to another adapter', async () => {
      const { flow, auth } = await toSignIn();
      flow.send({ type: 'sign-in' });
      flow.start(new ScriptedAdapter(), {});
      auth.session = karen;
      auth.logins[0]!.answer.resolve();
      await settle();
      expect(flow.state.session).to.equal(null);
      expect(flow.state.step).to.equal('service');
    });

    it('signs out and tells it', async () => {
      const { flow, views } = await setup();
      const auth = new ScriptedAuth(karen);
      flow.start(new ScriptedAdapter({ auth }), {});
      await waitUntil(() => flow.state.busy === undefined);
      flow.send({ type: 'sign-out' });
      expect(auth.logouts).to.have.length(1);
      auth.session = null;
      auth.logouts[0]!.resolve();
      await waitUntil(() => flow.state.busy === undefined);
      expect(flow.state.session).to.equal(null);
      expect(views).to.deep.include({ type: 'announce', message: 'signed-out' });
    });
  });
});
