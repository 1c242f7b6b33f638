/**
 * The BookingAdapter contract (src/core/adapter.ts) as runner-agnostic cases, so a vendor can
 * prove their adapter with whatever runner they use (mocha, node:test, vitest, …):
 *
 *   for (const test of adapterContract({ makeAdapter, clock })) it(test.name, () => test.run());
 *
 * Each case makes a fresh subject with `makeAdapter`, runs, and tears the subject down. It
 * resolves `{ status: 'skipped' }` where the backend lacks an optional part (holds, sign-in)
 * and throws on a violation. It assumes a backend whose clock is `clock`, with at least one
 * office that has free slots in the `days` that follow today and is closed on some of them
 * (weekends), and an errand there that needs no sign-in.
 */
import type { BookingAdapter } from '../core/adapter.js';
import type { Clock } from '../core/clock.js';
import { isBookingError } from '../core/errors.js';
import { MAX_RANGE_DAYS } from '../core/schedule.js';
import { addDays, copenhagenDate, toCopenhagenIso } from '../core/time.js';
import type { Appointment, BookingRequest, Location, Service, Session, Slot } from '../core/types.js';
import { check, checkIncludes, checkSame, ContractViolation, expectBookingError } from './assert.js';
import { CALL_TIMEOUT_MS, watchedAdapter } from './calls.js';

/** One backend under test, made fresh for every case. */
export interface ContractSubject {
  adapter: BookingAdapter;
  /** Lets "someone else" book every free place of a slot. */
  takeSlot(slotId: string): Promise<void> | void;
  /** Signs `session` in at the backend, or signs out with `null`; left out by a backend without sign-in. */
  signIn?(session: Session | null): Promise<void> | void;
  /** Runs after the case, passed or failed (and may fail it, e.g. on a protocol violation seen). */
  teardown?(): Promise<void> | void;
}

/** What the cases type and how far ahead they look. */
export interface ContractFixtures {
  /** A CPR number the backend accepts (valid date and check digit), for errands that require one. */
  cpr: string;
  /** The citizen who books. */
  citizen: { name: string; email: string };
  /** Days from the backend's today that the cases search for free slots and closed days. */
  days: number;
}

export interface AdapterContractOptions {
  makeAdapter(): Promise<ContractSubject> | ContractSubject;
  /** The backend's clock: slots must start after its `now()`, and the range starts on its Copenhagen date. */
  clock: Pick<Clock, 'now'>;
  fixtures?: Partial<ContractFixtures>;
  /** How long a case waits for any one adapter call before it fails naming the method, in ms (default 10 s). */
  callTimeout?: number;
}

export type ContractResult = { status: 'passed' } | { status: 'skipped'; reason: string };

export interface ContractCase {
  /** The part of the contract: `catalogue`, `availability`, `booking`, `managing an appointment`, `holds`. */
  group: string;
  name: string;
  run(): Promise<ContractResult>;
}

/** A CPR number with a valid date and check digit, made up for tests. */
export const CONTRACT_CPR = '0101901238';

/** The citizen the sign-in cases sign in as (a backend's demo sign-in must know this id). */
const CONTRACT_PERSON: Session = { id: 'contract-person-1', name: 'Karen Testesen' };

const DEFAULT_FIXTURES: ContractFixtures = {
  cpr: CONTRACT_CPR,
  citizen: { name: 'Karen Testesen', email: 'karen@example.dk' },
  days: 14,
};

/** What a case body works with: the subject, the office and errand found, and shortcuts. */
interface CaseContext {
  subject: ContractSubject;
  adapter: BookingAdapter;
  location: Location;
  service: Service;
  now: Date;
  from: string;
  to: string;
  fixtures: ContractFixtures;
  freeSlots(from?: string, to?: string): Promise<Slot[]>;
  request(slot: Slot): BookingRequest;
  bookFirstFree(): Promise<{ slot: Slot; appointment: Appointment }>;
}

/** A case body; answers a reason to skip when the backend lacks what it tests. */
type CaseBody = (context: CaseContext) => Promise<string | void>;

