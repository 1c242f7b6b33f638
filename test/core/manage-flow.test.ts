import { expect } from '@open-wc/testing';
import {
  initialManageState,
  transition,
  type ManageEffect,
  type ManageEvent,
  type ManageState,
  type ManageView,
} from '../../src/core/manage-flow.js';
import { BookingError } from '../../src/core/errors.js';
import type { Appointment, Hold, Location, Service, Slot } from '../../src/core/types.js';

const location: Location = {
  id: 'centrum',
  name: 'Centrum',
  address: { street: 'Torvet 1', postalCode: '8000', city: 'By' },
  openingHours: [],
  phone: '+45 1',
};
const service: Service = {
  id: 'flytning',
  name: 'Flytning',
  category: 'flytning',
  description: '',
  durationMinutes: 15,
  documentsToBring: [],
  requiresLogin: false,
};
const booked: Appointment = {
  reference: 'BT-1',
  status: 'booked',
  service,
  location,
  start: '2026-12-01T10:00:00+01:00',
  end: '2026-12-01T10:15:00+01:00',
  token: 't',
};
const moved: Appointment = { ...booked, start: '2026-12-02T11:00:00+01:00', end: '2026-12-02T11:15:00+01:00' };
const cancelled: Appointment = { ...booked, status: 'cancelled' };
const slot: Slot = { id: 's2', serviceId: 'flytning', locationId: 'centrum', start: moved.start, end: moved.end };
const hold: Hold = { id: 'h1', slotId: 's2', expiresAt: '2026-12-01T08:10:00Z' };
const karen = { name: 'Karen' };
const newBooking = { reference: 'BT-2', serviceId: 'pas', locationId: 'centrum', start: moved.start, end: moved.end };

function run(state: ManageState, ...events: ManageEvent[]): { state: ManageState; effects: ManageEffect[] } {
  const effects: ManageEffect[] = [];
  for (const event of events) {
    const result = transition(state, event);
    expect(result.refused, `${event.type} in ${state.view} was refused: ${result.refused}`).to.equal(undefined);
    state = result.state;
    effects.push(...result.effects);
  }
  return { state, effects };
}

const types = (effects: readonly ManageEffect[]) => effects.map((effect) => effect.type);

/** A named state of the manager, reached by real events. */
const STATES: Record<string, () => ManageState> = {
  initial: () => initialManageState(),
  starting: () => run(initialManageState(), { type: 'start', canHold: true, canSignIn: false }).state,
  lookup: () => run(STATES.starting!(), { type: 'started', generation: 1, session: null }).state,
  finding: () => run(STATES.lookup!(), { type: 'look-up', reference: 'BT-1', token: 't' }).state,
  appointment: () => run(STATES.finding!(), { type: 'found', appointments: [booked] }).state,
  list: () =>
    run(
      initialManageState(),
      { type: 'start', canHold: true, canSignIn: true },
      { type: 'started', generation: 1, session: karen },
      { type: 'listed', appointments: [booked] },
    ).state,
  move: () => run(STATES.appointment!(), { type: 'start-move' }).state,
  holding: () => run(STATES.move!(), { type: 'choose-slot', slot }).state,
  held: () => run(STATES.holding!(), { type: 'hold-succeeded', hold }).state,
  moving: () => run(STATES.held!(), { type: 'confirm-move' }).state,
  moved: () => run(STATES.moving!(), { type: 'rescheduled', appointment: moved }).state,
  asking: () => run(STATES.appointment!(), { type: 'ask-cancel' }).state,
  cancelling: () => run(STATES.asking!(), { type: 'confirm-cancel' }).state,
  cancelled: () => run(STATES.cancelling!(), { type: 'cancelled', appointment: cancelled }).state,
  changeErrand: () => run(STATES.appointment!(), { type: 'change-errand' }).state,
  newBooked: () => run(STATES.changeErrand!(), { type: 'new-booked', booking: newBooking }).state,
  errandChanged: () => run(STATES.newBooked!(), { type: 'cancelled', appointment: cancelled }).state,
  oldCancelFailed: () => run(STATES.newBooked!(), { type: 'cancel-failed', error: new BookingError('validation', 'x') }).state,
};

const EVENTS: Record<string, ManageEvent> = {
  'look-up': { type: 'look-up', reference: 'BT-1', token: 't' },
  found: { type: 'found', appointments: [booked] },
  listed: { type: 'listed', appointments: [booked] },
  open: { type: 'open', reference: 'BT-1' },
  back: { type: 'back' },
  'start-move': { type: 'start-move' },
  'choose-slot': { type: 'choose-slot', slot },
  'hold-succeeded': { type: 'hold-succeeded', hold },
  'confirm-move': { type: 'confirm-move' },
  rescheduled: { type: 'rescheduled', appointment: moved },
  'keep-time': { type: 'keep-time' },
  'change-errand': { type: 'change-errand' },
  'ask-cancel': { type: 'ask-cancel' },
  'keep-appointment': { type: 'keep-appointment' },
  'confirm-cancel': { type: 'confirm-cancel' },
  cancelled: { type: 'cancelled', appointment: cancelled },
  'new-booked': { type: 'new-booked', booking: newBooking },
  retry: { type: 'retry' },
};

