import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { ManualClock } from '../../support/manual-clock.js';
import { FakeAdapter, deferred, nord } from './fake-adapter.js';
import { mountPicker, text } from './picker-object.js';

/** 23:30 UTC on the 10th: already the 11th in Copenhagen. */
const NOW = '2026-03-10T23:30:00Z';

/** Lets answers of the fake adapter (a few promise turns) come in. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
}

describe('bt-service-picker: locations', () => {
  it('offers a radio group of places with address, opening hours and accessibility note', async () => {
    const picker = await mountPicker(new FakeAdapter());
    const group = picker.root.querySelector('fieldset[part="locations"]')!;
    expect(text(group.querySelector('legend'))).to.equal('Hvor vil du møde op?');
    expect(picker.locationRadios.map((radio) => picker.labelOf(radio))).to.deep.equal([
      'Borgerservice Centrum',
      'Borgerservice Nord',
    ]);
    const radio = picker.location('Borgerservice Centrum');
    expect(picker.hoursLines(radio)).to.deep.equal(['Man–ons 9.00–15.00', 'Tor 9.00–12.00 og 12.30–18.00', 'Fre 9.00–13.00']);
    expect(picker.description(radio)).to.equal(
      'Rådhuspladsen 1, 8000 Aarhus C ' +
        'Åbningstider: mandag til onsdag 9.00 til 15.00, torsdag 9.00 til 12.00 og 12.30 til 18.00, fredag 9.00 til 13.00 ' +
        'Niveaufri adgang fra Rådhuspladsen. Handicaptoilet.',
    );
    expect(picker.hoursLines(picker.location('Borgerservice Nord'))).to.deep.equal(['Man–fre 10.00–14.00']);
    await expect(picker.el).to.be.accessible();
  });

  it('summarises opening hours in English', async () => {
    const picker = await mountPicker(new FakeAdapter(), { lang: 'en' });
    expect(picker.hoursLines(picker.location('Borgerservice Centrum'))).to.deep.equal([
      'Mon–Wed 9:00–15:00',
      'Thu 9:00–12:00 and 12:30–18:00',
      'Fri 9:00–13:00',
    ]);
    await expect(picker.el).to.be.accessible();
  });

  it('marks services offered at one place only while no place is chosen', async () => {
    const picker = await mountPicker(new FakeAdapter());
    expect(picker.description(picker.service('Kørekort – fornyelse'))).to.contain('Kun hos Borgerservice Centrum');
    expect(picker.description(picker.service('Flytning'))).not.to.contain('Kun hos');
  });

  it('fetches the services of the chosen place', async () => {
    const adapter = new FakeAdapter();
    const picker = await mountPicker(adapter);
    expect(adapter.serviceQueries).to.deep.equal([{}]);

    await picker.choose(picker.location('Borgerservice Nord'));
    await picker.settled();
    expect(adapter.serviceQueries.at(-1)).to.deep.equal({ locationId: 'nord' });
    expect(picker.serviceNames()).to.deep.equal(['Pas – fornyelse', 'Flytning', 'Nyt sundhedskort']);
    expect(picker.card(picker.location('Borgerservice Nord')).getAttribute('part')).to.equal('location location-selected');

    await picker.choose(picker.location('Borgerservice Centrum'));
    await picker.settled();
    expect(adapter.serviceQueries.at(-1)).to.deep.equal({ locationId: 'centrum' });
    expect(picker.serviceNames()).to.include('Kørekort – fornyelse');
    await expect(picker.el).to.be.accessible();
  });

  it('drops a chosen service the new place does not offer, and says so', async () => {
    const picker = await mountPicker(new FakeAdapter());
    await picker.choose(picker.service('Kørekort – fornyelse'));
    await picker.choose(picker.location('Borgerservice Nord'));
    await picker.settled();
    expect(picker.el.selectedService).to.equal(undefined);
    expect(picker.liveText()).to.contain('Kørekort – fornyelse kan ikke bestilles hos Borgerservice Nord.');
  });

  it('keeps a chosen service the new place also offers', async () => {
    const picker = await mountPicker(new FakeAdapter());
    await picker.choose(picker.service('Pas – fornyelse'));
    await picker.choose(picker.location('Borgerservice Nord'));
    await picker.settled();
    expect(picker.service('Pas – fornyelse').checked).to.equal(true);
    expect(picker.el.selectedService?.id).to.equal('pas-fornyelse');
  });

  it('chooses the only place by itself and shows no place question', async () => {
    const adapter = new FakeAdapter({ locations: [nord] });
    const clock = new ManualClock(NOW);
    const picker = await mountPicker(adapter, { clock });
    expect(picker.root.querySelector('fieldset[part="locations"]')).to.equal(null);
    expect(picker.el.selectedLocation?.id).to.equal('nord');
    expect(picker.serviceNames()).not.to.include('Kørekort – fornyelse');
    await picker.choose(picker.service('Flytning'));
    setTimeout(() => picker.continueButton!.click());
    const event = await oneEvent(picker.el, 'bt-service-select');
    expect(event.detail.locationId).to.equal('nord');
    // With one place there is nothing to suggest instead, so no look-ahead either.
    clock.advance(400);
    await settle();
    expect(adapter.calls.getAvailability).to.equal(0);
    await expect(picker.el).to.be.accessible();
  });

  describe('no free times soon', () => {
    it('suggests the other place when the chosen one has nothing in the next 14 days', async () => {
      const adapter = new FakeAdapter({ fullyBooked: ['centrum'] });
      const clock = new ManualClock(NOW);
      const picker = await mountPicker(adapter, { clock });
      await picker.chooseLocation('Borgerservice Centrum');
      await picker.chooseService('Pas – fornyelse');
      clock.advance(300);
      await waitUntil(() => picker.suggestion, 'no suggestion');

      // Today and the 13 days after it, in Copenhagen (the clock's 23:30 UTC is already the 11th there).
      expect(adapter.availabilityQueries[0]).to.deep.equal({
        serviceId: 'pas-fornyelse',
        locationId: 'centrum',
        from: '2026-03-11',
        to: '2026-03-24',
      });
      const suggestion = picker.root.querySelector('[part="suggestion"]')!;
      expect(suggestion.closest('[role="status"]')).not.to.equal(null);
      expect(text(suggestion.querySelector('p'))).to.equal(
        'Borgerservice Centrum har ingen ledige tider de næste 14 dage. Borgerservice Nord har ledige tider.',
      );
      await expect(picker.el).to.be.accessible();

      picker.button('Skift til Borgerservice Nord').click();
      await picker.el.updateComplete;
      await picker.settled();
      expect(picker.location('Borgerservice Nord').checked).to.equal(true);
      expect(picker.root.activeElement).to.equal(picker.location('Borgerservice Nord'));
      expect(picker.service('Pas – fornyelse').checked).to.equal(true);
      expect(picker.root.querySelector('[part="suggestion"]')).to.equal(null);
    });

    it('only says so when no other place has times either', async () => {
      const clock = new ManualClock(NOW);
      const picker = await mountPicker(new FakeAdapter({ fullyBooked: ['centrum', 'nord'] }), { lang: 'en', clock });
      await picker.chooseLocation('Borgerservice Nord');
      await picker.chooseService('Flytning');
      clock.advance(300);
      await waitUntil(() => picker.root.querySelector('[part="suggestion"]'), 'no suggestion');
      expect(text(picker.root.querySelector('[part="suggestion"]'))).to.equal(
        'Borgerservice Nord has no free times in the next 14 days.',
      );
      expect(picker.root.querySelector('[part="suggestion"] button')).to.equal(null);
      await expect(picker.el).to.be.accessible();
    });

    it('does not suggest a place that does not offer the service', async () => {
      const adapter = new FakeAdapter({ fullyBooked: ['centrum'] });
      const clock = new ManualClock(NOW);
      const picker = await mountPicker(adapter, { location: 'centrum', clock });
      await picker.chooseService('Kørekort – fornyelse');
      clock.advance(300);
      await waitUntil(() => picker.root.querySelector('[part="suggestion"]'), 'no suggestion');
      expect(adapter.availabilityQueries.map((query) => query.locationId)).to.deep.equal(['centrum']);
      expect(picker.root.querySelector('[part="suggestion"] button')).to.equal(null);
    });

    it('is stale-safe: an answer for an earlier choice is dropped and its request aborted', async () => {
      const adapter = new FakeAdapter({ fullyBooked: ['centrum'] });
      const gate = deferred<void>();
      adapter.availabilityGate = gate;
      const clock = new ManualClock(NOW);
      const picker = await mountPicker(adapter, { location: 'centrum', clock });
      await picker.chooseService('Pas – fornyelse');
      clock.advance(300);
      await waitUntil(() => adapter.availabilityQueries.length === 1, 'no look-ahead');
      const firstSignal = adapter.signals.at(-1)!;

      await picker.choose(picker.location('Borgerservice Nord'));
      expect(firstSignal.aborted).to.equal(true);
      adapter.availabilityGate = undefined;
      gate.resolve();
      await picker.settled();
      clock.advance(500);
      await waitUntil(() => adapter.availabilityQueries.length === 2, 'no look-ahead for the new place');
      await settle();
      await picker.el.updateComplete;
      expect(picker.root.querySelector('[part="suggestion"]')).to.equal(null);
      expect(adapter.availabilityQueries.at(-1)!.locationId).to.equal('nord');
    });

    it('waits for the arrow keys to rest before asking', async () => {
      const adapter = new FakeAdapter();
      const clock = new ManualClock(NOW);
      const picker = await mountPicker(adapter, { location: 'centrum', clock });
      for (const radio of picker.serviceRadios) {
        await picker.choose(radio);
        clock.advance(299);
      }
      expect(adapter.availabilityQueries).to.deep.equal([]);
      clock.advance(1);
      await settle();
      expect(adapter.availabilityQueries.map((query) => query.serviceId)).to.deep.equal(['sundhedskort']);
    });
  });
});