const dateOf = (slot: Slot): string => copenhagenDate(slot.start);
const idsOf = (items: ReadonlyArray<{ id: string }>): string[] => items.map((item) => item.id);
/** Places a free slot has (`remaining`, 1 when the backend does not say): a backend may seat several citizens per slot. */
const placesOf = (slot: Slot): number => slot.remaining ?? 1;
/** Places left in slot `id` among `slots` (the free ones): 0 when it is not among them. */
const placesLeft = (slots: Slot[], id: string): number => {
  const slot = slots.find((candidate) => candidate.id === id);
  return slot ? placesOf(slot) : 0;
};
const shown = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Fails on the first id answered twice: a second item under one id would book the wrong one. */
function checkUniqueIds(items: ReadonlyArray<{ id: string }>, what: string): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    check(!seen.has(id), `${what} id ${shown(id)} is answered twice: ids must be unique`);
    seen.add(id);
  }
}

/** Fails on a time in another offset than Copenhagen's then (`…Z`, `+00:00`): the contract's times read as Copenhagen wall clock. */
function checkCopenhagenOffset(time: string, what: string): void {
  const expected = toCopenhagenIso(time);
  check(
    expected.slice(-6) === time.slice(-6),
    `${what} is ${shown(time)}, not in Copenhagen's offset: the contract has ${shown(expected)}`,
  );
}

/** After a move from slot `from` to `to`: `from` has a place more than `before`, `to` one less. */
function checkMoved(before: Slot[], after: Slot[], from: string, to: string): void {
  checkSame(placesLeft(after, from), placesLeft(before, from) + 1, `places left in the old slot ${from} after the move`);
  checkSame(placesLeft(after, to), placesLeft(before, to) - 1, `places left in the new slot ${to} after the move`);
}

function first<T>(items: readonly T[], what: string, count = 1): T[] {
  check(items.length >= count, `Expected at least ${count} ${what}, got ${items.length}`);
  return items as T[];
}

const catalogue: Record<string, CaseBody> = {
  'lists locations with address and opening hours': async ({ adapter }) => {
    const locations = first(await adapter.getLocations(), 'location');
    for (const entry of locations) {
      check(typeof entry.id === 'string' && entry.id !== '', `a location has the id ${shown(entry.id)}, not a non-empty string`);
      check(typeof entry.name === 'string', `location ${entry.id} has the name ${shown(entry.name)}, not a string`);
      checkSame(Object.keys(entry.address).sort(), ['city', 'postalCode', 'street'], `address of ${entry.id}`);
      for (const day of entry.openingHours) {
        check(day.weekday >= 1 && day.weekday <= 7, `location ${entry.id} has opening hours for weekday ${day.weekday}, not 1–7`);
        for (const { open, close } of day.intervals) {
          check(open < close, `location ${entry.id} closes at ${close} on weekday ${day.weekday}, not after it opens at ${open}`);
        }
      }
    }
  },
  'lists services, and only those a location offers when asked': async ({ adapter, location }) => {
    const keys = ['id', 'name', 'category', 'description', 'durationMinutes', 'documentsToBring', 'requiresLogin'];
    for (const entry of first(await adapter.getServices({}), 'service')) {
      for (const key of keys) check(key in entry, `service ${entry.id} has no ${key}`);
      check(entry.durationMinutes > 0, `service ${entry.id} lasts ${shown(entry.durationMinutes)} minutes, not more than 0`);
      const { fee } = entry as { fee?: unknown };
      check(
        fee === undefined || (typeof fee === 'number' && Number.isFinite(fee) && fee >= 0),
        `service ${entry.id} has the fee ${shown(fee)}, not a number of kroner (0 or more)`,
      );
    }
    for (const entry of await adapter.getServices({ locationId: location.id })) {
      check(
        !entry.locationIds || entry.locationIds.includes(location.id),
        `service ${entry.id} is answered for location ${location.id}, which it is not offered at`,
      );
    }
  },
  'answers each location and each service once': async ({ adapter, location }) => {
    checkUniqueIds(await adapter.getLocations(), 'location');
    checkUniqueIds(await adapter.getServices({}), 'service');
    checkUniqueIds(await adapter.getServices({ locationId: location.id }), `service at ${location.id}`);
  },
  'answers the same offices and errands in Danish and English (only their texts may differ)': async ({ adapter, location }) => {
    const sorted = (items: ReadonlyArray<{ id: string }>) => idsOf(items).sort();
    const [daLocations, enLocations] = await Promise.all([
      adapter.getLocations({ lang: 'da' }),
      adapter.getLocations({ lang: 'en' }),
    ]);
    checkSame(sorted(enLocations), sorted(daLocations), 'the location ids asked in English, against Danish');
    const query = { locationId: location.id };
    const [daServices, enServices] = await Promise.all([
      adapter.getServices(query, { lang: 'da' }),
      adapter.getServices(query, { lang: 'en' }),
    ]);
    checkSame(sorted(enServices), sorted(daServices), `the service ids at ${location.id} asked in English, against Danish`);
  },
  'rejects an unknown location with not-found': async ({ adapter }) => {
    await expectBookingError(adapter.getServices({ locationId: 'no-such-office' }), 'not-found');
  },
};

