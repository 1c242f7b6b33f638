/**
 * Checks on adapter answers that are well-formed (the decoders accept them) but wrong: data
 * the contract in `adapter.ts` rules out and an element would believe. Each check drops what
 * is wrong and notes it in a `Dropped`, which `checkedAdapter` turns into one console note
 * per call, for the integrator. Notes name ids and reasons, never text a citizen typed.
 */
import type { AvailabilityQuery } from './adapter.js';
import { normaliseReference } from './reference.js';
import { offeredAt } from './services.js';
import { copenhagenDate, inCopenhagenOffset, parseInstant, toCopenhagenIso } from './time.js';
import type { Appointment, AppointmentStatus, Availability, Hold, Service, Slot } from './types.js';

/** A hold whose lifetime cannot be read (no `issuedAt`, lapsed on arrival) lasts this long. */
export const FALLBACK_HOLD_MS = 5 * 60_000;

/** At most this many ids are named per reason: enough to find the rest. */
const IDS_NAMED = 3;

/** What a call's checks dropped: ids by reason. */
export class Dropped {
  private readonly byReason = new Map<string, Array<string | undefined>>();

  /** Notes one item dropped for `reason`, named by `id` when given. False, so a filter can end with it. */
  add(reason: string, id?: string): false {
    const ids = this.byReason.get(reason) ?? [];
    ids.push(id);
    this.byReason.set(reason, ids);
    return false;
  }

  /** E.g. `2 slots already started ("a", "b"); 1 slot with a duplicate id ("c")`; undefined when none. */
  summary(): string | undefined {
    if (this.byReason.size === 0) return undefined;
    return [...this.byReason]
      .map(([reason, ids]) => {
        const named = ids.flatMap((id) => (id === undefined ? [] : [JSON.stringify(id)]));
        if (named.length === 0) return `${ids.length} ${reason}`;
        return `${ids.length} ${reason} (${named.slice(0, IDS_NAMED).join(', ')}${named.length > IDS_NAMED ? ', …' : ''})`;
      })
      .join('; ');
  }
}

/**
 * The first item of each key: a second errand or office under one id would book the wrong one.
 * `named: false` keeps the keys out of the note.
 */
export function firstOfEach<T>(items: T[], key: (item: T) => string, what: string, dropped: Dropped, named = true): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = key(item);
    if (!seen.has(id)) return seen.add(id);
    dropped.add(`${what} with a duplicate id`, named ? id : undefined);
    return false;
  });
}

/**
 * Errands with a fee or duration nobody can use (a fee sent as text, NaN, below zero; a
 * duration that is not a whole number of minutes above zero), taken out before decoding so
 * the rest of the catalogue stays bookable. Such an errand is not offered at all: shown, its
 * fee would read "NaN" or "free" and its times would have the wrong length.
 */
export function withUsableTerms(services: unknown, dropped: Dropped): unknown {
  if (!Array.isArray(services)) return services;
  return services.filter((service: unknown) => {
    if (typeof service !== 'object' || service === null) return true; // the decoder names it
    const { id, fee, durationMinutes } = service as Record<string, unknown>;
    const feeOk = fee === undefined || (typeof fee === 'number' && Number.isFinite(fee) && fee >= 0);
    const durationOk = typeof durationMinutes === 'number' && Number.isInteger(durationMinutes) && durationMinutes > 0;
    if (feeOk && durationOk) return true;
    dropped.add(feeOk ? 'services without a positive whole duration' : 'services without a usable fee', String(id));
    return false;
  });
}

/** The errands of an office, when one was asked for: one it does not offer could not be booked there. */
export function offeredAtOffice(services: Service[], locationId: string | undefined, dropped: Dropped): Service[] {
  if (locationId === undefined) return services;
  return services.filter(
    (service) => offeredAt(service, locationId) || dropped.add('services the office does not offer', service.id),
  );
}

/**
 * The appointments asked for by reference: only that one (another would show a stranger's
 * appointment). Neither named in the note: with a token a reference opens an appointment.
 */
export function ofReference(appointments: Appointment[], reference: string | undefined, dropped: Dropped): Appointment[] {
  if (reference === undefined) return appointments;
  const wanted = normaliseReference(reference);
  return appointments.filter(
    (appointment) =>
      normaliseReference(appointment.reference) === wanted || dropped.add('appointments other than the one asked about'),
  );
}

