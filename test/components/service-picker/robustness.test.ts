import { expect } from '@open-wc/testing';
import type { BookingAdapter } from '../../../src/core/adapter.js';
import type { Location, Service } from '../../../src/core/types.js';
import { FakeAdapter, centrum, moving, nord, passport, service } from './fake-adapter.js';
import { mountPicker, text } from './picker-object.js';

/** A FakeAdapter whose getLocations never settles (a third-party adapter that hangs). */
class HangingAdapter extends FakeAdapter {
  hang = true;
  override getLocations(options?: Parameters<BookingAdapter['getLocations']>[0]): Promise<Location[]> {
    return this.hang ? new Promise<Location[]>(() => undefined) : super.getLocations(options);
  }
}

describe('bt-service-picker: language, backend text, fees, deadlines', () => {
  it('asks again when the language changes, keeping the chosen office and errand', async () => {
    const adapter = new FakeAdapter();
    const picker = await mountPicker(adapter);
    await picker.choose(picker.location('Borgerservice Nord'));
    await picker.settled();
    await picker.choose(picker.service('Flytning'));
    const before = { ...adapter.calls };

    // The backend answers in the language of the request: here, the test plays it.
    adapter.locations = [centrum, { ...nord, name: 'Citizen Service North' }];
    adapter.services = adapter.services.map((entry) => (entry.id === moving.id ? { ...entry, name: 'Moving house' } : entry));
    await picker.setLang('en');
    await picker.settled();

    expect(adapter.calls.getLocations, 'the offices asked for again').to.equal(before.getLocations + 1);
    expect(adapter.serviceQueries.at(-1), 'for the chosen office').to.deep.equal({ locationId: 'nord' });
    expect(picker.location('Citizen Service North').checked).to.equal(true);
    expect(picker.service('Moving house').checked, 'the errand is still chosen').to.equal(true);
    expect(picker.el.selectedService?.id).to.equal('flytning');
  });

  it('never runs a backend category as a translation template', async () => {
    const odd = service('odd', { name: 'Mærkeligt ærinde', category: 'Kat {{lng}} $t(common:retry)' });
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services: [odd, passport] }));
    expect(picker.categories().map((category) => category.heading)).to.deep.equal(['Kat {{lng}} $t(common:retry)', 'Pas']);
  });

  it('shows the backend’s own category names as they are, also those that look like keys', async () => {
    const services = ['toString', 'constructor', 'weekdaysShort', 'categories'].map((category) =>
      service(`s-${category}`, { category }),
    );
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services }));
    expect(picker.categories().map((category) => category.heading)).to.deep.equal([
      'toString',
      'constructor',
      'weekdaysShort',
      'categories',
    ]);
  });

  it('shows a fee only when it is a finite number: never "NaN", never a false "Gratis"', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const services: Service[] = [
        service('text-fee', { name: 'Gebyr som tekst', fee: '300' as unknown as number }),
        service('nan-fee', { name: 'Gebyr NaN', fee: Number.NaN }),
        service('negative-fee', { name: 'Negativt gebyr', fee: -5 }),
        service('no-fee', { name: 'Uden gebyr' }),
        service('fee', { name: 'Med gebyr', fee: 727.5 }),
      ];
      const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services }));
      // The catalogue's checked adapter drops an errand whose price cannot be told (with a
      // note for the integrator): offering it as free, or for "NaN kr.", would mislead.
      expect(picker.serviceNames()).to.deep.equal(['Uden gebyr', 'Med gebyr']);
      expect(text(picker.base)).not.to.contain('NaN');
      expect(picker.labelOf(picker.service('Uden gebyr'))).to.contain('Gratis');
      expect(picker.labelOf(picker.service('Med gebyr'))).to.contain('727,50 kr.');
    } finally {
      console.warn = warn;
    }
  });

  it('gives a call that never answers a deadline (`timeout`), then a message with the office phone and a retry', async () => {
    const adapter = new HangingAdapter();
    const picker = await mountPicker(adapter, { timeout: 300, phone: '+45 11 22 33 44' });
    const alert = picker.root.querySelector('[role="alert"]');
    expect(text(alert)).to.contain('Bestillingssystemet svarer ikke lige nu.');
    expect(text(alert)).to.contain('Du kan også ringe til Borgerservice på +45 11 22 33 44.');
    await expect(picker.el).to.be.accessible();
    adapter.hang = false;
    await picker.retry();
    await picker.settled();
    expect(picker.serviceRadios.length).to.be.greaterThan(0);
  });

  it('offers the chosen office’s phone before the page’s', async () => {
    const adapter = new FakeAdapter({ locations: [{ ...centrum, phone: '+45 99 88 77 66' }, nord] });
    const picker = await mountPicker(adapter, { phone: '+45 11 22 33 44' });
    adapter.failNext('unavailable', 3);
    await picker.choose(picker.location('Borgerservice Centrum'));
    await picker.settled();
    const alert = picker.root.querySelector('[role="alert"]');
    expect(text(alert)).to.contain('Bestillingssystemet kan ikke nås lige nu.');
    expect(text(alert)).to.contain('+45 99 88 77 66').and.not.to.contain('+45 11 22 33 44');
  });
});
