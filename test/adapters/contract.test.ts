import { expect } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { createHandlers, setupBrowserMocks } from '../../src/mocks/index.js';
import type { BookingAdapter } from '../../src/core/adapter.js';
import { clockAt } from '../../src/core/clock.js';
import { BookingError } from '../../src/core/errors.js';
import { MAX_RANGE_DAYS } from '../../src/core/schedule.js';
import { addDays, daysBetween } from '../../src/core/time.js';
import type { Slot } from '../../src/core/types.js';
import { adapterContract as contractCases, ContractViolation } from '../../src/testing/index.js';
import { adapterContract, contractClock, testAuth, type ContractSubject } from './contract.js';

adapterContract('MemoryAdapter', async () => {
  const auth = testAuth();
  const adapter = new MemoryAdapter({ now: contractClock, auth });
  return { adapter, takeSlot: (slotId) => adapter.takeSlot(slotId), signIn: auth.signIn };
});

// A backend that seats several citizens per slot (a vendor's stranger test failed the suite on one).
adapterContract('MemoryAdapter, three places a slot', async () => {
  const auth = testAuth();
  const adapter = new MemoryAdapter({ now: contractClock, auth, capacity: 3 });
  return { adapter, takeSlot: (slotId) => adapter.takeSlot(slotId), signIn: auth.signIn };
});

describe('over HTTP', () => {
  const baseUrl = 'https://booking.example.test/api';
  let worker: SetupWorker;

  before(async () => {
    worker = await setupBrowserMocks({ baseUrl, adapter: new MemoryAdapter({ now: contractClock }) });
  });

  after(() => worker.stop());

  adapterContract('RestAdapter + msw + MemoryAdapter', async () => {
    // A fresh backend per test behind the one worker; its session stands for the server's sign-in cookie.
    const auth = testAuth();
    const backend = new MemoryAdapter({ now: contractClock, auth });
    worker.resetHandlers(...createHandlers({ baseUrl, adapter: backend }));
    return { adapter: new RestAdapter({ baseUrl }), takeSlot: (slotId) => backend.takeSlot(slotId), signIn: auth.signIn };
  });
});

/**
 * The contract must fail an adapter that breaks it: each MemoryAdapter below breaks one rule,
 * and the case about that rule must fail with a message that says what went wrong.
 */
