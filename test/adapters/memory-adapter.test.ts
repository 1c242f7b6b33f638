import { expect } from '@open-wc/testing';
import { BookingError, type BookingErrorCode } from '../../src/core/errors.js';
import type { AuthProvider } from '../../src/core/adapter.js';
import type { BookingRequest, Session, Slot } from '../../src/core/types.js';
import type { MunicipalityConfig } from '../../src/core/municipality.js';
import {
  MemoryAdapter,
  SAMPLE_CONFIG,
  SAMPLE_LOCATIONS,
  SAMPLE_SERVICES,
  type MemoryAdapterOptions,
  type MemoryState,
} from '../../src/adapters/memory/index.js';

/** A Monday morning in late November 2026, Copenhagen time. */
const MONDAY_0900 = '2026-11-23T09:00:00+01:00';
const CPR = '0703851234';

function clockAt(iso: string) {
  let time = Date.parse(iso);
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}

function adapterAt(iso = MONDAY_0900, options: MemoryAdapterOptions = {}) {
  const clock = clockAt(iso);
  return { clock, adapter: new MemoryAdapter({ now: clock.now, ...options }) };
}

/** A quiet adapter: nothing pre-booked, so every slot on the grid is free. */
function quietAdapter(options: MemoryAdapterOptions = {}) {
  return adapterAt(MONDAY_0900, { occupancy: 0, ...options });
}

async function rejection(promise: Promise<unknown>): Promise<BookingError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(BookingError);
    return error as BookingError;
  }
  throw new Error('expected the call to reject');
}

async function expectCode(promise: Promise<unknown>, code: BookingErrorCode): Promise<BookingError> {
  const error = await rejection(promise);
  expect(error.code, error.message).to.equal(code);
  return error;
}

async function slotsOf(
  adapter: MemoryAdapter,
  from: string,
  to: string,
  serviceId = 'pas-fornyelse',
  locationId = 'centrum',
): Promise<Slot[]> {
  return (await adapter.getAvailability({ serviceId, locationId, from, to })).slots;
}

async function firstSlot(adapter: MemoryAdapter, serviceId = 'pas-fornyelse', locationId = 'centrum'): Promise<Slot> {
  const [slot] = await slotsOf(adapter, '2026-11-24', '2026-11-30', serviceId, locationId);
  expect(slot, 'a free slot').to.not.equal(undefined);
  return slot!;
}

function request(slot: Slot, extra: Partial<BookingRequest> = {}): BookingRequest {
  return {
    slotId: slot.id,
    serviceId: slot.serviceId,
    locationId: slot.locationId,
    citizen: { name: 'Mette Hansen', cpr: CPR, email: 'mette@example.dk' },
    ...extra,
  };
}

function timeOf(iso: string): string {
  return iso.slice(11, 16);
}

