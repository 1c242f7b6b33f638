/**
 * The BookingAdapter contract as one mocha-style suite, run against every adapter (memory, REST
 * over msw, and any third-party backend). It assumes a backend whose clock is
 * CONTRACT_NOW, with at least one office that has free slots and closes at weekends in the
 * fortnight that follows, with `takeSlot` to let "someone else" book, and with `signIn` to
 * sign a citizen in at the backend (the "Mine aftaler" tests skip without it).
 *
 * One source for two runners: in the browser, mocha's globals (web-test-runner); in Node, the
 * same globals over node:test (server/test/support/mocha-globals.ts), where the reference
 * server runs it. Hence plain chai rather than @open-wc/testing, which needs a DOM.
 */
/// <reference types="mocha" />
import { expect } from 'chai';
import type { BookingAdapter } from '../../src/core/adapter.js';
import { BookingError, type BookingErrorCode } from '../../src/core/errors.js';
import type { Appointment, BookingRequest, Location, Service, Session, Slot } from '../../src/core/types.js';

/** Monday 23 November 2026, 09:00 in Copenhagen. */
export const CONTRACT_NOW = new Date('2026-11-23T08:00:00Z');
export const contractClock = (): Date => new Date(CONTRACT_NOW);

const FROM = '2026-11-23';
const TO = '2026-12-06';
/** A CPR number with a valid date and check digit, made up for tests. */
const TEST_CPR = '0101901238';

export interface ContractSubject {
  adapter: BookingAdapter;
  /** Lets "someone else" book every free place of a slot. */
  takeSlot(slotId: string): Promise<void> | void;
  /** Signs `session` in at the backend, or signs out with `null`; left out by a backend without sign-in. */
  signIn?(session: Session | null): Promise<void> | void;
  teardown?(): Promise<void>;
}

/** A fake sign-in for a backend under test, whose session the suite switches. */
export function testAuth() {
  let session: Session | null = null;
  return {
    getSession: async () => session,
    login: async () => undefined,
    logout: async () => void (session = null),
    signIn: (next: Session | null) => void (session = next),
  };
}

/** Rejects unless `promise` rejects with a BookingError of `code`; returns the error. */
export async function expectBookingError(promise: Promise<unknown>, code: BookingErrorCode): Promise<BookingError> {
  let outcome: unknown;
  try {
    outcome = await promise;
  } catch (error) {
    expect(error, `rejection ${String(error)}`).to.be.instanceOf(BookingError);
    expect((error as BookingError).code, (error as BookingError).message).to.equal(code);
    return error as BookingError;
  }
  throw new Error(`Expected a ${code} BookingError, got ${JSON.stringify(outcome)}`);
}

const copenhagenDateOf = (slot: Slot): string => slot.start.slice(0, 10);

