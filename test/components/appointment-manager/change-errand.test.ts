import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/bt-booking.js';
import { MemoryAdapter, SAMPLE_PHONE } from '../../../src/adapters/memory/index.js';
import { BookingError } from '../../../src/core/errors.js';
import type { BookedDetail } from '../../../src/define/bt-booking.js';
import type { CancelledDetail } from '../../../src/define/bt-appointment-manager.js';
import { BookingObject, CITIZEN } from '../booking/booking-object.js';
import { bookOne, fixedNow, mountManager } from './manager-object.js';

const NEW_ERRAND = 'Pas – nyt pas (voksen)';

function memory(): MemoryAdapter {
  return new MemoryAdapter({ now: fixedNow, occupancy: 0 });
}

/** Opens the old appointment by its link and presses "Skift ærinde". */
async function openChange(adapter: MemoryAdapter, lang = 'da') {
  const old = await bookOne(adapter);
  const page = await mountManager(adapter, { reference: old.reference, token: old.token!, lang });
  await page.waitForHeading(lang === 'da' ? 'Din tid' : 'Your appointment');
  await page.press(lang === 'da' ? 'Skift ærinde' : 'Change errand');
  await page.waitForHeading(lang === 'da' ? 'Skift ærinde' : 'Change errand');
  const element = page.root.querySelector('bt-booking');
  if (!element) throw new Error('no embedded booking');
  return { page, old, booking: new BookingObject(element) };
}

/** The citizen books the new errand in the embedded booking, up to and including "Bekræft". */
async function bookNewErrand(booking: BookingObject, errand = NEW_ERRAND): Promise<void> {
  await booking.toSummary(CITIZEN, errand);
  await booking.confirm();
  await booking.waitForStep('receipt');
}

const statuses = (adapter: MemoryAdapter) => adapter.snapshot().bookings.map((booked) => booked.status);

describe('<bt-appointment-manager>: change of errand', function () {
  this.timeout(30000);

  it('books the new errand in the embedded booking, then cancels the old one — only after bt-booked', async () => {
    const adapter = memory();
    const { page, old, booking } = await openChange(adapter);
    expect(booking.el.getAttribute('location')).to.equal(old.location.id);
    await expect(page.el).to.be.accessible();

    const order: string[] = [];
    let booked: BookedDetail | undefined;
    let cancelled: CancelledDetail | undefined;
    page.el.addEventListener('bt-booked', (event) => {
      booked = event.detail;
      // At the moment the new booking is announced, the old one is still booked.
      order.push(`booked:${statuses(adapter).join(',')}`);
    });
    page.el.addEventListener('bt-cancelled', (event) => {
      cancelled = event.detail;
      order.push('cancelled');
    });

    await booking.toSummary(CITIZEN, NEW_ERRAND);
    expect(statuses(adapter), 'nothing cancelled before the new booking').to.deep.equal(['booked']);
    await booking.confirm();
    await page.waitForHeading(/^Din gamle tid \(.+\) er aflyst$/);

    expect(order).to.deep.equal(['booked:booked,booked', 'cancelled']);
    const after = adapter.snapshot().bookings;
    expect(after.find((entry) => entry.reference === old.reference)?.status).to.equal('cancelled');
    expect(after.find((entry) => entry.reference === booked?.reference)?.status).to.equal('booked');
    expect(cancelled).to.deep.equal({
      reference: old.reference,
      serviceId: old.service.id,
      locationId: old.location.id,
      start: old.start,
      end: old.end,
    });
    expect(page.heading).to.contain(old.service.name);
    // The new booking's receipt stays under the status, and focus is on the status heading.
    expect(booking.step).to.equal('receipt');
    await waitUntil(() => page.focused === page.root.querySelector('#manage-heading'), `focus on ${page.focusedName}`);
    expect(page.button('Tilbage til din tid')).to.equal(undefined);
    await expect(page.el).to.be.accessible();
  });

  it('a failed cancel of the old one says so with a retry and the office phone, and both stay visible', async () => {
    const adapter = memory();
    const { page, old, booking } = await openChange(adapter);
    adapter.failNext(new BookingError('unavailable', 'down'), 'cancel');
    await bookNewErrand(booking);
    await page.waitForAlert('Vi kunne ikke aflyse din gamle tid');
    expect(page.alertText).to.contain(old.service.name);
    expect(page.alertText).to.contain(SAMPLE_PHONE);
    expect(statuses(adapter)).to.deep.equal(['booked', 'booked']);
    expect(booking.step, 'the new booking is still shown').to.equal('receipt');
    expect(page.heading).to.equal('Skift ærinde');
    await waitUntil(() => page.focused?.getAttribute('role') === 'alert', `focus on ${page.focusedName}`);
    await expect(page.el).to.be.accessible();

    await page.press('Prøv igen');
    await page.waitForHeading(/^Din gamle tid \(.+\) er aflyst$/);
    expect(adapter.snapshot().bookings.find((entry) => entry.reference === old.reference)?.status).to.equal('cancelled');
    expect(statuses(adapter).filter((status) => status === 'booked')).to.have.length(1);
  });

  it('leaving before the new booking cancels nothing', async () => {
    const adapter = memory();
    const { page } = await openChange(adapter);
    const before = adapter.snapshot().bookings;
    await page.press('Tilbage til din tid');
    await page.waitForHeading('Din tid');
    expect(adapter.snapshot().bookings).to.deep.equal(before);
    expect(page.fact('Status')).to.equal('Bestilt');
  });

  it("hands its privacy-url and sms-offered to the new errand's booking", async () => {
    const adapter = memory();
    const old = await bookOne(adapter);
    const page = await mountManager(adapter, { reference: old.reference, token: old.token! });
    page.el.setAttribute('privacy-url', 'https://kommune.dk/privatliv');
    page.el.setAttribute('sms-offered', 'false');
    await page.waitForHeading('Din tid');
    await page.press('Skift ærinde');
    await page.waitForHeading('Skift ærinde');
    const booking = page.root.querySelector('bt-booking')!;
    expect(booking.privacyUrl).to.equal('https://kommune.dk/privatliv');
    expect(booking.smsOffered).to.equal(false);
  });

  it("gives the new errand's receipt a manage link to this page when the manager reads its links from the address", async () => {
    const adapter = memory();
    const old = await bookOne(adapter);
    const page = window.location.href.replace(/#.*$/, '');
    history.replaceState(null, '', `${page}#reference=${old.reference}&token=${encodeURIComponent(old.token!)}`);
    try {
      const manager = await mountManager(adapter, { fromUrl: true });
      await manager.waitForHeading('Din tid');
      await manager.press('Skift ærinde');
      await manager.waitForHeading('Skift ærinde');
      expect(manager.root.querySelector('bt-booking')!.manageUrl).to.equal(`${page}#reference={reference}&token={token}`);
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('reads in English', async () => {
    const adapter = memory();
    const { page, booking } = await openChange(adapter, 'en');
    await expect(page.el).to.be.accessible();
    // The backend's texts in English too: the adapter is asked in the page's language.
    await bookNewErrand(booking, 'Passport – new passport (adult)');
    await page.waitForHeading(/^Your old appointment \(.+\) has been cancelled$/);
    await expect(page.el).to.be.accessible();
  });
});
