import { TestHost } from '../support/test-host.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { BookingAdapter } from '../../src/core/adapter.js';
import { BookingError } from '../../src/core/errors.js';
import type { Location } from '../../src/core/types.js';
import { CatalogueController } from '../../src/controllers/catalogue.js';
import { ManualClock } from '../support/manual-clock.js';
import { FakeAdapter, centrum, deferred, drivingLicence, nord, passport } from '../components/service-picker/fake-adapter.js';

/** 23:30 UTC on the 10th: already the 11th in Copenhagen. */
const NOW = '2026-03-10T23:30:00Z';

function setup(clock = new ManualClock(NOW)): { host: TestHost; catalogue: CatalogueController; clock: ManualClock } {
  const host = new TestHost();
  const catalogue = new CatalogueController(host, () => clock);
  host.connect();
  return { host, catalogue, clock };
}

/** Lets the fake adapter's answers (a few promise turns) come in. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('CatalogueController', () => {
  it('is idle without an adapter, and ready at once', async () => {
    const { catalogue } = setup();
    await catalogue.load(undefined);
    await catalogue.ready;
    expect(catalogue.status).to.equal('idle');
    expect(catalogue.locations).to.deep.equal([]);
    expect(catalogue.services).to.deep.equal([]);
  });

  it('loads offices and services in parallel, and answers questions about them', async () => {
    const { host, catalogue } = setup();
    const adapter = new FakeAdapter();
    const hold = adapter.hold();
    void catalogue.load(adapter);
    expect(catalogue.status).to.equal('loading');
    expect(adapter.calls).to.deep.include({ getLocations: 1, getServices: 1 });
    const updatesWhileLoading = host.updates;
    hold.resolve();
    await catalogue.ready;
    expect(catalogue.status).to.equal('ready');
    expect(host.updates).to.be.greaterThan(updatesWhileLoading);
    expect(catalogue.adapter).to.equal(adapter);
    expect(catalogue.scope).to.equal(undefined);
    expect(adapter.serviceQueries).to.deep.equal([{}]);
    expect(catalogue.locations.map((location) => location.id)).to.deep.equal(['centrum', 'nord']);
    expect(catalogue.service('pas-fornyelse')?.name).to.equal(passport.name);
    expect(catalogue.location('nord')?.name).to.equal(nord.name);
    expect(catalogue.servicesAt('nord').map((service) => service.id)).not.to.include(drivingLicence.id);
    expect(catalogue.servicesAt('centrum').map((service) => service.id)).to.include(drivingLicence.id);
    expect(catalogue.locationsOffering(drivingLicence.id).map((location) => location.id)).to.deep.equal(['centrum']);
    expect(catalogue.locationsOffering(passport.id).map((location) => location.id)).to.deep.equal(['centrum', 'nord']);
    expect(catalogue.locationsOffering('findes-ikke')).to.deep.equal([]);
  });

  it('asks for the services of a preselected office, and for all when the office does not exist', async () => {
    const { catalogue } = setup();
    const adapter = new FakeAdapter();
    await catalogue.load(adapter, { locationId: 'nord' });
    expect(adapter.serviceQueries).to.deep.equal([{ locationId: 'nord' }]);
    expect(catalogue.scope).to.equal('nord');

    const other = new FakeAdapter();
    await catalogue.load(other, { locationId: 'månen' });
    expect(other.serviceQueries).to.deep.equal([{ locationId: 'månen' }, {}]);
    expect(catalogue.scope).to.equal(undefined);
    expect(catalogue.services).to.have.length(4);
  });

  it('reports an error and loads again on retry', async () => {
    const { catalogue } = setup();
    const adapter = new FakeAdapter();
    adapter.failNext('network', 2);
    await catalogue.load(adapter);
    expect(catalogue.status).to.equal('error');
    expect(catalogue.error).to.be.instanceOf(BookingError);
    expect((catalogue.error as BookingError).code).to.equal('network');

    const retried = catalogue.retry();
    expect(catalogue.status).to.equal('loading');
    await retried;
    expect(catalogue.status).to.equal('ready');
    expect(catalogue.error).to.equal(undefined);
    expect(adapter.calls).to.deep.include({ getLocations: 2, getServices: 2 });
  });

  it('loads the services of another office, with its own error and retry', async () => {
    const { catalogue } = setup();
    const adapter = new FakeAdapter();
    await catalogue.load(adapter);
    adapter.failNext('timeout');
    const loading = catalogue.loadServices('nord');
    expect(catalogue.servicesStatus).to.equal('loading');
    await loading;
    expect(catalogue.servicesStatus).to.equal('error');
    expect((catalogue.servicesError as BookingError).code).to.equal('timeout');
    expect(catalogue.status, 'the offices stay loaded').to.equal('ready');

    await catalogue.retry();
    expect(catalogue.servicesStatus).to.equal('ready');
    expect(catalogue.scope).to.equal('nord');
    expect(adapter.serviceQueries.at(-1)).to.deep.equal({ locationId: 'nord' });
    expect(catalogue.services.map((service) => service.id)).not.to.include(drivingLicence.id);
  });

  it('aborts a load and drops its late answer when the adapter changes', async () => {
    const { catalogue } = setup();
    // An adapter that ignores abort signals, as a third-party one might.
    const late = deferred<Location[]>();
    const stubborn: BookingAdapter = {
      ...new FakeAdapter(),
      getLocations: () => late.promise,
      getServices: async () => [passport],
      getAvailability: async () => ({ slots: [], closedDays: [] }),
      book: () => Promise.reject(new Error('unused')),
      getAppointments: () => Promise.reject(new Error('unused')),
      reschedule: () => Promise.reject(new Error('unused')),
      cancel: () => Promise.reject(new Error('unused')),
    };
    const first = catalogue.load(stubborn);
    const second = new FakeAdapter({ locations: [nord] });
    await catalogue.load(second);
    late.resolve([centrum]);
    await first;
    await settle();
    expect(catalogue.adapter).to.equal(second);
    expect(catalogue.locations.map((location) => location.id)).to.deep.equal(['nord']);
    expect(catalogue.status).to.equal('ready');
  });

  it('aborts the signals of a superseded load, and ready follows the newest load', async () => {
    const { catalogue } = setup();
    const first = new FakeAdapter();
    first.hold();
    void catalogue.load(first);
    const ready = catalogue.ready;
    const second = new FakeAdapter({ locations: [centrum] });
    const hold = second.hold();
    void catalogue.load(second);
    expect(first.signals).to.have.length(2);
    expect(first.signals.every((signal) => signal.aborted)).to.equal(true);
    let settled = false;
    void ready.then(() => (settled = true));
    await settle();
    expect(settled, 'not while the newest load is on its way').to.equal(false);
    hold.resolve();
    await ready;
    expect(catalogue.locations.map((location) => location.id)).to.deep.equal(['centrum']);
  });

  it('aborts when the host leaves the page and picks up again when it comes back', async () => {
    const { host, catalogue } = setup();
    const adapter = new FakeAdapter();
    const hold = adapter.hold();
    void catalogue.load(adapter);
    host.disconnect();
    expect(adapter.signals.every((signal) => signal.aborted)).to.equal(true);
    hold.resolve();
    await settle();
    expect(catalogue.status).to.equal('loading');
    host.connect();
    await catalogue.ready;
    expect(catalogue.status).to.equal('ready');
    expect(adapter.calls.getLocations).to.equal(2);
  });

  describe('look-ahead: no free times soon', () => {
    it('asks once the choice has rested, for today and the next 13 days, and names an office that has times', async () => {
      const { catalogue, clock } = setup();
      const adapter = new FakeAdapter({ fullyBooked: ['centrum'] });
      await catalogue.load(adapter);
      catalogue.lookAhead('flytning', 'centrum');
      clock.advance(200);
      catalogue.lookAhead('pas-fornyelse', 'centrum');
      clock.advance(299);
      expect(adapter.availabilityQueries).to.deep.equal([]);
      clock.advance(1);
      await waitUntil(() => catalogue.noTimesSoon, 'no answer');
      expect(adapter.availabilityQueries).to.deep.equal([
        { serviceId: 'pas-fornyelse', locationId: 'centrum', from: '2026-03-11', to: '2026-03-24' },
        { serviceId: 'pas-fornyelse', locationId: 'nord', from: '2026-03-11', to: '2026-03-24' },
      ]);
      expect(catalogue.noTimesSoon).to.deep.equal({
        serviceId: 'pas-fornyelse',
        locationId: 'centrum',
        alternativeId: 'nord',
      });

      // The same question is not asked again; another one forgets the answer.
      catalogue.lookAhead('pas-fornyelse', 'centrum');
      clock.advance(1000);
      expect(adapter.availabilityQueries).to.have.length(2);
      catalogue.lookAhead(undefined, 'centrum');
      expect(catalogue.noTimesSoon).to.equal(undefined);
    });

    it('asks no other office that does not offer the errand, and says nothing when there are free times', async () => {
      const { catalogue, clock } = setup();
      const adapter = new FakeAdapter({ fullyBooked: ['centrum'] });
      await catalogue.load(adapter);
      catalogue.lookAhead(drivingLicence.id, 'centrum');
      clock.advance(300);
      await waitUntil(() => catalogue.noTimesSoon, 'no answer');
      expect(adapter.availabilityQueries.map((query) => query.locationId)).to.deep.equal(['centrum']);
      expect(catalogue.noTimesSoon?.alternativeId).to.equal(undefined);

      catalogue.lookAhead('flytning', 'nord');
      clock.advance(300);
      await settle();
      expect(adapter.availabilityQueries.at(-1)?.locationId).to.equal('nord');
      expect(catalogue.noTimesSoon).to.equal(undefined);
    });

    it('aborts a question that is no longer asked and drops its answer', async () => {
      const { catalogue, clock } = setup();
      const adapter = new FakeAdapter({ fullyBooked: ['centrum', 'nord'] });
      const gate = deferred<void>();
      adapter.availabilityGate = gate;
      await catalogue.load(adapter);
      catalogue.lookAhead('pas-fornyelse', 'centrum');
      clock.advance(300);
      const signal = adapter.signals.at(-1)!;
      catalogue.lookAhead(undefined, undefined);
      expect(signal.aborted).to.equal(true);
      gate.resolve();
      await settle();
      expect(catalogue.noTimesSoon).to.equal(undefined);
    });

    it('does not look ahead with a single office, or before the catalogue is loaded', async () => {
      const { catalogue, clock } = setup();
      const adapter = new FakeAdapter({ locations: [nord], fullyBooked: ['nord'] });
      catalogue.lookAhead('flytning', 'nord');
      await catalogue.load(adapter);
      catalogue.lookAhead('flytning', 'nord');
      clock.advance(1000);
      await settle();
      expect(adapter.calls.getAvailability).to.equal(0);
    });

    it('keeps quiet when availability fails: it is only a hint', async () => {
      const { catalogue, clock } = setup();
      const adapter = new FakeAdapter();
      adapter.getAvailability = () => Promise.reject(new BookingError('unavailable', 'down'));
      await catalogue.load(adapter);
      catalogue.lookAhead('flytning', 'nord');
      clock.advance(300);
      await settle();
      expect(catalogue.noTimesSoon).to.equal(undefined);
    });

    it('asks again after the host comes back, if it left before the answer', async () => {
      const { host, catalogue, clock } = setup();
      const adapter = new FakeAdapter({ fullyBooked: ['centrum'] });
      await catalogue.load(adapter);
      catalogue.lookAhead('flytning', 'centrum');
      host.disconnect();
      clock.advance(1000);
      expect(adapter.calls.getAvailability).to.equal(0);
      host.connect();
      catalogue.lookAhead('flytning', 'centrum');
      clock.advance(300);
      await waitUntil(() => catalogue.noTimesSoon, 'not asked again');
    });
  });

  describe('through checkedAdapter', () => {
    const quiet = console.warn;
    beforeEach(() => (console.warn = () => undefined));
    afterEach(() => (console.warn = quiet));

    it('puts the host’s timeout on every call: a backend that never answers ends in timeout', async () => {
      const { host, catalogue } = setup();
      Object.assign(host, { timeout: 30 });
      const adapter = new FakeAdapter();
      adapter.hold();
      await catalogue.load(adapter);
      expect(catalogue.status).to.equal('error');
      expect((catalogue.error as BookingError).code).to.equal('timeout');
      expect(catalogue.adapter === adapter).to.equal(true);
    });

    it('loads an adapter of another shape as invalid-response, never a TypeError', async () => {
      const { catalogue } = setup();
      const adapter = new FakeAdapter();
      adapter.locations = [{ ...centrum, address: 'Rådhuspladsen 1' } as unknown as Location];
      await catalogue.load(adapter);
      expect(catalogue.status).to.equal('error');
      expect((catalogue.error as BookingError).code).to.equal('invalid-response');
    });

    it('keeps the first of two errands with one id', async () => {
      const { catalogue } = setup();
      const adapter = new FakeAdapter({ services: [passport, { ...drivingLicence, id: passport.id }] });
      await catalogue.load(adapter);
      expect(catalogue.services.map((service) => service.name)).to.deep.equal([passport.name]);
    });
  });
});
