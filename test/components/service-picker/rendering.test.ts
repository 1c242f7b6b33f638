import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FakeAdapter, centrum, passport, drivingLicence, moving, healthCard, service } from './fake-adapter.js';
import { mountPicker, text } from './picker-object.js';

describe('bt-service-picker: rendering', () => {
  it('groups services by category under translated headings, in the order they come', async () => {
    const adapter = new FakeAdapter({
      locations: [centrum],
      services: [passport, drivingLicence, moving, healthCard, service('x', { name: 'Vielse', category: 'vielse' })],
    });
    const picker = await mountPicker(adapter);
    expect(picker.categories()).to.deep.equal([
      { heading: 'Pas', services: ['Pas – fornyelse'] },
      { heading: 'Kørekort', services: ['Kørekort – fornyelse'] },
      { heading: 'Flytning', services: ['Flytning'] },
      { heading: 'Sundhedskort', services: ['Nyt sundhedskort'] },
      { heading: 'vielse', services: ['Vielse'] },
    ]);
    await expect(picker.el).to.be.accessible();
  });

  it('names each radio with the service, its duration and its fee, and describes it', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum] }));
    const radio = picker.service('Pas – fornyelse');
    expect(picker.labelOf(radio)).to.equal('Pas – fornyelse, 15 minutter, · 727 kr.');
    expect(picker.description(radio)).to.equal('Forny dit pas, når det udløber. Kræver MitID-login');
    expect(picker.labelOf(picker.service('Flytning')))
      .to.contain('10 minutter')
      .and.contain('Gratis');
    expect(radio.closest('fieldset[part~="category"]')!.querySelector('legend')!.textContent).to.contain('Pas');
    expect(radio.closest('fieldset[part~="services"]')!.querySelector('legend')!.textContent).to.contain(
      'Hvad skal du bestille tid til?',
    );
  });

  it('writes large fees in the Danish number format, and in English as DKK', async () => {
    const adapter = new FakeAdapter({
      locations: [centrum],
      services: [service('dyr', { name: 'Dyr ydelse', fee: 1250 })],
    });
    const picker = await mountPicker(adapter);
    expect(picker.labelOf(picker.service('Dyr ydelse'))).to.contain('1.250 kr.');
    await picker.setLang('en');
    expect(picker.labelOf(picker.service('Dyr ydelse'))).to.contain('DKK 1,250');
  });

  it('puts all services in one radio group: the arrow keys move across categories', async () => {
    const picker = await mountPicker(new FakeAdapter({ locations: [centrum] }));
    const [first, second] = picker.serviceRadios;
    first!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await picker.el.updateComplete;
    expect(second!.checked).to.equal(true);
    expect(picker.root.activeElement).to.equal(second);
    expect(picker.card(second!).getAttribute('part')).to.equal('service service-selected');
    expect(picker.serviceRadios.filter((radio) => radio.checked)).to.have.length(1);
  });

  it('renders backend text as text, never as HTML', async () => {
    const adapter = new FakeAdapter({
      locations: [centrum],
      services: [
        service('xss', {
          name: '<img src=x onerror=alert(1)>Pas',
          description: '<b>fed</b>',
          documentsToBring: ['<script>1</script>'],
        }),
      ],
    });
    const picker = await mountPicker(adapter);
    expect(picker.root.querySelector('img, b, script')).to.equal(null);
    expect(picker.serviceNames()).to.deep.equal(['<img src=x onerror=alert(1)>Pas']);
  });

  describe('documents to bring', () => {
    it('is a disclosure with the count in its name; Escape collapses it and keeps focus', async () => {
      const picker = await mountPicker(new FakeAdapter({ locations: [centrum] }));
      const radio = picker.service('Pas – fornyelse');
      const button = picker.documentsButton(radio);
      expect(text(button)).to.equal('Det skal du medbringe (3)');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const list = picker.root.getElementById(button.getAttribute('aria-controls')!)!;
      expect(list.hidden).to.equal(true);
      expect(picker.description(button)).to.equal('Pas – fornyelse');

      button.focus();
      await sendKeys({ press: 'Enter' });
      await picker.el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(list.hidden).to.equal(false);
      expect([...list.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
        'Dit gamle pas',
        'Billedlegitimation',
        'Kvittering for betaling',
      ]);
      await expect(picker.el).to.be.accessible();

      let escapedOutside = false;
      const onKey = (event: KeyboardEvent) => {
        if (event.key === 'Escape') escapedOutside = true;
      };
      document.addEventListener('keydown', onKey);
      await sendKeys({ press: 'Escape' });
      document.removeEventListener('keydown', onKey);
      await picker.el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(list.hidden).to.equal(true);
      expect(picker.root.activeElement).to.equal(button);
      expect(escapedOutside, 'the Escape was handled, not passed on to a dialog around us').to.equal(false);
      // Opening the documents never chooses the service.
      expect(radio.checked).to.equal(false);
    });

    it('is left out when there is nothing to bring', async () => {
      const picker = await mountPicker(new FakeAdapter({ locations: [centrum] }));
      expect(picker.card(picker.service('Flytning')).querySelector('button')).to.equal(null);
    });

    it('says "Please bring (1)" in English', async () => {
      const picker = await mountPicker(new FakeAdapter({ locations: [centrum] }), { lang: 'en' });
      expect(text(picker.documentsButton(picker.service('Kørekort – fornyelse')))).to.equal('Please bring (1)');
      expect(picker.description(picker.service('Pas – fornyelse'))).to.contain('Requires MitID sign-in');
      expect(picker.categories().map((category) => category.heading)).to.deep.equal([
        'Passport',
        'Driving licence',
        'Moving',
        'Health insurance card',
      ]);
      await expect(picker.el).to.be.accessible();
    });
  });
});
