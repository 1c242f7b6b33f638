import { expect } from '@open-wc/testing';
import {
  bookingRequest,
  canGoTo,
  hasTypedDetails,
  initialBookingState,
  newIdempotencyKey,
  stepsOf,
  transition,
  type BookingEffect,
  type BookingEvent,
  type BookingState,
} from '../../src/core/booking-flow.js';
import { BookingError } from '../../src/core/errors.js';
import type { Appointment, Hold, Location, Service, Slot } from '../../src/core/types.js';

const location: Location = {
  id: 'centrum',
  name: 'Centrum',
  address: { street: 'Torvet 1', postalCode: '8000', city: 'By' },
  openingHours: [],
};
const nord: Location = { ...location, id: 'nord', name: 'Nord' };
const pas: Service = {
  id: 'pas',
  name: 'Pas',
  category: 'pas',
  description: '',
  durationMinutes: 20,
  documentsToBring: [],
  requiresLogin: false,
  requiresCpr: true,
};
const navn: Service = { ...pas, id: 'navn', name: 'Navneændring', requiresLogin: true, requiresCpr: false };
const slot = (id: string, start = '2026-12-01T10:00:00+01:00'): Slot => ({
  id,
  serviceId: 'pas',
  locationId: 'centrum',
  start,
  end: start.replace('10:00', '10:20'),
});
const hold = (id: string, slotId = 's1'): Hold => ({ id, slotId, expiresAt: '2026-12-01T08:10:00Z' });
const details = { citizen: { name: 'Karen', cpr: '0101901234', email: 'k@example.dk' } };
const karen = { name: 'Karen', cpr: '0101901234' };
const appointment: Appointment = { reference: 'BT-1', status: 'booked', service: pas, location, start: '', end: '' };

/** Runs events in order, failing on any refusal; returns the last state and every effect. */
function run(state: BookingState, ...events: BookingEvent[]): { state: BookingState; effects: BookingEffect[] } {
  const effects: BookingEffect[] = [];
  for (const event of events) {
    const result = transition(state, event);
    expect(result.refused, `${event.type} from ${state.step} was refused: ${result.refused}`).to.equal(undefined);
    state = result.state;
    effects.push(...result.effects);
  }
  return { state, effects };
}

const of = <T extends BookingEffect['type']>(effects: BookingEffect[], type: T) =>
  effects.filter((effect): effect is Extract<BookingEffect, { type: T }> => effect.type === type);

function started(options: { canSignIn?: boolean; canHold?: boolean } = {}): BookingState {
  return run(initialBookingState(), {
    type: 'start',
    canSignIn: options.canSignIn ?? false,
    canHold: options.canHold ?? true,
    setup: false,
  }).state;
}

/** A flow that has reached the summary, holding s1 with h1. */
function atSummary(options: { canSignIn?: boolean; service?: Service } = {}): BookingState {
  let state = run(
    started(options),
    { type: 'choose-service', service: options.service ?? pas, location },
    { type: 'choose-slot', slot: slot('s1') },
    {
      type: 'hold-succeeded',
      hold: hold('h1'),
    },
  ).state;
  if (state.step === 'signin') state = run(state, { type: 'sign-in' }, { type: 'signed-in', session: karen }).state;
  return run(state, { type: 'submit-details', details, asTyped: details }).state;
}

/** The booking's idempotency key after confirming from `state`. */
function keyOf(state: BookingState, freshKey: string): { state: BookingState; key: string } {
  const { state: next, effects } = run(state, { type: 'confirm', freshKey });
  const book = of(effects, 'book')[0];
  expect(book, 'a book effect').to.not.equal(undefined);
  return { state: next, key: book!.idempotencyKey };
}