describe('BookingAdapter contract: catches broken adapters', () => {
  type Breakage = (inner: MemoryAdapter) => Partial<BookingAdapter>;

  /** A MemoryAdapter with the methods `breakage` answers replaced. */
  function brokenSubject(breakage: Breakage): ContractSubject {
    const auth = testAuth();
    const inner = new MemoryAdapter({ now: contractClock, auth });
    const adapter: BookingAdapter = {
      getLocations: (options) => inner.getLocations(options),
      getServices: (query, options) => inner.getServices(query, options),
      getAvailability: (query, options) => inner.getAvailability(query, options),
      book: (request, options) => inner.book(request, options),
      getAppointments: (query, options) => inner.getAppointments(query, options),
      reschedule: (query, options) => inner.reschedule(query, options),
      cancel: (query, options) => inner.cancel(query, options),
      auth,
      ...breakage(inner),
    };
    return { adapter, takeSlot: (slotId) => inner.takeSlot(slotId), signIn: auth.signIn };
  }

  /** The message the case named `name` fails with against the broken adapter. */
  async function failure(name: string, breakage: Breakage, callTimeout?: number): Promise<string> {
    const cases = contractCases({ makeAdapter: () => brokenSubject(breakage), clock: clockAt(contractClock), callTimeout });
    const entry = cases.find((candidate) => candidate.name.startsWith(name));
    if (!entry) throw new Error(`no contract case "${name}"`);
    try {
      await entry.run();
    } catch (error) {
      expect(error, 'fails with a ContractViolation').to.be.instanceOf(ContractViolation);
      return (error as Error).message;
    }
    throw new Error(`the case "${entry.name}" passed the broken adapter`);
  }

  const SLOTS_CASE = 'answers slots and closed days within the inclusive range';
  const UNIQUE_CASE = 'answers each location and each service once';
  const mapSlots =
    (change: (slots: Slot[]) => Slot[]): Breakage =>
    (inner) => ({
      getAvailability: async (query, options) => {
        const answer = await inner.getAvailability(query, options);
        return { ...answer, slots: change(answer.slots) };
      },
    });

  it('fails a fee that is not a number', async () => {
    const message = await failure('lists services', (inner) => ({
      getServices: async (query, options) => {
        const [head, ...rest] = await inner.getServices(query, options);
        return [{ ...head!, fee: '250 kr.' as unknown as number }, ...rest];
      },
    }));
    expect(message).to.contain('has the fee "250 kr.", not a number of kroner');
  });

  it('fails an errand that only the Danish answer has', async () => {
    const message = await failure('answers the same offices and errands in Danish and English', (inner) => ({
      getServices: async (query, options) => {
        const services = await inner.getServices(query, options);
        return options?.lang === 'en' ? services.slice(1) : services;
      },
    }));
    expect(message).to.contain('the service ids at');
  });

  it('fails duplicate location, service and slot ids', async () => {
    const twiceOffice = await failure(UNIQUE_CASE, (inner) => ({
      getLocations: async (options) => {
        const locations = await inner.getLocations(options);
        return [...locations, locations[0]!];
      },
    }));
    expect(twiceOffice).to.match(/^location id ".+" is answered twice/);
    const twiceErrand = await failure(UNIQUE_CASE, (inner) => ({
      getServices: async (query, options) => {
        const services = await inner.getServices(query, options);
        return [...services, services[0]!];
      },
    }));
    expect(twiceErrand).to.match(/^service id ".+" is answered twice/);
    const twiceSlot = await failure(
      SLOTS_CASE,
      mapSlots((slots) => [...slots, { ...slots[0]!, start: slots.at(-1)!.start, end: slots.at(-1)!.end }]),
    );
    expect(twiceSlot).to.match(/^slot id ".+" is answered twice/);
  });

  it('fails slot times in another offset than Copenhagen’s', async () => {
    const utc = await failure(
      SLOTS_CASE,
      mapSlots((slots) => slots.map((slot) => ({ ...slot, start: new Date(slot.start).toISOString() }))),
    );
    expect(utc).to.match(
      /^the start of slot .+ is "2026-11-\d\dT\d\d:\d\d:00\.000Z", not in Copenhagen's offset: the contract has ".+\+01:00"$/,
    );
    const zero = await failure(
      SLOTS_CASE,
      mapSlots((slots) => slots.map((slot) => ({ ...slot, end: new Date(slot.end).toISOString().replace('.000Z', '+00:00') }))),
    );
    expect(zero).to.match(/^the end of slot .+ is ".+\+00:00", not in Copenhagen's offset/);
  });

  it('says what is wrong with a slot outside the range, not the rule', async () => {
    const message = await failure(
      SLOTS_CASE,
      mapSlots(([head, ...rest]) => [
        { ...head!, start: '2020-01-06T10:00:00+01:00', end: '2020-01-06T10:15:00+01:00' },
        ...rest,
      ]),
    );
    expect(message).to.match(/^slot .+ starts 2020-01-06, outside the asked range 2026-11-23–2026-12-06$/);
  });

  it(`fails a ${MAX_RANGE_DAYS + 1}-day range served, and a ${MAX_RANGE_DAYS}-day one refused`, async () => {
    const tooLong = await failure(`serves ${MAX_RANGE_DAYS} days`, (inner) => ({
      getAvailability: (query, options) => {
        const to = daysBetween(query.from, query.to) >= MAX_RANGE_DAYS ? addDays(query.from, MAX_RANGE_DAYS - 1) : query.to;
        return inner.getAvailability({ ...query, to }, options);
      },
    }));
    expect(tooLong).to.match(/^Expected a validation BookingError, got the answer/);
    const tooShort = await failure(`serves ${MAX_RANGE_DAYS} days`, (inner) => ({
      getAvailability: (query, options) =>
        daysBetween(query.from, query.to) >= MAX_RANGE_DAYS - 1
          ? Promise.reject(new BookingError('validation', 'too long', { fields: { to: 'range-too-long' } }))
          : inner.getAvailability(query, options),
    }));
    expect(tooShort).to.match(
      new RegExp(`^the ${MAX_RANGE_DAYS}-day range 2026-11-23–.+ was rejected with validation: too long, but ranges of up to`),
    );
  });

  it('fails a booking made although its signal had already aborted', async () => {
    const message = await failure('rejects a booking whose signal has already aborted', (inner) => ({
      book: (request) => inner.book(request),
    }));
    expect(message).to.match(/^Expected a network BookingError, got the answer/);
  });

  it('names the method and the rule when an adapter rejects with a raw error', async () => {
    const message = await failure('lists locations', () => ({
      getLocations: () => Promise.reject(new TypeError('Failed to fetch')),
    }));
    expect(message).to.equal(
      'getLocations rejected with TypeError: Failed to fetch — an adapter must reject with a BookingError (see README)',
    );
  });

  it('names the method that does not answer in time', async () => {
    const message = await failure(
      'rejects an unknown location',
      () => ({ getServices: () => new Promise<never>(() => undefined) }),
      50,
    );
    expect(message).to.equal('getServices did not answer within 50 ms');
  });
});
