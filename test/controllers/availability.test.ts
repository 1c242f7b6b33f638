import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AvailabilityController, FIRST_AVAILABLE_MONTHS, type MonthState } from '../../src/controllers/availability.js';
import { BookingError } from '../../src/core/errors.js';
import type { Availability } from '../../src/core/types.js';
import { FakeAdapter, morningOf, office, slot } from '../components/slot-calendar/fake-adapter.js';

/** Just enough of a Lit element to hold controllers: counts update requests. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  disconnect(): void {
    this.controllers.forEach((controller) => controller.hostDisconnected?.());
  }
}

/** Idle callbacks the test runs by hand. */
class Idle {
  readonly waiting = new Set<() => void>();
  readonly schedule = (callback: () => void): (() => void) => {
    this.waiting.add(callback);
    return () => this.waiting.delete(callback);
  };
  run(): void {
    const callbacks = [...this.waiting];
    this.waiting.clear();
    callbacks.forEach((callback) => callback());
  }
}

/** Lets settled promises run their callbacks. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(adapter = new FakeAdapter(office()), today = '2026-12-01') {
  const host = new Host();
  const idle = new Idle();
  const clock = morningOf(today);
  const settled: Array<[string, MonthState['status']]> = [];
  const availability = new AvailabilityController(host, {
    clock: () => clock,
    whenIdle: idle.schedule,
    onShownSettled: (month, state) => settled.push([month, state.status]),
  });
  availability.configure({ adapter, service: 'pas', location: 'centrum' });
  return { host, idle, clock, settled, availability, adapter };
}

const empty = (): Availability => ({ slots: [], closedDays: [] });

describe('AvailabilityController: the shown month', () => {
  it('asks for the whole month with an abort signal, then renders it complete and tells the host', async () => {
    const { availability, adapter, host, settled } = setup();
    availability.show('2026-12');
    expect(adapter.calls[0]!.query).to.deep.equal({
      serviceId: 'pas',
      locationId: 'centrum',
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(adapter.calls[0]!.signal).to.be.instanceOf(AbortSignal);
    expect(availability.state('2026-12')).to.deep.equal({ status: 'pending' });
    const before = host.updates;
    await flush();
    expect(availability.state('2026-12')?.status).to.equal('complete');
    expect(host.updates).to.be.greaterThan(before);
    expect(settled).to.deep.equal([['2026-12', 'complete']]);
    expect(availability.slotsOn('2026-12-01').map((s) => s.start)).to.deep.equal([
      '2026-12-01T09:00:00+01:00',
      '2026-12-01T10:15:00+01:00',
      '2026-12-01T13:30:00+01:00',
      '2026-12-01T17:00:00+01:00',
    ]);
  });

  it('drops what the checked adapter drops: times that have started by the host’s clock', async () => {
    const { availability, clock } = setup(undefined, '2026-12-01');
    // 09.00: the first time of the day has just started.
    clock.set('2026-12-01T08:00:00Z');
    availability.show('2026-12');
    await flush();
    expect(availability.slotsOn('2026-12-01').map((s) => s.start)).to.deep.equal([
      '2026-12-01T10:15:00+01:00',
      '2026-12-01T13:30:00+01:00',
      '2026-12-01T17:00:00+01:00',
    ]);
  });

  it('is not configured until adapter, service and location are all known', () => {
    const availability = new AvailabilityController(new Host());
    expect(availability.configured).to.equal(false);
    availability.show('2026-12');
    expect(availability.state('2026-12')).to.equal(undefined);
  });

  it('summarises the month through core summarizeMonth on the clock’s today', async () => {
    const open = office({ lastOpen: '2026-12-29' });
    const adapter = new FakeAdapter((query) => {
      const answer = open(query) as Availability;
      // A day whose only slot is taken reads as full, not as available.
      return { ...answer, slots: [...answer.slots, { ...slot('2026-12-30', '10:00'), remaining: 0 }] };
    });
    const { availability, clock } = setup(adapter, '2026-12-03');
    availability.show('2026-12');
    await flush();
    const data = availability.data('2026-12')!;
    const days = data.days(availability.today);
    expect(days.get('2026-12-01')).to.deep.equal({ state: 'past', count: 0 });
    expect(days.get('2026-12-03')).to.deep.equal({ state: 'available', count: 4 });
    expect(days.get('2026-12-25')).to.deep.equal({ state: 'closed', count: 0, reason: 'Juledag' });
    expect(days.get('2026-12-30')).to.deep.equal({ state: 'full', count: 0 });
    expect(days.get('2026-12-31')).to.deep.equal({ state: 'none', count: 0 });
    // Weekdays 3–23 and 28–29 December less Christmas Eve: 17 days × 4 times.
    expect(data.freeCount(availability.today)).to.equal(68);
    // A day later, the 3rd is past too.
    clock.advance(24 * 60 * 60 * 1000);
    expect(data.freeCount(availability.today)).to.equal(64);
  });

  it('takes an answer without lists as invalid-response, which the host offers to retry', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const { availability } = setup(new FakeAdapter(() => ({}) as Availability));
      availability.show('2026-12');
      await flush();
      const state = availability.state('2026-12');
      expect(state?.status === 'error' && (state.error as BookingError).code).to.equal('invalid-response');
    } finally {
      console.warn = warn;
    }
  });
});

describe('AvailabilityController: cache', () => {
  it('answers a month it has from the cache, and shares one request between callers', async () => {
    const { availability, adapter } = setup(new FakeAdapter());
    availability.show('2026-12');
    availability.show('2026-12');
    const one = availability.load('2026-12');
    expect(adapter.calls).to.have.length(1);
    adapter.call('2026-12').resolve(empty());
    const data = await one;
    expect(await availability.load('2026-12')).to.equal(data);
    availability.show('2027-01');
    availability.show('2026-12');
    expect(adapter.months.filter((month) => month === '2026-12')).to.have.length(1);
  });

  it('keeps a cache per service and location, and per adapter', async () => {
    const { availability, adapter } = setup();
    availability.show('2026-12');
    await flush();
    availability.configure({ adapter, service: 'koerekort', location: 'centrum' });
    availability.show('2026-12');
    expect(adapter.calls.at(-1)!.query.serviceId).to.equal('koerekort');
    await flush();
    const calls = adapter.calls.length;
    availability.configure({ adapter, service: 'pas', location: 'centrum' });
    availability.show('2026-12');
    expect(adapter.calls).to.have.length(calls);
    expect(availability.state('2026-12')?.status).to.equal('complete');

    const other = new FakeAdapter(office());
    availability.configure({ adapter: other, service: 'pas', location: 'centrum' });
    availability.show('2026-12');
    expect(other.months).to.deep.equal(['2026-12']);
  });

  it('refresh() forgets every answer and asks for the shown month again', async () => {
    const { availability, adapter } = setup();
    availability.show('2026-12');
    await flush();
    availability.refresh();
    expect(adapter.months).to.deep.equal(['2026-12', '2026-12']);
    expect(availability.state('2026-12')).to.deep.equal({ status: 'pending' });
    await flush();
    expect(availability.state('2026-12')?.status).to.equal('complete');
  });
});

describe('AvailabilityController: superseded and stale answers', () => {
  it('aborts months no longer needed and drops their late answers', async () => {
    const { availability, adapter, settled } = setup(new FakeAdapter());
    availability.show('2026-12');
    availability.show('2027-01');
    availability.show('2027-02');
    const december = adapter.call('2026-12');
    const january = adapter.call('2027-01');
    const february = adapter.call('2027-02');
    expect(december.signal!.aborted, 'December').to.equal(true);
    expect(january.signal!.aborted, 'January').to.equal(true);
    expect(february.signal!.aborted, 'February').to.equal(false);
    // A backend that ignores the abort answers anyway: nothing of it is kept.
    december.resolve({ slots: [slot('2026-12-03', '09:00')], closedDays: [] });
    february.resolve({ slots: [slot('2027-02-03', '10:00')], closedDays: [] });
    await flush();
    expect(availability.state('2026-12')).to.equal(undefined);
    expect(availability.data('2027-02')!.slotsOn('2027-02-03')).to.have.length(1);
    expect(settled).to.deep.equal([['2027-02', 'complete']]);
  });

  it('keeps the month after the shown one (the prefetch) from being aborted', () => {
    const { availability, adapter } = setup(new FakeAdapter());
    availability.show('2026-12');
    availability.load('2027-01').catch(() => undefined);
    availability.show('2026-12');
    expect(adapter.call('2027-01').signal!.aborted).to.equal(false);
  });

  it('drops an answer that comes after a refresh, unaborted or not', async () => {
    const { availability, adapter } = setup(new FakeAdapter());
    availability.show('2026-12');
    const old = adapter.call('2026-12');
    availability.refresh();
    const fresh = adapter.call('2026-12');
    expect(old.signal!.aborted).to.equal(true);
    old.resolve({ slots: [slot('2026-12-03', '09:00')], closedDays: [] });
    await flush();
    expect(availability.state('2026-12')).to.deep.equal({ status: 'pending' });
    fresh.resolve(empty());
    await flush();
    expect(availability.data('2026-12')!.slotsOn('2026-12-03')).to.deep.equal([]);
  });

  it('drops an old source’s answers when the service changes', async () => {
    const { availability, adapter } = setup(new FakeAdapter());
    availability.show('2026-12');
    const pas = adapter.call('2026-12');
    availability.configure({ adapter, service: 'koerekort', location: 'centrum' });
    availability.show('2026-12');
    expect(pas.signal!.aborted).to.equal(true);
    pas.resolve({ slots: [slot('2026-12-03', '09:00')], closedDays: [] });
    await flush();
    expect(availability.state('2026-12')).to.deep.equal({ status: 'pending' });
  });

  it('aborts everything in flight when the host leaves the page, and asks again when it returns', async () => {
    const { availability, adapter, host } = setup(new FakeAdapter());
    availability.show('2026-12');
    host.disconnect();
    expect(adapter.call('2026-12').signal!.aborted).to.equal(true);
    const updates = host.updates;
    host.controllers.forEach((controller) => controller.hostConnected?.());
    expect(host.updates).to.be.greaterThan(updates);
    availability.show('2026-12');
    expect(adapter.months).to.deep.equal(['2026-12', '2026-12']);
  });
});

describe('AvailabilityController: errors', () => {
  it('keeps a failed month failed until retry(), and tells the host once', async () => {
    const { availability, adapter, settled } = setup(new FakeAdapter());
    availability.show('2026-12');
    const error = new BookingError('unavailable', 'down');
    adapter.call('2026-12').reject(error);
    await flush();
    expect(availability.state('2026-12')).to.deep.equal({ status: 'error', error });
    expect(settled).to.deep.equal([['2026-12', 'error']]);
    availability.show('2026-12');
    expect(adapter.calls).to.have.length(1);
    availability.retry();
    expect(adapter.calls).to.have.length(2);
    adapter.call('2026-12').resolve(empty());
    await flush();
    expect(availability.state('2026-12')?.status).to.equal('complete');
  });

  it('rejects load() when not configured', async () => {
    const availability = new AvailabilityController(new Host());
    let failed = false;
    await availability.load('2026-12').catch(() => (failed = true));
    expect(failed).to.equal(true);
  });
});

describe('AvailabilityController: idle prefetch', () => {
  it('fetches the next month when idle once the shown one is in', async () => {
    const { availability, adapter, idle } = setup();
    availability.show('2026-12');
    expect(idle.waiting.size).to.equal(0);
    await flush();
    expect(idle.waiting.size).to.equal(1);
    expect(adapter.months).to.deep.equal(['2026-12']);
    idle.run();
    expect(adapter.months).to.deep.equal(['2026-12', '2027-01']);
    await flush();
    // Showing January (cached) prefetches February, and nothing is asked twice.
    availability.show('2027-01');
    idle.run();
    availability.show('2026-12');
    idle.run();
    expect(adapter.months).to.deep.equal(['2026-12', '2027-01', '2027-02']);
  });

  it('does not prefetch for a month the citizen has left', async () => {
    const { availability, adapter, idle } = setup(new FakeAdapter(office()));
    availability.show('2026-12');
    await flush();
    availability.show('2027-03');
    idle.run();
    expect(adapter.months).to.deep.equal(['2026-12', '2027-03']);
  });
});

describe('AvailabilityController: first available', () => {
  it('searches month by month through the cache and finds the earliest free time', async () => {
    const { availability, adapter, host } = setup(new FakeAdapter(office({ firstOpen: '2027-02-01' })));
    availability.show('2026-12');
    await flush();
    const updates = host.updates;
    const search = availability.findFirstAvailable();
    expect(availability.search).to.deep.equal({ status: 'searching' });
    expect(host.updates).to.be.greaterThan(updates);
    const outcome = await search;
    expect(outcome?.status).to.equal('found');
    expect(outcome).to.deep.include({ date: '2027-02-01' });
    expect(outcome?.status === 'found' && outcome.slot.start).to.equal('2027-02-01T09:00:00+01:00');
    expect(availability.search).to.deep.equal(outcome);
    expect(adapter.months).to.deep.equal(['2026-12', '2027-01', '2027-02']);
  });

  it('skips past days and closed days', async () => {
    const { availability } = setup(new FakeAdapter(office()), '2026-12-24');
    const outcome = await availability.findFirstAvailable();
    expect(outcome).to.deep.include({ date: '2026-12-28' });
  });

  it(`says none after ${FIRST_AVAILABLE_MONTHS} empty months`, async () => {
    const { availability, adapter } = setup(new FakeAdapter(empty));
    const outcome = await availability.findFirstAvailable();
    expect(outcome).to.deep.equal({ status: 'none' });
    expect(availability.search).to.deep.equal({ status: 'none' });
    expect(adapter.months).to.deep.equal(['2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05']);
  });

  it('ends in error when a month fails; a new search asks for the failed month again', async () => {
    let fail = true;
    const answer = office({ firstOpen: '2027-01-04' });
    const adapter = new FakeAdapter((query) => {
      if (query.from.startsWith('2027-01') && fail) throw new BookingError('network', 'offline');
      return answer(query);
    });
    const { availability } = setup(adapter, '2026-12-30');
    const failed = await availability.findFirstAvailable();
    expect(failed?.status).to.equal('error');
    expect(availability.search.status).to.equal('error');
    fail = false;
    const found = await availability.findFirstAvailable();
    expect(found).to.deep.include({ date: '2027-01-04' });
  });

  it('cancelSearch() stops a running search: it resolves with nothing and leaves no outcome', async () => {
    const { availability, adapter } = setup(new FakeAdapter());
    const search = availability.findFirstAvailable();
    expect(await availability.findFirstAvailable(), 'one search at a time').to.equal(undefined);
    availability.cancelSearch();
    expect(availability.search).to.deep.equal({ status: 'idle' });
    adapter.call('2026-12').resolve(office()(adapter.calls[0]!.query) as Availability);
    expect(await search).to.equal(undefined);
    expect(availability.search).to.deep.equal({ status: 'idle' });
  });

  it('cancelSearch() keeps a finished search’s outcome; clearSearch() forgets it', async () => {
    const { availability } = setup(new FakeAdapter(empty));
    await availability.findFirstAvailable();
    availability.cancelSearch();
    expect(availability.search.status).to.equal('none');
    availability.clearSearch();
    expect(availability.search.status).to.equal('idle');
  });

  it('keeps the month a search waits for from being aborted by show()', async () => {
    const { availability, adapter } = setup(new FakeAdapter());
    availability.show('2026-12');
    adapter.call('2026-12').resolve(empty());
    await flush();
    const search = availability.findFirstAvailable();
    await flush();
    // The search is at February (January is the prefetch month either way).
    adapter.call('2027-01').resolve(empty());
    await flush();
    availability.show('2026-12');
    expect(adapter.call('2027-02').signal!.aborted).to.equal(false);
    availability.cancelSearch();
    expect(await search).to.equal(undefined);
  });
});
