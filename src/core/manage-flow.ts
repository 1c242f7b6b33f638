import type { AppointmentEventDetail } from './appointment-event.js';
import { refuse, type FlowTransition } from './flow.js';
import type { HoldQuery, RescheduleQuery } from './adapter.js';
import { BookingError } from './errors.js';
import { copenhagenDate } from './time.js';
import type { Appointment, Hold, Session, Slot } from './types.js';

/**
 * Managing a booked appointment as a pure `transition(state, event)`: find it (by link, by the
 * lookup form, or in a signed-in citizen's list), move it to another time, or cancel it. No DOM,
 * no adapter, no clock: `AppointmentsController` turns the effects into adapter calls and their
 * answers into events; `<bt-appointment-manager>` turns DOM events into events and renders.
 *
 * Three rules hold in every transition: the appointment on screen is the backend's last answer
 * (a move or cancel that failed leaves it as it was); a move is one `reschedule` call that
 * carries the hold on the new time, so nobody can take it in between — nothing here ever
 * cancels in order to move; and a hold lives only as long as the move to its time is on.
 * Changing errand is the one cancel that follows a booking: the old appointment is cancelled
 * only after the backend has booked the new one, so the citizen is never left with no time.
 */

/** What the citizen is looking at. */
export type ManageView =
  /** Waiting for the session check and the first lookup. */
  | 'starting'
  /** The "find your booking" form. */
  | 'lookup'
  /** "Mine aftaler": a signed-in citizen's appointments. */
  | 'list'
  /** One appointment with its actions (or its cancelled status). */
  | 'appointment'
  /** Choosing the new time on the calendar, then confirming it. */
  | 'move'
  /** The receipt of the moved appointment. */
  | 'moved'
  /** "Another errand": book the new one here, then this one is cancelled (and the result shown). */
  | 'change-errand';

/** What the manager is waiting for. At most one thing at a time. */
export type ManageBusy =
  | { kind: 'starting'; generation: number }
  | { kind: 'find' }
  | { kind: 'list' }
  | { kind: 'signin' }
  | { kind: 'hold'; slotId: string }
  | { kind: 'reschedule' }
  | { kind: 'cancel' };

/** A message on the current view, set by a transition and cleared by the next action. */
export type ManageNotice =
  /** No booking matches: the same words for an unknown reference and a wrong token. */
  | { kind: 'not-found' }
  /** The new time went to someone else; the appointment is unchanged. */
  | { kind: 'slot-taken' }
  /** The move did not happen (timeout, 503, …): the appointment is unchanged; `retry` sends it again. */
  | { kind: 'move-failed'; error: unknown }
  /** The backend said no to the cancellation (e.g. too late): call the office instead. */
  | { kind: 'cancel-refused'; error: unknown }
  /** Any other failure; `retry` names what "Prøv igen" repeats. */
  | { kind: 'error'; error: unknown; retry?: 'find' | 'list' | 'hold' | 'cancel' };

/** How the open appointment is reached again: its token, or the session (no token). */
export interface Credentials {
  readonly reference: string;
  readonly token?: string;
}

