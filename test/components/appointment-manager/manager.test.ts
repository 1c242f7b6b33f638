import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, SAMPLE_PHONE, type MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import { BookingError } from '../../../src/core/errors.js';
import type { CancelledDetail, RescheduledDetail } from '../../../src/define/bt-appointment-manager.js';
import { bookOne, fixedNow, freeSlots, mountManager, signedInAuth, type ManagerObject } from './manager-object.js';

const NOT_FOUND_DA = 'Vi kunne ikke finde en tid med disse oplysninger.';

function memory(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter({ now: fixedNow, occupancy: 0, ...options });
}

async function openByLink(adapter: MemoryAdapter, lang = 'da') {
  const appointment = await bookOne(adapter);
  const page = await mountManager(adapter, { reference: appointment.reference, token: appointment.token!, lang });
  await page.waitForHeading(lang === 'da' ? 'Din tid' : 'Your appointment');
  return { page, appointment };
}

describe('<bt-appointment-manager> over the MemoryAdapter', function () {
  this.timeout(20000);

  describe('open by link', () => {
    it('shows the errand, office with address, date and time in Copenhagen, documents and status', async () => {
      const { page, appointment } = await openByLink(memory());
      expect(page.fact('Bestillingsnummer')).to.equal(appointment.reference);
      expect(page.fact('Status')).to.equal('Bestilt');
      expect(page.fact('Ærinde')).to.equal(appointment.service.name);
      expect(page.fact('Sted')).to.contain('Borgerservice Centrum');
      expect(page.fact('Sted')).to.contain(appointment.location.address.street);
      expect(page.fact('Dato')).to.match(/december 2026/);
      expect(page.fact('Tid')).to.match(/^kl\. \d\d\.\d\d–\d\d\.\d\d$/);
      expect(page.root.querySelector('[part~="documents"]')).to.exist;
      expect(page.button('Ændr tidspunkt')).to.exist;
      expect(page.button('Aflys')).to.exist;
      await expect(page.el).to.be.accessible();
    });

    it('shows nothing of another booking for a wrong token, in the same words as an unknown reference', async () => {
      const adapter = memory();
      const appointment = await bookOne(adapter);
      const wrong = await mountManager(adapter, { reference: appointment.reference, token: 'not-the-token' });
      await wrong.waitForAlert(NOT_FOUND_DA);
      const unknown = await mountManager(adapter, { reference: 'BT-ZZZZZZ', token: appointment.token! });
      await unknown.waitForAlert(NOT_FOUND_DA);
      expect(wrong.alertText).to.equal(unknown.alertText);
      expect(wrong.heading).to.equal('Find din tid');
      await expect(wrong.el).to.be.accessible();
    });
  });

  describe('lookup', () => {
    it('asks for the booking number and code, says which is missing, and finds the booking', async () => {
      const adapter = memory();
      const appointment = await bookOne(adapter);
      const page = await mountManager(adapter);
      await page.waitForHeading('Find din tid');
      await expect(page.el).to.be.accessible();
      await page.lookUp('', '');
      expect(page.field('Bestillingsnummer').getAttribute('aria-invalid')).to.equal('true');
      expect(page.focused).to.equal(page.field('Bestillingsnummer'));
      await expect(page.el).to.be.accessible();
      await page.lookUp(appointment.reference.toLowerCase(), appointment.token!);
      await page.waitForHeading('Din tid');
      expect(page.focused).to.equal(page.headingElement);
      expect(page.fact('Bestillingsnummer')).to.equal(appointment.reference);
    });

    it('a wrong code and an unknown number get the identical answer, with focus on it', async () => {
      const adapter = memory();
      const appointment = await bookOne(adapter);
      const page = await mountManager(adapter);
      await page.waitForHeading('Find din tid');
      await page.lookUp(appointment.reference, 'wrong');
      await page.waitForAlert(NOT_FOUND_DA);
      const wrongToken = page.alertText;
      expect(page.focused?.getAttribute('role')).to.equal('alert');
      await page.lookUp('BT-AAAAAA', appointment.token!);
      await aTimeout(0);
      await page.waitForAlert(NOT_FOUND_DA);
      expect(page.alertText).to.equal(wrongToken);
    });
  });

  describe('signed in: Mine aftaler', () => {
    it('lists the upcoming appointments and opens one with its actions', async () => {
      const adapter = memory({ auth: signedInAuth() });
      const first = await bookOne(adapter);
      const [, second] = await freeSlots(adapter);
      await bookOne(adapter, second);
      const page = await mountManager(adapter);
      await page.waitForHeading('Mine aftaler');
      expect(squashed(page.root.querySelector('[part~="session"]'))).to.contain('Karen Jensen');
      const opens = [...page.root.querySelectorAll('[part~="open-button"]')];
      expect(opens).to.have.length(2);
      await expect(page.el).to.be.accessible();
      (opens[0] as HTMLButtonElement).click();
      await page.waitForHeading('Din tid');
      expect(page.fact('Bestillingsnummer')).to.equal(first.reference);
      expect(page.focused).to.equal(page.headingElement);
      await page.press('Tilbage til Mine aftaler');
      await page.waitForHeading('Mine aftaler');
    });

    it('without a session offers MitID and lists the appointments after signing in', async () => {
      const auth = signedInAuth(undefined, true);
      const adapter = memory({ auth });
      await bookOne(adapter);
      auth.session = null;
      const page = await mountManager(adapter);
      await page.waitForHeading('Find din tid');
      await page.press('Log ind med MitID');
      await page.waitForHeading('Mine aftaler');
      expect(page.root.querySelectorAll('[part~="open-button"]')).to.have.length(1);
    });
  });

  describe('move', () => {
    it('moves with one reschedule call, shows the receipt with the old time, and fires bt-rescheduled without secrets', async () => {
      const adapter = memory();
      const { page, appointment } = await openByLink(adapter);
      const calls: string[] = [];
      for (const method of ['reschedule', 'cancel', 'book', 'releaseHold'] as const) {
        const original = adapter[method]!.bind(adapter) as (...args: never[]) => Promise<unknown>;
        (adapter as unknown as Record<string, unknown>)[method] = (...args: never[]) => {
          calls.push(method);
          return original(...args);
        };
      }
      const slot = await page.chooseNewTime(1);
      await page.waitForButton('Flyt min tid');
      expect(page.focusedName).to.equal('Flyt min tid');
      expect(adapter.snapshot().holds.map((hold) => hold.slotId)).to.deep.equal([slot.id]);
      let detail: RescheduledDetail | undefined;
      page.el.addEventListener('bt-rescheduled', (event) => (detail = event.detail));
      await page.press('Flyt min tid');
      await waitUntil(() => detail, 'no bt-rescheduled');
      expect(calls).to.deep.equal(['reschedule']);
      expect(detail).to.deep.equal({
        reference: appointment.reference,
        serviceId: appointment.service.id,
        locationId: appointment.location.id,
        start: slot.start,
        end: slot.end,
        previousStart: appointment.start,
        previousEnd: appointment.end,
      });
      const receipt = page.root.querySelector('bt-receipt')!;
      await waitUntil(() => page.focused === receipt.shadowRoot!.querySelector('h2'), 'focus not on the receipt');
      expect(squashed(page.root.querySelector('[part~="moved-from"]'))).to.match(/^Flyttet fra/);
      const [booking] = adapter.snapshot().bookings;
      expect(booking!.slotId).to.equal(slot.id);
      expect(adapter.snapshot().holds).to.have.length(0);
      await expect(page.el).to.be.accessible();
    });

    it('a failure midway leaves the original, says so, and the retry moves it', async () => {
      const adapter = memory();
      const { page, appointment } = await openByLink(adapter);
      const originalTime = page.fact('Tid');
      const slot = await page.chooseNewTime(1);
      await page.waitForButton('Flyt min tid');
      adapter.failNext('unavailable', 'reschedule');
      await page.press('Flyt min tid');
      await page.waitForAlert('Din tid blev ikke flyttet');
      expect(page.heading).to.equal('Din tid');
      expect(page.fact('Tid')).to.equal(originalTime);
      expect(adapter.snapshot().bookings[0]!.slotId).to.not.equal(slot.id);
      expect(adapter.snapshot().bookings[0]!.start).to.equal(appointment.start);
      expect(page.focused?.getAttribute('role')).to.equal('alert');
      await expect(page.el).to.be.accessible();
      await page.press('Prøv at flytte igen');
      await page.waitForHeading('Din tid er flyttet');
      expect(adapter.snapshot().bookings[0]!.slotId).to.equal(slot.id);
    });

    it('a time taken during the move goes back to the calendar with the original intact', async () => {
      const adapter = new MemoryAdapter({ now: fixedNow, occupancy: 0, holds: false });
      const { page, appointment } = await openByLink(adapter);
      const slot = await page.chooseNewTime(1);
      await page.waitForButton('Flyt min tid');
      adapter.takeSlot(slot.id);
      await page.press('Flyt min tid');
      await page.waitForAlert('lige blevet taget af en anden');
      expect(page.heading).to.equal('Vælg en ny tid');
      expect(adapter.snapshot().bookings[0]!.start).to.equal(appointment.start);
      expect(page.button('Flyt min tid')).to.equal(undefined);
      await expect(page.el).to.be.accessible();
      await page.press('Behold min nuværende tid');
      await page.waitForHeading('Din tid');
      expect(page.focused).to.equal(page.headingElement);
    });
  });

  describe('cancel', () => {
    it('asks in a modal dialog with focus on keep; Escape keeps the appointment and returns focus', async () => {
      const adapter = memory();
      const { page } = await openByLink(adapter);
      await page.press('Aflys');
      await page.waitForDialog();
      expect(page.dialog.getAttribute('aria-labelledby')).to.equal('cancel-title');
      expect(squashed(page.dialog)).to.contain('Borgerservice Centrum');
      await waitUntil(() => page.focusedName === 'Nej, behold tiden', `focus on ${page.focusedName}`);
      await expect(page.el).to.be.accessible();
      page.focused!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }),
      );
      await page.waitForDialog(false);
      await waitUntil(() => page.focusedName === 'Aflys', `focus on ${page.focusedName}`);
      expect(adapter.snapshot().bookings[0]!.status).to.equal('booked');
    });

    it('cancels, shows it cancelled with a way to book again, and fires bt-cancelled without secrets', async () => {
      const adapter = memory();
      const { page, appointment } = await openByLink(adapter);
      let detail: CancelledDetail | undefined;
      page.el.addEventListener('bt-cancelled', (event) => (detail = event.detail));
      await page.press('Aflys');
      await page.waitForDialog();
      page.dialogButton(/^Ja, aflys tiden$/)!.click();
      await page.waitForHeading('Din tid er aflyst');
      await page.waitForDialog(false);
      expect(detail).to.deep.equal({
        reference: appointment.reference,
        serviceId: appointment.service.id,
        locationId: appointment.location.id,
        start: appointment.start,
        end: appointment.end,
      });
      expect(page.fact('Status')).to.equal('Aflyst');
      expect(page.link('Bestil en ny tid')?.href).to.equal(new URL('./', document.baseURI).href);
      expect(page.button('Ændr tidspunkt')).to.equal(undefined);
      await waitUntil(() => page.focused === page.headingElement, `focus on ${page.focusedName}`);
      expect(adapter.snapshot().bookings[0]!.status).to.equal('cancelled');
      await expect(page.el).to.be.accessible();
    });

    it('a refused cancellation is said plainly with the office phone; the appointment stays', async () => {
      const adapter = memory();
      const { page } = await openByLink(adapter);
      adapter.failNext(new BookingError('validation', 'Too late to cancel', { fields: { reference: 'deadline' } }), 'cancel');
      await page.press('Aflys');
      await page.waitForDialog();
      page.dialogButton(/^Ja, aflys tiden$/)!.click();
      await page.waitForAlert('kunne ikke aflyses');
      expect(page.alertText).to.contain(SAMPLE_PHONE);
      expect(page.fact('Status')).to.equal('Bestilt');
      await page.waitForDialog(false);
      await waitUntil(() => page.focused?.getAttribute('role') === 'alert', `focus on ${page.focusedName}`);
      await expect(page.el).to.be.accessible();
    });
  });

  describe('change of errand', () => {
    it('explains booking the new errand first, right there, and keeps this appointment until cancelled', async () => {
      const adapter = memory();
      const { page } = await openByLink(adapter);
      await page.press('Skift ærinde');
      await page.waitForHeading('Skift ærinde');
      expect(page.focused).to.equal(page.headingElement);
      expect(page.root.querySelector('bt-booking')?.getAttribute('location')).to.equal('centrum');
      expect(adapter.snapshot().bookings[0]!.status).to.equal('booked');
      await expect(page.el).to.be.accessible();
      await page.press('Tilbage til din tid');
      await page.waitForHeading('Din tid');
    });
  });

  describe('from-url', () => {
    it('reads the reference and token from the fragment and removes them from the address bar', async () => {
      const adapter = memory();
      const appointment = await bookOne(adapter);
      const before = window.location.href.replace(/#.*$/, '');
      history.replaceState(
        null,
        '',
        `${before}#reference=${appointment.reference}&token=${encodeURIComponent(appointment.token!)}&keep=1`,
      );
      const page = await mountManager(adapter, { fromUrl: true });
      await page.waitForHeading('Din tid');
      expect(page.fact('Bestillingsnummer')).to.equal(appointment.reference);
      expect(window.location.href).to.equal(`${before}#keep=1`);
      expect(window.location.href).to.not.contain(appointment.token!);
      // A reload of the page (same history entry, no fragment) still opens the booking.
      page.el.remove();
      const again = await mountManager(adapter, { fromUrl: true });
      await again.waitForHeading('Din tid');
      expect(again.fact('Bestillingsnummer')).to.equal(appointment.reference);
      expect(window.location.href).to.equal(`${before}#keep=1`);
      history.replaceState(null, '', before);
    });
  });

  describe('English', () => {
    it('every view speaks English and stays accessible', async () => {
      const adapter = memory();
      const { page } = await openByLink(adapter, 'en');
      expect(page.button('Change time')).to.exist;
      await expect(page.el).to.be.accessible();
      await page.chooseNewTime(0);
      await page.waitForHeading('Choose a new time');
      await expect(page.el).to.be.accessible();
      await page.press('Keep my current time');
      await page.press('Cancel appointment');
      await page.waitForDialog();
      await expect(page.el).to.be.accessible();
      page.dialogButton(/^No, keep the appointment$/)!.click();
      await page.waitForDialog(false);
      const lookup = await mountManager(adapter, { lang: 'en' });
      await lookup.waitForHeading('Find your appointment');
      await lookup.lookUp('BT-AAAAAA', 'x');
      await lookup.waitForAlert('We could not find a booking with these details');
      await expect(lookup.el).to.be.accessible();
    });
  });

  it('without adapter or api says it is not set up', async () => {
    const page: ManagerObject = await mountManager(undefined);
    expect(page.alertText).to.contain('ikke sat op');
    await expect(page.el).to.be.accessible();
  });
});

function squashed(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