describe('booking flow: transition(state, event)', () => {
  it('walks the steps in order: errand, time, details, summary, receipt', () => {
    let state = started({ canHold: false });
    expect(state.step).to.equal('service');
    expect(stepsOf(state)).to.deep.equal(['service', 'time', 'details', 'summary']);
    state = run(state, { type: 'choose-service', service: pas, location }).state;
    expect(state.step).to.equal('time');
    state = run(state, { type: 'choose-slot', slot: slot('s1') }).state;
    expect(state.step).to.equal('details');
    state = run(state, { type: 'submit-details', details, asTyped: details }).state;
    expect(state.step).to.equal('summary');
    const confirmed = run(state, { type: 'confirm', freshKey: 'k1' });
    expect(of(confirmed.effects, 'book')[0]?.request).to.deep.include({ slotId: 's1', serviceId: 'pas', locationId: 'centrum' });
    const done = run(confirmed.state, { type: 'booked', appointment });
    expect(done.state.step).to.equal('receipt');
    expect(of(done.effects, 'booked')).to.have.length(1);
  });

  it('holds a picked time before moving on, when the backend can hold', () => {
    const picked = run(started(), { type: 'choose-service', service: pas, location }, { type: 'choose-slot', slot: slot('s1') });
    expect(picked.state.step).to.equal('time');
    expect(of(picked.effects, 'hold')[0]?.query).to.deep.equal({ slotId: 's1', serviceId: 'pas', locationId: 'centrum' });
    // A double click: the second pick is refused while the first hold is on its way.
    expect(transition(picked.state, { type: 'choose-slot', slot: slot('s1') }).refused).to.be.a('string');
    const held = run(picked.state, { type: 'hold-succeeded', hold: hold('h1') });
    expect(held.state.step).to.equal('details');
    expect(held.state.hold?.id).to.equal('h1');
  });

  it('gives back a hold nobody waits for any more', () => {
    const picked = run(
      started(),
      { type: 'choose-service', service: pas, location },
      { type: 'choose-slot', slot: slot('s1') },
    ).state;
    const back = run(picked, { type: 'restart' }).state;
    const late = run(back, { type: 'hold-succeeded', hold: hold('h1') });
    expect(late.state.hold).to.equal(undefined);
    expect(of(late.effects, 'release').map((effect) => effect.hold.id)).to.deep.equal(['h1']);
  });

  it('lists a sign-in step only for an errand that needs it, and only when signing in is possible', () => {
    let state = started({ canSignIn: true, canHold: false });
    state = run(state, { type: 'choose-service', service: navn, location }).state;
    expect(stepsOf(state)).to.deep.equal(['service', 'time', 'signin', 'details', 'summary']);
    state = run(state, { type: 'choose-slot', slot: slot('s1') }).state;
    expect(state.step).to.equal('signin');
    state = run(state, { type: 'sign-in' }, { type: 'signed-in', session: karen }).state;
    expect(state.step).to.equal('details');
    expect(stepsOf(state)).to.include('signin');

    const noAuth = run(started({ canSignIn: false }), { type: 'choose-service', service: navn, location });
    expect(noAuth.state.step).to.equal('service');
    expect(noAuth.state.unavailableService).to.equal(navn);
    expect(of(noAuth.effects, 'focus')[0]?.target).to.equal('service-notice');
  });

  it('offers no sign-in once the backend says it has none (its session answer), also for a preselected errand', () => {
    const starting = run(initialBookingState(), { type: 'start', canSignIn: true, canHold: false, setup: true }).state;
    const state = run(starting, {
      type: 'started',
      generation: starting.generation,
      session: null,
      preselection: { service: navn, location },
      canSignIn: false,
    }).state;
    expect(state.canSignIn).to.equal(false);
    expect(state.unavailableService, 'the preselected errand needs a sign-in that is not there').to.equal(navn);
    expect(state.step).to.equal('service');
    const kept = run(starting, { type: 'started', generation: starting.generation, session: null }).state;
    expect(kept.canSignIn, 'not said: sign-in stays offered').to.equal(true);
  });

  it('skips the sign-in step when a session exists from the start', () => {
    let state = run(initialBookingState(), { type: 'start', canSignIn: true, canHold: false, setup: true }).state;
    expect(state.busy?.kind).to.equal('starting');
    state = run(state, { type: 'started', generation: state.generation, session: karen }).state;
    state = run(state, { type: 'choose-service', service: navn, location }).state;
    expect(stepsOf(state)).to.not.include('signin');
    state = run(state, { type: 'choose-slot', slot: slot('s1') }).state;
    expect(state.step).to.equal('details');
  });

  it('refuses the answer to a superseded start, and takes a preselection from the current one', () => {
    const first = run(initialBookingState(), { type: 'start', canSignIn: false, canHold: true, setup: true }).state;
    const second = run(first, { type: 'start', canSignIn: false, canHold: true, setup: true }).state;
    expect(transition(second, { type: 'started', generation: first.generation, session: null }).refused).to.be.a('string');
    const state = run(second, {
      type: 'started',
      generation: second.generation,
      session: null,
      preselection: { service: pas, location },
    }).state;
    expect(state.step).to.equal('time');
    expect(run(state, { type: 'restart' }).state.step, 'a restart keeps the preselection').to.equal('time');
  });

  it('lets the citizen go back only to earlier steps', () => {
    let state = atSummary();
    expect(canGoTo(state, 'service')).to.equal(true);
    expect(canGoTo(state, 'details')).to.equal(true);
    expect(canGoTo(state, 'summary')).to.equal(false);
    state = run(state, { type: 'go-to', step: 'details' }).state;
    expect(state.step).to.equal('details');
    expect(canGoTo(state, 'summary')).to.equal(false);
    expect(canGoTo(state, 'time')).to.equal(true);
  });

  it('returns to the summary after a "Change", keeping the details', () => {
    let state = run(atSummary(), { type: 'change', step: 'details' }).state;
    expect(state.step).to.equal('details');
    expect(state.changing).to.equal(true);
    const edited = { citizen: { ...details.citizen, email: 'new@example.dk' } };
    state = run(state, { type: 'submit-details', details: edited, asTyped: edited }).state;
    expect(state.step).to.equal('summary');
    expect(state.details?.citizen.email).to.equal('new@example.dk');
  });

  it('after changing the errand to another, asks for a time and then returns to the summary', () => {
    const changed = run(
      atSummary(),
      { type: 'change', step: 'service' },
      { type: 'choose-service', service: pas, location: nord },
    );
    expect(changed.state.slot).to.equal(undefined);
    expect(changed.state.step).to.equal('time');
    expect(of(changed.effects, 'release').map((effect) => effect.hold.id)).to.deep.equal(['h1']);
    const state = run(
      changed.state,
      { type: 'choose-slot', slot: slot('s2') },
      { type: 'hold-succeeded', hold: hold('h2', 's2') },
    ).state;
    expect(state.step).to.equal('summary');
    expect(state.details).to.deep.equal(details);
  });

  it('choosing the same errand again from the summary goes straight back, keeping the hold', () => {
    const { state, effects } = run(
      atSummary(),
      { type: 'change', step: 'service' },
      { type: 'choose-service', service: pas, location },
    );
    expect(state.step).to.equal('summary');
    expect(state.hold?.id).to.equal('h1');
    expect(of(effects, 'release')).to.deep.equal([]);
  });

  it('lets the hold go whenever the citizen is back on the calendar', () => {
    const { state, effects } = run(atSummary(), { type: 'change', step: 'time' });
    expect(state.step).to.equal('time');
    expect(state.hold).to.equal(undefined);
    expect(of(effects, 'release').map((effect) => effect.hold.id)).to.deep.equal(['h1']);
    expect(state.slot?.id, 'the time stays chosen').to.equal('s1');
  });

  it('on "slot taken", goes back to the calendar on the same day, keeps the details, and returns to the summary', () => {
    const first = keyOf(atSummary(), 'k1');
    const taken = run(first.state, { type: 'booking-failed', error: new BookingError('slot-taken', 'gone') });
    const state = taken.state;
    expect(state.step).to.equal('time');
    expect(state.notice).to.deep.equal({ kind: 'slot-taken' });
    expect(state.calendarDate).to.equal('2026-12-01');
    expect(state.slot).to.equal(undefined);
    expect(state.details).to.deep.equal(details);
    expect(of(taken.effects, 'refresh-calendar')).to.have.length(1);
    const back = run(
      state,
      { type: 'choose-slot', slot: slot('s2', '2026-12-01T11:00:00+01:00') },
      { type: 'hold-succeeded', hold: hold('h2', 's2') },
    ).state;
    expect(back.step).to.equal('summary');
    expect(keyOf(back, 'k2').key).to.equal('k2');
  });

  describe('idempotency key', () => {
    it('is the same for every retry of the same booking', () => {
      const first = keyOf(atSummary(), 'k1');
      expect(first.key).to.equal('k1');
      let state = run(first.state, { type: 'booking-failed', error: new BookingError('unavailable', 'down') }).state;
      expect(keyOf(state, 'k2').key).to.equal('k1');
      // A renewed hold is still the same booking.
      state = run(state, { type: 'hold-expired' }, { type: 'rehold' }, { type: 'hold-succeeded', hold: hold('h2') }).state;
      const retry = run(state, { type: 'confirm', freshKey: 'k3' });
      expect(of(retry.effects, 'book')[0]?.idempotencyKey).to.equal('k1');
      expect(of(retry.effects, 'book')[0]?.request.holdId).to.equal('h2');
    });

    it('is new once the time or the details change', () => {
      const first = keyOf(atSummary(), 'k1');
      const phone = { citizen: { ...details.citizen, phone: '+4520304050' } };
      let state = run(
        first.state,
        { type: 'booking-failed', error: new BookingError('unavailable', 'down') },
        { type: 'change', step: 'details' },
        { type: 'submit-details', details: phone, asTyped: phone },
      ).state;
      const second = keyOf(state, 'k2');
      expect(second.key).to.equal('k2');
      state = run(
        second.state,
        { type: 'booking-failed', error: new BookingError('unavailable', 'down') },
        { type: 'change', step: 'time' },
        { type: 'choose-slot', slot: slot('s9') },
        { type: 'hold-succeeded', hold: hold('h9', 's9') },
      ).state;
      expect(keyOf(state, 'k3').key).to.equal('k3');
    });

    it('is new after a validation error, a sign-in demand and a booking', () => {
      const first = keyOf(atSummary({ canSignIn: true, service: navn }), 'k1');
      const fields = { 'citizen.email': 'format' };
      let state = run(first.state, { type: 'booking-failed', error: new BookingError('validation', 'bad', { fields }) }).state;
      expect(state.step).to.equal('details');
      expect(state.fieldErrors).to.deep.equal(fields);
      state = run(state, { type: 'submit-details', details, asTyped: details }).state;
      expect(state.step).to.equal('summary');
      const second = keyOf(state, 'k2');
      expect(second.key).to.equal('k2');
      state = run(second.state, { type: 'booking-failed', error: new BookingError('auth-required', 'who') }).state;
      expect(state.step).to.equal('signin');
      state = run(state, { type: 'sign-in' }, { type: 'signed-in', session: karen }).state;
      expect(state.step).to.equal('summary');
      expect(keyOf(state, 'k3').key).to.equal('k3');
    });

    it('replays the same key instead of holding again when a lost answer and a lapsed hold meet', () => {
      const first = keyOf(atSummary(), 'k1');
      const state = run(
        first.state,
        { type: 'booking-failed', error: new BookingError('timeout', 'slow') },
        { type: 'hold-expired' },
      ).state;
      const retry = run(state, { type: 'confirm', freshKey: 'k2' });
      expect(of(retry.effects, 'hold')).to.deep.equal([]);
      expect(of(retry.effects, 'book')[0]?.idempotencyKey).to.equal('k1');
    });

    it('holds the lapsed time again before a first attempt', () => {
      const state = run(atSummary(), { type: 'hold-expired' }).state;
      const confirmed = run(state, { type: 'confirm', freshKey: 'k1' });
      expect(of(confirmed.effects, 'hold')).to.have.length(1);
      expect(of(confirmed.effects, 'book')).to.deep.equal([]);
      const held = run(confirmed.state, { type: 'hold-succeeded', hold: hold('h2') });
      expect(of(held.effects, 'book')[0]).to.deep.include({ idempotencyKey: 'k1' });
      expect(of(held.effects, 'book')[0]?.request.holdId).to.equal('h2');
    });

    it('makes v4 UUIDs', () => {
      expect(newIdempotencyKey()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(newIdempotencyKey()).to.not.equal(newIdempotencyKey());
    });
  });

  it('puts the hold and the MitID name and CPR into the request', () => {
    const request = bookingRequest(atSummary({ canSignIn: true, service: { ...navn, requiresCpr: true } }))!;
    expect(request).to.include({ slotId: 's1', serviceId: 'navn', locationId: 'centrum', holdId: 'h1' });
    expect(request.citizen).to.include({ name: 'Karen', cpr: '0101901234' });
  });

  it('sends a session CPR only for errands that need it', () => {
    const request = bookingRequest(atSummary({ canSignIn: true, service: navn }))!;
    expect(request.citizen.name).to.equal('Karen');
    expect(request.citizen.cpr, 'the form value, not the session').to.equal(details.citizen.cpr);
  });

  it('marks a lapsed hold and clears the mark when held again', () => {
    let state = run(atSummary(), { type: 'hold-expired' }).state;
    expect(state.hold).to.equal(undefined);
    expect(state.holdLapsed).to.equal(true);
    expect(bookingRequest(state)?.holdId).to.equal(undefined);
    state = run(state, { type: 'rehold' }, { type: 'hold-succeeded', hold: hold('h2') }).state;
    expect(state.holdLapsed).to.equal(false);
  });

  it('an edit after submitting must be submitted again', () => {
    const edited = { citizen: { ...details.citizen, name: 'Karen J' } };
    const state = run(atSummary(), { type: 'change', step: 'details' }, { type: 'edit-details', contact: edited }).state;
    expect(state.details).to.equal(undefined);
    expect(state.contact?.citizen.name).to.equal('Karen J');
  });

  it('restarts empty, or from the preselected errand', () => {
    const { state, effects } = run(atSummary(), { type: 'restart' });
    expect(state.step).to.equal('service');
    expect(state.contact).to.equal(undefined);
    expect(of(effects, 'release').map((effect) => effect.hold.id)).to.deep.equal(['h1']);
  });

  it('shows a receipt built from the chosen errand, office and time when the answer was unreadable', () => {
    const booking = run(atSummary(), { type: 'confirm', freshKey: 'k1' }).state;
    const { state, effects } = run(booking, { type: 'booked-unread', unread: { reference: 'BT-RAW' } });
    expect(state.step).to.equal('receipt');
    expect(state.appointment).to.deep.equal({
      reference: 'BT-RAW',
      status: 'booked',
      service: pas,
      location,
      start: slot('s1').start,
      end: slot('s1').end,
    });
    expect(of(effects, 'booked').map((effect) => effect.appointment.reference)).to.deep.equal(['BT-RAW']);
    const none = run(booking, { type: 'booked-unread', unread: {} }).state;
    expect(none.appointment?.reference, 'no reference: the receipt says so').to.equal('');
  });

  it('forgets what the citizen typed once booked', () => {
    const booking = run(atSummary(), { type: 'confirm', freshKey: 'k1' }).state;
    for (const event of [
      { type: 'booked', appointment },
      { type: 'booked-unread', unread: {} },
    ] as const) {
      const { state } = run(booking, event);
      expect([state.contact, state.details, state.fieldErrors], event.type).to.deep.equal([undefined, undefined, undefined]);
    }
  });

  it('keeps a hold that arrived lapsed until the citizen leaves, never marking it lapsed by its countdown', () => {
    const time = run(started(), { type: 'choose-service', service: pas, location }).state;
    const held = run(
      time,
      { type: 'choose-slot', slot: slot('s1') },
      { type: 'hold-succeeded', hold: hold('h1'), lapsed: true },
    ).state;
    expect(held.holdUntimed).to.equal(true);
    expect(transition(held, { type: 'hold-expired' }).refused).to.be.a('string');
    const away = run(held, { type: 'suspend' }).state;
    expect([away.hold, away.holdUntimed, away.holdLapsed]).to.deep.equal([undefined, false, true]);
    const renewed = run(away, { type: 'rehold' }, { type: 'hold-succeeded', hold: hold('h2') }).state;
    expect(renewed.holdUntimed, 'a hold that arrives in time is counted again').to.equal(false);
  });

  it("takes the errand's, office's and appointment's texts in a new language, matched by id and reference", () => {
    const english = { ...pas, name: 'Passport' };
    const placeEn = { ...location, name: 'Centre' };
    const summary = atSummary();
    const { state } = run(summary, { type: 'texts', service: english, location: placeEn });
    expect(state.service?.name).to.equal('Passport');
    expect(state.location?.name).to.equal('Centre');
    expect(state.step).to.equal('summary');
    // Another errand's or office's texts change nothing.
    const other = run(summary, { type: 'texts', service: { ...navn, name: 'Name' }, location: { ...nord, name: 'North' } });
    expect(other.state.service?.name).to.equal('Pas');
    expect(other.state.location?.name).to.equal(location.name);
    // A booked appointment keeps its manage token, which a lookup by token may not repeat.
    const booked = run(
      summary,
      { type: 'confirm', freshKey: 'k1' },
      { type: 'booked', appointment: { ...appointment, token: 't1' } },
    );
    const { state: receipt } = run(booked.state, { type: 'texts', appointment: { ...appointment, service: english } });
    expect(receipt.appointment?.service.name).to.equal('Passport');
    expect(receipt.appointment?.token).to.equal('t1');
  });

  it('knows when typed details would be lost', () => {
    expect(hasTypedDetails(undefined)).to.equal(false);
    expect(hasTypedDetails({ citizen: { name: '  ' } })).to.equal(false);
    expect(hasTypedDetails({ citizen: { name: '', email: 'a' } })).to.equal(true);
  });
});

// ---- every state × every event ------------------------------------------------------------

/** The states a citizen can be in, each reached by real events. */
function states(): Record<string, BookingState> {
  const summary = atSummary();
  const booking = run(summary, { type: 'confirm', freshKey: 'k1' }).state;
  const time = run(started(), { type: 'choose-service', service: pas, location }).state;
  return {
    starting: run(initialBookingState(), { type: 'start', canSignIn: true, canHold: true, setup: true }).state,
    service: started(),
    time,
    holding: run(time, { type: 'choose-slot', slot: slot('s1') }).state,
    signin: run(
      started({ canSignIn: true }),
      { type: 'choose-service', service: navn, location },
      { type: 'choose-slot', slot: slot('s1') },
      { type: 'hold-succeeded', hold: hold('h1') },
    ).state,
    details: run(time, { type: 'choose-slot', slot: slot('s1') }, { type: 'hold-succeeded', hold: hold('h1') }).state,
    summary,
    lapsed: run(summary, { type: 'hold-expired' }).state,
    untimed: run(
      time,
      { type: 'choose-slot', slot: slot('s1') },
      { type: 'hold-succeeded', hold: hold('h1'), lapsed: true },
      { type: 'submit-details', details, asTyped: details },
    ).state,
    booking,
    receipt: run(booking, { type: 'booked', appointment }).state,
  };
}

const events: Record<string, BookingEvent> = {
  start: { type: 'start', canSignIn: false, canHold: true, setup: false },
  started: { type: 'started', generation: 1, session: null },
  'choose-service': { type: 'choose-service', service: pas, location: nord },
  'go-to': { type: 'go-to', step: 'service' },
  change: { type: 'change', step: 'details' },
  'choose-slot': { type: 'choose-slot', slot: slot('s5') },
  'hold-succeeded': { type: 'hold-succeeded', hold: hold('h7', 's1') },
  'hold-failed': { type: 'hold-failed', slotId: 's1', error: new BookingError('unavailable', 'down') },
  rehold: { type: 'rehold' },
  'hold-expired': { type: 'hold-expired' },
  suspend: { type: 'suspend' },
  'sign-in': { type: 'sign-in' },
  'signed-in': { type: 'signed-in', session: karen },
  'sign-in-failed': { type: 'sign-in-failed', error: new BookingError('unavailable', 'down') },
  'sign-out': { type: 'sign-out' },
  'signed-out': { type: 'signed-out' },
  'sign-out-failed': { type: 'sign-out-failed', error: new BookingError('unavailable', 'down') },
  'edit-details': { type: 'edit-details', contact: { citizen: { name: 'Other' } } },
  'submit-details': { type: 'submit-details', details, asTyped: details },
  confirm: { type: 'confirm', freshKey: 'k9' },
  booked: { type: 'booked', appointment },
  'booking-failed': { type: 'booking-failed', error: new BookingError('unavailable', 'down') },
  restart: { type: 'restart' },
  'booked-unread': { type: 'booked-unread', unread: { reference: 'BT-RAW' } },
  texts: { type: 'texts', service: { ...pas, name: 'Passport' } },
};

/**
 * Where each event takes each state: the step it lands on, or `-` when it is refused. `=` is
 * "taken, same step". Columns follow `events`; rows follow `states()`.
 */
const TABLE: Record<string, string> = {
  //          start   started ch-serv go-to  change ch-slot hold-ok hold-x rehold expire suspend sign-in signed in-x   out   outed out-x  edit   submit confirm booked book-x restart unread texts
  starting:
    'service =       -       -      -      -       =       -      -      -      -       -       -      -      -     -     -      -      -      -       -      -      service - =',
  service:
    'service -       time    -      -      -       =       -      -      -      -       -       -      -      -     -     -      -      -      -       -      -      service - =',
  time: 'service -       -       service -     =       =       -      -      -      -       -       -      -      -     -     -      -      -      -       -      -      service - =',
  holding:
    'service -       -       service -     -       details =      -      -      -       -       -      -      -     -     -      -      -      -       -      -      service - =',
  signin:
    'service -       -       service -     -       =       -      -      =      =       =       -      -      -     -     -      -      -      -       -      -      service - =',
  details:
    'service -       -       service -     -       =       -      -      =      =       -       -      -      -     -     -      =      summary -       -      -      service - =',
  summary:
    'service -       -       service details -     =       -      -      =      =       -       -      -      -     -     -      -      -      =       -      -      service - =',
  lapsed:
    'service -       -       service details -     =       -      =      -      -       -       -      -      -     -     -      -      -      =       -      -      service - =',
  untimed:
    'service -       -       service details -     =       -      -      -      =       -       -      -      -     -     -      -      -      =       -      -      service - =',
  booking:
    'service -       -       -      -      -       =       -      -      =      =       -       -      -      -     -     -      -      -      -       receipt =      - receipt =',
  receipt:
    'service -       -       -      -      -       =       -      -      -      -       -       -      -      -     -     -      -      -      -       -      -      service - =',
};

describe('booking flow: every state × every event', () => {
  const all = states();
  const eventNames = Object.keys(events);
  for (const [stateName, row] of Object.entries(TABLE)) {
    const expected = row.trim().split(/\s+/);
    it(`${stateName}: ${eventNames.length} events`, () => {
      expect(expected, 'one column per event').to.have.length(eventNames.length);
      const state = all[stateName]!;
      const actual = eventNames.map((name) => {
        const result = transition(state, events[name]!);
        if (result.refused) {
          expect(result.state, `${name} refused keeps the state`).to.equal(state);
          expect(result.effects).to.deep.equal([]);
          return '-';
        }
        return result.state.step === state.step && name !== 'start' && name !== 'restart' ? '=' : result.state.step;
      });
      expect(actual.join(' ')).to.equal(expected.join(' '));
    });
  }

  it('never changes a state it was given', () => {
    for (const state of Object.values(all)) {
      const copy = JSON.stringify(state);
      for (const event of Object.values(events)) transition(state, event);
      expect(JSON.stringify(state)).to.equal(copy);
    }
  });
});