export interface ManageState {
  readonly view: ManageView;
  readonly canHold: boolean;
  readonly canSignIn: boolean;
  /** Counts starts, so the answer to a superseded start is refused. */
  readonly generation: number;
  readonly busy: ManageBusy | undefined;
  readonly session: Session | null;
  /** The signed-in citizen's appointments, as the backend listed them; `undefined` when not listed. */
  readonly appointments: readonly Appointment[] | undefined;
  /** The open appointment, as the backend last answered it. */
  readonly appointment: Appointment | undefined;
  readonly credentials: Credentials | undefined;
  /** The new time chosen while moving, and its hold (kept through the move and a "Prøv igen" after it failed). */
  readonly slot: Slot | undefined;
  readonly hold: Hold | undefined;
  /** The times before the last move, for the receipt's "moved from" and `bt-rescheduled`. */
  readonly previous: { readonly start: string; readonly end: string } | undefined;
  /** The cancel confirmation dialog is open. */
  readonly confirmingCancel: boolean;
  /** While changing errand: the new errand's booking, once booked (the old one is cancelled after it). */
  readonly newBooking: AppointmentEventDetail | undefined;
  readonly notice: ManageNotice | undefined;
  /**
   * The shown appointment (or list) asked for again, in a newly chosen language, on its way:
   * not `busy` (nothing waits for it, nothing is blocked, nothing moves), and its answer only
   * replaces what it was asked for while that is still on screen as it was (`appointment`,
   * `appointments`: the very objects the refresh set out to renew).
   */
  readonly refresh:
    | {
        readonly id: number;
        readonly kind: 'find' | 'list';
        readonly appointment: Appointment | undefined;
        readonly appointments: readonly Appointment[] | undefined;
      }
    | undefined;
  /** Counts refreshes, so an answer to an earlier one is refused. */
  readonly refreshes: number;
}

export type ManageEvent =
  /** A new backend or link: everything starts over (`credentials` from the link, if any). */
  | { type: 'start'; canHold: boolean; canSignIn: boolean; credentials?: Credentials }
  | {
      type: 'started';
      generation: number;
      session: Session | null;
      /** False when the backend turned out to offer no sign-in (its session answer said so). */
      canSignIn?: boolean;
    }
  /** The lookup form, submitted (the element has checked it is filled in). */
  | { type: 'look-up'; reference: string; token?: string }
  | { type: 'found'; appointments: readonly Appointment[] }
  | { type: 'find-failed'; error: unknown }
  | { type: 'listed'; appointments: readonly Appointment[] }
  | { type: 'list-failed'; error: unknown }
  | { type: 'sign-in' }
  | { type: 'signed-in'; session: Session | null }
  | { type: 'sign-in-failed'; error: unknown }
  /** One appointment from "Mine aftaler". */
  | { type: 'open'; reference: string }
  /** Back to "Mine aftaler", or to the lookup form without a session. */
  | { type: 'back' }
  /** "Prøv igen" after a failure: repeats what failed. */
  | { type: 'retry' }
  | { type: 'start-move' }
  | { type: 'choose-slot'; slot: Slot }
  | { type: 'hold-succeeded'; hold: Hold }
  | { type: 'hold-failed'; slotId: string; error: unknown }
  | { type: 'hold-expired' }
  | { type: 'confirm-move' }
  | { type: 'rescheduled'; appointment: Appointment }
  | { type: 'reschedule-failed'; error: unknown }
  /** Leave the calendar (or the "another errand" text) without moving. */
  | { type: 'keep-time' }
  | { type: 'change-errand' }
  /** The new errand is booked (`bt-booked` of the embedded booking): now the old appointment is cancelled. */
  | { type: 'new-booked'; booking: AppointmentEventDetail }
  | { type: 'ask-cancel' }
  /** "Behold tiden" in the dialog, Escape, or any other close of it. */
  | { type: 'keep-appointment' }
  | { type: 'confirm-cancel' }
  | { type: 'cancelled'; appointment: Appointment }
  | { type: 'cancel-failed'; error: unknown }
  /**
   * The backend's texts (errand, office) are wanted again, e.g. in another language: asks
   * again for what is shown, the same way it was found (reference and token, the session, or
   * "Mine aftaler"), keeping the view, the focus and everything chosen.
   */
  | { type: 'refresh' }
  | { type: 'refreshed'; id: number; appointments: readonly Appointment[] }
  | { type: 'refresh-failed'; id: number; error: unknown };