/** Why a slot cannot be offered for `query` at `now`, if it cannot. */
function slotFault(slot: Slot, query: AvailabilityQuery, now: number, closed: ReadonlySet<string>): string | undefined {
  if (slot.serviceId !== query.serviceId || slot.locationId !== query.locationId) return 'slots of another errand or office';
  const start = parseInstant(slot.start);
  if (parseInstant(slot.end) <= start) return 'slots not ending after they start';
  if (start <= now) return 'slots already started';
  const date = copenhagenDate(slot.start);
  if (date < query.from || date > query.to) return 'slots outside the dates asked for';
  if (closed.has(date)) return 'slots on a closed day';
  return undefined;
}

/**
 * The slots an element may offer, as `getAvailability` promises them: of the asked errand and
 * office, ending after they start, not yet started at `now`, inside the asked dates, not on a
 * closed day, one per id (the first; a later one under the same id is dropped even if the
 * first was, since booking by that id is ambiguous).
 */
export function offerableAvailability(answer: Availability, query: AvailabilityQuery, now: Date, dropped: Dropped): Availability {
  const closedDays = firstOfEach(answer.closedDays, (day) => day.date, 'closed days', dropped);
  const closed = new Set(closedDays.map((day) => day.date));
  const seen = new Set<string>();
  const slots = answer.slots.filter((slot) => {
    const fault = seen.has(slot.id) ? 'slots with a duplicate id' : slotFault(slot, query, now.getTime(), closed);
    seen.add(slot.id);
    if (fault) dropped.add(fault, slot.id);
    return !fault;
  });
  return { slots, closedDays };
}

/**
 * What is wrong with the answer to a change of one appointment (a move or a cancellation),
 * if anything: it must be the appointment asked about, in the state the change leads to. A
 * cancellation answered as still booked would leave the citizen unsure whether it happened.
 */
export function changeFault(answer: Appointment, reference: string, status: AppointmentStatus): string | undefined {
  // The references stay out of the note: with a token they open a citizen's appointment.
  if (normaliseReference(answer.reference) !== normaliseReference(reference))
    return 'answered another appointment than the one asked about';
  if (answer.status !== status) return `answered the appointment with status "${answer.status}", not "${status}"`;
  return undefined;
}

/**
 * A hold on the device's clock. With `issuedAt` the hold lasts `expiresAt − issuedAt` from
 * `now`, however far the device's clock is from the backend's. Without it, `expiresAt` is
 * trusted unless it has passed on arrival (the device's clock is ahead, or the backend's
 * behind): then it lasts {@link FALLBACK_HOLD_MS}, with a note, so the citizen is not told at
 * once, and again after every new hold, that the time is no longer reserved. The answer
 * carries `issuedAt = now`, so checking it again changes nothing.
 */
export function holdOnDeviceClock(hold: Hold, now: Date, note: (message: string) => void): Hold {
  const issued = hold.issuedAt === undefined ? now.getTime() : Date.parse(hold.issuedAt);
  let lifetime = Date.parse(hold.expiresAt) - issued;
  if (lifetime <= 0) {
    note(
      `hold "${hold.id}" had lapsed when it arrived (expiresAt ${hold.expiresAt}${
        hold.issuedAt === undefined ? ', no issuedAt' : `, issuedAt ${hold.issuedAt}`
      }, device time ${now.toISOString()}); counting ${FALLBACK_HOLD_MS / 60_000} minutes from now. ` +
        "Send issuedAt (the backend's time when it made the hold) so a wrong device clock does not matter.",
    );
    lifetime = FALLBACK_HOLD_MS;
  }
  return {
    id: hold.id,
    slotId: hold.slotId,
    expiresAt: new Date(now.getTime() + lifetime).toISOString(),
    issuedAt: now.toISOString(),
  };
}

/**
 * `item` with `start` and `end` in Copenhagen's offset, as the contract has them: a time in
 * another offset (`…Z`, `+00:00`) is re-expressed as the same instant in Copenhagen's wall
 * clock, so what elements show and public events carry reads the same for every adapter.
 * The same object when nothing needed it.
 */
export function withCopenhagenTimes<T extends { start: string; end: string }>(item: T): T {
  if (inCopenhagenOffset(item.start) && inCopenhagenOffset(item.end)) return item;
  return { ...item, start: toCopenhagenIso(item.start), end: toCopenhagenIso(item.end) };
}
