import { expect, waitUntil } from '@open-wc/testing';
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
    // The backend's names of the errand and office follow the switch: asked for again in English.
    await waitUntil(() => page.summaryValue('Errand').startsWith('Passport – new passport (adult)'), 'errand not in English');
    expect(text(page.confirmButton)).to.equal('Confirm and book');

    page.el.setAttribute('lang', 'da');
    await page.settle();
    expect(page.heading).to.equal('Tjek dine svar');
    expect(page.summaryValue('Navn')).to.equal('Karen Jensen');
  });
});

describe('<bt-booking>: the language reaches any adapter', function () {
  this.timeout(30000);

  it("sends the element's language with every call, the new one once the page switches", async () => {
    // An adapter of a vendor's own: it has no language of its own, only each call's `lang`.
    const adapter = countingAdapter();
    const asked: Array<string | undefined> = [];
    const getServices = adapter.getServices.bind(adapter);
    adapter.getServices = (query, options) => {
      asked.push(options?.lang);
      return getServices(query, options);
    };
    const page = await mountBooking(adapter, { lang: 'en' });
    await page.chooseLocation('Borgerservice Centrum');
    expect(asked.at(-1)).to.equal('en');
    expect(page.picker.serviceNames()).to.include('Passport – new passport (adult)');
    await page.chooseService('Passport – new passport (adult)');
    await page.waitForStep('time');

    page.el.setAttribute('lang', 'da');
    await page.settle();
    await page.pickFirstAvailableDay();
    await page.pickTime();
    await page.waitForStep('details');
    await page.fillDetails({ ...CITIZEN });
    await page.submitDetails();
    await page.waitForStep('summary');
    await page.confirm();
    await page.waitForStep('receipt');
    expect(adapter.calls.at(-1)?.options?.lang, 'the booking asked in Danish').to.equal('da');
  });
});

describe('<bt-booking>: the manage link in the language booked in', function () {
  this.timeout(30000);

  it('fills {lang} in manage-url, so an English receipt opens the English manage page', async () => {
    const page = await mountBooking(countingAdapter(), {
      lang: 'en',
      manageUrl: 'https://kommune.dk/{lang}/min-tid#reference={reference}&token={token}',
    });
    await page.toSummary(CITIZEN, 'Passport – new passport (adult)');
    await page.confirm();
    await page.waitForStep('receipt');
    const { reference, token } = page.receiptElement.appointment!;
    expect(page.receiptElement.manageUrl).to.equal(
      `https://kommune.dk/en/min-tid#reference=${encodeURIComponent(reference)}&token=${encodeURIComponent(token!)}`,
    );
  });
});