export type ManageEffect =
  | { type: 'setup'; generation: number }
  | { type: 'find'; query: Credentials }
  | { type: 'list' }
  /** Asks again for what is shown (`query`: the open appointment; none: the signed-in list). */
  | { type: 'refresh'; id: number; query?: Credentials }
  | { type: 'sign-in' }
  | { type: 'hold'; query: HoldQuery }
  | { type: 'release'; hold: Hold }
  /** One call that moves the appointment, with the hold on the new time when there is one. */
  | { type: 'reschedule'; query: RescheduleQuery }
  | { type: 'cancel'; query: Credentials }
  /** Where focus goes after the change has rendered. */
  | { type: 'focus'; target: 'heading' | 'notice' | 'confirm-move' | 'receipt' }
  /** The calendar's free times changed under the citizen (a time was taken). */
  | { type: 'refresh-calendar' }
  | { type: 'rescheduled'; appointment: Appointment; previous: { start: string; end: string } }
  | { type: 'cancelled'; appointment: Appointment };

export type ManageTransition = FlowTransition<ManageState, ManageEffect>;

export function initialManageState(options: { canHold?: boolean; canSignIn?: boolean } = {}): ManageState {
  return {
    view: 'starting',
    canHold: options.canHold ?? false,
    canSignIn: options.canSignIn ?? false,
    generation: 0,
    busy: undefined,
    session: null,
    appointments: undefined,
    appointment: undefined,
    credentials: undefined,
    slot: undefined,
    hold: undefined,
    previous: undefined,
    confirmingCancel: false,
    newBooking: undefined,
    notice: undefined,
    refresh: undefined,
    refreshes: 0,
  };
}

/**
 * Whether what is shown can be asked for again without disturbing the citizen: an open
 * appointment (or its receipt after a move) or "Mine aftaler", nothing on its way. Not while
 * moving, changing errand or looking up: those views keep their state, and the appointment
 * is asked for again once the citizen is back on it.
 */
export function canRefresh(state: ManageState): boolean {
  if (state.busy || state.refresh) return false;
  if (state.view === 'list') return Boolean(state.appointments);
  return (state.view === 'appointment' || state.view === 'moved') && Boolean(state.appointment && state.credentials);
}

/** Whether the open appointment can still be moved or cancelled (booked; the time's passing is the element's to judge). */
export function isManageable(state: ManageState): boolean {
  return state.appointment?.status === 'booked';
}

/** The day the move calendar should open on: the chosen new time's, else the current appointment's. */
export function moveCalendarDate(state: ManageState): string | undefined {
  const start = state.slot?.start ?? state.appointment?.start;
  return start ? copenhagenDate(start) : undefined;
}

type Draft = { -readonly [K in keyof ManageState]: ManageState[K] };

function codeOf(error: unknown): string | undefined {
  return error instanceof BookingError ? error.code : undefined;
}

/** The references a reference matches, as the backend matches them (case and spaces aside). */
function sameReference(a: string, b: string): boolean {
  const normal = (value: string) => value.replace(/\s+/g, '').toUpperCase();
  return normal(a) === normal(b);
}