const availability: Record<string, CaseBody> = {
  'answers slots and closed days within the inclusive range, never both on one day': async (context) => {
    const { adapter, service, location, from, to, now } = context;
    const { slots, closedDays } = await adapter.getAvailability({ serviceId: service.id, locationId: location.id, from, to });
    first(slots, 'free slot');
    first(closedDays, 'closed day (weekends are closed)');
    const closed = new Set(closedDays.map((day) => day.date));
    checkUniqueIds(slots, 'slot');
    for (const slot of slots) {
      checkCopenhagenOffset(slot.start, `the start of slot ${slot.id}`);
      checkCopenhagenOffset(slot.end, `the end of slot ${slot.id}`);
      const date = dateOf(slot);
      check(date >= from && date <= to, `slot ${slot.id} starts ${date}, outside the asked range ${from}–${to}`);
      check(!closed.has(date), `slot ${slot.id} is on ${date}, which is also answered as a closed day`);
      checkSame(slot.serviceId, service.id, `serviceId of slot ${slot.id}`);
      checkSame(slot.locationId, location.id, `locationId of slot ${slot.id}`);
      check(Date.parse(slot.end) > Date.parse(slot.start), `slot ${slot.id} ends ${slot.end}, not after it starts ${slot.start}`);
      check(
        Date.parse(slot.start) > now.getTime(),
        `slot ${slot.id} starts ${slot.start}, not after the backend's now ${toCopenhagenIso(now)}`,
      );
    }
    for (const day of closedDays) {
      check(day.date >= from && day.date <= to, `closed day ${day.date} is outside the asked range ${from}–${to}`);
      check(
        typeof day.reason === 'string' && day.reason !== '',
        `closed day ${day.date} has the reason ${shown(day.reason)}, not a text`,
      );
    }
  },
  'includes both ends of the range': async ({ adapter, service, location, from, to }) => {
    const query = { serviceId: service.id, locationId: location.id };
    const all = await adapter.getAvailability({ ...query, from, to });
    const openDay = dateOf(first(all.slots, 'free slot').at(-1)!);
    const [closedDay] = first(all.closedDays, 'closed day');
    const oneOpenDay = await adapter.getAvailability({ ...query, from: openDay, to: openDay });
    first(oneOpenDay.slots, `free slot on ${openDay} alone`);
    const stray = oneOpenDay.slots.find((slot) => dateOf(slot) !== openDay);
    check(!stray, `the one-day range ${openDay} answers slot ${stray?.id} of ${stray && dateOf(stray)}`);
    const oneClosedDay = await adapter.getAvailability({ ...query, from: closedDay!.date, to: closedDay!.date });
    checkSame(oneClosedDay, { slots: [], closedDays: [closedDay] }, `the one-day range ${closedDay!.date}`);
  },
  'rejects a range that ends before it starts with validation': async ({ adapter, service, location, from, to }) => {
    await expectBookingError(
      adapter.getAvailability({ serviceId: service.id, locationId: location.id, from: to, to: from }),
      'validation',
    );
  },
  [`serves ${MAX_RANGE_DAYS} days and rejects ${MAX_RANGE_DAYS + 1} with validation (to: range-too-long)`]: async (context) => {
    const { adapter, service, location, from } = context;
    const query = { serviceId: service.id, locationId: location.id, from };
    const longest = addDays(from, MAX_RANGE_DAYS - 1);
    const refusal = await adapter.getAvailability({ ...query, to: longest }).then(
      () => undefined,
      (error: unknown) => error,
    );
    if (refusal instanceof ContractViolation) throw refusal;
    check(
      refusal === undefined,
      `the ${MAX_RANGE_DAYS}-day range ${from}–${longest} was rejected with ${isBookingError(refusal) ? `${refusal.code}: ${refusal.message}` : String(refusal)}, ` +
        `but ranges of up to ${MAX_RANGE_DAYS} days must be served`,
    );
    const error = await expectBookingError(
      adapter.getAvailability({ ...query, to: addDays(from, MAX_RANGE_DAYS) }),
      'validation',
    );
    checkIncludes(error.fields, { to: 'range-too-long' }, `fields of the rejected ${MAX_RANGE_DAYS + 1}-day range`);
  },
  'rejects an unknown service with not-found': async ({ adapter, location, from, to }) => {
    await expectBookingError(
      adapter.getAvailability({ serviceId: 'no-such-errand', locationId: location.id, from, to }),
      'not-found',
    );
  },
};

