import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BookingError } from '../../../src/core/errors.js';
import { countingAdapter, mountBooking, text } from './booking-object.js';

/** Lets `book` wait until the test says so, to press the button while the booking is under way. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** A counting adapter whose bookings wait until the test opens the gate. */
function gatedAdapter() {
  const adapter = countingAdapter();
  const book = adapter.book;
  const { open, opened } = gate();
  adapter.book = async (request, options) => {
    const result = book(request, options);
    await opened;
    return result;
  };
  return { adapter, open };
}

describe('<bt-booking>: confirming', function () {
  // Each test walks a citizen through three child elements first.
  this.timeout(30000);

  it('books exactly once however often the button is clicked', async () => {
    const { adapter, open } = gatedAdapter();
    const page = await mountBooking(adapter);
    await page.toSummary();
    const button = page.confirmButton;
    button.click();
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await page.settle();
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.hasAttribute('disabled'), 'never disabled: focus stays on it').to.equal(false);
    expect(text(button)).to.equal('Bestiller …');
    await expect(page.el).to.be.accessible();
    button.click();
    open();
    await page.waitForStep('receipt');
    expect(adapter.calls).to.have.length(1);
    expect(adapter.snapshot().bookings).to.have.length(1);
  });

  it('books exactly once when Enter is pressed again and again', async () => {
    const { adapter, open } = gatedAdapter();
    const page = await mountBooking(adapter);
    await page.toSummary();
    page.confirmButton.focus();
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Enter' });
    expect(page.focused === page.confirmButton, 'focus stays on the busy button').to.equal(true);
    open();
    await page.waitForStep('receipt');
    expect(adapter.calls).to.have.length(1);
  });

  it('offers a retry after "unavailable" and retries with the same idempotency key', async () => {
    const adapter = countingAdapter();
    const page = await mountBooking(adapter);
    await page.toSummary();
    adapter.failNext('unavailable', 'book');
    await page.confirm();
    expect(page.step).to.equal('summary');
    expect(page.notice()).to.contain('kan ikke nås lige nu');
    expect(page.focused === page.notices[0], 'focus on the message').to.equal(true);
    expect(text(page.confirmButton)).to.equal('Prøv at bestille igen');
    expect(page.summaryValue('Navn')).to.equal('Karen Jensen');
    await expect(page.el).to.be.accessible();
    await page.confirm();
    await page.waitForStep('receipt');
    expect(adapter.calls).to.have.length(2);
    expect(adapter.calls[1]!.options!.idempotencyKey).to.equal(adapter.calls[0]!.options!.idempotencyKey);
  });

  it('a booking that landed but whose answer was lost is not made twice on retry', async () => {
    const adapter = countingAdapter();
    const book = adapter.book;
    let first = true;
    adapter.book = async (request, options) => {
      const result = await book(request, options);
      if (first) {
        first = false;
        throw new BookingError('network', 'connection reset');
      }
      return result;
    };
    const page = await mountBooking(adapter);
    await page.toSummary();
    await page.confirm();
    // Whatever the reason said, the citizen is told nothing was lost and a retry books once.
    expect(page.notice()).to.contain('Intet er gået tabt');
    await page.confirm();
    await page.waitForStep('receipt');
    expect(adapter.snapshot().bookings).to.have.length(1);
  });

  for (const code of ['network', 'timeout', 'rate-limited', 'invalid-response'] as const) {
    it(`after "${code}" shows a translated message and books on retry`, async () => {
      const adapter = countingAdapter();
      const page = await mountBooking(adapter);
      await page.toSummary();
      adapter.failNext(new BookingError(code, 'x', code === 'rate-limited' ? { retryAfter: 30 } : {}), 'book');
      await page.confirm();
      expect(page.step).to.equal('summary');
      expect(page.notice()).to.not.equal('');
      expect(page.notice()).to.not.contain(' x');
      await page.confirm();
      await page.waitForStep('receipt');
    });
  }

  it('uses a new key once the details are changed', async () => {
    const adapter = countingAdapter();
    const page = await mountBooking(adapter);
    await page.toSummary();
    adapter.failNext('unavailable', 'book');
    await page.confirm();
    await page.change('Telefon');
    await page.fillDetails({ phone: '20304051' });
    await page.submitDetails();
    await page.waitForStep('summary');
    await page.confirm();
    await page.waitForStep('receipt');
    expect(adapter.calls[1]!.options!.idempotencyKey).to.not.equal(adapter.calls[0]!.options!.idempotencyKey);
  });

  it('on a validation error, goes to the details with a message on the field', async () => {
    const adapter = countingAdapter();
    const page = await mountBooking(adapter);
    await page.toSummary();
    adapter.failNext(new BookingError('validation', 'bad', { fields: { 'citizen.email': 'format' } }), 'book');
    await page.confirm();
    await page.waitForStep('details');
    expect(page.notice()).to.contain('kunne ikke godkende');
    expect(page.formElement.errors).to.deep.equal({ 'citizen.email': 'format' });
    const email = page.form.field('email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.value).to.equal('karen@example.dk');
    await expect(page.el).to.be.accessible();
    await page.fillDetails({ email: 'karen2@example.dk' });
    await page.submitDetails();
    await page.waitForStep('summary');
    await page.confirm();
    await page.waitForStep('receipt');
  });

  for (const holds of [false, true]) {
    it(`when the time is taken before confirming (holds ${holds ? 'on' : 'off'}), goes back to the same day with a message, details kept`, async () => {
      const adapter = countingAdapter({ holds });
      const page = await mountBooking(adapter);
      const day = await page.toSummary();
      const chosen = page.summaryValue('Tid');
      // Someone else books the time (with holds on, the hold is dropped first, as if it lapsed).
      const [hold] = adapter.snapshot().holds;
      if (holds) await adapter.releaseHold!({ holdId: hold!.id });
      adapter.takeSlot(page.chosenSlot!.id);
      await page.confirm();
      await page.waitForStep('time');
      expect(page.calendarElement.selectedDate).to.equal(day);
      expect(page.notice()).to.contain('optaget af en anden');
      await waitUntil(() => page.calendar.timeButtons.length > 0, 'times of the same day');
      expect(page.focused === page.stepHeading, 'focus on the step heading').to.equal(true);
      await expect(page.el).to.be.accessible();
      await page.pickTime(0);
      await page.waitForStep('summary');
      expect(page.summaryValue('Tid')).to.not.equal(chosen);
      expect(page.summaryValue('E-mail')).to.equal('karen@example.dk');
      await page.confirm();
      await page.waitForStep('receipt');
    });
  }
});