/** Where the manager goes on `event`, and what must happen outside it for that. */
export function transition(state: ManageState, event: ManageEvent): ManageTransition {
  const busy = state.busy;
  const draft: Draft = { ...state };
  const effects: ManageEffect[] = [];
  const emit = (effect: ManageEffect) => effects.push(effect);
  const releaseHold = () => {
    if (draft.hold) emit({ type: 'release', hold: draft.hold });
    draft.hold = undefined;
  };
  const find = (query: Credentials) => {
    draft.busy = { kind: 'find' };
    draft.credentials = query;
    emit({ type: 'find', query });
  };
  const list = () => {
    draft.busy = { kind: 'list' };
    emit({ type: 'list' });
  };
  const reschedule = () => {
    const { credentials, slot } = draft;
    if (!credentials || !slot) return false;
    draft.busy = { kind: 'reschedule' };
    // The held place becomes the appointment's: the time is never free to others on the way.
    const holdId = draft.hold?.id;
    emit({ type: 'reschedule', query: { ...credentials, slotId: slot.id, ...(holdId ? { holdId } : {}) } });
    return true;
  };
  const cancel = () => {
    if (!draft.credentials) return false;
    draft.busy = { kind: 'cancel' };
    emit({ type: 'cancel', query: draft.credentials });
    return true;
  };

  switch (event.type) {
    case 'start': {
      releaseHold();
      const generation = state.generation + 1;
      Object.assign(draft, initialManageState({ canHold: event.canHold, canSignIn: event.canSignIn }), {
        generation,
        credentials: event.credentials,
        busy: { kind: 'starting', generation },
      } satisfies Partial<Draft>);
      emit({ type: 'setup', generation });
      break;
    }

    case 'started': {
      if (busy?.kind !== 'starting' || busy.generation !== event.generation) return refuse(state, 'not starting');
      draft.busy = undefined;
      draft.session = event.session;
      if (event.canSignIn === false) draft.canSignIn = false;
      // A link opens its appointment even for a signed-in citizen: that is what they followed.
      if (state.credentials) find(state.credentials);
      else if (event.session) list();
      else draft.view = 'lookup';
      break;
    }

    case 'look-up': {
      if (busy || state.view !== 'lookup') return refuse(state, 'not looking up');
      const reference = event.reference.trim();
      const token = event.token?.trim() || undefined;
      // Without a session a reference alone is not enough (it is printed on paper).
      if (!reference || (!token && !state.session)) return refuse(state, 'incomplete');
      draft.notice = undefined;
      find(token ? { reference, token } : { reference });
      break;
    }

    case 'found':
    case 'find-failed': {
      if (busy?.kind !== 'find') return refuse(state, 'no lookup on its way');
      draft.busy = undefined;
      const credentials = state.credentials;
      const appointment =
        event.type === 'found' && credentials
          ? event.appointments.find((found) => sameReference(found.reference, credentials.reference))
          : undefined;
      if (appointment) {
        draft.appointment = appointment;
        // The backend's spelling of the reference, for the calls that follow.
        draft.credentials = { ...credentials, reference: appointment.reference };
        draft.view = 'appointment';
        emit({ type: 'focus', target: 'heading' });
        break;
      }
      draft.view = 'lookup';
      draft.credentials = undefined;
      const code = event.type === 'find-failed' ? codeOf(event.error) : 'not-found';
      // An unknown reference, a wrong token and a reference without a right to it read alike.
      if (code === 'not-found' || code === 'auth-required' || code === 'validation') draft.notice = { kind: 'not-found' };
      else draft.notice = { kind: 'error', error: event.type === 'find-failed' ? event.error : undefined, retry: 'find' };
      // The failed lookup is kept for "Prøv igen".
      if (draft.notice.kind === 'error') draft.credentials = credentials;
      emit({ type: 'focus', target: 'notice' });
      break;
    }

    case 'listed':
    case 'list-failed': {
      if (busy?.kind !== 'list') return refuse(state, 'no list on its way');
      draft.busy = undefined;
      draft.view = 'list';
      if (event.type === 'listed') {
        draft.appointments = event.appointments;
        draft.notice = undefined;
      } else draft.notice = { kind: 'error', error: event.error, retry: 'list' };
      if (state.view !== 'starting') emit({ type: 'focus', target: draft.notice ? 'notice' : 'heading' });
      break;
    }

    case 'sign-in': {
      if (busy || !state.canSignIn || state.session || state.view !== 'lookup') return refuse(state, 'cannot sign in now');
      draft.busy = { kind: 'signin' };
      draft.notice = undefined;
      emit({ type: 'sign-in' });
      break;
    }

    case 'signed-in':
    case 'sign-in-failed': {
      if (busy?.kind !== 'signin') return refuse(state, 'not signing in');
      draft.busy = undefined;
      if (event.type === 'signed-in' && event.session) {
        draft.session = event.session;
        list();
      } else {
        draft.notice = { kind: 'error', error: event.type === 'sign-in-failed' ? event.error : undefined };
        emit({ type: 'focus', target: 'notice' });
      }
      break;
    }

    case 'open': {
      if (busy || state.view !== 'list') return refuse(state, 'not on the list');
      const appointment = state.appointments?.find((candidate) => candidate.reference === event.reference);
      if (!appointment) return refuse(state, 'not in the list');
      Object.assign(draft, {
        appointment,
        credentials: { reference: appointment.reference },
        view: 'appointment',
        notice: undefined,
        previous: undefined,
      });
      emit({ type: 'focus', target: 'heading' });
      break;
    }

    case 'back': {
      const afterChange = state.view === 'change-errand' && state.newBooking;
      if (busy || !(afterChange || ['appointment', 'moved', 'lookup'].includes(state.view)))
        return refuse(state, 'nowhere to go back to');
      if (state.view === 'lookup' && !state.session) return refuse(state, 'already at the lookup');
      Object.assign(draft, {
        appointment: undefined,
        credentials: undefined,
        notice: undefined,
        previous: undefined,
        slot: undefined,
        newBooking: undefined,
      } satisfies Partial<Draft>);
      if (state.session) list();
      else draft.view = 'lookup';
      emit({ type: 'focus', target: 'heading' });
      break;
    }

    case 'retry': {
      const notice = state.notice;
      if (busy || !notice) return refuse(state, 'nothing to retry');
      draft.notice = undefined;
      if (notice.kind === 'move-failed') {
        if (!reschedule()) return refuse(state, 'no move to retry');
      } else if (notice.kind === 'error' && notice.retry === 'find' && state.credentials) find(state.credentials);
      else if (notice.kind === 'error' && notice.retry === 'list') list();
      else if (notice.kind === 'error' && notice.retry === 'cancel') {
        if (!cancel()) return refuse(state, 'no cancellation to retry');
      } else if (notice.kind === 'error' && notice.retry === 'hold' && state.slot && state.appointment && state.canHold) {
        draft.busy = { kind: 'hold', slotId: state.slot.id };
        emit({
          type: 'hold',
          query: { slotId: state.slot.id, serviceId: state.appointment.service.id, locationId: state.appointment.location.id },
        });
      } else return refuse(state, 'nothing to retry');
      break;
    }

    case 'start-move': {
      if (busy || !['appointment', 'moved'].includes(state.view) || !isManageable(state)) return refuse(state, 'cannot move');
      Object.assign(draft, { view: 'move', slot: undefined, notice: undefined } satisfies Partial<Draft>);
      emit({ type: 'focus', target: 'heading' });
      break;
    }

    case 'choose-slot': {
      // One hold at a time: a double click must not hold the same time twice.
      if (busy || state.view !== 'move' || !state.appointment) return refuse(state, 'not choosing a time');
      if (event.slot.serviceId !== state.appointment.service.id) return refuse(state, 'another errand');
      releaseHold();
      draft.slot = event.slot;
      draft.notice = undefined;
      if (state.canHold) {
        draft.busy = { kind: 'hold', slotId: event.slot.id };
        emit({
          type: 'hold',
          query: { slotId: event.slot.id, serviceId: event.slot.serviceId, locationId: event.slot.locationId },
        });
      } else emit({ type: 'focus', target: 'confirm-move' });
      break;
    }

    case 'hold-succeeded': {
      const { hold } = event;
      if (busy?.kind !== 'hold' || busy.slotId !== hold.slotId || state.slot?.id !== hold.slotId) {
        // An answer nobody waits for any more: the time must not stay blocked for others.
        emit({ type: 'release', hold });
        break;
      }
      draft.busy = undefined;
      draft.hold = hold;
      emit({ type: 'focus', target: 'confirm-move' });
      break;
    }

    case 'hold-failed': {
      if (busy?.kind !== 'hold' || busy.slotId !== event.slotId) return refuse(state, 'no hold on its way');
      draft.busy = undefined;
      if (codeOf(event.error) === 'slot-taken') {
        draft.slot = undefined;
        draft.notice = { kind: 'slot-taken' };
        emit({ type: 'refresh-calendar' });
      } else draft.notice = { kind: 'error', error: event.error, retry: 'hold' };
      emit({ type: 'focus', target: 'notice' });
      break;
    }

    case 'hold-expired': {
      if (!state.hold) return refuse(state, 'no hold');
      // The time stays chosen: the move is tried for it anyway, and answers "taken" if it went.
      draft.hold = undefined;
      break;
    }

    case 'confirm-move': {
      if (busy || state.view !== 'move' || !state.slot) return refuse(state, 'nothing to confirm');
      draft.notice = undefined;
      if (!reschedule()) return refuse(state, 'nothing to confirm');
      break;
    }

    case 'rescheduled': {
      if (busy?.kind !== 'reschedule' || !state.appointment) return refuse(state, 'no move on its way');
      const previous = { start: state.appointment.start, end: state.appointment.end };
      Object.assign(draft, {
        busy: undefined,
        appointment: event.appointment,
        previous,
        slot: undefined,
        // Used up by the move: nothing to give back.
        hold: undefined,
        view: 'moved',
        notice: undefined,
      } satisfies Partial<Draft>);
      // A listed appointment shows its new time when the citizen goes back to the list.
      if (state.appointments) {
        draft.appointments = state.appointments.map((listed) =>
          listed.reference === event.appointment.reference ? event.appointment : listed,
        );
      }
      emit({ type: 'rescheduled', appointment: event.appointment, previous });
      emit({ type: 'focus', target: 'receipt' });
      break;
    }

    case 'reschedule-failed': {
      if (busy?.kind !== 'reschedule') return refuse(state, 'no move on its way');
      draft.busy = undefined;
      if (codeOf(event.error) === 'slot-taken') {
        // Back to the calendar, the appointment as it was (a hold the backend refused is given back below).
        draft.view = 'move';
        draft.slot = undefined;
        draft.notice = { kind: 'slot-taken' };
        emit({ type: 'refresh-calendar' });
      } else {
        // The original stays, shown and said; the chosen time and its hold are kept for "Prøv igen".
        draft.view = 'appointment';
        draft.notice = { kind: 'move-failed', error: event.error };
      }
      emit({ type: 'focus', target: 'notice' });
      break;
    }

    case 'keep-time': {
      if (busy?.kind === 'reschedule' || !['move', 'change-errand'].includes(state.view)) return refuse(state, 'not moving');
      // Once the new errand is booked there is no going back to the old appointment as it was.
      if (state.newBooking) return refuse(state, 'the new errand is booked');
      if (busy && busy.kind !== 'hold') return refuse(state, 'busy');
      // Leaving while a time is being held: its answer is not awaited (and is given back).
      draft.busy = undefined;
      releaseHold();
      draft.slot = undefined;
      draft.view = 'appointment';
      draft.notice = undefined;
      emit({ type: 'focus', target: 'heading' });
      break;
    }

    case 'change-errand': {
      if (busy || state.view !== 'appointment' || !isManageable(state)) return refuse(state, 'cannot change errand');
      draft.view = 'change-errand';
      draft.notice = undefined;
      emit({ type: 'focus', target: 'heading' });
      break;
    }

    case 'new-booked': {
      // Only now, with the new one booked, is the old appointment given up.
      if (busy || state.view !== 'change-errand' || state.newBooking || !isManageable(state))
        return refuse(state, 'not changing errand');
      draft.newBooking = event.booking;
      draft.notice = undefined;
      if (!cancel()) return refuse(state, 'nothing to cancel');
      break;
    }

    case 'ask-cancel': {
      if (
        busy ||
        state.newBooking ||
        state.confirmingCancel ||
        !['appointment', 'moved', 'change-errand'].includes(state.view) ||
        !isManageable(state)
      ) {
        return refuse(state, 'cannot cancel');
      }
      draft.confirmingCancel = true;
      draft.notice = undefined;
      break;
    }

    case 'keep-appointment': {
      if (!state.confirmingCancel || busy?.kind === 'cancel') return refuse(state, 'no question open');
      draft.confirmingCancel = false;
      break;
    }

    case 'confirm-cancel': {
      if (busy || !state.confirmingCancel) return refuse(state, 'no question open');
      if (!cancel()) return refuse(state, 'nothing to cancel');
      break;
    }

    case 'cancelled': {
      if (busy?.kind !== 'cancel') return refuse(state, 'no cancellation on its way');
      Object.assign(draft, {
        busy: undefined,
        confirmingCancel: false,
        appointment: event.appointment,
        // After a change of errand the result is shown beside the new booking's receipt.
        view: state.newBooking ? 'change-errand' : 'appointment',
        notice: undefined,
        previous: undefined,
      } satisfies Partial<Draft>);
      if (state.appointments) {
        draft.appointments = state.appointments.map((listed) =>
          listed.reference === event.appointment.reference ? event.appointment : listed,
        );
      }
      emit({ type: 'cancelled', appointment: event.appointment });
      emit({ type: 'focus', target: 'heading' });
      break;
    }

    case 'refresh': {
      if (!canRefresh(state)) return refuse(state, 'nothing to refresh now');
      const id = state.refreshes + 1;
      const kind = state.view === 'list' ? 'list' : 'find';
      draft.refreshes = id;
      draft.refresh = { id, kind, appointment: state.appointment, appointments: state.appointments };
      emit(kind === 'list' ? { type: 'refresh', id } : { type: 'refresh', id, query: state.credentials! });
      break;
    }

    case 'refreshed':
    case 'refresh-failed': {
      const refresh = state.refresh;
      if (!refresh || refresh.id !== event.id) return refuse(state, 'no refresh on its way');
      draft.refresh = undefined;
      // A failure changes nothing: what is shown stays, as it was.
      if (event.type === 'refresh-failed') break;
      const answered = event.appointments;
      // Only what is still on screen as it was asked for is replaced: a move or cancellation
      // since then has answered with newer facts.
      if (refresh.kind === 'list' && state.appointments === refresh.appointments) {
        draft.appointments = answered;
      } else if (state.appointments === refresh.appointments && state.appointments) {
        draft.appointments = state.appointments.map(
          (listed) => answered.find((found) => sameReference(found.reference, listed.reference)) ?? listed,
        );
      }
      // The open appointment, when it is the one asked for, or one of the list asked for.
      const open = state.appointment;
      if (open && (open === refresh.appointment || refresh.appointments?.includes(open))) {
        draft.appointment = answered.find((found) => sameReference(found.reference, open.reference)) ?? open;
      }
      break;
    }

    case 'cancel-failed': {
      if (busy?.kind !== 'cancel') return refuse(state, 'no cancellation on its way');
      draft.busy = undefined;
      draft.confirmingCancel = false;
      const error = event.error;
      if (state.newBooking) {
        // The citizen now holds both appointments: always offer "Prøv igen" (and the view adds the phone).
        draft.notice = { kind: 'error', error, retry: 'cancel' };
      } else {
        draft.view = 'appointment';
        draft.notice =
          error instanceof BookingError && error.retryable
            ? { kind: 'error', error, retry: 'cancel' }
            : { kind: 'cancel-refused', error };
      }
      emit({ type: 'focus', target: 'notice' });
      break;
    }
  }

  // A hold lives while its time is the one being moved to: chosen on the calendar, in the
  // `reschedule` on its way, or offered again after a failed move. Leaving the move in any
  // other way (back, another action, another time, the time taken) gives it back.
  const moveOn = draft.view === 'move' || draft.busy?.kind === 'reschedule' || draft.notice?.kind === 'move-failed';
  if (draft.hold && !(moveOn && draft.slot?.id === draft.hold.slotId)) releaseHold();

  return { state: Object.freeze(draft), effects };
}
