import { expect } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import { MemoryAdapter, SAMPLE_PHONE } from '../../../src/adapters/memory/index.js';
import { RestAdapter } from '../../../src/adapters/rest/index.js';
import { createMockControls, setupBrowserMocks } from '../../../src/mocks/index.js';
import { KAREN, bookOne, fixedNow, mountManager, signedInAuth } from './manager-object.js';

describe('<bt-appointment-manager> over the REST contract (msw)', function () {
  this.timeout(30000);
  const baseUrl = 'https://manage.example.test/api';
  const controls = createMockControls();
  const auth = signedInAuth();
  // The server's store; the session stands for the server's sign-in cookie.
  const backend = new MemoryAdapter({ now: fixedNow, occupancy: 0, auth });
  let worker: SetupWorker;

  before(async () => {
    worker = await setupBrowserMocks({ baseUrl, adapter: backend, controls });
  });
  after(() => worker.stop());
  afterEach(() => {
    controls.reset();
    auth.session = KAREN;
  });

  async function booked() {
    auth.session = null;
    const appointment = await bookOne(backend);
    return appointment;
  }

  it('opens by link through a RestAdapter made from the api attribute, and moves with one call', async () => {
    const appointment = await booked();
    const page = await mountManager(undefined, { api: baseUrl, reference: appointment.reference, token: appointment.token! });
    await page.waitForHeading('Din tid');
    expect(page.el.appointment?.reference).to.equal(appointment.reference);
    const slot = await page.chooseNewTime(1);
    await page.waitForButton('Flyt min tid');
    await page.press('Flyt min tid');
    await page.waitForHeading('Din tid er flyttet');
    const stored = backend.snapshot().bookings.find((entry) => entry.reference === appointment.reference)!;
    expect(stored.slotId).to.equal(slot.id);
    // The hold went with the move and became the appointment's place.
    expect(backend.snapshot().holds).to.deep.equal([]);
  });

  it('a wrong token and an unknown reference get the identical answer', async () => {
    const appointment = await booked();
    const wrong = await mountManager(undefined, { api: baseUrl, reference: appointment.reference, token: 'wrong' });
    await wrong.waitForAlert('Vi kunne ikke finde');
    const unknown = await mountManager(undefined, { api: baseUrl, reference: 'BT-ZZZZZZ', token: appointment.token! });
    await unknown.waitForAlert('Vi kunne ikke finde');
    expect(wrong.alertText).to.equal(unknown.alertText);
  });

  it('a 503 in the middle of a move leaves the original at the backend and on screen, with a retry', async () => {
    const appointment = await booked();
    const page = await mountManager(undefined, { api: baseUrl, reference: appointment.reference, token: appointment.token! });
    await page.waitForHeading('Din tid');
    const time = page.fact('Tid');
    await page.chooseNewTime(1);
    await page.waitForButton('Flyt min tid');
    controls.failNext = { status: 503, path: /reschedule$/, method: 'POST', times: 5 };
    await page.press('Flyt min tid');
    await page.waitForAlert('Din tid blev ikke flyttet');
    // A failure the citizen cannot fix offers the office's phone.
    expect(page.alertText).to.contain(`Du kan også ringe til Borgerservice på ${appointment.location.phone}`);
    expect(page.fact('Tid')).to.equal(time);
    const stored = backend.snapshot().bookings.find((entry) => entry.reference === appointment.reference)!;
    expect(stored.start).to.equal(appointment.start);
    expect(page.button('Prøv at flytte igen')).to.exist;
  });

  it('a time taken during the move: back to the calendar, the original intact', async () => {
    const appointment = await booked();
    const page = await mountManager(undefined, { api: baseUrl, reference: appointment.reference, token: appointment.token! });
    await page.waitForHeading('Din tid');
    const slot = await page.chooseNewTime(1);
    await page.waitForButton('Flyt min tid');
    // The backend refuses the move: the time went to someone else (say, the citizen's hold lapsed).
    controls.failNext = { status: 409, path: /reschedule$/, method: 'POST' };
    await page.press('Flyt min tid');
    await page.waitForAlert('lige blevet taget af en anden');
    expect(page.heading).to.equal('Vælg en ny tid');
    const stored = backend.snapshot().bookings.find((entry) => entry.reference === appointment.reference)!;
    expect(stored.slotId).to.not.equal(slot.id);
  });

  it('cancels through the dialog, and a refused cancellation shows the phone', async () => {
    const appointment = await booked();
    const page = await mountManager(undefined, { api: baseUrl, reference: appointment.reference, token: appointment.token! });
    await page.waitForHeading('Din tid');
    controls.failNext = { status: 422, path: /cancel$/, method: 'POST' };
    await page.press('Aflys');
    await page.waitForDialog();
    page.dialogButton(/^Ja, aflys tiden$/)!.click();
    await page.waitForAlert('kunne ikke aflyses');
    expect(page.alertText).to.contain(SAMPLE_PHONE);
    await page.waitForDialog(false);
    await page.press('Aflys');
    await page.waitForDialog();
    page.dialogButton(/^Ja, aflys tiden$/)!.click();
    await page.waitForHeading('Din tid er aflyst');
    expect(backend.snapshot().bookings.find((entry) => entry.reference === appointment.reference)!.status).to.equal('cancelled');
  });

  it('signed in: lists Mine aftaler over REST', async () => {
    auth.session = KAREN;
    const appointment = await bookOne(backend);
    const client = Object.assign(new RestAdapter({ baseUrl }), { auth });
    const page = await mountManager(client);
    await page.waitForHeading('Mine aftaler');
    const names = [...page.root.querySelectorAll('[part~="open-button"]')].map((button) => button.getAttribute('aria-label'));
    expect(names.some((name) => name?.includes(appointment.service.name))).to.equal(true);
    await expect(page.el).to.be.accessible();
  });
});

describe('<bt-appointment-manager api="…"> that is no valid URL', () => {
  it('says so where it stands, with the value, and no error thrown', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const page = await mountManager(undefined, { api: 'http://[::1' });
      await page.settled();
      const message = page.root.querySelector('[part="config-error"]');
      expect(message?.getAttribute('role')).to.equal('alert');
      expect(message?.textContent).to.contain('ikke en gyldig adresse');
      expect(message?.textContent).to.contain('http://[::1');
    } finally {
      console.warn = warn;
    }
  });
});
