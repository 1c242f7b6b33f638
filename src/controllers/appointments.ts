import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BookingAdapter } from '../core/adapter.js';
import { checkedAdapter, hostTimeout } from '../core/checked-adapter.js';
import { hostLanguage } from './localize.js';
import { systemClock, type Clock } from '../core/clock.js';
import {
  canRefresh,
  initialManageState,
  transition,
  type Credentials,
  type ManageEffect,
  type ManageEvent,
  type ManageState,
  type ManageTransition,
} from '../core/manage-flow.js';

/** Effects the element itself carries out: focus, the calendar, events out. */
export type ManageViewEffect = Extract<ManageEffect, { type: 'focus' | 'refresh-calendar' | 'rescheduled' | 'cancelled' }>;

export interface AppointmentsOptions {
  /** Called for each effect that belongs to the view, after the state has changed. */
  onViewEffect(effect: ManageViewEffect): void;
  /** The page address a redirecting sign-in comes back to. */
  returnTo?: () => string;
  /** The clock holds are counted down on (default: the host's `clock` property, else the device's). */
  clock?: () => Clock;
}

/**
 * Runs the manage flow (`core/manage-flow`) against a backend: effects become adapter calls
 * (session, lookup, the signed-in list, hold and release of the new time, one `reschedule`
 * that carries the hold, `cancel`, sign-in) and their answers come back as events. Answers
 * from a backend the manager has since left are dropped here (a hold among them is given
 * back); answers the flow no longer waits for are refused by the flow itself. Every call goes
 * through `checkedAdapter`, with the deadline of the host's `timeout` property.
 */
