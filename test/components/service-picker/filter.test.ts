import { expect, waitUntil } from '@open-wc/testing';
import type { Service } from '../../../src/core/types.js';
import { foldForSearch, matchesQuery } from '../../../src/components/service-picker/search.js';
import { FakeAdapter, centrum, drivingLicence, healthCard, moving, passport, service } from './fake-adapter.js';
import { mountPicker, text } from './picker-object.js';

const many: Service[] = [
  passport,
  service('pas-barn', { name: 'Pas til barn under 18 år', category: 'pas', description: 'Første pas eller fornyelse.' }),
  drivingLicence,
  service('koerekort-ombytning', { name: 'Ombytning af udenlandsk kørekort', category: 'koerekort' }),
  moving,
  service('navn', { name: 'Ændring af efternavn', category: 'navn', description: 'Tag din ægtefælles navn.' }),
  service('mitid', { name: 'MitID – oprettelse', category: 'mitid', description: 'Få hjælp til MitID.' }),
  healthCard,
];

describe('bt-service-picker: filter', () => {
  it('folds case and accents but keeps æ, ø and å meaningful', () => {
    expect(foldForSearch('KØREKORT')).to.equal('koerekort');
    expect(foldForSearch('Åbenrå Café')).to.equal('aabenraa cafe');
    expect(matchesQuery('Kørekort – fornyelse', 'koerekort')).to.equal(true);
    expect(matchesQuery('Kørekort – fornyelse', 'KØREKORT forny')).to.equal(true);
    expect(matchesQuery('Kørekort', 'korekort')).to.equal(false);
    expect(matchesQuery('Ændring af efternavn', 'aendring')).to.equal(true);
  });

  it('is not shown for a short list', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum] }));
    expect(picker.filter).to.equal(null);
  });

  it('appears for more than six services, labelled, and filters by name, description and category', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services: many }));
    const input = picker.filter!;
    expect(input.type).to.equal('search');
    expect(text(input.labels?.[0])).to.equal('Søg efter ydelse');
    expect(picker.root.querySelector('[part="filter"]')).not.to.equal(null);
    await expect(picker.el).to.be.accessible();

    await picker.typeFilter('koerekort');
    expect(picker.serviceNames()).to.deep.equal(['Kørekort – fornyelse', 'Ombytning af udenlandsk kørekort']);

    await picker.typeFilter('ægtefælle');
    expect(picker.serviceNames()).to.deep.equal(['Ændring af efternavn']);

    // A category heading matches too: "Navneændring" is the translated "navn".
    await picker.typeFilter('navneaendring');
    expect(picker.serviceNames()).to.deep.equal(['Ændring af efternavn']);

    await picker.typeFilter('PAS');
    expect(picker.categories().map((category) => category.heading)).to.deep.equal(['Pas']);
    await expect(picker.el).to.be.accessible();
  });

  it('announces the count politely once typing pauses', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services: many }));
    await picker.typeFilter('k');
    await picker.typeFilter('kø');
    await picker.typeFilter('køre');
    expect(picker.liveText()).to.equal('');
    await waitUntil(() => picker.liveText() !== '', 'nothing announced');
    expect(picker.liveText()).to.equal('2 ydelser fundet');

    await picker.typeFilter('mitid');
    await waitUntil(() => picker.liveText() === '1 ydelse fundet', 'singular not announced');
    await picker.setLang('en');
    expect(picker.liveText()).to.equal('1 service found');
  });

  it('says clearly when nothing matches, and the clear button restores the list', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services: many }));
    await picker.typeFilter('hundelicens');
    expect(picker.serviceRadios).to.have.length(0);
    expect(text(picker.root.querySelector('.filter-empty p'))).to.equal(
      'Ingen ydelser passer til "hundelicens". Prøv et andet ord.',
    );
    await waitUntil(() => picker.liveText().includes('hundelicens'), 'empty result not announced');
    await expect(picker.el).to.be.accessible();

    picker.button('Ryd søgning').click();
    await picker.el.updateComplete;
    expect(picker.serviceRadios).to.have.length(8);
    expect(picker.root.activeElement).to.equal(picker.filter);
    expect(picker.filter!.value).to.equal('');
  });

  it('keeps the chosen service while the list is filtered', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services: many }));
    await picker.choose(picker.service('Flytning'));
    await picker.typeFilter('pas');
    await picker.typeFilter('');
    expect(picker.service('Flytning').checked).to.equal(true);
  });

  it('works in English', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services: many }), { lang: 'en' });
    expect(text(picker.filter!.labels?.[0])).to.equal('Search services');
    await picker.typeFilter('driving licence');
    expect(picker.serviceNames()).to.deep.equal(['Kørekort – fornyelse', 'Ombytning af udenlandsk kørekort']);
    await picker.typeFilter('zzz');
    expect(text(picker.root.querySelector('.filter-empty p'))).to.equal('No services match "zzz". Try another word.');
    await expect(picker.el).to.be.accessible();
  });
});
