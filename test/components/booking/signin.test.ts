import { expect, waitUntil } from '@open-wc/testing';
import { CITIZEN, countingAdapter, fakeAuth, mountBooking, text } from './booking-object.js';

const ERRAND = 'Navneændring';

describe('<bt-booking>: MitID sign-in', function () {
  this.timeout(30000);

  it('asks for a sign-in before the details when the errand needs it, then fills in name and CPR', async () => {
    const auth = fakeAuth();
    const adapter = countingAdapter({ auth });
    const page = await mountBooking(adapter);
    await page.chooseLocation('Borgerservice Centrum');
    await page.chooseService(ERRAND);
    await page.waitForStep('time');
    expect(page.stepItems).to.have.length(5);
    await page.pickFirstAvailableDay();
    await page.pickTime();
    await page.waitForStep('signin');
    expect(page.heading).to.equal('Log ind med MitID');
    expect(page.focused === page.stepHeading, 'focus on the step heading').to.equal(true);
    await expect(page.el).to.be.accessible();

    page.part('signin-button')!.click();
    await page.waitForStep('details');
    expect(auth.logins).to.deep.equal([window.location.href]);
    expect(text(page.part('session'))).to.contain('Du er logget ind som Karen Jensen');
    expect(page.formElement.session).to.deep.equal({ name: 'Karen Jensen', cpr: '0101901234' });
    await expect(page.el).to.be.accessible();

    await page.fillDetails({ email: CITIZEN.email! });
    await page.submitDetails();
    await page.waitForStep('summary');
    const name = page.summaryRow('Navn');
    expect(name.value).to.contain('fra MitID');
    expect(page.summaryRows().map((row) => row.label)).to.not.include('CPR-nummer');
    expect(
      page.summaryRows().some((row) => row.changeButton),
      'other answers can be changed',
    ).to.equal(true);
    expect(name.changeButton, 'MitID name cannot be changed here').to.equal(null);
    await page.confirm();
    await page.waitForStep('receipt');
    // Name from MitID; the CPR number stays home, as Navneændring does not need it.
    expect(adapter.calls[0]!.request.citizen.name).to.equal('Karen Jensen');
    expect(adapter.calls[0]!.request.citizen).to.not.have.property('cpr');
  });

  it('skips the sign-in step when already signed in', async () => {
    const auth = fakeAuth(undefined, true);
    const page = await mountBooking(countingAdapter({ auth }));
    await page.chooseLocation('Borgerservice Centrum');
    await page.chooseService(ERRAND);
    await page.waitForStep('time');
    expect(page.stepItems).to.have.length(4);
    await page.pickFirstAvailableDay();
    await page.pickTime();
    await page.waitForStep('details');
  });

  it('goes to the sign-in step when the backend asks for a sign-in, and back to the summary after', async () => {
    const auth = fakeAuth();
    const adapter = countingAdapter({ auth });
    const page = await mountBooking(adapter);
    await page.pickErrandAndTime(ERRAND);
    await page.waitForStep('signin');
    page.part('signin-button')!.click();
    await page.waitForStep('details');
    await page.fillDetails({ email: CITIZEN.email! });
    await page.submitDetails();
    await page.waitForStep('summary');
    auth.session = null; // the MitID session ran out on the server
    await page.confirm();
    await page.waitForStep('signin');
    expect(page.notice()).to.contain('logge ind');
    page.part('signin-button')!.click();
    await page.waitForStep('summary');
    await page.confirm();
    await page.waitForStep('receipt');
  });

  it('signing out returns to the sign-in step', async () => {
    const auth = fakeAuth(undefined, true);
    const page = await mountBooking(countingAdapter({ auth }));
    await page.pickErrandAndTime(ERRAND);
    await page.waitForStep('details');
    page.part('session')!.querySelector('button')!.click();
    await page.waitForStep('signin');
    expect(page.notice()).to.contain('Du er logget ud');
    expect(page.part('session')).to.equal(null);
  });

  it('without sign-in in the adapter, shows the errand as unavailable up front, with the reason, and it cannot be chosen', async () => {
    const page = await mountBooking(countingAdapter());
    await page.chooseLocation('Borgerservice Centrum');
    await page.picker.settled();
    const radio = page.picker.service(ERRAND);
    expect(radio.disabled, 'the errand cannot be chosen here').to.equal(true);
    expect(page.picker.description(radio)).to.contain('MitID');
    radio.click();
    await page.settle();
    expect(radio.checked, 'a click does not choose it').to.equal(false);
    expect(page.step).to.equal('service');
    await expect(page.el).to.be.accessible();
  });

  it('without sign-in in the adapter, a preselected login-only errand is explained on the first step, not booked', async () => {
    const page = await mountBooking(countingAdapter(), { service: 'navneaendring', location: 'centrum' });
    await waitUntil(() => page.shows('bt-service-picker') && page.notice() !== '', 'the explanation');
    expect(page.step).to.equal('service');
    expect(page.notice()).to.contain('Navneændring kræver log ind med MitID');
    const focused = page.focused as HTMLElement | null;
    expect(focused === null || !page.notices.includes(focused), 'no focus stolen on load').to.equal(true);
    await page.picker.settled();
    expect(page.picker.service(ERRAND).disabled, 'the errand cannot be chosen here').to.equal(true);
    await expect(page.el).to.be.accessible();
  });
});
