import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BtContactForm, ContactDetails } from '../../../src/define/bt-contact-form.js';
import { ContactFormObject, mount } from './contact-form-object.js';

const CPR_HINT = 'Vi skal bruge dit CPR-nummer til denne sag. 10 cifre, fx 010190-1234.';

describe('<bt-contact-form>', () => {
  describe('fields', () => {
    it('renders labelled fields with the right input types and autocomplete', async () => {
      const form = await mount();
      expect(form.labelOf('name')).to.equal('Fulde navn');
      expect(form.field('name').autocomplete).to.equal('name');
      expect(form.field('name').required).to.equal(true);
      expect(form.field('email').type).to.equal('email');
      expect(form.field('email').getAttribute('autocomplete')).to.equal('email');
      expect(form.field('email').getAttribute('inputmode')).to.equal('email');
      expect(form.field('phone').type).to.equal('tel');
      expect(form.field('phone').getAttribute('autocomplete')).to.equal('tel');
      expect(form.field('phone').getAttribute('inputmode')).to.equal('tel');
      expect(form.labelOf('phone')).to.equal('Mobilnummer');
      expect(form.labelOf('sms')).to.equal('Send mig en påmindelse på sms');
      expect(form.labelOf('someoneElse')).to.equal('Jeg bestiller for en anden');
      expect(form.has('cpr')).to.equal(false);
      expect(form.field('otherNeeds').maxLength).to.equal(500);
      expect(form.descriptionsOf('otherNeeds')[0]).to.contain('500');
      expect(form.submitButton.textContent!.trim()).to.equal('Fortsæt');
      expect(form.root.querySelector('[part~="privacy"]')!.textContent).to.contain('Vi bruger dine oplysninger');
      // Every text control is described by its hint when it has one.
      expect(form.descriptionsOf('phone')).to.deep.equal(['8 cifre, fx 12345678']);
      await expect(form.el).to.be.accessible();
    });

    it('asks for the CPR number only with require-cpr, numeric and without autocomplete', async () => {
      const form = await mount({ requireCpr: true });
      const cpr = form.field('cpr');
      expect(form.labelOf('cpr')).to.equal('CPR-nummer');
      expect(cpr.getAttribute('inputmode')).to.equal('numeric');
      expect(cpr.getAttribute('autocomplete')).to.equal('off');
      expect(cpr.required).to.equal(true);
      expect(form.descriptionsOf('cpr')).to.deep.equal([CPR_HINT]);
      await expect(form.el).to.be.accessible();
    });

    it('labels the phone "Telefonnummer" and drops the SMS opt-in when SMS is not offered', async () => {
      const form = await mount({ smsOffered: false });
      expect(form.el.smsOffered).to.equal(false);
      expect(form.labelOf('phone')).to.equal('Telefonnummer');
      expect(form.has('sms')).to.equal(false);
    });

    it('links the privacy notice only for http(s) URLs, in a new window', async () => {
      const form = await mount({ privacyUrl: 'https://kommune.example/privatliv' });
      const link = form.root.querySelector<HTMLAnchorElement>('[part~="privacy"] a')!;
      expect(link.href).to.equal('https://kommune.example/privatliv');
      expect(link.target).to.equal('_blank');
      expect(link.textContent).to.contain('åbner i et nyt vindue');
      form.el.privacyUrl = 'javascript:alert(1)';
      await form.el.updateComplete;
      expect(form.root.querySelector('[part~="privacy"] a')).to.equal(null);
    });

    it('counts the characters left for other needs', async () => {
      const form = await mount();
      await form.type('otherNeeds', 'Jeg hører dårligt');
      expect(form.descriptionsOf('otherNeeds')).to.deep.equal(['Du har 483 tegn tilbage']);
    });
  });

  describe('submitting', () => {
    it('emits normalised details when valid', async () => {
      const form = await mount({ requireCpr: true });
      await form.fillValid({ cpr: ' 010190 1234 ' });
      await form.click('sms');
      setTimeout(() => form.submitButton.click());
      const event = await oneEvent(form.el, 'bt-contact-submit');
      expect(event.bubbles).to.equal(true);
      // Personal data: it never crosses the shadow boundary of an element that holds the form.
      expect(event.composed).to.equal(false);
      expect(event.cancelable).to.equal(true);
      expect(event.detail).to.deep.equal({
        citizen: { name: 'Anna Jensen', cpr: '0101901234', email: 'Anna@eksempel.dk', phone: '+4512345678', smsReminder: true },
      });
      expect(form.summary).to.equal(null);
    });

    it('keeps both contact events inside the shadow root of an element that holds the form', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('bt-contact-form');
      el.requireCpr = true;
      root.append(el);
      await el.updateComplete;
      const form = new ContactFormObject(el);
      const outside: string[] = [];
      const inside: string[] = [];
      const heardOutside = (event: Event) => outside.push(event.type);
      const types = ['bt-contact-change', 'bt-contact-submit'] as const;
      for (const type of types) {
        window.addEventListener(type, heardOutside, { capture: true });
        host.addEventListener(type, heardOutside);
        root.addEventListener(type, (event) => inside.push(event.type));
      }
      try {
        await form.fillValid({ cpr: '010190-1234' });
        setTimeout(() => form.submitButton.click());
        await oneEvent(el, 'bt-contact-submit');
      } finally {
        for (const type of types) window.removeEventListener(type, heardOutside, { capture: true });
      }
      expect(inside.includes('bt-contact-change') && inside.includes('bt-contact-submit')).to.equal(true);
      expect(outside).to.deep.equal([]);
    });

    it('submits when Enter is pressed in a field', async () => {
      const form = await mount();
      await form.fillValid();
      form.field('email').focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = await oneEvent(form.el, 'bt-contact-submit');
      expect(event.detail.citizen.email).to.equal('Anna@eksempel.dk');
    });

    it('uses submitLabel for the button', async () => {
      const form = await mount();
      form.el.submitLabel = 'Book tiden';
      await form.el.updateComplete;
      expect(form.submitButton.textContent!.trim()).to.equal('Book tiden');
    });

    it('shows an error summary with one link per error, focuses it, and its links focus the fields', async () => {
      const form = await mount({ requireCpr: true });
      let emitted = false;
      form.el.addEventListener('bt-contact-submit', () => (emitted = true));
      await form.submit();
      expect(emitted).to.equal(false);
      const summary = form.summary!;
      expect(summary).to.exist;
      expect(summary.querySelector('h2')!.textContent).to.equal('Der er et problem');
      expect(form.focused).to.equal(summary);
      const links = form.summaryLinks;
      expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
        'Indtast dit fulde navn',
        'Indtast dit CPR-nummer',
        'Indtast en e-mailadresse eller et mobilnummer, så vi kan sende dig en bekræftelse',
      ]);
      expect(form.errorOf('name')).to.equal('Indtast dit fulde navn');
      expect(form.field('name').getAttribute('aria-invalid')).to.equal('true');
      expect(form.descriptionsOf('name')).to.deep.equal(['Fejl: Indtast dit fulde navn']);
      expect(form.descriptionsOf('email')).to.deep.equal([
        'Fejl: Indtast en e-mailadresse eller et mobilnummer, så vi kan sende dig en bekræftelse',
      ]);
      expect(form.field('email').getAttribute('aria-invalid')).to.equal('true');
      await expect(form.el).to.be.accessible();

      links[1]!.click();
      await form.el.updateComplete;
      expect(form.focused).to.equal(form.field('cpr'));
      expect(location.hash).to.equal('');
      links[2]!.click();
      expect(form.focused).to.equal(form.field('email'));
    });

    it('drops an error as soon as the field is right, and the summary with the last one', async () => {
      const form = await mount();
      await form.enter('email', 'anna@eksempel.dk');
      await form.submit();
      expect(form.summaryLinks).to.have.length(1);
      await form.type('name', 'Anna');
      expect(form.errorOf('name')).to.equal('');
      expect(form.summary).to.equal(null);
    });
    it('keeps the summary as the submit found it while the citizen corrects, without a live region', async () => {
      const form = await mount();
      await form.submit();
      const items = form.errorSummaryItems();
      expect(items).to.deep.equal([
        'Indtast dit fulde navn',
        'Indtast en e-mailadresse eller et mobilnummer, så vi kan sende dig en bekræftelse',
      ]);
      // The focus move reads it out; a live region would read it again at every correction.
      expect(form.summary!.getAttribute('role')).to.equal('group');
      expect(form.summary!.closest('[role="alert"], [aria-live]')).to.equal(null);
      expect(form.summary!.querySelector('[role="alert"], [aria-live]')).to.equal(null);
      await form.enter('name', 'Anna');
      expect(form.errorOf('name')).to.equal('');
      expect(form.errorSummaryItems()).to.deep.equal(items);
      await form.submit();
      expect(form.errorSummaryItems()).to.deep.equal([items[1]]);
    });

    it('draws the summary heading at the level it is given', async () => {
      const form = await mount({ headingLevel: 4 });
      await form.submit();
      const title = form.summary!.querySelector('h4')!;
      expect(title.textContent).to.equal('Der er et problem');
      expect(form.summary!.getAttribute('aria-labelledby')).to.equal(title.id);
      expect(form.summary!.querySelector('h2')).to.equal(null);
      await expect(form.el).to.be.accessible();
    });

    it("takes a citizen's details in one step", async () => {
      const form = await mount({ requireCpr: true });
      await form.fill({ name: 'Anna Jensen', cpr: '010190-1234', email: 'anna@eksempel.dk', phone: '12345678' });
      setTimeout(() => form.submitButton.click());
      const event = await oneEvent(form.el, 'bt-contact-submit');
      expect(event.detail.citizen).to.deep.equal({
        name: 'Anna Jensen',
        cpr: '0101901234',
        email: 'anna@eksempel.dk',
        phone: '+4512345678',
      });
    });
  });

  describe('validation on blur', () => {
    it('says nothing about a field the citizen only passed through', async () => {
      const form = await mount();
      form.field('name').focus();
      await form.blur();
      expect(form.errorOf('name')).to.equal('');
      expect(form.field('name').getAttribute('aria-invalid')).to.equal('false');
    });

    it('waits until a changed field is left', async () => {
      const form = await mount();
      await form.type('email', 'anna@');
      expect(form.errorOf('email')).to.equal('');
      await form.blur();
      expect(form.errorOf('email')).to.equal('Indtast en e-mailadresse, fx navn@eksempel.dk');
      await form.type('phone', '1234');
      await form.blur();
      expect(form.errorOf('phone')).to.equal(
        'Et dansk telefonnummer har 8 cifre. Indtast det fx som 12345678 eller +45 12 34 56 78',
      );
      await form.enter('phone', '12-ab');
      expect(form.errorOf('phone')).to.equal('Indtast et dansk telefonnummer, fx 12345678 eller +45 12 34 56 78');
      await form.enter('name', 'x');
      await form.enter('name', '');
      expect(form.errorOf('name')).to.equal('Indtast dit fulde navn');
    });
  });

  describe('CPR number', () => {
    it('is masked once typed, and the toggle shows it', async () => {
      const form = await mount({ requireCpr: true });
      await form.enter('cpr', '0101901234');
      const cpr = form.field('cpr');
      const toggle = form.cprToggle('cpr');
      expect(toggle.textContent!.trim()).to.equal('Vis CPR-nummer');
      expect(toggle.getAttribute('aria-controls')).to.equal(cpr.id);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(isMasked(cpr)).to.equal(true);

      toggle.click();
      await form.el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(isMasked(cpr)).to.equal(false);
      expect(cpr.value).to.equal('0101901234');

      toggle.click();
      await form.el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(isMasked(cpr)).to.equal(true);
      expect(cpr.value).to.equal('0101901234');
    });

    it('gives a message for each reason it is refused', async () => {
      const form = await mount({ requireCpr: true });
      const cases: Array<[string, string]> = [
        ['12345', 'Indtast dit CPR-nummer med 10 cifre, fx 010190-1234'],
        ['0101901234x', 'Indtast dit CPR-nummer med 10 cifre, fx 010190-1234'],
        ['320190-1234', 'De første 6 cifre i CPR-nummeret skal være en rigtig fødselsdato (ddmmåå), fx 010190-1234'],
        ['010156-5000', 'CPR-nummerets fødselsdato kan ikke ligge i fremtiden. Tjek de første 6 cifre'],
        ['', 'Indtast dit CPR-nummer'],
      ];
      for (const [value, message] of cases) {
        await form.enter('cpr', value);
        expect(form.errorOf('cpr'), value).to.equal(message);
        expect(form.descriptionsOf('cpr')).to.deep.equal([CPR_HINT, `Fejl: ${message}`]);
      }
      await form.enter('cpr', '010190-1234');
      expect(form.errorOf('cpr')).to.equal('');
    });
  });

  describe('contact rules', () => {
    it('needs an e-mail address or a phone number, either will do', async () => {
      const form = await mount();
      await form.enter('name', 'Anna');
      await form.submit();
      expect(form.groupError('Hvordan kan vi kontakte dig?')).to.contain('Indtast en e-mailadresse eller et mobilnummer');

      await form.enter('phone', '+45 12 34 56 78');
      expect(form.groupError('Hvordan kan vi kontakte dig?')).to.equal('');
      setTimeout(() => form.submitButton.click());
      const byPhone = await oneEvent(form.el, 'bt-contact-submit');
      expect(byPhone.detail.citizen).to.deep.equal({ name: 'Anna', phone: '+4512345678' });

      await form.enter('phone', '');
      await form.enter('email', 'anna@eksempel.dk');
      setTimeout(() => form.submitButton.click());
      const byEmail = await oneEvent(form.el, 'bt-contact-submit');
      expect(byEmail.detail.citizen).to.deep.equal({ name: 'Anna', email: 'anna@eksempel.dk' });
    });

    it('requires the phone number when an SMS reminder is asked for', async () => {
      const form = await mount();
      await form.enter('name', 'Anna');
      await form.enter('email', 'anna@eksempel.dk');
      await form.click('sms');
      expect(form.field('phone').required).to.equal(true);
      await form.submit();
      expect(form.errorOf('phone')).to.equal('Indtast dit mobilnummer, så vi kan sende påmindelsen på sms');
      expect(form.summaryLinks.map((link) => link.getAttribute('href'))).to.deep.equal(['#phone']);
      await form.enter('phone', '12345678');
      setTimeout(() => form.submitButton.click());
      const event = await oneEvent(form.el, 'bt-contact-submit');
      expect(event.detail.citizen.smsReminder).to.equal(true);
      expect(event.detail.citizen.phone).to.equal('+4512345678');
    });
  });

  describe('booking for someone else', () => {
    it('reveals required fields for the other person and carries onBehalfOf', async () => {
      const form = await mount({ requireCpr: true });
      expect(form.has('otherName')).to.equal(false);
      await form.click('someoneElse');
      expect(form.labelOf('child')).to.equal('Mit barn under 18 år');
      expect(form.labelOf('adult')).to.equal('En anden voksen');
      expect(form.labelOf('otherName')).to.equal('Personens fulde navn');
      expect(form.labelOf('otherCpr')).to.equal('Personens CPR-nummer');
      expect(form.field('otherName').required).to.equal(true);
      expect(form.field('otherCpr').required).to.equal(true);
      expect(form.field('child').required).to.equal(true);
      await expect(form.el).to.be.accessible();

      await form.fillValid();
      await form.submit();
      expect(form.summaryLinks.map((link) => link.getAttribute('href'))).to.deep.equal([
        '#relation-child',
        '#other-name',
        '#other-cpr',
      ]);
      expect(form.errorOf('child')).to.equal('Vælg, om du bestiller for dit barn eller for en anden voksen');
      await expect(form.el).to.be.accessible();

      await form.click('child');
      await form.enter('otherName', ' Ida Jensen ');
      await form.enter('otherCpr', '0103151234');
      setTimeout(() => form.submitButton.click());
      const event = await oneEvent(form.el, 'bt-contact-submit');
      expect(event.detail.onBehalfOf).to.deep.equal({ relation: 'child', name: 'Ida Jensen', cpr: '0103151234' });
    });

    it('keeps a half-filled section open when a parent hands back the same or an echoed value', async () => {
      const form = await mount({ requireCpr: true });
      const prefill: ContactDetails = { citizen: { name: 'Karen Jensen', email: 'karen@example.dk' } };
      form.el.value = prefill;
      await form.el.updateComplete;
      await form.click('someoneElse');
      await form.enter('otherName', 'Ida');
      // A re-rendering parent (e.g. the hold countdown every second) re-sets the same object…
      form.el.value = prefill;
      // …or echoes what the form itself reported.
      const echoed = form.el.value;
      form.el.value = echoed;
      await form.el.updateComplete;
      expect(form.field('someoneElse').checked).to.equal(true);
      expect(form.field('otherName').value).to.equal('Ida');
      expect(form.field('name').value).to.equal('Karen Jensen');
      // A genuinely new value still replaces the form.
      form.el.value = { citizen: { name: 'Ole Hansen' } };
      await form.el.updateComplete;
      expect(form.field('name').value).to.equal('Ole Hansen');
      expect(form.has('otherName')).to.equal(false);
    });

    it('does not ask for their CPR number when the errand does not need it', async () => {
      const form = await mount();
      await form.click('someoneElse');
      expect(form.has('otherCpr')).to.equal(false);
      await form.fillValid();
      await form.click('adult');
      await form.enter('otherName', 'Bo Hansen');
      setTimeout(() => form.submitButton.click());
      const event = await oneEvent(form.el, 'bt-contact-submit');
      expect(event.detail.onBehalfOf).to.deep.equal({ relation: 'adult', name: 'Bo Hansen' });
    });
  });

  describe('special needs', () => {
    it('requires the language when an interpreter is asked for', async () => {
      const form = await mount();
      await form.fillValid();
      expect(form.has('language')).to.equal(false);
      await form.click('interpreter');
      expect(form.field('language').required).to.equal(true);
      await form.submit();
      expect(form.errorOf('language')).to.equal('Skriv, hvilket sprog du har brug for en tolk til, fx arabisk');
      await form.enter('language', ' arabisk ');
      await form.click('stepFree');
      await form.type('otherNeeds', 'Jeg har en førerhund');
      setTimeout(() => form.submitButton.click());
      const event = await oneEvent(form.el, 'bt-contact-submit');
      expect(event.detail.needs).to.deep.equal({ interpreter: 'arabisk', stepFreeAccess: true, other: 'Jeg har en førerhund' });
    });
  });

  describe('prefill', () => {
    const typed: ContactDetails = {
      citizen: { name: 'Anna Jensen', cpr: '0101901234', email: 'anna@eksempel.dk', phone: '12345678', smsReminder: true },
      onBehalfOf: { relation: 'child', name: 'Ida', cpr: '0103151234' },
      needs: { interpreter: 'tyrkisk', stepFreeAccess: true, other: 'Kommer med barnevogn' },
    };

    it('fills the fields from value and reads them back', async () => {
      const form = await mount({ requireCpr: true, value: typed });
      expect(form.field('name').value).to.equal('Anna Jensen');
      expect(form.field('cpr').value).to.equal('0101901234');
      expect(form.field('email').value).to.equal('anna@eksempel.dk');
      expect(form.field('phone').value).to.equal('12345678');
      expect(form.field('sms').checked).to.equal(true);
      expect(form.field('someoneElse').checked).to.equal(true);
      expect(form.field('child').checked).to.equal(true);
      expect(form.field('otherName').value).to.equal('Ida');
      expect(form.field('language').value).to.equal('tyrkisk');
      expect(form.field('stepFree').checked).to.equal(true);
      expect(form.field('otherNeeds').value).to.equal('Kommer med barnevogn');
      expect(form.el.value).to.deep.equal(typed);
    });

    it('can be set at any time, and a re-mounted form shows what was typed', async () => {
      const form = await mount();
      await form.type('name', 'Anna');
      await form.type('email', 'anna@');
      form.el.value = { citizen: { name: 'Bo', phone: '87654321' } };
      await form.el.updateComplete;
      expect(form.field('name').value).to.equal('Bo');
      expect(form.field('email').value).to.equal('');
      expect(form.field('phone').value).to.equal('87654321');

      await form.type('email', 'bo@');
      const kept = form.el.value;
      form.el.remove();
      const again = await mount({ value: kept });
      expect(again.field('name').value).to.equal('Bo');
      expect(again.field('email').value).to.equal('bo@');
    });

    it('takes a value set before the element was upgraded', async () => {
      const tag = 'bt-contact-form-late';
      const early = document.createElement(tag) as BtContactForm;
      early.value = { citizen: { name: 'Anna' } };
      document.body.append(early);
      const { BtContactForm: Element } = await import('../../../src/define/bt-contact-form.js');
      customElements.define(tag, class extends Element {});
      await early.updateComplete;
      expect(new ContactFormObject(early).field('name').value).to.equal('Anna');
      expect(early.value.citizen.name).to.equal('Anna');
      early.remove();
    });

    it('echoing bt-contact-change back into value keeps the CPR number typed', async () => {
      const form = await mount({ requireCpr: true });
      form.el.addEventListener('bt-contact-change', (event) => (form.el.value = event.detail));
      await form.type('cpr', '0101901234');
      await form.type('name', 'Anna');
      expect(form.field('cpr').value).to.equal('0101901234');
      form.el.value = { citizen: { name: 'Anna', cpr: '' } };
      await form.el.updateComplete;
      expect(form.field('cpr').value).to.equal('');
    });

    it('shows name and CPR number from a MitID session read-only', async () => {
      const form = await mount({
        requireCpr: true,
        session: { name: 'Anna Jensen', cpr: '0101901234', email: 'anna@eksempel.dk' },
      });
      const name = form.field('name');
      const cpr = form.field('cpr');
      expect(name.readOnly).to.equal(true);
      expect(name.value).to.equal('Anna Jensen');
      expect(cpr.readOnly).to.equal(true);
      expect(cpr.value).to.equal('010190-••••');
      expect(form.descriptionsOf('name')).to.deep.equal(['Fra MitID']);
      expect(form.field('email').value).to.equal('anna@eksempel.dk');
      expect(form.field('email').readOnly).to.equal(false);
      await expect(form.el).to.be.accessible();

      setTimeout(() => form.submitButton.click());
      const event = await oneEvent(form.el, 'bt-contact-submit');
      expect(event.detail.citizen).to.deep.equal({ name: 'Anna Jensen', cpr: '0101901234', email: 'anna@eksempel.dk' });
    });
  });

  describe('server errors', () => {
    it('shows translated reasons on the fields, a generic message for unknown ones, and drops them on edit', async () => {
      const form = await mount({
        requireCpr: true,
        value: { citizen: { name: 'Anna', cpr: '0101901234', phone: '12345678' } },
        errors: { 'citizen.phone': 'format', 'citizen.cpr': 'no-such-person', slotId: 'gone' },
      });
      expect(form.errorOf('phone')).to.equal('Indtast et dansk telefonnummer, fx 12345678 eller +45 12 34 56 78');
      expect(form.errorOf('cpr')).to.equal('Tjek feltet »CPR-nummer«');
      expect(form.field('cpr').getAttribute('aria-invalid')).to.equal('true');
      expect(form.summaryLinks).to.have.length(2);
      expect(form.summary!.textContent).to.contain('Nogle oplysninger er ikke udfyldt korrekt');
      expect(form.focused).to.equal(form.summary);
      expect(form.el.checkValidity()).to.equal(false);
      await expect(form.el).to.be.accessible();

      await form.type('phone', '87654321');
      expect(form.errorOf('phone')).to.equal('');
      expect(form.errorOf('cpr')).to.equal('Tjek feltet »CPR-nummer«');
    });

    it('puts errors on fields MitID supplied into the summary only, as they cannot be edited', async () => {
      const form = await mount({
        requireCpr: true,
        session: { name: 'Anna Jensen', cpr: '0101901234', email: 'anna@eksempel.dk' },
        errors: { 'citizen.cpr': 'invalid' },
      });
      expect(form.summaryLinks).to.have.length(0);
      expect(form.summary!.textContent).to.contain('Nogle oplysninger er ikke udfyldt korrekt');
      expect(form.field('cpr').getAttribute('aria-invalid')).to.equal(null);
    });

    it('never renders server text as HTML', async () => {
      const form = await mount({ errors: { 'citizen.name': '<img src=x onerror=alert(1)>' } });
      expect(form.root.querySelector('img')).to.equal(null);
      expect(form.errorOf('name')).to.equal('Tjek feltet »Fulde navn«');
    });
  });

  describe('language', () => {
    it('switches at run time and keeps what was typed', async () => {
      const form = await mount({ requireCpr: true });
      await form.type('name', 'Anna');
      await form.enter('email', 'anna@');
      await form.type('cpr', '0101');
      form.el.setAttribute('lang', 'en');
      await aTimeout(0);
      await form.el.updateComplete;
      expect(form.labelOf('name')).to.equal('Full name');
      expect(form.labelOf('phone')).to.equal('Mobile number');
      expect(form.cprToggle('cpr').textContent!.trim()).to.equal('Show CPR number');
      expect(form.errorOf('email')).to.equal('Enter an email address in the correct format, for example name@example.com');
      expect(form.submitButton.textContent!.trim()).to.equal('Continue');
      expect(form.field('name').value).to.equal('Anna');
      expect(form.field('email').value).to.equal('anna@');
      expect(form.field('cpr').value).to.equal('0101');
      expect(form.root.querySelector('form')!.lang).to.equal('en');
    });

    it('is accessible in English with errors shown', async () => {
      const form = await mount({ lang: 'en', requireCpr: true });
      await form.click('someoneElse');
      await form.submit();
      expect(form.summary!.querySelector('h2')!.textContent).to.equal('There is a problem');
      expect(form.summaryLinks[0]!.textContent!.trim()).to.equal('Enter your full name');
      expect(form.labelOf('someoneElse')).to.equal('I am booking for someone else');
      await expect(form.el).to.be.accessible();
    });
  });

  describe('form association', () => {
    it('belongs to its form and reports validity with an anchor', async () => {
      const host = await fixture<HTMLFormElement>(html`<form><bt-contact-form></bt-contact-form></form>`);
      const el = host.querySelector('bt-contact-form')!;
      await el.updateComplete;
      expect((el.constructor as typeof BtContactForm).formAssociated).to.equal(true);
      expect(el.form).to.equal(host);
      expect(el.checkValidity()).to.equal(false);
      expect(host.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Indtast dit fulde navn');
      const form = new ContactFormObject(el);
      await form.fillValid();
      expect(el.checkValidity()).to.equal(true);
      expect(el.validity.valid).to.equal(true);
      expect(host.checkValidity()).to.equal(true);
    });

    it('submits its form unless bt-contact-submit is cancelled, and resets with it', async () => {
      const host = await fixture<HTMLFormElement>(html`<form><bt-contact-form></bt-contact-form></form>`);
      const el = host.querySelector('bt-contact-form')!;
      await el.updateComplete;
      const form = new ContactFormObject(el);
      await form.fillValid();
      let submits = 0;
      host.addEventListener('submit', (event) => {
        event.preventDefault();
        submits += 1;
      });
      await form.submit();
      expect(submits).to.equal(1);
      el.addEventListener('bt-contact-submit', (event) => event.preventDefault(), { once: true });
      await form.submit();
      expect(submits).to.equal(1);

      host.reset();
      await el.updateComplete;
      expect(form.field('name').value).to.equal('');
    });

    it('disables its controls with a disabled fieldset', async () => {
      const host = await fixture<HTMLFieldSetElement>(html`<fieldset disabled><bt-contact-form></bt-contact-form></fieldset>`);
      const el = host.querySelector('bt-contact-form')!;
      await el.updateComplete;
      const form = new ContactFormObject(el);
      expect(form.field('name').disabled).to.equal(true);
      host.disabled = false;
      await el.updateComplete;
      expect(form.field('name').disabled).to.equal(false);
    });
  });
});

/** Masked by CSS where the engine supports it, else by being a password input. */
function isMasked(input: HTMLInputElement): boolean {
  const security = getComputedStyle(input).getPropertyValue('-webkit-text-security');
  return (security !== '' && security !== 'none') || input.type === 'password';
}