/** Where each state goes on each event ('-' = refused). Views only; effects are tested below. */
const TABLE: Record<string, Partial<Record<string, ManageView | '-'>>> = {
  lookup: { 'look-up': 'lookup', found: '-', 'start-move': '-', 'ask-cancel': '-', back: '-', open: '-', 'confirm-move': '-' },
  finding: { 'look-up': '-', found: 'appointment', 'start-move': '-', 'ask-cancel': '-' },
  appointment: {
    'start-move': 'move',
    'ask-cancel': 'appointment',
    'change-errand': 'change-errand',
    back: 'lookup',
    'confirm-move': '-',
    rescheduled: '-',
    cancelled: '-',
    'keep-appointment': '-',
    'new-booked': '-',
  },
  list: { open: 'appointment', 'start-move': '-', 'ask-cancel': '-', 'look-up': '-' },
  move: { 'choose-slot': 'move', 'confirm-move': '-', 'keep-time': 'appointment', 'ask-cancel': '-', rescheduled: '-' },
  holding: { 'hold-succeeded': 'move', 'choose-slot': '-', 'confirm-move': '-', 'keep-time': 'appointment' },
  held: { 'confirm-move': 'move', 'choose-slot': 'move', 'keep-time': 'appointment' },
  moving: { rescheduled: 'moved', 'confirm-move': '-', 'keep-time': '-', 'ask-cancel': '-', back: '-' },
  moved: { 'start-move': 'move', 'ask-cancel': 'moved', back: 'lookup', 'change-errand': '-', 'new-booked': '-' },
  asking: { 'confirm-cancel': 'appointment', 'keep-appointment': 'appointment', 'ask-cancel': '-', 'start-move': 'move' },
  cancelling: { cancelled: 'appointment', 'keep-appointment': '-', 'confirm-cancel': '-', 'start-move': '-' },
  cancelled: { 'start-move': '-', 'ask-cancel': '-', 'change-errand': '-', back: 'lookup' },
  changeErrand: {
    'keep-time': 'appointment',
    'ask-cancel': 'change-errand',
    'start-move': '-',
    'new-booked': 'change-errand',
    back: '-',
  },
  newBooked: { cancelled: 'change-errand', 'keep-time': '-', back: '-', 'new-booked': '-', 'ask-cancel': '-' },
  errandChanged: { back: 'lookup', 'keep-time': '-', 'new-booked': '-', 'ask-cancel': '-', retry: '-' },
  oldCancelFailed: { retry: 'change-errand', 'keep-time': '-', back: 'lookup', 'new-booked': '-' },
};

describe('core/manage-flow: the state × event table', () => {
  for (const [name, row] of Object.entries(TABLE)) {
    for (const [eventName, expected] of Object.entries(row)) {
      it(`${name} + ${eventName} → ${expected}`, () => {
        const state = STATES[name]!();
        const result = transition(state, EVENTS[eventName]!);
        if (expected === '-') {
          expect(result.refused, 'refused').to.be.a('string');
          expect(result.state).to.equal(state);
        } else {
          expect(result.refused).to.equal(undefined);
          expect(result.state.view).to.equal(expected);
        }
      });
    }
  }
});

