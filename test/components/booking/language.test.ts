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
    expect(text(page.$('.steps-compact'))).to.equal('Step 3 of 4: Your details');
    expect(page.form.getAttribute('lang')).to.equal('en');
    await page.form.updateComplete;
    expect((page.form.shadowRoot!.getElementById('name') as HTMLInputElement).value).to.equal('Karen Jensen');
    expect((page.form.shadowRoot!.getElementById('cpr') as HTMLInputElement).value).to.equal('0101901234');
    expect(text(page.$('[part~="hold"]'))).to.contain('We are holding the time for you');
    expect(text(page.$('[part~="context"]'))).to.contain('Monday, 23 November 2026');
    await expect(page.el).to.be.accessible();

    await page.fillDetails({ email: CITIZEN.email! });
    await page.submitDetails();
    await page.waitForStep('summary');
    expect(page.heading).to.equal('Check your answers');
    expect(page.summaryRows().find((row) => row.label === 'Time')!.value).to.equal('Monday, 23 November 2026, 09:20–09:40');
    expect(text(page.confirmButton)).to.equal('Confirm and book');

    page.el.setAttribute('lang', 'da');
    await page.settle();
    expect(page.heading).to.equal('Tjek dine svar');
    expect(page.summaryRows().find((row) => row.label === 'Navn')!.value).to.equal('Karen Jensen');
  });
});
