import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BookingAdapter } from '../core/adapter.js';
import {
  initialBookingState,
  newIdempotencyKey,
  transition,
  type BookingEffect,
  type BookingEvent,
  type BookingState,
  type FlowStep,
  type Transition,
} from '../core/booking-flow.js';
import type { Clock } from '../core/clock.js';
import type { Location, Service } from '../core/types.js';
import { CatalogueController } from './catalogue.js';

/** Effects the element itself carries out: focus, announcements, the calendar, events out. */
export type ViewEffect = Extract<BookingEffect, { type: 'announce' | 'focus' | 'refresh-calendar' | 'booked' }>;

export interface BookingFlowOptions {
  /** The host's clock (the catalogue's timers run on it). */
  clock: () => Clock;
  /** Called after every taken event whose step differs from the one before. */
  onStepChange(step: FlowStep, previousStep: FlowStep): void;
  /** Called for each effect that belongs to the view, after the state has changed. */
  onViewEffect(effect: ViewEffect): void;
  /** The page address a redirecting sign-in comes back to. */
  returnTo?: () => string;
  /** Makes idempotency keys (tests pass a predictable one). */
  makeKey?: () => string;
}

/**
 * Runs the booking flow (`core/booking-flow`) against a backend: every flow event goes through
 * `send`, and the effects the transition asks for become adapter calls (hold, release, book
 * once per attempt key, sign in and out, the start-up lookups), whose answers come back as
 * events. Answers to calls the flow no longer waits for are refused by the flow itself, so
 * there are no sequence numbers here.
 */
export class BookingFlowController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: BookingFlowOptions;
  private adapter: BookingAdapter | undefined;
  private preselect: { service?: string; location?: string } = {};
  private current: BookingState = initialBookingState();
  /** Offices and errands, for turning the page's preselected ids into a bookable pair. */
  private readonly catalogue: CatalogueController;

  constructor(host: ReactiveControllerHost, options: BookingFlowOptions) {
    this.host = host;
    this.options = options;
    this.catalogue = new CatalogueController(host, options.clock);
    host.addController(this);
  }

  get state(): BookingState {
    return this.current;
  }

  /** The backend the flow runs on. */
  get backend(): BookingAdapter | undefined {
    return this.adapter;
  }

  /** Starts over with a backend and the page's preselected errand and place (ids). */
  start(adapter: BookingAdapter | undefined, preselect: { service?: string; location?: string }): void {
    this.adapter = adapter;
    this.preselect = { service: preselect.service?.trim() || undefined, location: preselect.location?.trim() || undefined };
    this.send({
      type: 'start',
      canSignIn: Boolean(adapter?.auth),
      canHold: Boolean(adapter?.holdSlot),
      setup: Boolean(adapter && (this.preselect.service || adapter.auth)),
    });
  }

  /** Applies a flow event; returns the transition so a caller can see whether it was refused. */
  send(event: BookingEvent): Transition {
    const previous = this.current;
    const result = transition(previous, event);
    if (result.refused) return result;
    this.current = result.state;
    this.host.requestUpdate();
    if (result.state.step !== previous.step) this.options.onStepChange(result.state.step, previous.step);
    for (const effect of result.effects) this.run(effect);
    return result;
  }

  /** "Bekræft": the flow decides whether this is a new attempt or a retry of the last one. */
  confirm(): Transition {
    return this.send({ type: 'confirm', freshKey: (this.options.makeKey ?? newIdempotencyKey)() });
  }

  hostDisconnected(): void {
    // Nobody is looking at the held time any more: give it back.
    this.send({ type: 'suspend' });
  }

  private run(effect: BookingEffect): void {
    const adapter = this.adapter;
    switch (effect.type) {
      case 'setup':
        if (adapter) void this.setUp(adapter, effect.generation);
        return;
      case 'hold':
        if (!adapter?.holdSlot) return;
        adapter.holdSlot(effect.query).then(
          (hold) => this.answer(adapter, { type: 'hold-succeeded', hold }),
          (error: unknown) => this.answer(adapter, { type: 'hold-failed', slotId: effect.query.slotId, error }),
        );
        return;
      case 'release':
        // Best effort: a hold that is not released lapses on its own.
        adapter?.releaseHold?.({ holdId: effect.hold.id }).catch(() => undefined);
        return;
      case 'book':
        if (!adapter) return;
        adapter.book(effect.request, { idempotencyKey: effect.idempotencyKey }).then(
          (appointment) => this.answer(adapter, { type: 'booked', appointment }),
          (error: unknown) => this.answer(adapter, { type: 'booking-failed', error }),
        );
        return;
      case 'sign-in':
        void this.signIn(adapter);
        return;
      case 'sign-out':
        adapter?.auth?.logout().then(
          () => this.answer(adapter, { type: 'signed-out' }),
          (error: unknown) => this.answer(adapter, { type: 'sign-out-failed', error }),
        );
        return;
      default:
        this.options.onViewEffect(effect);
    }
  }

  /** An adapter's answer, unless the flow has moved to another adapter since. */
  private answer(adapter: BookingAdapter, event: BookingEvent): void {
    if (adapter !== this.adapter) {
      if (event.type === 'hold-succeeded') adapter.releaseHold?.({ holdId: event.hold.id }).catch(() => undefined);
      return;
    }
    this.send(event);
  }

  private async signIn(adapter: BookingAdapter | undefined): Promise<void> {
    const auth = adapter?.auth;
    if (!adapter || !auth) return;
    try {
      // A redirecting MitID login comes back to this page as it is: nothing of ours is in its URL.
      await auth.login(this.options.returnTo?.() ?? globalThis.location?.href);
      this.answer(adapter, { type: 'signed-in', session: await auth.getSession() });
    } catch (error) {
      this.answer(adapter, { type: 'sign-in-failed', error });
    }
  }

  /** The session and the preselected errand and place, looked up once per start. */
  private async setUp(adapter: BookingAdapter, generation: number): Promise<void> {
    const [session, preselection] = await Promise.all([
      adapter.auth ? adapter.auth.getSession().catch(() => null) : Promise.resolve(null),
      this.preselect.service ? this.resolvePreselection(adapter) : Promise.resolve(undefined),
    ]);
    this.answer(adapter, { type: 'started', generation, session, preselection });
  }

  /** The `service`/`location` ids as objects, when they name a bookable pair. */
  private async resolvePreselection(adapter: BookingAdapter): Promise<{ service: Service; location: Location } | undefined> {
    const { service: serviceId, location: locationId } = this.preselect;
    const catalogue = this.catalogue;
    await catalogue.load(adapter);
    // On an error the picker shows its own loading message; it also takes the preselection as a hint.
    const service = catalogue.status === 'ready' && catalogue.adapter === adapter ? catalogue.service(serviceId) : undefined;
    if (!service) return undefined;
    const offering = catalogue.locationsOffering(service.id);
    const location = locationId
      ? offering.find((candidate) => candidate.id === locationId)
      : offering.length === 1
        ? offering[0]
        : undefined;
    return location ? { service, location } : undefined;
  }
}