export function adapterContract(name: string, makeAdapter: () => Promise<ContractSubject>): void {
  describe(`BookingAdapter contract: ${name}`, () => {
    let subject: ContractSubject;
    let adapter: BookingAdapter;
    let location: Location;
    let service: Service;

    beforeEach(async () => {
      subject = await makeAdapter();
      adapter = subject.adapter;
      const [firstLocation] = await adapter.getLocations();
      if (!firstLocation) throw new Error('The contract suite needs a backend with at least one office');
      location = firstLocation;
      const services = await adapter.getServices({ locationId: location.id });
      // An errand anyone can book without signing in.
      const bookable = services.find((candidate) => !candidate.requiresLogin);
      if (!bookable) throw new Error(`The contract suite needs an errand at ${location.id} that needs no sign-in`);
      service = bookable;
    });

    afterEach(async () => {
      await subject.teardown?.();
    });

    const freeSlots = async (from = FROM, to = TO): Promise<Slot[]> =>
      (await adapter.getAvailability({ serviceId: service.id, locationId: location.id, from, to })).slots;

    const request = (slot: Slot): BookingRequest => ({
      slotId: slot.id,
      serviceId: service.id,
      locationId: location.id,
      citizen: { name: 'Karen Testesen', email: 'karen@example.dk', ...(service.requiresCpr ? { cpr: TEST_CPR } : {}) },
    });

    const bookFirstFree = async (): Promise<{ slot: Slot; appointment: Appointment }> => {
      const [slot] = await freeSlots();
      const appointment = await adapter.book(request(slot!));
      return { slot: slot!, appointment };
    };

    describe('catalogue', () => {
      it('lists locations with address and opening hours', async () => {
        const locations = await adapter.getLocations();
        expect(locations.length).to.be.greaterThan(0);
        for (const entry of locations) {
          expect(entry.id).to.be.a('string').and.not.be.empty;
          expect(entry.name).to.be.a('string');
          expect(entry.address).to.have.keys(['street', 'postalCode', 'city']);
          for (const day of entry.openingHours) {
            expect(day.weekday).to.be.within(1, 7);
            for (const interval of day.intervals) expect(interval.open < interval.close).to.equal(true);
          }
        }
      });

      it('lists services, and only those a location offers when asked', async () => {
        const all = await adapter.getServices({});
        expect(all.length).to.be.greaterThan(0);
        for (const entry of all) {
          expect(entry).to.include.keys([
            'id',
            'name',
            'category',
            'description',
            'durationMinutes',
            'documentsToBring',
            'requiresLogin',
          ]);
          expect(entry.durationMinutes).to.be.greaterThan(0);
        }
        const here = await adapter.getServices({ locationId: location.id });
        for (const entry of here) expect(!entry.locationIds || entry.locationIds.includes(location.id)).to.equal(true);
      });

      it('rejects an unknown location with not-found', async () => {
        await expectBookingError(adapter.getServices({ locationId: 'no-such-office' }), 'not-found');
      });
    });

    describe('availability', () => {
      it('answers slots and closed days within the inclusive range, never both on one day', async () => {
        const { slots, closedDays } = await adapter.getAvailability({
          serviceId: service.id,
          locationId: location.id,
          from: FROM,
          to: TO,
        });
        expect(slots.length).to.be.greaterThan(0);
        expect(closedDays.length, 'weekends are closed').to.be.greaterThan(0);
        const closed = new Set(closedDays.map((day) => day.date));
        for (const slot of slots) {
          expect(copenhagenDateOf(slot) >= FROM && copenhagenDateOf(slot) <= TO).to.equal(true);
          expect(closed.has(copenhagenDateOf(slot))).to.equal(false);
          expect(slot.serviceId).to.equal(service.id);
          expect(slot.locationId).to.equal(location.id);
          expect(Date.parse(slot.end)).to.be.greaterThan(Date.parse(slot.start));
          expect(Date.parse(slot.start)).to.be.greaterThan(CONTRACT_NOW.getTime());
        }
        for (const day of closedDays) {
          expect(day.date >= FROM && day.date <= TO).to.equal(true);
          expect(day.reason).to.be.a('string').and.not.be.empty;
        }
      });

      it('includes both ends of the range', async () => {
        const all = await adapter.getAvailability({ serviceId: service.id, locationId: location.id, from: FROM, to: TO });
        const openDay = copenhagenDateOf(all.slots[all.slots.length - 1]!);
        const closedDay = all.closedDays[0]!.date;
        const oneOpenDay = await adapter.getAvailability({
          serviceId: service.id,
          locationId: location.id,
          from: openDay,
          to: openDay,
        });
        expect(oneOpenDay.slots.length).to.be.greaterThan(0);
        expect(oneOpenDay.slots.every((slot) => copenhagenDateOf(slot) === openDay)).to.equal(true);
        const oneClosedDay = await adapter.getAvailability({
          serviceId: service.id,
          locationId: location.id,
          from: closedDay,
          to: closedDay,
        });
        expect(oneClosedDay).to.deep.equal({ slots: [], closedDays: [all.closedDays[0]] });
      });

      it('rejects a range that ends before it starts with validation', async () => {
        await expectBookingError(
          adapter.getAvailability({ serviceId: service.id, locationId: location.id, from: TO, to: FROM }),
          'validation',
        );
      });

      it('rejects an unknown service with not-found', async () => {
        await expectBookingError(
          adapter.getAvailability({ serviceId: 'no-such-errand', locationId: location.id, from: FROM, to: TO }),
          'not-found',
        );
      });
    });

    describe('booking', () => {
      it('answers a booked appointment with a reference and a manage token', async () => {
        const { slot, appointment } = await bookFirstFree();
        expect(appointment.status).to.equal('booked');
        expect(appointment.reference).to.be.a('string').and.not.be.empty;
        expect(appointment.token).to.be.a('string').and.not.be.empty;
        expect(appointment.start).to.equal(slot.start);
        expect(appointment.end).to.equal(slot.end);
        expect(appointment.service.id).to.equal(service.id);
        expect(appointment.location.id).to.equal(location.id);
        expect(JSON.stringify(appointment)).not.to.contain(TEST_CPR);
      });

      it('takes the place: a capacity-1 slot disappears, and booking it again is slot-taken', async () => {
        const [slot] = await freeSlots();
        expect(slot!.remaining ?? 1).to.equal(1);
        await adapter.book(request(slot!));
        expect((await freeSlots()).map((entry) => entry.id)).not.to.include(slot!.id);
        await expectBookingError(adapter.book(request(slot!)), 'slot-taken');
      });

      it('answers slot-taken when someone else took the slot first', async () => {
        const [slot] = await freeSlots();
        await subject.takeSlot(slot!.id);
        await expectBookingError(adapter.book(request(slot!)), 'slot-taken');
      });

      it('books once per idempotency key', async () => {
        const [slot] = await freeSlots();
        const first = await adapter.book(request(slot!), { idempotencyKey: 'contract-key-1' });
        const again = await adapter.book(request(slot!), { idempotencyKey: 'contract-key-1' });
        expect(again.reference).to.equal(first.reference);
        expect(again.start).to.equal(first.start);
      });

      it('rejects an invalid request with validation and the fields at fault', async () => {
        const [slot] = await freeSlots();
        const error = await expectBookingError(
          adapter.book({ ...request(slot!), citizen: { name: '  ', email: 'not an address' } }),
          'validation',
        );
        expect(error.fields).to.include({ 'citizen.name': 'required', 'citizen.email': 'invalid' });
        expect(error.message).not.to.contain('not an address');
      });
    });

    describe('managing an appointment', () => {
      it('finds the appointment by reference and token', async () => {
        const { appointment } = await bookFirstFree();
        const found = await adapter.getAppointments({ reference: appointment.reference, token: appointment.token });
        expect(found).to.have.length(1);
        expect(found[0]).to.deep.include({ reference: appointment.reference, status: 'booked', start: appointment.start });
      });

      it('finds nothing for an unknown reference', async () => {
        await bookFirstFree();
        expect(await adapter.getAppointments({ reference: 'BT-ZZZZZZ', token: 'not-the-token' })).to.deep.equal([]);
      });

      it('answers a wrong token exactly as an unknown reference, so references cannot be probed', async () => {
        const { appointment } = await bookFirstFree();
        expect(await adapter.getAppointments({ reference: appointment.reference, token: 'wrong' })).to.deep.equal([]);
      });

      it('shows nothing for a reference alone, without the token or a signed-in session', async () => {
        const { appointment } = await bookFirstFree();
        await expectBookingError(adapter.getAppointments({ reference: appointment.reference }), 'auth-required');
      });

      it('reschedules to another slot and frees the old one', async () => {
        const { slot, appointment } = await bookFirstFree();
        const [, next] = await freeSlots();
        const moved = await adapter.reschedule({ reference: appointment.reference, token: appointment.token, slotId: next!.id });
        expect(moved).to.deep.include({ reference: appointment.reference, status: 'booked', start: next!.start });
        const free = (await freeSlots()).map((entry) => entry.id);
        expect(free).to.include(slot.id);
        expect(free).not.to.include(next!.id);
      });

      it('answers auth-required for the own list ("Mine aftaler") when nobody is signed in', async () => {
        await bookFirstFree();
        await subject.signIn?.(null);
        await expectBookingError(adapter.getAppointments({}), 'auth-required');
      });

      it("lists a signed-in citizen's own appointments, newest first, cancelled included, without tokens", async function () {
        const signIn = subject.signIn;
        if (!signIn) this.skip();
        const [first, second, third] = await freeSlots();
        await signIn({ id: 'contract-person-1', name: 'Karen Testesen' });
        const earlier = await adapter.book(request(first!));
        const later = await adapter.book(request(second!));
        await signIn({ id: 'contract-person-2', name: 'Someone Else' });
        await adapter.book(request(third!));
        expect((await adapter.getAppointments({})).map((entry) => entry.start)).to.deep.equal([third!.start]);
        await signIn({ id: 'contract-person-1', name: 'Karen Testesen' });
        await adapter.cancel({ reference: earlier.reference, token: earlier.token });
        const mine = await adapter.getAppointments({});
        expect(mine.map(({ reference, status }) => ({ reference, status }))).to.deep.equal([
          { reference: later.reference, status: 'booked' },
          { reference: earlier.reference, status: 'cancelled' },
        ]);
        expect(mine.every((entry) => entry.token === undefined)).to.equal(true);
      });

      it('will not reschedule onto a taken slot', async () => {
        const { appointment } = await bookFirstFree();
        const [, next] = await freeSlots();
        await subject.takeSlot(next!.id);
        await expectBookingError(
          adapter.reschedule({ reference: appointment.reference, token: appointment.token, slotId: next!.id }),
          'slot-taken',
        );
      });

      it('cancels, freeing the slot', async () => {
        const { slot, appointment } = await bookFirstFree();
        const cancelled = await adapter.cancel({ reference: appointment.reference, token: appointment.token });
        expect(cancelled).to.deep.include({ reference: appointment.reference, status: 'cancelled' });
        expect((await freeSlots()).map((entry) => entry.id)).to.include(slot.id);
        const [found] = await adapter.getAppointments({ reference: appointment.reference, token: appointment.token });
        expect(found!.status).to.equal('cancelled');
      });

      it('answers not-found when moving or cancelling with a wrong token or reference', async () => {
        const { appointment } = await bookFirstFree();
        const [, next] = await freeSlots();
        await expectBookingError(adapter.cancel({ reference: appointment.reference, token: 'wrong' }), 'not-found');
        await expectBookingError(adapter.cancel({ reference: 'BT-ZZZZZZ', token: 'wrong' }), 'not-found');
        await expectBookingError(
          adapter.reschedule({ reference: appointment.reference, token: 'wrong', slotId: next!.id }),
          'not-found',
        );
      });
    });

    describe('holds', () => {
      it('holds a slot until expiry, books it with the hold, or releases it', async function () {
        if (!adapter.holdSlot || !adapter.releaseHold) this.skip();
        const [first, second] = await freeSlots();
        const query = { serviceId: service.id, locationId: location.id };
        const hold = await adapter.holdSlot!({ ...query, slotId: first!.id });
        expect(hold.slotId).to.equal(first!.id);
        expect(Date.parse(hold.expiresAt)).to.be.greaterThan(CONTRACT_NOW.getTime());
        expect((await freeSlots()).map((entry) => entry.id)).not.to.include(first!.id);
        const appointment = await adapter.book({ ...request(first!), holdId: hold.id });
        expect(appointment.start).to.equal(first!.start);

        const released = await adapter.holdSlot!({ ...query, slotId: second!.id });
        await adapter.releaseHold!({ holdId: released.id });
        expect((await freeSlots()).map((entry) => entry.id)).to.include(second!.id);
      });

      it("moves an appointment onto the citizen's held slot with its hold, the held place becoming its place", async function () {
        if (!adapter.holdSlot || !adapter.releaseHold) this.skip();
        const { slot, appointment } = await bookFirstFree();
        const [, next] = await freeSlots();
        const hold = await adapter.holdSlot!({ serviceId: service.id, locationId: location.id, slotId: next!.id });
        const moved = await adapter.reschedule({
          reference: appointment.reference,
          token: appointment.token,
          slotId: next!.id,
          holdId: hold.id,
        });
        expect(moved).to.deep.include({ reference: appointment.reference, status: 'booked', start: next!.start });
        let free = (await freeSlots()).map((entry) => entry.id);
        expect(free).to.include(slot.id);
        expect(free).not.to.include(next!.id);
        // The hold was used up: once the appointment is cancelled, nothing holds the time.
        await adapter.cancel({ reference: appointment.reference, token: appointment.token });
        free = (await freeSlots()).map((entry) => entry.id);
        expect(free).to.include(next!.id);
      });

      it('refuses a move with a hold for another slot (slot-taken), the appointment intact', async function () {
        if (!adapter.holdSlot) this.skip();
        const { appointment } = await bookFirstFree();
        const [, next, other] = await freeSlots();
        const hold = await adapter.holdSlot!({ serviceId: service.id, locationId: location.id, slotId: other!.id });
        const query = { reference: appointment.reference, token: appointment.token };
        await expectBookingError(adapter.reschedule({ ...query, slotId: next!.id, holdId: hold.id }), 'slot-taken');
        const [found] = await adapter.getAppointments(query);
        expect(found).to.deep.include({ status: 'booked', start: appointment.start });
      });

      it('answers slot-taken when holding a slot that is gone', async function () {
        if (!adapter.holdSlot) this.skip();
        const [slot] = await freeSlots();
        await subject.takeSlot(slot!.id);
        await expectBookingError(
          adapter.holdSlot!({ serviceId: service.id, locationId: location.id, slotId: slot!.id }),
          'slot-taken',
        );
      });
    });
  });
}
