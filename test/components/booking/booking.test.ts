import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { StepChangeDetail } from '../../../src/define/bt-booking.js';
import { CITIZEN, countingAdapter, mountBooking, text } from './booking-object.js';

describe('<bt-booking>: a full booking', function () {
  this.timeout(30000);

  it('takes a citizen from the errand to a receipt, accessible and announced at every step', async function () {
    // Six axe runs over four child elements take a while in the slowest engine.
    this.timeout(40000);
    const adapter = countingAdapter();
    const page = await mountBooking(adapter, { manageUrl: 'https://kommune.dk/min-tid#reference={reference}&token={token}' });
    const steps: StepChangeDetail[] = [];
    page.el.addEventListener('bt-step-change', (event) => steps.push(event.detail));

    expect(page.step).to.equal('service');
    expect(page.heading).to.equal('Vælg ærinde og sted');
    const indicator = page.stepsNav;
    expect(indicator, 'a navigation named "Trin i bestillingen"').to.exist;
    expect(indicator!.getAttribute('aria-label')).to.equal('Trin i bestillingen');
    expect(page.currentStepItem!.textContent).to.contain('Ærinde og sted');
    expect(page.compactSteps).to.equal('Trin 1 af 4: Ærinde og sted');
    await expect(page.el).to.be.accessible();

    await page.chooseLocation('Borgerservice Centrum');
    await page.chooseService('Pas – nyt pas (voksen)');
    await page.waitForStep('time');
    expect(page.heading).to.equal('Vælg dag og tid');
    expect(page.focused === page.stepHeading, 'focus on the new heading').to.equal(true);
    expect(text(page.part('context'))).to.contain('Pas – nyt pas (voksen), Borgerservice Centrum');
    // The completed step is a button back to it.
    expect(page.part('step-done')?.querySelector('button')).to.exist;
    await expect(page.el).to.be.accessible();

    const day = await page.pickFirstAvailableDay();
    expect(day).to.equal('2026-11-23');
    await page.pickTime();
    await page.waitForStep('details');
    expect(page.focused === page.stepHeading, 'focus on the new heading').to.equal(true);
    expect(page.holdText).to.match(/Vi holder tiden til dig i (10:00|9:5\d)/);
    await expect(page.el).to.be.accessible();

    await page.fillDetails(CITIZEN);
    await page.submitDetails();
    await page.waitForStep('summary');
    expect(page.heading).to.equal('Tjek dine svar');
    const rows = page.summaryRows();
    expect(rows.map((row) => row.label)).to.include.members(['Ærinde', 'Sted', 'Tid', 'Navn', 'CPR-nummer', 'E-mail', 'Telefon']);
    expect(page.summaryValue('Tid')).to.equal('mandag den 23. november 2026 kl. 09.20–09.40');
    expect(page.summaryValue('CPR-nummer')).to.contain('010190-');
    expect(page.summaryValue('CPR-nummer')).to.not.contain('1234');
    expect(page.confirmButton.textContent).to.contain('Bekræft og bestil tiden');
    await expect(page.el).to.be.accessible();

    const booked = oneEvent(page.el, 'bt-booked');
    page.confirmButton.click();
    const { detail } = await booked;
    expect(detail.reference).to.match(/^BT-/);
    // Statistics get ids and times only: never the manage token or the citizen's name.
    expect(Object.keys(detail).sort()).to.deep.equal(['end', 'locationId', 'reference', 'serviceId', 'start']);
    expect(detail).to.include({ serviceId: 'pas-voksen', locationId: 'centrum' });
    await page.waitForStep('receipt');
    const receipt = page.receiptElement;
    const appointment = receipt.appointment!;
    expect(
      appointment.reference === detail.reference && appointment.start === detail.start,
      'the receipt shows the booked appointment',
    ).to.equal(true);
    expect(receipt.manageUrl).to.equal(
      `https://kommune.dk/min-tid#reference=${encodeURIComponent(appointment.reference)}&token=${encodeURIComponent(appointment.token!)}`,
    );
    await waitUntil(
      () => page.focused === page.receipt.heading && text(page.focused).includes('Din tid er bestilt'),
      'receipt heading focused',
    );
    expect(page.stepsNav === null && page.root.querySelector('nav') === null, 'the receipt is not a step').to.equal(true);
    await expect(page.el).to.be.accessible();

    expect(adapter.calls).to.have.length(1);
    const [call] = adapter.calls;
    expect(call!.request.holdId, 'the hold is confirmed').to.be.a('string');
    expect(call!.options?.idempotencyKey).to.be.a('string');
    expect(steps.map((step) => `${step.previousStep}>${step.step}`)).to.deep.equal([
      'service>time',
      'time>details',
      'details>summary',
      'summary>receipt',
    ]);
  });

  it('fires bubbling, composed events the page can listen to', async () => {
    const page = await mountBooking(countingAdapter());
    const change = oneEvent(document, 'bt-step-change');
    await page.chooseLocation('Borgerservice Centrum');
    await page.chooseService('Pas – fornyelse');
    const event = await change;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ step: 'time', previousStep: 'service' });
  });

  it('"Bestil en tid mere" starts over', async () => {
    const page = await mountBooking(countingAdapter());
    await page.toSummary();
    await page.confirm();
    await page.waitForStep('receipt');
    page.part('restart')!.click();
    await page.waitForStep('service');
    expect(page.focused === page.stepHeading, 'focus on the first step heading').to.equal(true);
  });

  it('a "Ret" link goes to its step and comes back to the summary with everything kept', async () => {
    const page = await mountBooking(countingAdapter());
    await page.toSummary();
    await page.change('E-mail');
    await page.waitForStep('details');
    expect(page.form.field('name').value).to.equal('Karen Jensen');
    expect(page.form.field('cpr').value).to.equal('0101901234');
    await page.fillDetails({ email: 'karen.jensen@example.dk' });
    await page.submitDetails();
    await page.waitForStep('summary');
    expect(page.summaryValue('E-mail')).to.equal('karen.jensen@example.dk');

    await page.change('Tid');
    await page.waitForStep('time');
    expect(page.calendarElement.selectedDate).to.equal('2026-11-23');
    await page.pickTime(1);
    await page.waitForStep('summary');
    expect(page.summaryValue('Tid')).to.equal('mandag den 23. november 2026 kl. 09.40–10.00');
  });

  it('preselects the errand and place from attributes and starts on the calendar', async () => {
    const page = await mountBooking(countingAdapter(), { service: 'pas-voksen', location: 'centrum' });
    await page.waitForStep('time');
    expect(page.focused !== page.stepHeading, 'no focus stolen on load').to.equal(true);
    expect(page.calendarElement.service).to.equal('pas-voksen');
    expect(page.part('step-done')!.textContent).to.contain('Ærinde og sted');
    await expect(page.el).to.be.accessible();
  });

  it('with an unknown preselection, asks for the errand', async () => {
    const page = await mountBooking(countingAdapter(), { service: 'nope', location: 'centrum' });
    await page.settle();
    await waitUntil(() => page.shows('bt-service-picker'));
    expect(page.step).to.equal('service');
  });
});