const booking: Record<string, CaseBody> = {
  'answers a booked appointment with a reference and a manage token': async (context) => {
    const { slot, appointment } = await context.bookFirstFree();
    checkSame(appointment.status, 'booked', 'status');
    check(
      typeof appointment.reference === 'string' && appointment.reference !== '',
      `the appointment has the reference ${shown(appointment.reference)}, not a non-empty string`,
    );
    check(typeof appointment.token === 'string' && appointment.token !== '', 'the appointment has no manage token');
    checkSame(appointment.start, slot.start, 'start');
    checkSame(appointment.end, slot.end, 'end');
    checkSame(appointment.service.id, context.service.id, 'service.id');
    checkSame(appointment.location.id, context.location.id, 'location.id');
    check(!JSON.stringify(appointment).includes(context.fixtures.cpr), 'the appointment carries the CPR number');
  },
  'takes a place: the slot has one place less (none left: it is no longer answered), and a full slot is slot-taken': async (
    context,
  ) => {
    const [slot] = first(await context.freeSlots(), 'free slot');
    await context.adapter.book(context.request(slot!));
    const left = placesLeft(await context.freeSlots(), slot!.id);
    checkSame(left, placesOf(slot!) - 1, `places left in slot ${slot!.id} after booking one of its ${placesOf(slot!)}`);
    // Someone else takes what is left, if anything: a full slot is slot-taken.
    if (left > 0) await context.subject.takeSlot(slot!.id);
    await expectBookingError(context.adapter.book(context.request(slot!)), 'slot-taken');
  },
  'answers slot-taken when someone else took the slot first': async (context) => {
    const [slot] = first(await context.freeSlots(), 'free slot');
    await context.subject.takeSlot(slot!.id);
    await expectBookingError(context.adapter.book(context.request(slot!)), 'slot-taken');
  },
  'books once per idempotency key': async (context) => {
    const [slot] = first(await context.freeSlots(), 'free slot');
    const options = { idempotencyKey: 'contract-key-1' };
    const once = await context.adapter.book(context.request(slot!), options);
    const again = await context.adapter.book(context.request(slot!), options);
    checkSame(again.reference, once.reference, 'reference of the repeated booking');
    checkSame(again.start, once.start, 'start of the repeated booking');
  },
  'rejects an invalid request with validation and the fields at fault': async (context) => {
    const [slot] = first(await context.freeSlots(), 'free slot');
    const error = await expectBookingError(
      context.adapter.book({ ...context.request(slot!), citizen: { name: '  ', email: 'not an address' } }),
      'validation',
    );
    checkIncludes(error.fields, { 'citizen.name': 'required', 'citizen.email': 'invalid' }, 'fields');
    check(!error.message.includes('not an address'), 'the error message repeats what the citizen typed');
  },
  'rejects a booking whose signal has already aborted with network, and books nothing': async (context) => {
    const [slot] = first(await context.freeSlots(), 'free slot');
    // Signed in (where the backend has sign-in), the own list shows whether anything was booked.
    const signIn = context.subject.signIn;
    await signIn?.(CONTRACT_PERSON);
    const referencesBefore = signIn ? (await context.adapter.getAppointments({})).map((entry) => entry.reference) : [];
    const controller = new AbortController();
    controller.abort();
    await expectBookingError(context.adapter.book(context.request(slot!), { signal: controller.signal }), 'network');
    const after = (await context.freeSlots()).find((candidate) => candidate.id === slot!.id);
    check(after !== undefined, `slot ${slot!.id} is no longer free after the aborted booking`);
    checkSame(after.remaining, slot!.remaining, `remaining places of slot ${slot!.id} after the aborted booking`);
    if (signIn) {
      const mine = await context.adapter.getAppointments({});
      checkSame(
        mine.map((entry) => entry.reference),
        referencesBefore,
        "the signed-in citizen's appointments after the aborted booking",
      );
    }
  },
};

