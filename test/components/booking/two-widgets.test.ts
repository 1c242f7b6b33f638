import { expect, waitUntil } from '@open-wc/testing';
import { CITIZEN, countingAdapter, mountBooking, type BookingObject } from './booking-object.js';

/** The second citizen, on the same page, wanting the same time. */
const OTHER = { name: 'Ole Hansen', cpr: '0202802345', email: 'ole@example.dk', phone: '30405060' };

/** Which of the two pages won (reached the receipt) and which lost. */
async function outcome(first: BookingObject, second: BookingObject): Promise<{ winner: BookingObject; loser: BookingObject }> {
  await waitUntil(() => first.step === 'receipt' || second.step === 'receipt', 'one of the two is booked', { timeout: 4000 });
  await waitUntil(
    () => (first.step === 'receipt') !== (second.step === 'receipt') && [first, second].some((page) => page.step === 'time'),
    'the other is told',
    {
      timeout: 4000,
    },
  );
  return first.step === 'receipt' ? { winner: first, loser: second } : { winner: second, loser: first };
}

/**
 * Two `<bt-booking>` on one page, one backend with a single place per time: the same time
 * confirmed in both at once gives one booking; the other citizen is told the time was taken,
 * offered another, and keeps what they typed.
 */
describe('<bt-booking>: two widgets on one page, one place per time', function () {
  // Two citizens walk through three child elements each.
  this.timeout(40000);

  it('confirmed in both at once: one booking, the other told and offered another time, input kept', async () => {
    // Without holds nothing stops both from reaching "Bekræft" with the same time.
    const adapter = countingAdapter({ capacity: 1, holds: false });
    const first = await mountBooking(adapter);
    const second = await mountBooking(adapter);
    await first.toSummary(CITIZEN);
    await second.toSummary(OTHER);
    expect(first.chosenSlot?.id, 'both chose the same time').to.equal(second.chosenSlot?.id);

    // Both buttons in one task: neither booking has answered when the other is sent.
    first.confirmButton.click();
    second.confirmButton.click();
    const { winner, loser } = await outcome(first, second);
    await loser.settle();

    expect(adapter.calls, 'both asked').to.have.length(2);
    expect(adapter.snapshot().bookings, 'one booking').to.have.length(1);
    expect(winner.receipt.reference).to.match(/\S/);
    expect(loser.notice()).to.contain('optaget af en anden');
    await waitUntil(() => loser.calendar.timeButtons.length > 0, 'other times on the same day are offered');
    await expect(loser.el).to.be.accessible();

    // Another time, and the loser's details are still there.
    await loser.pickTime(0);
    await loser.waitForStep('summary');
    const typed = loser === first ? CITIZEN : OTHER;
    expect(loser.summaryValue('E-mail')).to.equal(typed.email);
    await loser.confirm();
    await loser.waitForStep('receipt');
    expect(adapter.snapshot().bookings).to.have.length(2);
    const [one, two] = adapter.snapshot().bookings;
    expect(one!.slotId === two!.slotId, 'never two bookings of the one place').to.equal(false);
  });

  it('with holds: the second to choose the time is told at once, on the calendar', async () => {
    const adapter = countingAdapter({ capacity: 1 });
    const first = await mountBooking(adapter);
    const second = await mountBooking(adapter);
    // Both calendars are open on the same free time before either holds it.
    for (const page of [first, second]) {
      await page.chooseLocation('Borgerservice Centrum');
      await page.chooseService('Pas – nyt pas (voksen)');
      await page.waitForStep('time');
      await page.pickFirstAvailableDay();
    }
    await first.pickTime(0);
    await first.waitForStep('details');
    await second.pickTime(0);
    expect(second.step).to.equal('time');
    expect(second.notice()).to.contain('optaget af en anden');
    expect(adapter.snapshot().holds, 'one hold').to.have.length(1);

    await waitUntil(() => second.calendar.timeButtons.length > 0, 'other times are offered');
    await second.pickTime(0);
    await second.waitForStep('details');
    expect(first.chosenSlot?.id === second.chosenSlot?.id, 'each holds a time of their own').to.equal(false);
  });
});
