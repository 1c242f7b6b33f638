import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ServiceSelectEvent } from '../../../src/components/service-picker/service-picker.js';
import { FakeAdapter, centrum } from './fake-adapter.js';
import { mountPicker, text } from './picker-object.js';

function spyWarn(): { calls: unknown[][]; restore(): void } {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

describe('bt-service-picker: selection', () => {
  it('emits bt-service-select with the service and place on Fortsæt', async () => {
    const picker = await mountPicker(new FakeAdapter());
    await picker.choose(picker.location('Borgerservice Centrum'));
    await picker.settled();
    await picker.choose(picker.service('Pas – fornyelse'));
    expect(text(picker.continueButton)).to.equal('Fortsæt');

    let changed = 0;
    picker.el.addEventListener('change', () => (changed += 1));
    setTimeout(() => picker.continueButton!.click());
    const event = (await oneEvent(document, 'bt-service-select')) as ServiceSelectEvent;
    expect(event.detail.serviceId).to.equal('pas-fornyelse');
    expect(event.detail.locationId).to.equal('centrum');
    expect(Object.keys(event.detail).sort(), 'ids only: no objects a page listener could change').to.deep.equal([
      'locationId',
      'serviceId',
    ]);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(true);
    expect(event.target).to.equal(picker.el);
    expect(changed).to.equal(1);
  });

  it('does nothing more when the host cancels the event', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum] }));
    await picker.choose(picker.service('Flytning'));
    let changed = 0;
    picker.el.addEventListener('change', () => (changed += 1));
    picker.el.addEventListener('bt-service-select', (event) => event.preventDefault());
    setTimeout(() => picker.continueButton!.click());
    const event = await oneEvent(picker.el, 'bt-service-select');
    expect(event.defaultPrevented).to.equal(true);
    expect(changed).to.equal(0);
    expect(picker.service('Flytning').checked).to.equal(true);
  });

  it('works by keyboard alone: Tab into the group, arrows to choose, Tab to Fortsæt, Enter', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum] }));
    const before = document.createElement('button');
    before.textContent = 'før';
    picker.el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(picker.root.activeElement).to.equal(picker.serviceRadios[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await picker.el.updateComplete;
    expect(picker.el.selectedService?.name).to.equal('Flytning');
    // Tab leaves the radio group: the next stops are the disclosures after it, then Fortsæt.
    let guard = 0;
    while (picker.root.activeElement !== picker.continueButton && guard < 10) {
      await sendKeys({ press: 'Tab' });
      guard += 1;
    }
    expect(picker.root.activeElement).to.equal(picker.continueButton);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(picker.el, 'bt-service-select');
    expect(event.detail.serviceId).to.equal('flytning');
    before.remove();
  });

  it('asks for the missing answers instead of emitting, and moves focus there', async () => {
    const picker = await mountPicker(new FakeAdapter());
    let emitted = 0;
    picker.el.addEventListener('bt-service-select', () => (emitted += 1));
    picker.continueButton!.click();
    await picker.el.updateComplete;
    expect(emitted).to.equal(0);
    const locations = picker.root.querySelector('fieldset[part="locations"]')!;
    expect(picker.description(locations)).to.equal('Fejl: Vælg, hvor du vil møde op');
    expect(picker.root.activeElement).to.equal(picker.locationRadios[0]);
    await expect(picker.el).to.be.accessible();

    await picker.choose(picker.location('Borgerservice Nord'));
    await picker.settled();
    expect(locations.getAttribute('aria-describedby')).to.equal(null);
    picker.continueButton!.click();
    await picker.el.updateComplete;
    const services = picker.root.querySelector('fieldset[part="services"]')!;
    expect(picker.description(services)).to.equal('Fejl: Vælg, hvad du vil bestille tid til');
    expect(picker.root.activeElement).to.equal(picker.serviceRadios[0]);
    await expect(picker.el).to.be.accessible();
    expect(emitted).to.equal(0);
  });

  describe('preselection', () => {
    it('checks the service and place named by the attributes', async () => {
      const adapter = new FakeAdapter();
      const picker = await mountPicker(adapter, { service: 'pas-fornyelse', location: 'nord' });
      expect(picker.location('Borgerservice Nord').checked).to.equal(true);
      expect(picker.service('Pas – fornyelse').checked).to.equal(true);
      // The first request already asked for the preselected place.
      expect(adapter.serviceQueries).to.deep.equal([{ locationId: 'nord' }]);
      await expect(picker.el).to.be.accessible();
    });

    it('follows the attributes when they change later', async () => {
      const picker = await mountPicker(new FakeAdapter());
      picker.el.setAttribute('service', 'flytning');
      await picker.el.updateComplete;
      expect(picker.service('Flytning').checked).to.equal(true);
      picker.el.setAttribute('location', 'centrum');
      await picker.el.updateComplete;
      await picker.settled();
      expect(picker.location('Borgerservice Centrum').checked).to.equal(true);
      expect(picker.service('Flytning').checked).to.equal(true);
    });

    it('ignores unknown ids quietly, with one warning each and no user data', async () => {
      const warn = spyWarn();
      try {
        const adapter = new FakeAdapter();
        const picker = await mountPicker(adapter, { service: 'findes-ikke', location: 'månen' });
        expect(picker.serviceRadios.some((radio) => radio.checked)).to.equal(false);
        expect(picker.locationRadios.some((radio) => radio.checked)).to.equal(false);
        expect(picker.serviceRadios).to.have.length(4);
        await picker.el.updateComplete;
        picker.el.requestUpdate();
        await picker.el.updateComplete;
        expect(warn.calls).to.have.length(2);
        const messages = warn.calls.map((call) => String(call[0]));
        expect(messages.join(' ')).not.to.contain('findes-ikke');
        expect(messages.join(' ')).not.to.contain('månen');
        expect(adapter.serviceQueries.at(-1)).to.deep.equal({});
      } finally {
        warn.restore();
      }
    });

    it('chooses the only place even when the attribute names another', async () => {
      const warn = spyWarn();
      try {
        const picker = await mountPicker(new FakeAdapter({ locations: [centrum] }), { location: 'nord' });
        expect(picker.el.selectedLocation?.id).to.equal('centrum');
        expect(warn.calls).to.have.length(1);
      } finally {
        warn.restore();
      }
    });
  });

  describe('language switch at run time', () => {
    it('re-renders in English and keeps the selection and open disclosures', async () => {
      const picker = await mountPicker(new FakeAdapter());
      await picker.choose(picker.location('Borgerservice Centrum'));
      await picker.settled();
      await picker.choose(picker.service('Pas – fornyelse'));
      picker.documentsButton(picker.service('Pas – fornyelse')).click();
      await picker.el.updateComplete;
      await expect(picker.el).to.be.accessible();

      await picker.setLang('en');
      expect(text(picker.continueButton)).to.equal('Continue');
      expect(text(picker.root.querySelector('fieldset[part="services"] > legend'))).to.equal(
        'What do you need an appointment for?',
      );
      expect(picker.labelOf(picker.service('Pas – fornyelse')))
        .to.contain('15 minutes')
        .and.contain('DKK 727');
      expect(picker.service('Pas – fornyelse').checked).to.equal(true);
      expect(picker.location('Borgerservice Centrum').checked).to.equal(true);
      const button = picker.documentsButton(picker.service('Pas – fornyelse'));
      expect(text(button)).to.equal('Please bring (3)');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await expect(picker.el).to.be.accessible();

      await picker.setLang('da');
      expect(text(picker.continueButton)).to.equal('Fortsæt');
    });

    it('follows the page language when it has none of its own', async () => {
      const picker = await mountPicker(new FakeAdapter({ locations: [centrum] }));
      picker.el.removeAttribute('lang');
      const previous = document.documentElement.lang;
      document.documentElement.lang = 'en';
      try {
        await waitUntil(() => text(picker.continueButton) === 'Continue', 'page language not followed');
      } finally {
        document.documentElement.lang = previous;
      }
    });
  });
});