describe('core/manage-flow: effects', () => {
  it('a link looks up its appointment once the session is known; without one, the form', () => {
    const { effects, state } = run(
      initialManageState(),
      { type: 'start', canHold: false, canSignIn: false, credentials: { reference: 'BT-1', token: 't' } },
      {
        type: 'started',
        generation: 1,
        session: null,
      },
    );
    expect(effects.at(-1)).to.deep.equal({ type: 'find', query: { reference: 'BT-1', token: 't' } });
    expect(state.view).to.equal('starting');
  });

  it('refuses a superseded start answer', () => {
    const twice = run(
      initialManageState(),
      { type: 'start', canHold: false, canSignIn: false },
      { type: 'start', canHold: false, canSignIn: false },
    ).state;
    expect(transition(twice, { type: 'started', generation: 1, session: null }).refused).to.be.a('string');
  });

  it('a wrong token (no match), an unknown reference (not-found) and a missing right read alike', () => {
    const none = run(STATES.finding!(), { type: 'found', appointments: [] }).state.notice;
    const unknown = run(STATES.finding!(), { type: 'find-failed', error: new BookingError('not-found', 'x') }).state.notice;
    const right = run(STATES.finding!(), { type: 'find-failed', error: new BookingError('auth-required', 'x') }).state.notice;
    expect(none).to.deep.equal({ kind: 'not-found' });
    expect(unknown).to.deep.equal(none);
    expect(right).to.deep.equal(none);
  });

  it('a reference without a token is refused without a session', () => {
    expect(transition(STATES.lookup!(), { type: 'look-up', reference: 'BT-1' }).refused).to.be.a('string');
  });

  it('a move holds the new time and hands the hold to the one reschedule call; never a cancel, never a release first', () => {
    const { effects, state } = run(
      STATES.move!(),
      { type: 'choose-slot', slot },
      { type: 'hold-succeeded', hold },
      { type: 'confirm-move' },
    );
    expect(types(effects)).to.deep.equal(['hold', 'focus', 'reschedule']);
    expect(effects.at(-1)).to.deep.equal({
      type: 'reschedule',
      query: { reference: 'BT-1', token: 't', slotId: 's2', holdId: 'h1' },
    });
    expect(state.hold).to.equal(hold);
  });

  it('without holds, the reschedule call carries no hold', () => {
    const noHolds = run(
      initialManageState(),
      { type: 'start', canHold: false, canSignIn: false, credentials: { reference: 'BT-1', token: 't' } },
      { type: 'started', generation: 1, session: null },
      { type: 'found', appointments: [booked] },
      { type: 'start-move' },
      { type: 'choose-slot', slot },
    ).state;
    expect(run(noHolds, { type: 'confirm-move' }).effects).to.deep.equal([
      { type: 'reschedule', query: { reference: 'BT-1', token: 't', slotId: 's2' } },
    ]);
  });

  it('rescheduled: the new appointment, the previous times in the event, focus on the receipt', () => {
    const { effects, state } = run(STATES.moving!(), { type: 'rescheduled', appointment: moved });
    expect(state.appointment).to.equal(moved);
    // The hold became the appointment's place: nothing to give back.
    expect(state.hold).to.equal(undefined);
    expect(types(effects)).not.to.include('release');
    expect(effects).to.deep.include({
      type: 'rescheduled',
      appointment: moved,
      previous: { start: booked.start, end: booked.end },
    });
    expect(effects.at(-1)).to.deep.equal({ type: 'focus', target: 'receipt' });
  });

  it('a failure midway keeps the original and offers the same move again', () => {
    const failed = run(STATES.moving!(), { type: 'reschedule-failed', error: new BookingError('timeout', 'x') }).state;
    expect(failed.view).to.equal('appointment');
    expect(failed.appointment).to.equal(booked);
    expect(failed.notice?.kind).to.equal('move-failed');
    expect(failed.hold, 'the new time stays held for the retry').to.equal(hold);
    const { effects } = run(failed, { type: 'retry' });
    expect(effects).to.deep.equal([{ type: 'reschedule', query: { reference: 'BT-1', token: 't', slotId: 's2', holdId: 'h1' } }]);
  });

  it('leaving a failed move in any other way gives its hold back', () => {
    const failed = run(STATES.moving!(), { type: 'reschedule-failed', error: new BookingError('timeout', 'x') }).state;
    for (const event of [{ type: 'start-move' }, { type: 'ask-cancel' }, { type: 'change-errand' }] as const) {
      const { state, effects } = run(failed, event);
      expect(effects, event.type).to.deep.include({ type: 'release', hold });
      expect(state.hold, event.type).to.equal(undefined);
    }
  });

  it('slot taken: back to the calendar, refreshed, the original kept', () => {
    const { state, effects } = run(STATES.moving!(), { type: 'reschedule-failed', error: new BookingError('slot-taken', 'x') });
    expect(state.view).to.equal('move');
    expect(state.appointment).to.equal(booked);
    expect(state.notice).to.deep.equal({ kind: 'slot-taken' });
    // The move to that time is over: its hold (lapsed, or refused) is given back.
    expect(effects).to.deep.equal([{ type: 'refresh-calendar' }, { type: 'focus', target: 'notice' }, { type: 'release', hold }]);
    expect(state.hold).to.equal(undefined);
  });

  it('leaving the calendar gives the hold back', () => {
    expect(run(STATES.held!(), { type: 'keep-time' }).effects[0]).to.deep.equal({ type: 'release', hold });
  });

  it('a hold answer nobody waits for is given back', () => {
    const { effects } = run(STATES.move!(), { type: 'hold-succeeded', hold });
    expect(effects).to.deep.equal([{ type: 'release', hold }]);
  });

  it('a refused cancellation (not retryable) is cancel-refused; a retryable one offers a retry', () => {
    const refused = run(STATES.cancelling!(), { type: 'cancel-failed', error: new BookingError('validation', 'x') }).state;
    expect(refused.notice?.kind).to.equal('cancel-refused');
    expect(refused.confirmingCancel).to.equal(false);
    const retryable = run(STATES.cancelling!(), { type: 'cancel-failed', error: new BookingError('unavailable', 'x') }).state;
    expect(retryable.notice).to.include({ kind: 'error', retry: 'cancel' });
    expect(types(run(retryable, { type: 'retry' }).effects)).to.deep.equal(['cancel']);
  });

  it('cancelled: the event out and focus on the heading', () => {
    const { effects } = run(STATES.cancelling!(), { type: 'cancelled', appointment: cancelled });
    expect(effects).to.deep.equal([
      { type: 'cancelled', appointment: cancelled },
      { type: 'focus', target: 'heading' },
    ]);
  });

  it('signed in: back from an appointment lists again; a failed list is said on the list with a retry', () => {
    const opened = run(STATES.list!(), { type: 'open', reference: 'BT-1' }).state;
    expect(opened.credentials).to.deep.equal({ reference: 'BT-1' });
    expect(types(run(opened, { type: 'back' }).effects)).to.deep.equal(['list', 'focus']);
    const starting = run(
      initialManageState(),
      { type: 'start', canHold: false, canSignIn: true },
      { type: 'started', generation: 1, session: karen },
    ).state;
    const failed = run(starting, { type: 'list-failed', error: new BookingError('unavailable', 'x') }).state;
    expect(failed.view).to.equal('list');
    expect(failed.notice).to.include({ kind: 'error', retry: 'list' });
    expect(run(failed, { type: 'retry' }).effects).to.deep.equal([{ type: 'list' }]);
  });
});

