import { expect } from '@open-wc/testing';
import type { Service } from '../../../src/core/types.js';
import { foldForSearch, matchesQuery } from '../../../src/components/service-picker/search.js';
import { ManualClock } from '../../support/manual-clock.js';
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
    expect(picker.searchField).to.equal(null);
  });

  it('appears for more than six services, labelled, and filters by name, description and category', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services: many }));
    const input = picker.searchField!;
    expect(input.type).to.equal('search');
    expect(text(input.labels?.[0])).to.equal('Søg efter ærinde');
    expect(picker.root.querySelector('[part="filter"]')).not.to.equal(null);
    await expect(picker.el).to.be.accessible();

    await picker.filter('koerekort');
    expect(picker.serviceNames()).to.deep.equal(['Kørekort – fornyelse', 'Ombytning af udenlandsk kørekort']);

    await picker.filter('ægtefælle');
    expect(picker.serviceNames()).to.deep.equal(['Ændring af efternavn']);

    // A category heading matches too: "Navneændring" is the translated "navn".
    await picker.filter('navneaendring');
    expect(picker.serviceNames()).to.deep.equal(['Ændring af efternavn']);

    await picker.filter('PAS');
    expect(picker.categories().map((category) => category.heading)).to.deep.equal(['Pas']);
    await expect(picker.el).to.be.accessible();
  });

  it('announces the count politely once typing pauses', async () => {
    const clock = new ManualClock('2026-03-10T09:00:00+01:00');
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services: many }), { clock });
    await picker.filter('k');
    clock.advance(300);
    await picker.filter('kø');
    clock.advance(300);
    await picker.filter('køre');
    clock.advance(499);
    await picker.el.updateComplete;
    expect(picker.liveText()).to.equal('');
    clock.advance(1);
    await picker.el.updateComplete;
    expect(picker.liveText()).to.equal('2 ærinder fundet');

    await picker.filter('mitid');
    clock.advance(500);
    await picker.el.updateComplete;
    expect(picker.liveText()).to.equal('1 ærinde fundet');
    await picker.setLang('en');
    clock.advance(50);
    await picker.el.updateComplete;
    expect(picker.liveText()).to.equal('1 service found');
  });

  it('says clearly when nothing matches, and the clear button restores the list', async () => {
    const clock = new ManualClock('2026-03-10T09:00:00+01:00');
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services: many }), { clock });
    await picker.filter('hundelicens');
    expect(picker.serviceRadios).to.have.length(0);
    expect(picker.filterEmptyText()).to.equal('Ingen ærinder passer til "hundelicens". Prøv et andet ord.');
    clock.advance(500);
    await picker.el.updateComplete;
    expect(picker.liveText()).to.include('hundelicens');
    await expect(picker.el).to.be.accessible();

    picker.button('Ryd søgning').click();
    await picker.el.updateComplete;
    expect(picker.serviceRadios).to.have.length(8);
    expect(picker.root.activeElement).to.equal(picker.searchField);
    expect(picker.searchField!.value).to.equal('');
  });

  it('keeps the chosen service while the list is filtered', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services: many }));
    await picker.choose(picker.service('Flytning'));
    await picker.filter('pas');
    await picker.filter('');
    expect(picker.service('Flytning').checked).to.equal(true);
  });

  it('works in English', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum], services: many }), { lang: 'en' });
    expect(text(picker.searchField!.labels?.[0])).to.equal('Search services');
    await picker.filter('driving licence');
    expect(picker.serviceNames()).to.deep.equal(['Kørekort – fornyelse', 'Ombytning af udenlandsk kørekort']);
    await picker.filter('zzz');
    expect(picker.filterEmptyText()).to.equal('No services match "zzz". Try another word.');
    await expect(picker.el).to.be.accessible();
  });
});
