import { expect, waitUntil } from '@open-wc/testing';
import { FakeAdapter, centrum } from './fake-adapter.js';
import { mountPicker, text } from './picker-object.js';

describe('bt-service-picker: states', () => {
  it('shows a skeleton of the same footprint while loading, and asks for both in parallel', async () => {
    const adapter = new FakeAdapter();
    const hold = adapter.hold();
    const picker = await mountPicker(adapter, { settled: false });
    const skeleton = picker.root.querySelector('[part="skeleton"]')!;
    expect(skeleton).not.to.equal(null);
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect(picker.base.getAttribute('aria-busy')).to.equal('true');
    expect(picker.liveText()).to.equal('Henter ærinder …');
    expect(adapter.calls).to.deep.include({ getLocations: 1, getServices: 1 });
    const loadingHeight = picker.el.getBoundingClientRect().height;
    expect(loadingHeight).to.be.greaterThan(300);
    await expect(picker.el).to.be.accessible();

    hold.resolve();
    await picker.settled();
    expect(picker.serviceRadios).to.have.length(4);
    expect(picker.base.getAttribute('aria-busy')).to.equal('false');
  });

  it('says it is loading in English too', async () => {
    const adapter = new FakeAdapter();
    adapter.hold();
    const picker = await mountPicker(adapter, { settled: false, lang: 'en' });
    expect(picker.liveText()).to.equal('Loading services …');
    await expect(picker.el).to.be.accessible();
  });

  it('aborts its requests when removed from the page', async () => {
    const adapter = new FakeAdapter();
    adapter.hold();
    const picker = await mountPicker(adapter, { settled: false });
    picker.el.remove();
    expect(adapter.signals.length).to.equal(2);
    expect(adapter.signals.every((signal) => signal.aborted)).to.equal(true);
  });

  it('aborts and reloads when the adapter changes', async () => {
    const first = new FakeAdapter();
    first.hold();
    const picker = await mountPicker(first, { settled: false });
    const second = new FakeAdapter({ locations: [centrum] });
    picker.el.adapter = second;
    await picker.el.updateComplete;
    expect(first.signals.every((signal) => signal.aborted)).to.equal(true);
    await picker.settled();
    expect(second.calls.getLocations).to.equal(1);
    expect(picker.root.querySelector('fieldset[part="locations"]')).to.equal(null);
  });

  it('shows a translated error with a Retry button that asks the adapter again', async () => {
    const adapter = new FakeAdapter();
    adapter.failNext('network', 2);
    const picker = await mountPicker(adapter);
    const alert = picker.root.querySelector('[role="alert"]')!;
    // `network` on a device that is online: the booking system, not the citizen's connection.
    expect(text(alert.querySelector('p'))).to.equal('Bestillingssystemet kan ikke nås lige nu. Prøv igen om lidt.');
    await expect(picker.el).to.be.accessible();

    picker.button('Prøv igen').click();
    await picker.el.updateComplete;
    await picker.settled();
    expect(adapter.calls.getLocations).to.equal(2);
    expect(adapter.calls.getServices).to.equal(2);
    expect(picker.serviceRadios).to.have.length(4);
    // Focus stays inside the widget instead of falling to <body> with the removed button.
    expect(picker.root.activeElement).to.equal(picker.base);
  });

  it('shows the error in English', async () => {
    const adapter = new FakeAdapter();
    adapter.failNext('unavailable');
    const picker = await mountPicker(adapter, { lang: 'en' });
    expect(text(picker.root.querySelector('[role="alert"] p'))).to.contain('cannot be reached right now');
    expect(text(picker.button('Try again'))).to.equal('Try again');
    await expect(picker.el).to.be.accessible();
  });

  it('shows an error with Retry when the services of a chosen place fail to load', async () => {
    const adapter = new FakeAdapter();
    const picker = await mountPicker(adapter);
    adapter.failNext('timeout');
    await picker.choose(picker.location('Borgerservice Nord'));
    await waitUntil(() => picker.root.querySelector('[role="alert"]'), 'no error');
    expect(picker.location('Borgerservice Nord').checked).to.equal(true);
    await expect(picker.el).to.be.accessible();
    picker.button('Prøv igen').click();
    await picker.settled();
    await waitUntil(() => picker.serviceRadios.length === 3, 'services never came');
  });

  it('says plainly when there are no services', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services: [] }));
    expect(text(picker.root.querySelector('[part="empty"]'))).to.equal('Der er ingen ærinder, du kan bestille tid til lige nu.');
    expect(picker.continueButton).to.equal(null);
    await expect(picker.el).to.be.accessible();
    await picker.setLang('en');
    expect(text(picker.root.querySelector('[part="empty"]'))).to.equal('There are no services you can book right now.');
    await expect(picker.el).to.be.accessible();
  });

  it('says so when the chosen place has no services', async () => {
    const adapter = new FakeAdapter();
    adapter.services = adapter.services.map((service) => ({ ...service, locationIds: ['centrum'] }));
    const picker = await mountPicker(adapter);
    await picker.choose(picker.location('Borgerservice Nord'));
    await picker.settled();
    expect(text(picker.root.querySelector('[part="empty"]'))).to.equal(
      'Borgerservice Nord har ingen ærinder, du kan bestille tid til online. Vælg et andet sted.',
    );
    await expect(picker.el).to.be.accessible();
  });

  it('explains the missing configuration when there is no adapter', async () => {
    const picker = await mountPicker(undefined);
    expect(text(picker.root.querySelector('[part="error"]'))).to.contain('Tidsbestillingen er ikke sat op');
    await expect(picker.el).to.be.accessible();
    await picker.setLang('en');
    expect(text(picker.root.querySelector('[part="error"]'))).to.contain('Appointment booking is not set up');
    await expect(picker.el).to.be.accessible();

    picker.el.adapter = new FakeAdapter();
    await picker.el.updateComplete;
    await picker.settled();
    expect(picker.serviceRadios).to.have.length(4);
  });
});