describe('MemoryAdapter', () => {
  describe('sample municipality', () => {
    it('has two offices with addresses, phone, accessibility notes and weekday hours', async () => {
      const locations = await new MemoryAdapter().getLocations();
      expect(locations.map((location) => location.id)).to.deep.equal(['centrum', 'nord']);
      expect(locations.map((location) => location.name)).to.deep.equal(['Borgerservice Centrum', 'Borgerservice Nord']);
      for (const location of locations) {
        expect(location.address.postalCode).to.match(/^\d{4}$/);
        expect(location.phone).to.be.a('string');
        expect(location.accessibilityNote).to.match(/teleslynge/i);
        expect(location.openingHours.map((hours) => hours.weekday)).to.deep.equal([1, 2, 3, 4, 5]);
      }
      const centrum = locations[0]!;
      const thursday = centrum.openingHours.find((hours) => hours.weekday === 4)!;
      expect(thursday.intervals.at(-1)!.close).to.equal('18:00');
      expect(centrum.openingHours[0]!.intervals).to.deep.equal([
        { open: '09:00', close: '12:00' },
        { open: '12:30', close: '15:00' },
      ]);
    });

    it('offers realistic errands in Danish, with fees, documents and CPR needs', async () => {
      const services = await new MemoryAdapter().getServices({});
      expect(services.length).to.be.at.least(8);
      const ids = services.map((service) => service.id);
      expect(new Set(ids).size).to.equal(ids.length);
      for (const id of ids) expect(id).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect([...new Set(services.map((service) => service.category))]).to.include.members([
        'pas',
        'koerekort',
        'flytning',
        'navn',
        'mitid',
        'sundhedskort',
      ]);
      const byId = new Map(services.map((service) => [service.id, service]));
      expect(byId.get('pas-voksen')!.fee).to.equal(727);
      expect(byId.get('pas-barn')!.fee).to.equal(166);
      expect(byId.get('flytning')!.fee).to.equal(undefined);
      expect(byId.get('navneaendring')!.requiresLogin).to.equal(true);
      expect(byId.get('koerekort-fornyelse')!.requiresCpr).to.equal(true);
      for (const service of services) {
        expect(service.durationMinutes).to.be.within(10, 30);
        expect(service.documentsToBring.length).to.be.at.least(1);
      }
    });

    it('filters services by office: driving licences only at Centrum', async () => {
      const adapter = new MemoryAdapter();
      const nord = (await adapter.getServices({ locationId: 'nord' })).map((service) => service.id);
      const centrum = (await adapter.getServices({ locationId: 'centrum' })).map((service) => service.id);
      expect(nord).to.not.include('koerekort-fornyelse');
      expect(centrum).to.include('koerekort-fornyelse');
      await expectCode(adapter.getServices({ locationId: 'syd' }), 'not-found');
    });

    it('returns copies that callers cannot use to change the catalogue', async () => {
      const adapter = new MemoryAdapter();
      const [location] = await adapter.getLocations();
      location!.name = 'changed';
      location!.openingHours.length = 0;
      const [again] = await adapter.getLocations();
      expect(again!.name).to.equal('Borgerservice Centrum');
      expect(again!.openingHours).to.have.length(5);
    });
  });

  describe('languages', () => {
    it('speaks Danish by default, as SAMPLE_LOCATIONS and SAMPLE_SERVICES do', async () => {
      const adapter = new MemoryAdapter();
      expect(await adapter.getLocations()).to.deep.equal(SAMPLE_LOCATIONS);
      expect(await adapter.getServices({})).to.deep.equal(SAMPLE_SERVICES);
    });

    it('gives every sample office and errand text in English too, with the same ids, fees and durations', async () => {
      const adapter = new MemoryAdapter({ lang: 'en' });
      const services = await adapter.getServices({});
      const byId = new Map(services.map((service) => [service.id, service]));
      expect(byId.get('pas-fornyelse')!.name).to.equal('Passport – renewal');
      expect(byId.get('koerekort-fornyelse')!.name).to.equal('Driving licence – renewal');
      expect(byId.get('pas-fornyelse')!.documentsToBring).to.deep.equal([
        'Your current passport',
        'Digital passport photo: the code from an approved photographer (or have your photo taken here)',
      ]);
      for (const [index, service] of services.entries()) {
        const danish = SAMPLE_SERVICES[index]!;
        expect({ ...service, name: '', description: '', documentsToBring: [] }).to.deep.equal({
          ...danish,
          name: '',
          description: '',
          documentsToBring: [],
        });
        // Every text was translated: none is the Danish one, and none has the Danish letters.
        for (const [english, original] of [
          [service.name, danish.name],
          [service.description, danish.description],
          ...service.documentsToBring.map((item, at) => [item, danish.documentsToBring[at]!]),
        ]) {
          expect(english, original).to.not.equal(original);
          expect(english, original).to.not.match(/[æø]|\b(og|eller|hvis)\b/i);
        }
      }
      const locations = await adapter.getLocations();
      expect(locations.map((location) => location.name)).to.deep.equal(['Borgerservice Centrum', 'Borgerservice Nord']);
      for (const location of locations) expect(location.accessibilityNote).to.match(/hearing loop/i);
    });

    it("answers in a call's own language, which wins over the adapter's; a function is read at every call", async () => {
      let pageLanguage = 'da';
      const { adapter } = quietAdapter({ lang: () => pageLanguage });
      const names = async (options = {}) => (await adapter.getServices({ locationId: 'nord' }, options)).map((s) => s.name);
      expect(await names()).to.include('Pas – fornyelse');
      pageLanguage = 'en-GB';
      expect(await names()).to.include('Passport – renewal');
      // As the mock server passes Accept-Language through: anything not English is Danish.
      expect(await names({ lang: 'da-DK,da;q=0.9' })).to.include('Pas – fornyelse');
      expect(await names({ lang: 'de' })).to.include('Pas – fornyelse');
      const { closedDays } = await adapter.getAvailability(
        { serviceId: 'pas-fornyelse', locationId: 'nord', from: '2026-12-24', to: '2026-12-24' },
        { lang: 'da' },
      );
      expect(closedDays).to.deep.equal([{ date: '2026-12-24', reason: 'Juleaftensdag' }]);
    });

    it('names the errand and office of an appointment in the language of each call', async () => {
      const { adapter } = quietAdapter();
      const slot = await firstSlot(adapter);
      const booked = await adapter.book(request(slot), { idempotencyKey: 'k-lang', lang: 'en' });
      expect(booked.service.name).to.equal('Passport – renewal');
      expect(booked.location.accessibilityNote).to.match(/^Step-free access/);
      const [found] = await adapter.getAppointments({ reference: booked.reference, token: booked.token });
      expect(found!.service.name).to.equal('Pas – fornyelse');
      const cancelled = await adapter.cancel({ reference: booked.reference, token: booked.token! }, { lang: 'en' });
      expect(cancelled.service.documentsToBring[0]).to.equal('Your current passport');
      // The snapshot keeps ids, never texts: a restored adapter speaks whatever it is asked in.
      expect(JSON.stringify(adapter.snapshot())).to.not.contain('Passport');
    });
  });

  describe('configuration', () => {
    /** The sample with Centrum seating two for passports, Nord one, and a closure at Nord. */
    const config: MunicipalityConfig = {
      ...SAMPLE_CONFIG,
      horizonDays: 14,
      offices: SAMPLE_CONFIG.offices.map((office) =>
        office.id === 'nord'
          ? { ...office, closures: [{ from: '2026-11-26', to: '2026-11-27', reason: { da: 'Personaledag', en: 'Staff day' } }] }
          : office,
      ),
      errands: SAMPLE_CONFIG.errands.map((errand) =>
        errand.id === 'pas-fornyelse' ? { ...errand, capacity: { centrum: 2 } } : errand,
      ),
    };

    it('seats as many citizens per slot as the errand has at the office', async () => {
      const { adapter } = quietAdapter({ config });
      const centrum = await slotsOf(adapter, '2026-11-24', '2026-11-24');
      const nord = await slotsOf(adapter, '2026-11-24', '2026-11-24', 'pas-fornyelse', 'nord');
      const mitid = await slotsOf(adapter, '2026-11-24', '2026-11-24', 'mitid');
      expect(new Set(centrum.map((slot) => slot.remaining))).to.deep.equal(new Set([2]));
      expect(new Set(nord.map((slot) => slot.remaining))).to.deep.equal(new Set([1]));
      expect(new Set(mitid.map((slot) => slot.remaining))).to.deep.equal(new Set([1]));
      await adapter.book(request(centrum[0]!));
      await adapter.book(request(centrum[0]!, { citizen: { name: 'Ole Hansen', cpr: CPR } }));
      await expectCode(adapter.book(request(centrum[0]!)), 'slot-taken');
      // takeSlot fills what is left of the errand's own capacity.
      adapter.takeSlot(centrum[1]!.id);
      expect((await slotsOf(adapter, '2026-11-24', '2026-11-24')).map((slot) => slot.id)).to.not.include(centrum[1]!.id);
    });

    it("closes an office on its configured closures, with the reason in the call's language, and keeps its horizon", async () => {
      const { adapter } = quietAdapter({ config });
      const query = { serviceId: 'pas-fornyelse', locationId: 'nord', from: '2026-11-25', to: '2026-12-10' };
      const danish = await adapter.getAvailability(query);
      const english = await adapter.getAvailability(query, { lang: 'en' });
      expect(danish.closedDays.filter((day) => day.date < '2026-11-28')).to.deep.equal([
        { date: '2026-11-26', reason: 'Personaledag' },
        { date: '2026-11-27', reason: 'Personaledag' },
      ]);
      expect(english.closedDays.find((day) => day.date === '2026-11-27')!.reason).to.equal('Staff day');
      const days = new Set(danish.slots.map((slot) => slot.start.slice(0, 10)));
      expect(days.has('2026-11-25')).to.equal(true);
      expect(days.has('2026-11-26')).to.equal(false);
      // 14 days from Monday 23 November: the last bookable day is Sunday 6 December.
      expect([...days].every((day) => day <= '2026-12-06')).to.equal(true);
      expect(days.has('2026-12-04')).to.equal(true);
      // Centrum has no closure that week.
      expect((await slotsOf(adapter, '2026-11-26', '2026-11-26')).length).to.be.greaterThan(0);
    });

    it('an adapter-wide capacity overrides the configured ones', async () => {
      const { adapter } = quietAdapter({ config, capacity: 3 });
      const nord = await slotsOf(adapter, '2026-11-24', '2026-11-24', 'pas-fornyelse', 'nord');
      expect(new Set(nord.map((slot) => slot.remaining))).to.deep.equal(new Set([3]));
    });
  });

  describe('closed days', () => {
    it('names weekends and the Christmas closing days of December 2026', async () => {
      const { adapter } = adapterAt();
      const { closedDays, slots } = await adapter.getAvailability({
        serviceId: 'pas-fornyelse',
        locationId: 'centrum',
        from: '2026-12-01',
        to: '2026-12-31',
      });
      const reasons = new Map(closedDays.map((day) => [day.date, day.reason]));
      expect(reasons.get('2026-12-05')).to.equal('Lukket (weekend)');
      expect(reasons.get('2026-12-06')).to.equal('Lukket (weekend)');
      expect(reasons.get('2026-12-24')).to.equal('Juleaftensdag');
      expect(reasons.get('2026-12-25')).to.equal('Juledag');
      // A Saturday, but named for the holiday.
      expect(reasons.get('2026-12-26')).to.equal('2. juledag');
      expect(reasons.get('2026-12-31')).to.equal('Nytårsaftensdag');
      expect(reasons.has('2026-12-23')).to.equal(false);
      // 8 weekend days + 24, 25 and 31 December (26th is counted among the weekend days).
      expect(closedDays).to.have.length(11);
      const closed = new Set(reasons.keys());
      expect(slots.some((slot) => closed.has(slot.start.slice(0, 10)))).to.equal(false);
    });

    it('gives reasons in English with lang "en", and keeps to the inclusive range', async () => {
      const { adapter } = adapterAt(MONDAY_0900, { lang: 'en' });
      const { closedDays } = await adapter.getAvailability({
        serviceId: 'pas-fornyelse',
        locationId: 'nord',
        from: '2026-12-25',
        to: '2026-12-27',
      });
      expect(closedDays).to.deep.equal([
        { date: '2026-12-25', reason: 'Christmas Day' },
        { date: '2026-12-26', reason: 'Boxing Day' },
        { date: '2026-12-27', reason: 'Closed (weekend)' },
      ]);
    });

    it('reports closed days beyond the booking horizon too', async () => {
      const { adapter } = adapterAt(MONDAY_0900, { horizonDays: 7 });
      const { slots, closedDays } = await adapter.getAvailability({
        serviceId: 'pas-fornyelse',
        locationId: 'centrum',
        from: '2026-12-21',
        to: '2026-12-27',
      });
      expect(slots).to.deep.equal([]);
      expect(closedDays.map((day) => day.date)).to.include('2026-12-24');
    });
  });

  describe('slots', () => {
    it('carries Copenhagen winter and summer offsets across the DST change', async () => {
      const { adapter } = adapterAt('2027-03-20T09:00:00+01:00', { occupancy: 0 });
      const slots = await slotsOf(adapter, '2027-03-22', '2027-04-02');
      const before = slots.filter((slot) => slot.start < '2027-03-28');
      const after = slots.filter((slot) => slot.start > '2027-03-29');
      expect(before.length).to.be.greaterThan(0);
      expect(after.length).to.be.greaterThan(0);
      for (const slot of before) expect(slot.start.endsWith('+01:00'), slot.start).to.equal(true);
      for (const slot of after) expect(slot.end.endsWith('+02:00'), slot.end).to.equal(true);
      // Easter Monday 29 March is closed; the first summer-time slot is on the 30th.
      expect(after[0]!.start).to.equal('2027-03-30T09:00:00+02:00');
      expect(Date.parse(after[0]!.start)).to.equal(Date.parse('2027-03-30T07:00:00Z'));
    });

    it('lays slots on the service grid within opening hours, with stable unique ids', async () => {
      const { adapter } = quietAdapter();
      const slots = await slotsOf(adapter, '2026-11-24', '2026-11-24');
      expect(slots[0]).to.deep.equal({
        id: 'centrum:pas-fornyelse:2026-11-24T09:00',
        serviceId: 'pas-fornyelse',
        locationId: 'centrum',
        start: '2026-11-24T09:00:00+01:00',
        end: '2026-11-24T09:15:00+01:00',
        remaining: 1,
      });
      // 09:00–12:00 and 12:30–15:00 in 15-minute slots.
      expect(slots).to.have.length(12 + 10);
      expect(timeOf(slots.at(-1)!.end)).to.equal('15:00');
      const again = await slotsOf(adapter, '2026-11-24', '2026-11-24');
      expect(again.map((slot) => slot.id)).to.deep.equal(slots.map((slot) => slot.id));
      const ids = (await slotsOf(adapter, '2026-11-24', '2027-01-31')).map((slot) => slot.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('offers nothing during Centrum’s lunch break, and Thursdays until 18:00', async () => {
      const { adapter } = quietAdapter();
      const slots = await slotsOf(adapter, '2026-11-23', '2026-12-18', 'navneaendring');
      for (const slot of slots) {
        const start = timeOf(slot.start);
        const end = timeOf(slot.end);
        expect(end <= '12:00' || start >= '12:30', slot.id).to.equal(true);
      }
      const thursday = slots.filter((slot) => slot.start.startsWith('2026-11-26'));
      expect(timeOf(thursday.at(-1)!.end)).to.equal('18:00');
    });

    it('offers nothing in the past, nor on days before today', async () => {
      const { adapter } = quietAdapter();
      const slots = await slotsOf(adapter, '2026-11-16', '2026-11-27');
      expect(slots.length).to.be.greaterThan(0);
      const now = Date.parse(MONDAY_0900);
      for (const slot of slots) expect(Date.parse(slot.start), slot.id).to.be.greaterThan(now);
      expect(slots[0]!.start).to.equal('2026-11-23T09:15:00+01:00');
    });

    it('offers nothing beyond the horizon', async () => {
      const { adapter } = quietAdapter({ horizonDays: 10 });
      const slots = await slotsOf(adapter, '2026-11-23', '2027-01-31');
      expect(slots.at(-1)!.start.slice(0, 10)).to.equal('2026-12-02');
    });

    it('pre-books a deterministic share of places per seed, and none with occupancy 0', async () => {
      const grid = await slotsOf(quietAdapter().adapter, '2026-11-24', '2026-12-31');
      const seeded = await slotsOf(adapterAt(MONDAY_0900, { seed: 7 }).adapter, '2026-11-24', '2026-12-31');
      const same = await slotsOf(adapterAt(MONDAY_0900, { seed: 7 }).adapter, '2026-11-24', '2026-12-31');
      const other = await slotsOf(adapterAt(MONDAY_0900, { seed: 8 }).adapter, '2026-11-24', '2026-12-31');
      expect(seeded.map((slot) => slot.id)).to.deep.equal(same.map((slot) => slot.id));
      expect(seeded.map((slot) => slot.id)).to.not.deep.equal(other.map((slot) => slot.id));
      const share = seeded.length / grid.length;
      expect(share).to.be.within(0.45, 0.85);
    });

    it('counts remaining places with a larger capacity', async () => {
      const { adapter } = quietAdapter({ capacity: 3 });
      const slots = await slotsOf(adapter, '2026-11-24', '2026-11-24');
      expect(slots.every((slot) => slot.remaining === 3)).to.equal(true);
    });
  });

  describe('availability queries', () => {
    const base = { serviceId: 'pas-fornyelse', locationId: 'centrum', from: '2026-12-01', to: '2026-12-31' };

    it('rejects unknown services and locations with not-found', async () => {
      const { adapter } = adapterAt();
      await expectCode(adapter.getAvailability({ ...base, serviceId: 'visum' }), 'not-found');
      await expectCode(adapter.getAvailability({ ...base, locationId: 'syd' }), 'not-found');
    });

    it('rejects a service the office does not offer with not-found', async () => {
      const { adapter } = adapterAt();
      await expectCode(adapter.getAvailability({ ...base, serviceId: 'koerekort-fornyelse', locationId: 'nord' }), 'not-found');
    });

    it('rejects reversed, overlong and malformed ranges with validation', async () => {
      const { adapter } = adapterAt();
      const reversed = await expectCode(adapter.getAvailability({ ...base, from: '2026-12-31', to: '2026-12-01' }), 'validation');
      expect(reversed.fields).to.deep.equal({ to: 'before-from' });
      await expectCode(adapter.getAvailability({ ...base, to: '2027-03-15' }), 'validation');
      await expectCode(adapter.getAvailability({ ...base, from: '2026-02-30' }), 'validation');
      // A full quarter is fine.
      await adapter.getAvailability({ ...base, from: '2026-12-01', to: '2027-03-02' });
    });
  });

  describe('booking', () => {
    it('returns a booked appointment with a readable reference and a random token', async () => {
      const { adapter } = quietAdapter();
      const slot = await firstSlot(adapter);
      const appointment = await adapter.book(request(slot));
      expect(appointment.status).to.equal('booked');
      expect(appointment.reference).to.match(/^BT-[2-9A-HJKMNP-Z]{6}$/);
      expect(appointment.token).to.match(/^[\w-]{22}$/);
      expect(appointment.start).to.equal(slot.start);
      expect(appointment.end).to.equal(slot.end);
      expect(appointment.service.id).to.equal('pas-fornyelse');
      expect(appointment.location.name).to.equal('Borgerservice Centrum');
      expect(appointment.citizenName).to.equal('Mette Hansen');
      const other = await adapter.book(request((await slotsOf(adapter, '2026-11-24', '2026-11-24'))[0]!));
      expect(other.reference).to.not.equal(appointment.reference);
      expect(other.token).to.not.equal(appointment.token);
    });

    it('fills a slot to capacity, then refuses with slot-taken', async () => {
      const { adapter } = quietAdapter({ capacity: 2 });
      const slot = await firstSlot(adapter);
      await adapter.book(request(slot));
      const [after] = await slotsOf(adapter, slot.start.slice(0, 10), slot.start.slice(0, 10));
      expect(after!.id).to.equal(slot.id);
      expect(after!.remaining).to.equal(1);
      await adapter.book(request(slot));
      const later = await slotsOf(adapter, '2026-11-24', '2026-11-30');
      expect(later.some((candidate) => candidate.id === slot.id)).to.equal(false);
      await expectCode(adapter.book(request(slot)), 'slot-taken');
    });

    it('refuses a slot someone else took after it was shown', async () => {
      const { adapter } = quietAdapter();
      const slot = await firstSlot(adapter);
      adapter.takeSlot(slot.id);
      expect((await firstSlot(adapter)).id).to.not.equal(slot.id);
      await expectCode(adapter.book(request(slot)), 'slot-taken');
    });

    it('refuses slots in the past or off the grid with slot-taken', async () => {
      const { adapter, clock } = quietAdapter();
      const slot = await firstSlot(adapter);
      clock.advance(3 * 86_400_000);
      await expectCode(adapter.book(request(slot)), 'slot-taken');
      const offGrid = { ...slot, id: 'centrum:pas-fornyelse:2026-12-01T09:07' };
      await expectCode(adapter.book(request(offGrid)), 'slot-taken');
      const sunday = { ...slot, id: 'centrum:pas-fornyelse:2026-11-29T10:00' };
      await expectCode(adapter.book(request(sunday)), 'slot-taken');
    });

    it('requires the citizen’s name, and valid CPR, e-mail and phone', async () => {
      const { adapter } = quietAdapter();
      const slot = await firstSlot(adapter);
      const noName = await expectCode(adapter.book(request(slot, { citizen: { name: '  ', cpr: CPR } })), 'validation');
      expect(noName.fields).to.deep.equal({ 'citizen.name': 'required' });
      const bad = await expectCode(
        adapter.book(request(slot, { citizen: { name: 'Mette', cpr: '3213851234', email: 'mette@', phone: '12' } })),
        'validation',
      );
      expect(bad.fields).to.deep.equal({
        'citizen.cpr': 'invalid',
        'citizen.email': 'invalid',
        'citizen.phone': 'invalid',
      });
      expect(bad.message).to.not.contain('3213851234');
    });

    it('requires a CPR number for errands that need one, from the person it is for', async () => {
      const { adapter } = quietAdapter();
      const pass = await firstSlot(adapter);
      const missing = await expectCode(adapter.book(request(pass, { citizen: { name: 'Mette' } })), 'validation');
      expect(missing.fields).to.deep.equal({ 'citizen.cpr': 'required' });
      const child = await firstSlot(adapter, 'pas-barn');
      const withoutChildCpr = await expectCode(
        adapter.book(request(child, { onBehalfOf: { relation: 'child', name: 'Ida Hansen' } })),
        'validation',
      );
      expect(withoutChildCpr.fields).to.deep.equal({ 'onBehalfOf.cpr': 'required' });
      const booked = await adapter.book(
        request(child, { onBehalfOf: { relation: 'child', name: 'Ida Hansen', cpr: '1503151234' } }),
      );
      expect(booked.citizenName).to.equal('Ida Hansen');
      const moving = await firstSlot(adapter, 'flytning');
      await adapter.book(request(moving, { citizen: { name: 'Mette' } }));
    });

    it('refuses a slot of another service or office with validation', async () => {
      const { adapter } = quietAdapter();
      const slot = await firstSlot(adapter);
      const error = await expectCode(adapter.book({ ...request(slot), serviceId: 'pas-voksen' }), 'validation');
      expect(error.fields).to.deep.equal({ slotId: 'mismatch' });
      await expectCode(adapter.book({ ...request(slot), serviceId: 'visum' }), 'not-found');
    });

    it('asks for sign-in for requiresLogin errands only when auth is configured', async () => {
      let session: { name: string } | null = null;
      const auth: AuthProvider = {
        getSession: async () => session,
        login: async () => {},
        logout: async () => {},
      };
      const { adapter } = quietAdapter({ auth });
      expect(adapter.auth).to.equal(auth);
      const slot = await firstSlot(adapter, 'navneaendring');
      await expectCode(adapter.book(request(slot)), 'auth-required');
      session = { name: 'Mette Hansen' };
      expect((await adapter.book(request(slot))).status).to.equal('booked');

      const open = quietAdapter().adapter;
      expect('auth' in open).to.equal(false);
      expect((await open.book(request(await firstSlot(open, 'navneaendring')))).status).to.equal('booked');
    });
  });

  describe('idempotency', () => {
    it('returns the same appointment for the same key and books once', async () => {
      const { adapter } = quietAdapter({ capacity: 3 });
      const slot = await firstSlot(adapter);
      const first = await adapter.book(request(slot), { idempotencyKey: 'key-1' });
      const second = await adapter.book(request(slot), { idempotencyKey: 'key-1' });
      expect(second).to.deep.equal(first);
      expect((await firstSlot(adapter)).remaining).to.equal(2);
      const third = await adapter.book(request(slot), { idempotencyKey: 'key-2' });
      expect(third.reference).to.not.equal(first.reference);
      expect((await firstSlot(adapter)).remaining).to.equal(1);
    });

    it('books once when calls with the same key run concurrently', async () => {
      const { adapter } = quietAdapter({ capacity: 3, latencyMs: 5 });
      const slot = await firstSlot(adapter);
      const results = await Promise.all([1, 2, 3].map(() => adapter.book(request(slot), { idempotencyKey: 'same' })));
      expect(new Set(results.map((result) => result.reference)).size).to.equal(1);
      expect((await firstSlot(adapter)).remaining).to.equal(2);
      expect(adapter.snapshot().bookings).to.have.length(1);
    });

    it('still answers a retry after the slot filled up, and after a restore', async () => {
      const { adapter, clock } = quietAdapter();
      const slot = await firstSlot(adapter);
      const first = await adapter.book(request(slot), { idempotencyKey: 'retry' });
      expect((await adapter.book(request(slot), { idempotencyKey: 'retry' })).reference).to.equal(first.reference);
      const restored = MemoryAdapter.fromSnapshot(adapter.snapshot(), { now: clock.now, occupancy: 0 });
      expect((await restored.book(request(slot), { idempotencyKey: 'retry' })).reference).to.equal(first.reference);
    });

    it('refuses a key reused for another slot', async () => {
      const { adapter } = quietAdapter();
      const [a, b] = await slotsOf(adapter, '2026-11-24', '2026-11-24');
      await adapter.book(request(a!), { idempotencyKey: 'k' });
      const error = await expectCode(adapter.book(request(b!), { idempotencyKey: 'k' }), 'validation');
      expect(error.fields).to.deep.equal({ idempotencyKey: 'reused' });
    });
  });

  describe('finding, moving and cancelling', () => {
    async function booked(options: MemoryAdapterOptions = {}) {
      const setup = quietAdapter(options);
      const slots = await slotsOf(setup.adapter, '2026-11-24', '2026-11-24');
      const appointment = await setup.adapter.book(request(slots[0]!));
      return { ...setup, slots, appointment, reference: appointment.reference, token: appointment.token! };
    }

    it('finds an appointment by reference and token, or by token alone', async () => {
      const { adapter, appointment, reference, token } = await booked();
      expect(await adapter.getAppointments({ reference, token })).to.deep.equal([appointment]);
      expect(await adapter.getAppointments({ token })).to.deep.equal([appointment]);
      expect(await adapter.getAppointments({ reference: ` ${reference.slice(3).toLowerCase()} `, token })).to.have.length(1);
    });

    it('shows an appointment by reference alone only to the signed-in citizen who booked it, and then without its token', async () => {
      let session: Session | null = { id: 'mitid-mette', name: 'Mette Hansen' };
      const auth: AuthProvider = { getSession: async () => session, login: async () => {}, logout: async () => {} };
      const { adapter, reference } = await booked({ auth });
      session = null;
      await expectCode(adapter.getAppointments({ reference }), 'auth-required');
      session = { id: 'mitid-mette', name: 'Mette Hansen' };
      const [found] = await adapter.getAppointments({ reference });
      expect(found!.reference).to.equal(reference);
      expect(found!.token).to.equal(undefined);
      // Someone else signed in, with Mette's printed reference, sees and changes nothing.
      session = { id: 'mitid-other', name: 'Anden Person' };
      expect(await adapter.getAppointments({ reference })).to.deep.equal([]);
      await expectCode(adapter.cancel({ reference }), 'not-found');
      // A booking made without sign-in belongs to no session: its token is the way in.
      session = null;
      const anonymous = await booked({ auth });
      session = { id: 'mitid-mette', name: 'Mette Hansen' };
      expect(await anonymous.adapter.getAppointments({ reference: anonymous.reference })).to.deep.equal([]);
    });

    it('answers a wrong token as an unknown reference ([]), and auth-required for neither without a session', async () => {
      const { adapter, reference } = await booked();
      expect(await adapter.getAppointments({ reference: 'BT-ZZZZZZ', token: 'nope' })).to.deep.equal([]);
      expect(await adapter.getAppointments({ token: 'nope' })).to.deep.equal([]);
      expect(await adapter.getAppointments({ reference, token: 'wrong' })).to.deep.equal([]);
      await expectCode(adapter.getAppointments({}), 'auth-required');
      await expectCode(adapter.getAppointments({ reference: '', token: '' }), 'auth-required');
    });

    it("lists a signed-in citizen's own bookings by the session id, reaching 90 days back, keeping no CPR", async () => {
      let session: Session | null = { id: 'mitid-uuid-1', name: 'Mette Hansen', cpr: CPR };
      const auth: AuthProvider = { getSession: async () => session, login: async () => {}, logout: async () => {} };
      const { adapter, clock } = quietAdapter({ auth });
      const slots = await slotsOf(adapter, '2026-11-24', '2026-11-24');
      const mine = await adapter.book(request(slots[0]!));
      session = { id: 'mitid-uuid-2', name: 'Someone Else' };
      await adapter.book(request(slots[1]!));
      session = null;
      await adapter.book(request(slots[2]!));
      session = { name: 'No Id' };
      expect(await adapter.getAppointments({}), 'a session without an id has no list').to.deep.equal([]);
      session = { id: 'mitid-uuid-1', name: 'Mette Hansen', cpr: CPR };
      const { token: _, ...withoutToken } = mine;
      expect(await adapter.getAppointments({})).to.deep.equal([withoutToken]);
      const json = JSON.stringify(adapter.snapshot());
      expect(json).to.contain('mitid-uuid-1');
      expect(json).to.not.contain(CPR);
      const restored = new MemoryAdapter({ now: clock.now, occupancy: 0, auth, state: adapter.snapshot() });
      expect(await restored.getAppointments({})).to.deep.equal([withoutToken]);
      clock.advance(90 * 86_400_000);
      expect(await adapter.getAppointments({}), 'still within 90 days of its end').to.have.length(1);
      clock.advance(2 * 86_400_000);
      expect(await adapter.getAppointments({}), 'ended more than 90 days ago').to.deep.equal([]);
    });

    it('moves an appointment, freeing the old slot and taking the new one', async () => {
      const { adapter, slots, reference, token } = await booked();
      const target = slots[3]!;
      const moved = await adapter.reschedule({ reference, token, slotId: target.id });
      expect(moved.start).to.equal(target.start);
      expect(moved.reference).to.equal(reference);
      const ids = (await slotsOf(adapter, '2026-11-24', '2026-11-24')).map((slot) => slot.id);
      expect(ids).to.include(slots[0]!.id);
      expect(ids).to.not.include(target.id);
      const [found] = await adapter.getAppointments({ reference, token });
      expect(found!.start).to.equal(target.start);
    });

    it('moves onto a held slot with its hold; without it, its own hold makes the slot taken', async () => {
      const { adapter, slots, reference, token } = await booked();
      const ids = { serviceId: 'pas-fornyelse', locationId: 'centrum' };
      const hold = await adapter.holdSlot!({ ...ids, slotId: slots[1]!.id });
      await expectCode(adapter.reschedule({ reference, token, slotId: slots[1]!.id }), 'slot-taken');
      const moved = await adapter.reschedule({ reference, token, slotId: slots[1]!.id, holdId: hold.id });
      expect(moved.start).to.equal(slots[1]!.start);
      expect(adapter.snapshot().holds).to.deep.equal([]);
    });

    it('moving to the time it already has changes nothing and gives a hold on that time back', async () => {
      const { adapter, slots, appointment, reference, token } = await booked({ capacity: 2 });
      const ids = { serviceId: 'pas-fornyelse', locationId: 'centrum' };
      const same = await adapter.holdSlot!({ ...ids, slotId: slots[0]!.id });
      const elsewhere = await adapter.holdSlot!({ ...ids, slotId: slots[1]!.id });
      const { token: _, ...unchanged } = appointment;
      expect(await adapter.reschedule({ reference, token, slotId: slots[0]!.id, holdId: same.id })).to.deep.include(unchanged);
      await adapter.reschedule({ reference, token, slotId: slots[0]!.id, holdId: elsewhere.id });
      expect(adapter.snapshot().holds.map((hold) => hold.id)).to.deep.equal([elsewhere.id]);
    });

    it('refuses a move with a lapsed hold or a hold for another slot, leaving the appointment', async () => {
      const { adapter, clock, slots, appointment, reference, token } = await booked({ holdSeconds: 60 });
      const ids = { serviceId: 'pas-fornyelse', locationId: 'centrum' };
      const other = await adapter.holdSlot!({ ...ids, slotId: slots[2]!.id });
      await expectCode(adapter.reschedule({ reference, token, slotId: slots[1]!.id, holdId: other.id }), 'slot-taken');
      const lapsing = await adapter.holdSlot!({ ...ids, slotId: slots[1]!.id });
      clock.advance(61_000);
      await expectCode(adapter.reschedule({ reference, token, slotId: slots[1]!.id, holdId: lapsing.id }), 'slot-taken');
      expect(await adapter.getAppointments({ reference, token })).to.deep.equal([appointment]);
      expect(adapter.snapshot().holds.map((hold) => hold.id)).to.deep.equal([]);
    });

    it('leaves the appointment where it was when the new slot is taken', async () => {
      const { adapter, slots, appointment, reference, token } = await booked();
      adapter.takeSlot(slots[2]!.id);
      await expectCode(adapter.reschedule({ reference, token, slotId: slots[2]!.id }), 'slot-taken');
      expect(await adapter.getAppointments({ reference, token })).to.deep.equal([appointment]);
    });

    it('refuses moves to another service, without the token, or with a wrong one', async () => {
      const { adapter, reference, token } = await booked();
      const other = await firstSlot(adapter, 'pas-voksen');
      const error = await expectCode(adapter.reschedule({ reference, token, slotId: other.id }), 'validation');
      expect(error.fields).to.deep.equal({ slotId: 'service-mismatch' });
      const target = (await firstSlot(adapter)).id;
      await expectCode(adapter.reschedule({ reference, slotId: target }), 'auth-required');
      await expectCode(adapter.reschedule({ reference, token: 'x', slotId: target }), 'not-found');
      await expectCode(adapter.cancel({ reference }), 'auth-required');
    });

    it('cancels idempotently and frees the slot', async () => {
      const { adapter, slots, reference, token } = await booked();
      const cancelled = await adapter.cancel({ reference, token });
      expect(cancelled.status).to.equal('cancelled');
      expect((await adapter.cancel({ reference, token })).status).to.equal('cancelled');
      expect((await firstSlot(adapter)).id).to.equal(slots[0]!.id);
      const [found] = await adapter.getAppointments({ reference, token });
      expect(found!.status).to.equal('cancelled');
      const error = await expectCode(adapter.reschedule({ reference, token, slotId: slots[1]!.id }), 'validation');
      expect(error.fields).to.deep.equal({ reference: 'cancelled' });
      await expectCode(adapter.cancel({ reference: 'BT-ZZZZZZ', token }), 'not-found');
    });
  });

  describe('holds', () => {
    it('hides a held slot from others until it lapses with the clock', async () => {
      const { adapter, clock } = quietAdapter({ holdSeconds: 300 });
      const slot = await firstSlot(adapter);
      const hold = await adapter.holdSlot!({ slotId: slot.id, serviceId: slot.serviceId, locationId: slot.locationId });
      expect(hold.slotId).to.equal(slot.id);
      expect(Date.parse(hold.expiresAt)).to.equal(Date.parse(MONDAY_0900) + 300_000);
      expect((await firstSlot(adapter)).id).to.not.equal(slot.id);
      await expectCode(adapter.book(request(slot)), 'slot-taken');
      await expectCode(
        adapter.holdSlot!({ slotId: slot.id, serviceId: slot.serviceId, locationId: slot.locationId }),
        'slot-taken',
      );
      clock.advance(300_000);
      expect((await firstSlot(adapter)).id).to.equal(slot.id);
    });

    it('frees the slot on release, and release is idempotent', async () => {
      const { adapter } = quietAdapter();
      const slot = await firstSlot(adapter);
      const hold = await adapter.holdSlot!({ slotId: slot.id, serviceId: slot.serviceId, locationId: slot.locationId });
      await adapter.releaseHold!({ holdId: hold.id });
      await adapter.releaseHold!({ holdId: hold.id });
      expect((await firstSlot(adapter)).id).to.equal(slot.id);
    });

    it('books a held slot with its hold, and refuses a lapsed hold', async () => {
      const { adapter, clock } = quietAdapter();
      const [a, b] = await slotsOf(adapter, '2026-11-24', '2026-11-24');
      const hold = await adapter.holdSlot!({ slotId: a!.id, serviceId: a!.serviceId, locationId: a!.locationId });
      const appointment = await adapter.book(request(a!, { holdId: hold.id }));
      expect(appointment.start).to.equal(a!.start);
      expect(adapter.snapshot().holds).to.deep.equal([]);

      const late = await adapter.holdSlot!({ slotId: b!.id, serviceId: b!.serviceId, locationId: b!.locationId });
      clock.advance(601_000);
      const error = await expectCode(adapter.book(request(b!, { holdId: late.id })), 'slot-taken');
      expect(error.message).to.match(/hold/);
    });

    it('can be switched off', async () => {
      const { adapter } = quietAdapter({ holds: false });
      expect(adapter.holdSlot).to.equal(undefined);
      expect(adapter.releaseHold).to.equal(undefined);
    });
  });

  describe('aborting', () => {
    it('rejects an already aborted call with network "aborted", and books nothing', async () => {
      const { adapter } = quietAdapter();
      const slot = await firstSlot(adapter);
      const controller = new AbortController();
      controller.abort();
      const error = await expectCode(adapter.book(request(slot), { signal: controller.signal }), 'network');
      expect(error.message).to.equal('aborted');
      expect(adapter.snapshot().bookings).to.deep.equal([]);
    });

    it('rejects when aborted during the simulated latency, and books nothing', async () => {
      const { adapter } = quietAdapter({ latencyMs: 50 });
      const slot = await firstSlot(adapter);
      const controller = new AbortController();
      const call = adapter.book(request(slot), { signal: controller.signal });
      setTimeout(() => controller.abort(), 5);
      await expectCode(call, 'network');
      expect(adapter.snapshot().bookings).to.deep.equal([]);
    });

    it('maps a timeout to timeout, and passes a BookingError reason through', async () => {
      const { adapter } = quietAdapter({ latencyMs: 200 });
      await expectCode(adapter.getLocations({ signal: AbortSignal.timeout(5) }), 'timeout');
      const controller = new AbortController();
      const reason = new BookingError('unavailable', 'closing down');
      controller.abort(reason);
      expect(await rejection(adapter.getLocations({ signal: controller.signal }))).to.equal(reason);
    });
  });

  describe('state', () => {
    it('snapshots bookings as JSON without the CPR number, and restores them', async () => {
      const changes: MemoryState[] = [];
      const { adapter, clock } = quietAdapter({ onChange: (state) => changes.push(state) });
      const slot = await firstSlot(adapter);
      const child = await firstSlot(adapter, 'pas-barn');
      const appointment = await adapter.book(request(slot));
      await adapter.book(
        request(child, {
          citizen: { name: 'Mette Hansen', cpr: CPR, phone: '+45 12 34 56 78' },
          onBehalfOf: { relation: 'child', name: 'Ida Hansen', cpr: '1503151234' },
        }),
      );
      const snapshot = adapter.snapshot();
      const json = JSON.stringify(snapshot);
      expect(json).to.not.contain(CPR);
      expect(json).to.not.contain('1503151234');
      expect(json).to.not.contain('12 34 56 78');
      expect(json).to.not.contain('mette@example.dk');
      expect(JSON.stringify(changes)).to.not.contain(CPR);
      expect(changes).to.have.length(2);

      const restored = MemoryAdapter.fromSnapshot(JSON.parse(json) as MemoryState, { now: clock.now, occupancy: 0 });
      const [found] = await restored.getAppointments({ reference: appointment.reference, token: appointment.token! });
      expect(found).to.deep.equal(appointment);
      expect((await firstSlot(restored)).id).to.not.equal(slot.id);
    });

    it('keeps only known fields of an imported state, and refuses a foreign shape', async () => {
      const { adapter, clock } = quietAdapter();
      const slot = await firstSlot(adapter);
      await adapter.book(request(slot));
      const tampered = adapter.snapshot() as unknown as { bookings: Array<Record<string, unknown>> };
      tampered.bookings[0]!.cpr = CPR;
      const restored = new MemoryAdapter({ now: clock.now, state: tampered as unknown as MemoryState });
      expect(JSON.stringify(restored.snapshot())).to.not.contain(CPR);
      expect(() => new MemoryAdapter({ state: { version: 9 } as unknown as MemoryState })).to.throw(BookingError);
    });

    it('fails the next call on demand, for error-state stories', async () => {
      const { adapter } = quietAdapter();
      adapter.failNext('unavailable', 'getAvailability');
      await adapter.getLocations();
      await expectCode(
        adapter.getAvailability({ serviceId: 'flytning', locationId: 'nord', from: '2026-12-01', to: '2026-12-02' }),
        'unavailable',
      );
      await adapter.getAvailability({ serviceId: 'flytning', locationId: 'nord', from: '2026-12-01', to: '2026-12-02' });
    });
  });
});
