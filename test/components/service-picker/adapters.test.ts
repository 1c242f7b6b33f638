import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { MemoryAdapter } from '../../../src/adapters/memory/memory-adapter.js';
import { RestAdapter } from '../../../src/adapters/rest/rest-adapter.js';
import { createMockControls, setupBrowserMocks } from '../../../src/mocks/index.js';
import { mountPicker } from './picker-object.js';

// Smoke tests over the real adapters: the sample municipality's two offices and eight errands.
describe('bt-service-picker: over the real adapters', () => {
  describe('over the MemoryAdapter', () => {
    // axe over this same sample data runs in stories.test.ts (the Loaded and English stories);
    // not here, where the suite's first axe call would land while three engines still boot.
    it('shows the sample offices and errands, preselected', async () => {
      const picker = await mountPicker(new MemoryAdapter(), { service: 'pas-fornyelse' });
      expect(picker.locationRadios.map((radio) => picker.labelOf(radio))).to.deep.equal([
        'Borgerservice Centrum',
        'Borgerservice Nord',
      ]);
      expect(picker.categories().map((category) => category.heading)).to.include.members(['Pas', 'Kørekort']);
      expect(picker.searchField, 'eight services get a search field').not.to.equal(null);
      expect(picker.service('Pas – fornyelse').checked).to.equal(true);
      expect(picker.hoursLines(picker.location('Borgerservice Centrum'))).to.deep.equal([
        'Man–ons 9.00–12.00 og 12.30–15.00',
        'Tor 9.00–12.00 og 12.30–18.00',
        'Fre 9.00–12.00 og 12.30–13.30',
      ]);
    });

    it('filters by place and emits the choice', async () => {
      const picker = await mountPicker(new MemoryAdapter(), { service: 'pas-fornyelse' });
      await picker.choose(picker.location('Borgerservice Nord'));
      await picker.settled();
      expect(picker.serviceNames()).not.to.include('Kørekort – fornyelse');
      expect(picker.el.selectedService?.id).to.equal('pas-fornyelse');
      setTimeout(() => picker.continueButton!.click());
      const event = await oneEvent(picker.el, 'bt-service-select');
      expect(event.detail.serviceId).to.equal('pas-fornyelse');
      expect(event.detail.locationId).to.equal('nord');
    });

    it('speaks English', async () => {
      const picker = await mountPicker(new MemoryAdapter(), { lang: 'en', location: 'centrum' });
      expect(picker.categories().map((category) => category.heading)).to.include('Driving licence');
      expect(picker.hoursLines(picker.location('Borgerservice Nord'))).to.deep.equal([
        'Mon–Wed 10:00–14:00',
        'Thu 10:00–17:00',
        'Fri 10:00–13:00',
      ]);
    });
  });

  describe('over the RestAdapter and msw', () => {
    const baseUrl = 'https://booking.example.test/api';
    const controls = createMockControls();
    let worker: SetupWorker;

    before(async () => {
      worker = await setupBrowserMocks({ baseUrl, adapter: new MemoryAdapter(), controls });
    });
    after(() => worker.stop());
    afterEach(() => controls.reset());

    it('loads, filters by place and emits', async () => {
      const picker = await mountPicker(new RestAdapter({ baseUrl }), { location: 'centrum' });
      expect(picker.location('Borgerservice Centrum').checked).to.equal(true);
      expect(picker.serviceNames()).to.include('Kørekort – fornyelse');
      await picker.choose(picker.service('Kørekort – fornyelse'));
      setTimeout(() => picker.continueButton!.click());
      const event = await oneEvent(picker.el, 'bt-service-select');
      expect(event.detail.locationId).to.equal('centrum');
      expect(picker.el.selectedLocation?.name, 'the object is on the picker').to.equal('Borgerservice Centrum');
      await expect(picker.el).to.be.accessible();
    });

    it('shows the error and recovers on Retry', async () => {
      controls.failNext = { status: 500, times: 2, path: '/locations' };
      const picker = await mountPicker(new RestAdapter({ baseUrl, retries: 0 }));
      await waitUntil(() => picker.root.querySelector('[role="alert"]'), 'no error shown', { timeout: 5000 });
      await expect(picker.el).to.be.accessible();
      controls.reset();
      picker.button('Prøv igen').click();
      await picker.settled();
      await waitUntil(() => picker.serviceRadios.length > 0, 'never recovered', { timeout: 5000 });
    });
  });
});
