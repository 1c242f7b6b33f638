import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BookingAdapter, HoldQuery } from '../core/adapter.js';
import { checkedAdapter, hostTimeout, unreadableBooking } from '../core/checked-adapter.js';
import { hostLanguage } from './localize.js';
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
import type { Clock, ClockTimer } from '../core/clock.js';
import { isBookingError } from '../core/errors.js';
import type { Hold, Location, Service } from '../core/types.js';
import { CatalogueController } from './catalogue.js';

/**
 * When a hold that could not be given back is tried again (ms after the failure before): a
 * hold left live blocks the time for every other citizen until it lapses.
 */
export const RELEASE_RETRY_DELAYS_MS: readonly number[] = [2_000, 6_000, 18_000];

/**
 * A hold with less left than this when it arrives is not counted down: by the device's clock it
 * has (nearly) run out already, which says more about the clock than about the hold.
 */
export const LAPSED_ON_ARRIVAL_MS = 5_000;

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
 * events. Every call goes through `checkedAdapter` (a deadline from the host's `timeout`,
 * answers decoded, holds counted on the host's clock). Answers to calls the flow no longer waits for are refused by the flow itself, so
 * there are no sequence numbers here.
 */
export class BookingFlowController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: BookingFlowOptions;
  /** One function for the checked adapter's clock, so its memo gives the same adapter each time. */
  private readonly now = (): Date => this.options.clock().now();
  /** The host's language, sent with every call so the backend answers in it. */
  private readonly lang = (): string | undefined => hostLanguage(this.host);
  /** The language the chosen errand's, office's and appointment's texts were asked in. */
  private textsIn: string | undefined;
  private adapter: BookingAdapter | undefined;
  private preselect: { service?: string; location?: string } = {};
  private current: BookingState = initialBookingState();
  /** Holds given back without success yet, by id, with the timer of the next try (none while one is on its way). */
  private readonly unreleased = new Map<
    string,
    { hold: Hold; adapter: BookingAdapter; clock: Clock; timer: ClockTimer | undefined }
  >();
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

  /**
   * Asks the backend again for the chosen errand and office (and, once booked, the appointment)
   * when the host's language is not the one their texts came in, so the summary and the receipt
   * follow a language switch. Called by the host before each render; a failed lookup keeps the
   * texts there are (a language switch is not worth an error).
   */
  followLanguage(): void {
    const lang = this.lang();
    const { service, location, appointment } = this.current;
    if (!service && !location && !appointment) this.textsIn = lang;
    if (lang === undefined || lang === this.textsIn || !this.adapter) return;
    this.textsIn = lang;
    void this.askTexts(this.adapter, lang);
  }

  private async askTexts(adapter: BookingAdapter, lang: string): Promise<void> {
    const api = this.checked(adapter);
    const { service, location, appointment } = this.current;
    const [locations, services, found] = await Promise.all([
      location ? api.getLocations() : undefined,
      service ? api.getServices(location ? { locationId: location.id } : {}) : undefined,
      appointment?.token ? api.getAppointments({ reference: appointment.reference, token: appointment.token }) : undefined,
    ]).catch(() => []);
    // Switched again (or to another backend) meanwhile: the newer lookup speaks for it.
    if (this.adapter !== adapter || this.lang() !== lang) return;
    this.send({
      type: 'texts',
      service: services?.find((candidate) => candidate.id === service?.id),
      location: locations?.find((candidate) => candidate.id === location?.id),
      appointment: found?.[0],
    });
  }

  /** "Bekræft": the flow decides whether this is a new attempt or a retry of the last one. */
  confirm(): Transition {
    return this.send({ type: 'confirm', freshKey: (this.options.makeKey ?? newIdempotencyKey)() });
  }

  hostDisconnected(): void {
    // Nobody is looking at the held time any more: give it back.
    this.send({ type: 'suspend' });
  }

  /** The adapter as every call reaches it: checked, with the host's deadline and clock. */
  private checked(adapter: BookingAdapter): BookingAdapter {
    return checkedAdapter(adapter, { timeout: hostTimeout(this.host), now: this.now, lang: this.lang });
  }

  private run(effect: BookingEffect): void {
    const adapter = this.adapter;
    switch (effect.type) {
      case 'setup':
        if (adapter) void this.setUp(adapter, effect.generation);
        return;
      case 'hold':
        if (adapter) this.hold(adapter, effect.query);
        return;
      case 'release':
        if (adapter) this.release(adapter, effect.hold, 0);
        return;
      case 'book':
        if (!adapter) return;
        // The same key on every try of one booking (the flow decides): a booking that timed out
        // may have been made, and the backend answers a replay with it instead of a second one.
        this.checked(adapter)
          .book(effect.request, { idempotencyKey: effect.idempotencyKey })
          .then(
            (appointment) => this.answer(adapter, { type: 'booked', appointment }),
            (error: unknown) => {
              // The backend said yes, with an answer that cannot be read: a receipt all the same.
              const unread = unreadableBooking(error);
              this.answer(adapter, unread ? { type: 'booked-unread', unread } : { type: 'booking-failed', error });
            },
          );
        return;
      case 'sign-in':
        void this.signIn(adapter);
        return;
      case 'sign-out':
        if (adapter) void this.signOut(adapter);
        return;
      default:
        this.options.onViewEffect(effect);
    }
  }

  /** An adapter's answer, unless the flow has moved to another adapter since. */
  private answer(adapter: BookingAdapter, event: BookingEvent): void {
    if (adapter !== this.adapter) {
      if (event.type === 'hold-succeeded') this.release(adapter, event.hold, 0);
      return;
    }
    this.send(event);
  }

  /**
   * Holds the chosen time. The citizen's own hold that could not be given back yet (they went
   * back to the calendar and chose the same time again) is theirs already: it is taken back
   * instead of asking the backend, which would call the time taken — by them.
   */
  private hold(adapter: BookingAdapter, query: HoldQuery): void {
    const holdSlot = this.checked(adapter).holdSlot;
    if (!holdSlot) return;
    const now = this.options.clock().now().getTime();
    const own = [...this.unreleased.values()].find(
      (entry) =>
        entry.adapter === adapter &&
        entry.timer !== undefined &&
        entry.hold.slotId === query.slotId &&
        Date.parse(entry.hold.expiresAt) - now > LAPSED_ON_ARRIVAL_MS,
    );
    const held = own ? Promise.resolve(this.keep(own.hold)) : holdSlot(query);
    held.then(
      (hold) => {
        const left = Date.parse(hold.expiresAt) - this.options.clock().now().getTime();
        this.answer(adapter, { type: 'hold-succeeded', hold, lapsed: !(left > LAPSED_ON_ARRIVAL_MS) });
      },
      (error: unknown) => this.answer(adapter, { type: 'hold-failed', slotId: query.slotId, error }),
    );
  }

  /** Stops giving a hold back (the citizen has it again). */
  private keep(hold: Hold): Hold {
    const entry = this.unreleased.get(hold.id);
    entry?.clock.clearTimeout(entry.timer);
    this.unreleased.delete(hold.id);
    return hold;
  }

  /**
   * Gives a hold back, in the background: a failure is tried again a few times with growing
   * pauses (no message; the citizen has moved on), unless the backend says the hold is gone or
   * the call itself is wrong. A hold never given back lapses on its own at the backend.
   */
  private release(adapter: BookingAdapter, hold: Hold, attempt: number): void {
    const releaseHold = this.checked(adapter).releaseHold;
    if (!releaseHold) return;
    releaseHold({ holdId: hold.id }).then(
      () => this.unreleased.delete(hold.id),
      (error: unknown) => {
        const pause = RELEASE_RETRY_DELAYS_MS[attempt];
        // A backend that asks for patience gets at least what it asked for.
        const asked = isBookingError(error) ? (error.retryAfter ?? 0) * 1000 : 0;
        const delay = pause === undefined ? undefined : Math.max(pause, asked);
        const hopeless = isBookingError(error) && ['not-found', 'validation', 'auth-required'].includes(error.code);
        // Taken back by the citizen meanwhile (or replaced by a newer attempt): nothing to retry.
        if (delay === undefined || hopeless || (attempt > 0 && !this.unreleased.has(hold.id))) {
          this.unreleased.delete(hold.id);
          return;
        }
        const clock = this.options.clock();
        // The timer stays on the clock that set it, even if the host is given another clock meanwhile.
        const entry = { hold, adapter, clock, timer: undefined as ClockTimer | undefined };
        entry.timer = clock.setTimeout(() => {
          entry.timer = undefined;
          this.release(adapter, hold, attempt + 1);
        }, delay);
        this.unreleased.set(hold.id, entry);
      },
    );
  }

  private async signIn(adapter: BookingAdapter | undefined): Promise<void> {
    const auth = adapter && this.checked(adapter).auth;
    if (!adapter || !auth) return;
    try {
      // A redirecting MitID login comes back to this page as it is: nothing of ours is in its URL.
      await auth.login(this.options.returnTo?.() ?? globalThis.location?.href);
      this.answer(adapter, { type: 'signed-in', session: await auth.getSession() });
    } catch (error) {
      this.answer(adapter, { type: 'sign-in-failed', error });
    }
  }

  private async signOut(adapter: BookingAdapter): Promise<void> {
    try {
      await this.checked(adapter).auth?.logout();
      this.answer(adapter, { type: 'signed-out' });
    } catch (error) {
      this.answer(adapter, { type: 'sign-out-failed', error });
    }
  }

  /** The session and the preselected errand and place, looked up once per start. */
  private async setUp(adapter: BookingAdapter, generation: number): Promise<void> {
    const [session, preselection] = await Promise.all([
      this.checked(adapter)
        .auth?.getSession()
        .catch(() => null) ?? Promise.resolve(null),
      this.preselect.service ? this.resolvePreselection(adapter) : Promise.resolve(undefined),
    ]);
    // A backend without sign-in says so in its session answer: nothing is offered that needs one.
    const canSignIn = adapter.auth?.available !== false;
    this.answer(adapter, { type: 'started', generation, session, preselection, canSignIn });
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
