import { expect } from '@open-wc/testing';
import { CITIZEN, countingAdapter, mountBooking, text } from './booking-object.js';

describe('<bt-booking>: language', function () {
  this.timeout(30000);

  it('switching lang mid-flow re-renders everything and keeps step, choices and typed details', async () => {
    const page = await mountBooking(countingAdapter());
    await page.chooseLocation('Borgerservice Centrum');
    await page.chooseService('Pas – nyt pas (voksen)');
    await page.waitForStep('time');
    await page.pickFirstAvailableDay();
    await page.pickTime();
    await page.waitForStep('details');
    await page.fillDetails({ name: 'Karen Jensen', cpr: '0101901234' });

    page.el.setAttribute('lang', 'en');
    await page.settle();
    expect(page.step).to.equal('details');
    expect(page.heading).to.equal('Your details');
    expect(page.compactSteps).to.equal('Step 3 of 4: Your details');
    expect(page.formElement.getAttribute('lang')).to.equal('en');
    await page.formElement.updateComplete;
    // Found by their English labels: the form speaks English now.
    expect(page.form.lang).to.equal('en');
    expect(page.form.field('name').value).to.equal('Karen Jensen');
    expect(page.form.field('cpr').value).to.equal('0101901234');
    expect(page.holdText).to.contain('We are holding the time for you');
    expect(text(page.part('context'))).to.contain('Monday, 23 November 2026');
    await expect(page.el).to.be.accessible();

    await page.fillDetails({ email: CITIZEN.email! });
    await page.submitDetails();
    await page.waitForStep('summary');
    expect(page.heading).to.equal('Check your answers');
    expect(page.summaryValue('Time')).to.equal('Monday, 23 November 2026, 09:20–09:40');
    expect(text(page.confirmButton)).to.equal('Confirm and book');

    page.el.setAttribute('lang', 'da');
    await page.settle();
    expect(page.heading).to.equal('Tjek dine svar');
    expect(page.summaryValue('Navn')).to.equal('Karen Jensen');
  });
});