const managing: Record<string, CaseBody> = {
  'finds the appointment by reference and token': async (context) => {
    const { appointment } = await context.bookFirstFree();
    const { reference, token } = appointment;
    const found = await context.adapter.getAppointments({ reference, token });
    checkSame(found.length, 1, 'appointments found');
    checkIncludes(found[0], { reference, status: 'booked', start: appointment.start }, 'the appointment found');
  },
  'finds nothing for an unknown reference': async (context) => {
    await context.bookFirstFree();
    checkSame(await context.adapter.getAppointments({ reference: 'BT-ZZZZZZ', token: 'not-the-token' }), [], 'found');
  },
  'answers a wrong token exactly as an unknown reference, so references cannot be probed': async (context) => {
    const { appointment } = await context.bookFirstFree();
    checkSame(await context.adapter.getAppointments({ reference: appointment.reference, token: 'wrong' }), [], 'found');
  },
  'shows nothing for a reference alone, without the token or a signed-in session': async (context) => {
    const { appointment } = await context.bookFirstFree();
    await expectBookingError(context.adapter.getAppointments({ reference: appointment.reference }), 'auth-required');
  },
  'reschedules to another slot and frees the old one': async (context) => {
    const { slot, appointment } = await context.bookFirstFree();
    const before = await context.freeSlots();
    const next = first(before, 'free slot', 2).find((candidate) => candidate.id !== slot.id)!;
    const { reference, token } = appointment;
    const moved = await context.adapter.reschedule({ reference, token, slotId: next.id });
    checkIncludes(moved, { reference, status: 'booked', start: next.start }, 'the moved appointment');
    checkMoved(before, await context.freeSlots(), slot.id, next.id);
  },
  'answers auth-required for the own list ("Mine aftaler") when nobody is signed in': async (context) => {
    await context.bookFirstFree();
    await context.subject.signIn?.(null);
    await expectBookingError(context.adapter.getAppointments({}), 'auth-required');
  },
  "lists a signed-in citizen's own appointments, newest first, cancelled included, without tokens": async (context) => {
    const signIn = context.subject.signIn;
    if (!signIn) return 'the backend has no sign-in';
    const [one, two, three] = first(await context.freeSlots(), 'free slot', 3);
    const karen = CONTRACT_PERSON;
    await signIn(karen);
    const earlier = await context.adapter.book(context.request(one!));
    const later = await context.adapter.book(context.request(two!));
    await signIn({ id: 'contract-person-2', name: 'Someone Else' });
    await context.adapter.book(context.request(three!));
    const others = await context.adapter.getAppointments({});
    checkSame(
      others.map((entry) => entry.start),
      [three!.start],
      "the other citizen's list",
    );
    await signIn(karen);
    await context.adapter.cancel({ reference: earlier.reference, token: earlier.token });
    const mine = await context.adapter.getAppointments({});
    checkSame(
      mine.map(({ reference, status }) => ({ reference, status })),
      [
        { reference: later.reference, status: 'booked' },
        { reference: earlier.reference, status: 'cancelled' },
      ],
      'the own list',
    );
    check(
      mine.every((entry) => entry.token === undefined),
      'the own list carries manage tokens',
    );
  },
  'will not reschedule onto a taken slot': async (context) => {
    const { appointment } = await context.bookFirstFree();
    const [, next] = first(await context.freeSlots(), 'free slot', 2);
    await context.subject.takeSlot(next!.id);
    const { reference, token } = appointment;
    await expectBookingError(context.adapter.reschedule({ reference, token, slotId: next!.id }), 'slot-taken');
  },
  'cancels, freeing the slot': async (context) => {
    const { slot, appointment } = await context.bookFirstFree();
    const { reference, token } = appointment;
    const cancelled = await context.adapter.cancel({ reference, token });
    checkIncludes(cancelled, { reference, status: 'cancelled' }, 'the cancelled appointment');
    check(idsOf(await context.freeSlots()).includes(slot.id), `the slot ${slot.id} is not free again after cancelling`);
    const [found] = await context.adapter.getAppointments({ reference, token });
    checkSame(found?.status, 'cancelled', 'status of the appointment found after cancelling');
  },
  'answers not-found when moving or cancelling with a wrong token or reference': async (context) => {
    const { appointment } = await context.bookFirstFree();
    const [, next] = first(await context.freeSlots(), 'free slot', 2);
    const { reference } = appointment;
    await expectBookingError(context.adapter.cancel({ reference, token: 'wrong' }), 'not-found');
    await expectBookingError(context.adapter.cancel({ reference: 'BT-ZZZZZZ', token: 'wrong' }), 'not-found');
    await expectBookingError(context.adapter.reschedule({ reference, token: 'wrong', slotId: next!.id }), 'not-found');
  },
};