export class AppointmentsController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: AppointmentsOptions;
  private readonly now = (): Date => (this.options.clock?.() ?? hostClock(this.host)).now();
  /** The host's language, sent with every call so the backend answers in it. */
  private readonly lang = (): string | undefined => hostLanguage(this.host);
  /** The backend as given (the element compares it with its `adapter`); calls go to `checked(adapter)`. */
  private adapter: BookingAdapter | undefined;
  private current: ManageState = initialManageState();
  /** The language of the last call whose answer shows backend texts (errand, office). */
  private askedIn: string | undefined;

  constructor(host: ReactiveControllerHost, options: AppointmentsOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get state(): ManageState {
    return this.current;
  }

  /** The backend the manager runs on. */
  get backend(): BookingAdapter | undefined {
    return this.adapter;
  }

  /** Starts over with a backend, opening the appointment of a link when `credentials` are given. */
  start(adapter: BookingAdapter | undefined, credentials?: Credentials): void {
    // A hold belongs to the backend that gave it: give it back there, not to the next one.
    if (this.current.hold) {
      this.releaseUnlessMoving();
      this.send({ type: 'hold-expired' });
    }
    this.adapter = adapter;
    if (!adapter) {
      this.current = initialManageState();
      this.host.requestUpdate();
      return;
    }
    this.send({
      type: 'start',
      canHold: Boolean(adapter.holdSlot),
      canSignIn: Boolean(adapter.auth),
      ...(credentials ? { credentials } : {}),
    });
  }

  /**
   * Asks the backend again for the appointment or list on screen when the host's language is
   * not the one it was last asked in: the backend's texts come in the request's language.
   * Called before each render; a move, a change of errand or a call on its way waits, and the
   * appointment is asked for once the citizen is back on it. Nothing is asked on the first
   * render (nothing has been asked yet), nor twice for one language.
   */
  followLanguage(): void {
    const lang = this.lang();
    if (lang === undefined || this.askedIn === undefined || lang === this.askedIn) return;
    if (this.adapter && canRefresh(this.current)) this.send({ type: 'refresh' });
  }

  /** Applies an event; returns the transition so a caller can see whether it was refused. */
  send(event: ManageEvent): ManageTransition {
    const result = transition(this.current, event);
    if (result.refused) return result;
    this.current = result.state;
    this.host.requestUpdate();
    for (const effect of result.effects) this.run(effect);
    return result;
  }

  /** @internal */
  hostDisconnected(): void {
    // Nobody is looking at the held time any more: give it back.
    if (this.releaseUnlessMoving()) this.send({ type: 'hold-expired' });
  }

  /**
   * Gives the held new time back, unless a `reschedule` on its way is using it up (the
   * backend makes it the appointment's place, or refuses and the flow gives it back).
   * Answers whether it did.
   */
  private releaseUnlessMoving(): boolean {
    const { hold, busy } = this.current;
    if (!hold || busy?.kind === 'reschedule') return false;
    this.release(this.adapter, hold.id);
    return true;
  }

  private checked(adapter: BookingAdapter): BookingAdapter {
    return checkedAdapter(adapter, { timeout: hostTimeout(this.host), now: this.now, lang: this.lang });
  }

  private run(effect: ManageEffect): void {
    const adapter = this.adapter;
    if (!adapter) return;
    const api = this.checked(adapter);
    // Calls whose answers carry backend texts are asked in the host's language of the moment.
    if (['find', 'list', 'refresh', 'reschedule', 'cancel'].includes(effect.type)) this.askedIn = this.lang();
    switch (effect.type) {
      case 'setup':
        (api.auth ? api.auth.getSession().catch(() => null) : Promise.resolve(null)).then((session) =>
          // A backend without sign-in says so in its session answer: "Log ind" is not offered.
          this.answer(adapter, {
            type: 'started',
            generation: effect.generation,
            session,
            canSignIn: adapter.auth?.available !== false,
          }),
        );
        return;
      case 'find':
        api.getAppointments(effect.query).then(
          (appointments) => this.answer(adapter, { type: 'found', appointments }),
          (error: unknown) => this.answer(adapter, { type: 'find-failed', error }),
        );
        return;
      case 'list':
        // Neither reference nor token: the signed-in citizen's own appointments ("Mine aftaler").
        api.getAppointments({}).then(
          (appointments) => this.answer(adapter, { type: 'listed', appointments }),
          (error: unknown) => this.answer(adapter, { type: 'list-failed', error }),
        );
        return;
      case 'refresh':
        // The open appointment the way it was found (reference and token, or the session), else the list.
        api.getAppointments(effect.query ?? {}).then(
          (appointments) => this.answer(adapter, { type: 'refreshed', id: effect.id, appointments }),
          (error: unknown) => this.answer(adapter, { type: 'refresh-failed', id: effect.id, error }),
        );
        return;
      case 'sign-in':
        void this.signIn(adapter);
        return;
      case 'hold':
        if (!api.holdSlot) return;
        api.holdSlot(effect.query).then(
          (hold) => this.answer(adapter, { type: 'hold-succeeded', hold }),
          (error: unknown) => this.answer(adapter, { type: 'hold-failed', slotId: effect.query.slotId, error }),
        );
        return;
      case 'release':
        this.release(adapter, effect.hold.id);
        return;
      case 'reschedule':
        api.reschedule(effect.query).then(
          (appointment) => this.answer(adapter, { type: 'rescheduled', appointment }),
          (error: unknown) => this.answer(adapter, { type: 'reschedule-failed', error }),
        );
        return;
      case 'cancel':
        api.cancel(effect.query).then(
          (appointment) => this.answer(adapter, { type: 'cancelled', appointment }),
          (error: unknown) => this.answer(adapter, { type: 'cancel-failed', error }),
        );
        return;
      default:
        this.options.onViewEffect(effect);
    }
  }

  private async signIn(adapter: BookingAdapter): Promise<void> {
    const auth = this.checked(adapter).auth;
    if (!auth) return;
    try {
      await auth.login(this.options.returnTo?.() ?? globalThis.location?.href);
      this.answer(adapter, { type: 'signed-in', session: await auth.getSession() });
    } catch (error) {
      this.answer(adapter, { type: 'sign-in-failed', error });
    }
  }

  /** Best effort: a hold that is not released lapses on its own. */
  private release(adapter: BookingAdapter | undefined, holdId: string): void {
    if (adapter)
      this.checked(adapter)
        .releaseHold?.({ holdId })
        .catch(() => undefined);
  }

  /** An adapter's answer, unless the manager has moved to another adapter since. */
  private answer(adapter: BookingAdapter, event: ManageEvent): void {
    if (adapter !== this.adapter) {
      if (event.type === 'hold-succeeded') this.release(adapter, event.hold.id);
      return;
    }
    this.send(event);
  }
}

/** The host element's `clock` property, when it has one that works; else the device's clock. */
function hostClock(host: object): Clock {
  const { clock } = host as { clock?: Partial<Clock> };
  return typeof clock?.now === 'function' ? (clock as Clock) : systemClock;
}