describe('<bt-service-picker>: a login-only errand on a backend without sign-in', () => {
  it('is shown up front as unavailable: not selectable, with the reason and the office phone', async () => {
    const adapter = new FakeAdapter({ locations: [{ ...centrum, phone: '+45 01 23 45 67' }], signIn: false });
    const picker = await mountPicker(adapter);
    const radio = picker.service('Pas – fornyelse');
    expect(radio.disabled).to.equal(true);
    expect(picker.description(radio)).to.contain('Kan ikke bestilles her').and.contain('+45 01 23 45 67');
    // The other errands stay choosable.
    expect(picker.service('Flytning').disabled).to.equal(false);
    await expect(picker.el).to.be.accessible();
  });

  it('is never preselected from the service attribute, and is bookable where the backend signs in', async () => {
    const warn = spyWarn();
    let without;
    try {
      without = await mountPicker(new FakeAdapter({ locations: [centrum], signIn: false }), { service: 'pas-fornyelse' });
    } finally {
      warn.restore();
    }
    expect(without.service('Pas – fornyelse').checked).to.equal(false);
    // The webmaster reads why, not that the id is unknown (it is there).
    expect(warn.calls.map((call) => String(call[0]))).to.deep.equal([
      `borgertid: <bt-service-picker>'s "service" attribute names an errand that needs a sign-in (MitID) this backend does not offer; ignoring it.`,
    ]);
    const withSignIn = await mountPicker(new FakeAdapter({ locations: [centrum] }), { service: 'pas-fornyelse' });
    expect(withSignIn.service('Pas – fornyelse').disabled).to.equal(false);
    expect(withSignIn.service('Pas – fornyelse').checked).to.equal(true);
  });
});