describe('core/manage-flow: changing errand', () => {
  it('opening the change cancels nothing; leaving before the new booking leaves the old one untouched', () => {
    const { effects } = run(STATES.appointment!(), { type: 'change-errand' });
    expect(types(effects)).to.deep.equal(['focus']);
    const left = run(STATES.changeErrand!(), { type: 'keep-time' });
    expect(types(left.effects)).to.deep.equal(['focus']);
    expect(left.state.appointment).to.equal(booked);
  });

  it('only the new booking cancels the old appointment, with its reference and token', () => {
    const { state, effects } = run(STATES.changeErrand!(), { type: 'new-booked', booking: newBooking });
    expect(effects).to.deep.equal([{ type: 'cancel', query: { reference: 'BT-1', token: 't' } }]);
    expect(state.newBooking).to.deep.equal(newBooking);
    expect(state.busy).to.deep.equal({ kind: 'cancel' });
  });

  it('the old one cancelled: the event out, the result on the change view, focus on its heading', () => {
    const { state, effects } = run(STATES.newBooked!(), { type: 'cancelled', appointment: cancelled });
    expect(effects).to.deep.equal([
      { type: 'cancelled', appointment: cancelled },
      { type: 'focus', target: 'heading' },
    ]);
    expect(state.view).to.equal('change-errand');
    expect(state.appointment?.status).to.equal('cancelled');
  });

  it('a failed cancel of the old one always offers a retry (refused or not), and the retry cancels again', () => {
    for (const error of [new BookingError('validation', 'x'), new BookingError('timeout', 'x')]) {
      const { state, effects } = run(STATES.newBooked!(), { type: 'cancel-failed', error });
      expect(state.view).to.equal('change-errand');
      expect(state.notice).to.deep.equal({ kind: 'error', error, retry: 'cancel' });
      expect(state.newBooking).to.deep.equal(newBooking);
      expect(effects).to.deep.equal([{ type: 'focus', target: 'notice' }]);
    }
    const retried = run(STATES.oldCancelFailed!(), { type: 'retry' });
    expect(retried.effects).to.deep.equal([{ type: 'cancel', query: { reference: 'BT-1', token: 't' } }]);
  });

  it('a signed-in citizen cancels the old one through the session (no token)', () => {
    const opened = run(STATES.list!(), { type: 'open', reference: 'BT-1' }, { type: 'change-errand' }).state;
    const { effects } = run(opened, { type: 'new-booked', booking: newBooking });
    expect(effects).to.deep.equal([{ type: 'cancel', query: { reference: 'BT-1' } }]);
  });
});

describe('manage flow: a backend without sign-in', () => {
  it('offers no "Log ind" once the backend says it has none', () => {
    const started = (canSignIn?: boolean) =>
      run(
        initialManageState(),
        { type: 'start', canHold: true, canSignIn: true },
        { type: 'started', generation: 1, session: null, ...(canSignIn === undefined ? {} : { canSignIn }) },
      ).state;
    expect(started(false).canSignIn).to.equal(false);
    expect(started(false).view).to.equal('lookup');
    expect(started().canSignIn, 'not said: sign-in stays offered').to.equal(true);
    expect(transition(started(false), { type: 'sign-in' }).refused).to.be.a('string');
  });
});