const NO_HOLDS = 'the adapter has no holdSlot/releaseHold';

const holds: Record<string, CaseBody> = {
  'holds a slot until expiry, books it with the hold, or releases it': async (context) => {
    const { adapter } = context;
    if (!adapter.holdSlot || !adapter.releaseHold) return NO_HOLDS;
    const [one, two] = first(await context.freeSlots(), 'free slot', 2);
    const query = { serviceId: context.service.id, locationId: context.location.id };
    const hold = await adapter.holdSlot({ ...query, slotId: one!.id });
    checkSame(hold.slotId, one!.id, 'slotId of the hold');
    check(Date.parse(hold.expiresAt) > context.now.getTime(), `the hold expires ${hold.expiresAt}, not after the backend's now`);
    checkSame(
      placesLeft(await context.freeSlots(), one!.id),
      placesOf(one!) - 1,
      `places left in the held slot ${one!.id} (of ${placesOf(one!)})`,
    );
    const appointment = await adapter.book({ ...context.request(one!), holdId: hold.id });
    checkSame(appointment.start, one!.start, 'start of the appointment booked with the hold');

    const released = await adapter.holdSlot({ ...query, slotId: two!.id });
    await adapter.releaseHold({ holdId: released.id });
    checkSame(placesLeft(await context.freeSlots(), two!.id), placesOf(two!), `places left in the released slot ${two!.id}`);
  },
  "moves an appointment onto the citizen's held slot with its hold, the held place becoming its place": async (context) => {
    const { adapter } = context;
    if (!adapter.holdSlot || !adapter.releaseHold) return NO_HOLDS;
    const { slot, appointment } = await context.bookFirstFree();
    const before = await context.freeSlots();
    const next = first(before, 'free slot', 2).find((candidate) => candidate.id !== slot.id)!;
    const hold = await adapter.holdSlot({ serviceId: context.service.id, locationId: context.location.id, slotId: next.id });
    const { reference, token } = appointment;
    const moved = await adapter.reschedule({ reference, token, slotId: next.id, holdId: hold.id });
    checkIncludes(moved, { reference, status: 'booked', start: next.start }, 'the moved appointment');
    // The held place became the appointment's: the new slot has one place less, not two.
    checkMoved(before, await context.freeSlots(), slot.id, next.id);
    // The hold was used up: once the appointment is cancelled, nothing holds the time.
    await adapter.cancel({ reference, token });
    checkSame(
      placesLeft(await context.freeSlots(), next.id),
      placesLeft(before, next.id),
      `places left in slot ${next.id} once the appointment is cancelled`,
    );
  },
  'refuses a move with a hold for another slot (slot-taken), the appointment intact': async (context) => {
    const { adapter } = context;
    if (!adapter.holdSlot) return NO_HOLDS;
    const { appointment } = await context.bookFirstFree();
    const [, next, other] = first(await context.freeSlots(), 'free slot', 3);
    const hold = await adapter.holdSlot({ serviceId: context.service.id, locationId: context.location.id, slotId: other!.id });
    const query = { reference: appointment.reference, token: appointment.token };
    await expectBookingError(adapter.reschedule({ ...query, slotId: next!.id, holdId: hold.id }), 'slot-taken');
    const [found] = await adapter.getAppointments(query);
    checkIncludes(found, { status: 'booked', start: appointment.start }, 'the appointment after the refused move');
  },
  'answers slot-taken when holding a slot that is gone': async (context) => {
    const { adapter } = context;
    if (!adapter.holdSlot) return NO_HOLDS;
    const [slot] = first(await context.freeSlots(), 'free slot');
    await context.subject.takeSlot(slot!.id);
    await expectBookingError(
      adapter.holdSlot({ serviceId: context.service.id, locationId: context.location.id, slotId: slot!.id }),
      'slot-taken',
    );
  },
};