describe('<bt-booking>: configuration', () => {
  it('says what is missing, where it stands, when there is neither adapter nor api', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    let page;
    try {
      page = await mountBooking(undefined);
      page.el.requestUpdate();
      await page.settle();
    } finally {
      console.warn = warn;
    }
    const error = page.part('config-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('Tidsbestillingen er ikke sat op');
    // The webmaster's instruction is folded away from the citizen, and said once in the console.
    const developer = error.querySelector('details')!;
    expect(developer.open).to.equal(false);
    expect(text(developer.querySelector('summary')!)).to.equal('Til webmasteren');
    expect(text(developer)).to.contain('"api"').and.contain('"adapter"');
    expect(
      warnings.filter((line) => line.includes('<bt-booking> has neither an "api" attribute nor an "adapter"')),
    ).to.have.length(1);
    await expect(page.el).to.be.accessible();
    page.el.setAttribute('lang', 'en');
    await page.settle();
    expect(text(page.part('config-error'))).to.contain('Appointment booking is not set up');
  });

  it('passes sms-offered="false" to the details form: no reminder is offered', async () => {
    const page = await mountBooking(countingAdapter());
    page.el.setAttribute('sms-offered', 'false');
    await page.pickErrandAndTime();
    await page.waitForStep('details');
    await page.formElement.updateComplete;
    expect(page.formElement.smsOffered).to.equal(false);
    expect(page.form.has('sms')).to.equal(false);
  });

  it('creates a RestAdapter from the api attribute; a set adapter wins', async () => {
    const page = await mountBooking(undefined);
    page.el.setAttribute('api', 'https://booking.example.dk/api');
    await page.settle();
    expect(page.el.currentAdapter?.constructor.name).to.equal('RestAdapter');
    const adapter = countingAdapter();
    page.el.adapter = adapter;
    await page.settle();
    expect(page.el.currentAdapter === adapter, 'the set adapter is used').to.equal(true);
  });
});
