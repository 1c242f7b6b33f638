import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/bt-appointment-manager.js';
import { countingAdapter, mountBooking } from '../components/booking/booking-object.js';
import { mountManager } from '../components/appointment-manager/manager-object.js';
import { findInProperties, LeakWatch, pageStores } from './leak-watch.js';

const CPR = '0101901234';

/** The CPR number in any of the ways it may be written: digits, with a dash or spaces, or its date part. */
function leaks(text: string): boolean {
  return text.replace(/[\s-]/g, '').includes(CPR) || text.includes('010190');
}

/**
 * The privacy promise, end to end in one page: a citizen books with their CPR number
 * (typed on the keyboard), downloads and prints the receipt, then opens the manage link, moves
 * the appointment and cancels it. Afterwards the number is nowhere but in the booking request.
 */
describe('privacy: the CPR number goes to the booking request and nowhere else', function () {
  this.timeout(60000);

  const watch = new LeakWatch();
  const startUrl = window.location.href;
  const originalPrint = window.print;

  before(() => {
    localStorage.clear();
    sessionStorage.clear();
    window.print = () => undefined;
    watch.start();
  });

  after(() => {
    watch.stop();
    window.print = originalPrint;
    history.replaceState(null, '', startUrl);
  });

  it('after a booking, a move and a cancel: not in the URL, history, storage, cookies, console, events or properties', async () => {
    const adapter = countingAdapter();

    // ---- book, typing the CPR number key by key as a citizen does ----
    const booking = await mountBooking(adapter);
    await booking.pickErrandAndTime();
    await booking.waitForStep('details');
    await booking.form.enter('name', 'Karen Jensen');
    await booking.form.enter('email', 'karen@example.dk');
    booking.form.field('cpr').focus();
    await sendKeys({ type: '010190-1234' });
    await booking.form.blur();
    await booking.submitDetails();
    await booking.waitForStep('summary');
    // Before the booking the flow holds it (what is booked), and the property walk finds it there.
    const backend = new Set<object>([adapter]);
    expect(findInProperties(booking.el, leaks, backend).length > 0, 'the walk finds the number before booking').to.equal(true);
    await booking.confirm();
    await booking.waitForStep('receipt');

    // The number did go where it must: the booking request (so the test typed it for real).
    expect(adapter.calls.length).to.equal(1);
    expect(leaks(JSON.stringify(adapter.calls[0]!.request))).to.equal(true);

    // Neither <bt-booking> nor anything inside it still holds it once the receipt is shown.
    expect(findInProperties(booking.el, leaks, backend), 'properties of <bt-booking> after the receipt').to.deep.equal([]);

    // The .ics is made and announced, but not saved: a real download takes the browser's focus
    // (Firefox opens its downloads panel), which later test files need.
    booking.receipt.root.addEventListener('click', (event) => {
      if ((event.target as Element).matches('a[download]')) event.preventDefault();
    });
    booking.receipt.calendarButton.click();
    booking.receipt.printButton.click();
    window.dispatchEvent(new Event('afterprint'));
    await booking.settle();

    // ---- the manage link: the fragment, read and removed by the manager ----
    const appointment = booking.el.appointment!;
    history.replaceState(null, '', `#reference=${appointment.reference}&token=${appointment.token}`);
    const manager = await mountManager(adapter, { fromUrl: true });
    await manager.waitForHeading('Din tid');

    await manager.chooseNewTime(1);
    await manager.waitForButton('Flyt min tid');
    await manager.press('Flyt min tid');
    await waitUntil(() => manager.root.querySelector('bt-receipt'), 'the move never showed its receipt');

    await manager.press('Aflys');
    await manager.waitForDialog();
    manager.dialogButton(/^Ja, aflys tiden$/)!.click();
    await manager.waitForHeading('Din tid er aflyst');
    await manager.waitForDialog(false);

    // ---- where it must not be ----
    const heard = watch.heard.join('\n');
    for (const type of ['bt-booked', 'bt-rescheduled', 'bt-cancelled', 'bt-receipt-download', 'bt-receipt-print', 'keydown']) {
      expect(heard.includes(`${type} `), `a listener on window heard ${type}`).to.equal(true);
    }
    expect(heard.includes('bt-contact-'), 'the contact events stayed inside <bt-booking>').to.equal(false);
    expect(watch.unlistenedBtTypes(), 'bt-* events the suite does not listen to').to.deep.equal([]);
    expect(
      watch.heard.filter(leaks),
      `events heard on window (${watch.typeCount} types listened to, capture phase)`,
    ).to.deep.equal([]);
    expect(watch.logged.filter(leaks), 'console').to.deep.equal([]);

    const stores = await pageStores();
    const leaking = Object.entries(stores).filter(([, text]) => leaks(text));
    expect(leaking, 'URL, history state, storage, cookies, IndexedDB, caches').to.deep.equal([]);
    expect(window.location.href.includes('token='), 'the token left the address bar').to.equal(false);

    expect(findInProperties(booking.el, leaks, backend), 'properties of <bt-booking> at the end').to.deep.equal([]);
    expect(findInProperties(manager.el, leaks, backend), 'properties of <bt-appointment-manager>').to.deep.equal([]);
    // Nor in any attribute or text of the two elements' shadow trees.
    for (const root of [booking.root, manager.root]) expect(leaks(root.innerHTML)).to.equal(false);
  });
});