const GROUPS: Record<string, Record<string, CaseBody>> = {
  catalogue,
  availability,
  booking,
  'managing an appointment': managing,
  holds,
};

/** Finds the office and an errand anyone can book there, and the shortcuts the cases share. */
async function contextFor(subject: ContractSubject, options: AdapterContractOptions): Promise<CaseContext> {
  const adapter = watchedAdapter(subject.adapter, options.callTimeout ?? CALL_TIMEOUT_MS);
  const fixtures = { ...DEFAULT_FIXTURES, ...options.fixtures };
  const now = options.clock.now();
  const from = copenhagenDate(now);
  const to = addDays(from, fixtures.days - 1);
  const [location] = await adapter.getLocations();
  check(location !== undefined, 'The contract cases need a backend with at least one office');
  const service = (await adapter.getServices({ locationId: location.id })).find((candidate) => !candidate.requiresLogin);
  check(service !== undefined, `The contract cases need an errand at ${location.id} that needs no sign-in`);
  const request = (slot: Slot): BookingRequest => ({
    slotId: slot.id,
    serviceId: service.id,
    locationId: location.id,
    citizen: { ...fixtures.citizen, ...(service.requiresCpr ? { cpr: fixtures.cpr } : {}) },
  });
  const freeSlots = async (start = from, end = to): Promise<Slot[]> =>
    (await adapter.getAvailability({ serviceId: service.id, locationId: location.id, from: start, to: end })).slots;
  return {
    subject,
    adapter,
    location,
    service,
    now,
    from,
    to,
    fixtures,
    freeSlots,
    request,
    bookFirstFree: async () => {
      const [slot] = first(await freeSlots(), 'free slot');
      return { slot: slot!, appointment: await adapter.book(request(slot!)) };
    },
  };
}

/** The contract's cases, in order, for any runner to register. */
export function adapterContract(options: AdapterContractOptions): ContractCase[] {
  return Object.entries(GROUPS).flatMap(([group, bodies]) =>
    Object.entries(bodies).map(([name, body]) => ({
      group,
      name,
      async run(): Promise<ContractResult> {
        const subject = await options.makeAdapter();
        let reason: string | void;
        try {
          reason = await body(await contextFor(subject, options));
        } finally {
          await subject.teardown?.();
        }
        return reason ? { status: 'skipped', reason } : { status: 'passed' };
      },
    })),
  );
}
