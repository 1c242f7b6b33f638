import { BookingError } from '../../../src/core/errors.js';
import { expect, waitUntil } from '@open-wc/testing';
import { countingAdapter, manualClock, mountBooking, text } from './booking-object.js';

/** A MemoryAdapter and element on one hand-moved clock, with holds and release calls recorded. */
function holdingAdapter() {
  const clock = manualClock();
  const adapter = countingAdapter({ now: clock.adapterNow });
  const holds: string[] = [];
  const released: string[] = [];
  const hold = adapter.holdSlot!;
  const release = adapter.releaseHold!;
  adapter.holdSlot = async (query, options) => {
    const result = await hold(query, options);
    holds.push(result.id);
    return result;
  };
  adapter.releaseHold = async (query, options) => {
    released.push(query.holdId);
    return release(query, options);
  };
  return { clock, adapter, holds, released };
}

describe('<bt-booking>: holding the chosen time', function () {
  this.timeout(30000);

  it('counts down visibly, announces only at a few thresholds, and confirms with the hold', async () => {
    const { clock, adapter, holds } = holdingAdapter();
    const page = await mountBooking(adapter, { clock });
    await page.toSummary();
    expect(holds).to.have.length(1);
    expect(page.holdText).to.contain('Vi holder tiden til dig i 10:00');
    expect(page.hold!.getAttribute('aria-live'), 'the ticking text is not live').to.equal(null);
    clock.advanceSeconds(61);
    await waitUntil(() => page.holdText.includes('8:59'), 'ticks', { timeout: 2500 });
    expect(page.liveRegion, 'the live region is there').to.exist;
    expect(page.liveText).to.equal('');
    clock.advanceSeconds(7 * 60 + 1);
    await waitUntil(() => page.liveText.includes('2 minutter'), 'announced at 2 minutes', { timeout: 2500 });
    clock.advanceSeconds(90);
    // Ticks run every second on the way, so the threshold is said exactly as it is crossed.
    await waitUntil(() => page.liveText.includes('30 sekunder'), 'announced at 30 seconds', { timeout: 2500 });
    await expect(page.el).to.be.accessible();
    await page.confirm();
    await page.waitForStep('receipt');
    expect(adapter.calls[0]!.request.holdId).to.equal(holds[0]);
  });

  it('explains an expired hold and holds the time again on confirm when it is still free', async () => {
    const { clock, adapter, holds } = holdingAdapter();
    const page = await mountBooking(adapter, { clock });
    await page.toSummary();
    clock.advanceSeconds(601);
    await waitUntil(() => page.lapsedHold, 'lapsed', { timeout: 2500 });
    expect(page.holdText).to.contain('Tiden er ikke længere reserveret');
    await waitUntil(() => page.liveText.includes('ikke længere reserveret'), 'announced');
    await expect(page.el).to.be.accessible();
    await page.confirm();
    await page.waitForStep('receipt');
    expect(holds).to.have.length(2);
    expect(adapter.calls).to.have.length(1);
    expect(adapter.calls[0]!.request.holdId).to.equal(holds[1]);
  });

  it('after an answer lost in a timeout and a lapsed hold, a retry gets the booking that landed, not a second one', async () => {
    const { clock, adapter, holds } = holdingAdapter();
    const book = adapter.book;
    let first = true;
    adapter.book = async (request, options) => {
      const result = await book(request, options);
      if (first) {
        first = false;
        throw new BookingError('timeout', 'no answer in time');
      }
      return result;
    };
    const page = await mountBooking(adapter, { clock });
    await page.toSummary();
    await page.confirm();
    expect(page.step).to.equal('summary');
    clock.advanceSeconds(601);
    await waitUntil(() => page.lapsedHold, 'lapsed', { timeout: 2500 });
    await page.confirm();
    await page.waitForStep('receipt');
    expect(adapter.snapshot().bookings).to.have.length(1);
    expect(new Set(adapter.calls.map((call) => call.options?.idempotencyKey)).size).to.equal(1);
    expect(holds).to.have.length(1);
  });

  it('holds a double-clicked time once, and moves on with it', async () => {
    const { clock, adapter, holds } = holdingAdapter();
    const page = await mountBooking(adapter, { clock });
    await page.chooseLocation('Borgerservice Centrum');
    await page.chooseService('Pas – fornyelse');
    await page.waitForStep('time');
    await page.pickFirstAvailableDay();
    await waitUntil(() => page.calendar.timeButtons.length > 0, 'times');
    const time = page.calendar.timeButtons[0]!;
    time.click();
    time.click();
    await page.waitForStep('details');
    expect(holds).to.have.length(1);
    expect(page.notice()).to.equal('');
  });

  it('"Reserver tiden igen" holds it again without confirming', async () => {
    const { clock, adapter, holds } = holdingAdapter();
    const page = await mountBooking(adapter, { clock });
    await page.toSummary();
    clock.advanceSeconds(601);
    await waitUntil(() => page.reholdButton, 'lapsed', { timeout: 2500 });
    expect(text(page.reholdButton)).to.equal('Reserver tiden igen');
    page.reholdButton!.click();
    await waitUntil(() => !page.lapsedHold && page.holdText.includes('10:00'), 'held again');
    expect(holds).to.have.length(2);
    expect(page.step).to.equal('summary');
  });

  it('after an expired hold on a time someone else took, goes back to the calendar on that day', async () => {
    const { clock, adapter } = holdingAdapter();
    const page = await mountBooking(adapter, { clock });
    const day = await page.toSummary();
    clock.advanceSeconds(601);
    await waitUntil(() => page.lapsedHold, 'lapsed', { timeout: 2500 });
    adapter.takeSlot(page.chosenSlot!.id);
    await page.confirm();
    await page.waitForStep('time');
    expect(page.notice()).to.contain('en anden har nu taget den');
    expect(page.calendarElement.selectedDate).to.equal(day);
    expect(adapter.calls, 'no booking attempted without a hold').to.have.length(0);
    await page.pickTime(0);
    await page.waitForStep('summary');
    expect(page.summaryValue('Navn')).to.equal('Karen Jensen');
  });

  it('releases the hold when the citizen goes back to choose another time', async () => {
    const { clock, adapter, holds, released } = holdingAdapter();
    const page = await mountBooking(adapter, { clock });
    await page.toSummary();
    await page.change('Tid');
    await page.waitForStep('time');
    expect(released).to.deep.equal([holds[0]]);
    expect(page.hold).to.equal(null);
    await page.pickTime(2);
    await page.waitForStep('summary');
    expect(holds).to.have.length(2);
  });

  it('releases the hold when the page is hidden or the element removed', async () => {
    const { clock, adapter, holds, released } = holdingAdapter();
    const page = await mountBooking(adapter, { clock });
    await page.toSummary();
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await page.settle();
    expect(released).to.deep.equal([holds[0]]);
    expect(page.lapsedHold, 'coming back, the citizen is told').to.exist;

    page.reholdButton!.click();
    await waitUntil(() => holds.length === 2, 'held again');
    page.el.remove();
    expect(released).to.deep.equal([holds[0], holds[1]]);
  });

  it('a time taken before it could be held keeps the citizen on the calendar with a message', async () => {
    const { clock, adapter } = holdingAdapter();
    const page = await mountBooking(adapter, { clock });
    await page.chooseLocation('Borgerservice Centrum');
    await page.chooseService('Pas – nyt pas (voksen)');
    await page.waitForStep('time');
    await page.pickFirstAvailableDay();
    await waitUntil(() => page.calendar.timeButtons.length > 0);
    const time = page.calendar.times[0]!;
    // Someone else takes the time the moment before the citizen's hold reaches the backend.
    const hold = adapter.holdSlot!;
    adapter.holdSlot = async (query, options) => {
      adapter.holdSlot = hold;
      adapter.takeSlot(query.slotId);
      return hold(query, options);
    };
    const slot = await page.pickTime(time);
    expect(page.step).to.equal('time');
    expect(page.notice()).to.contain('optaget af en anden');
    expect(adapter.snapshot().holds, 'nothing held').to.have.length(0);
    await waitUntil(() => !page.calendar.times.includes(time), `the calendar refreshed without ${time} (${slot.id})`);
  });
  it('after "Ret", shows the citizen’s own time as theirs even when giving its hold back failed', async () => {
    const adapter = countingAdapter({ capacity: 1 });
    adapter.releaseHold = async () => {
      throw new BookingError('network', 'fake: the release is lost');
    };
    const page = await mountBooking(adapter);
    await page.toSummary();
    const chosen = page.chosenSlot!;
    await page.change('Tid');
    await page.waitForStep('time');
    await waitUntil(() => page.calendar.timeButtons.length > 0, 'the day’s times');
    const own = page.calendar.timeButtons.find((button) => button.getAttribute('aria-pressed') === 'true');
    expect(own !== undefined, 'the held time is listed and chosen, not missing').to.equal(true);
    await page.pickTime(text(own));
    await page.waitForStep('summary');
    expect(page.chosenSlot?.id).to.equal(chosen.id);
    expect(adapter.snapshot().holds, 'their own hold, not a second one').to.have.length(1);
    await page.confirm();
    await page.waitForStep('receipt');
  });
});
