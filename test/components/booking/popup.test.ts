import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { countingAdapter, mountBooking, text, type BookingObject } from './booking-object.js';

async function openByKeyboard(page: BookingObject): Promise<void> {
  page.part('popup-button')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => page.dialog.open && page.focused === page.stepHeading, 'dialog open, heading focused');
}

describe('<bt-booking variant="popup">', function () {
  this.timeout(30000);

  it('opens a labelled modal dialog from its button by keyboard', async () => {
    const page = await mountBooking(countingAdapter(), { variant: 'popup' });
    expect(page.el.getAttribute('variant')).to.equal('popup');
    const button = page.part('popup-button')!;
    expect(text(button)).to.equal('Bestil tid');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(page.dialog.open).to.equal(false);
    await expect(page.el).to.be.accessible();
    await openByKeyboard(page);
    expect(page.dialog.matches(':modal')).to.equal(true);
    expect(page.dialogName).to.equal('Bestil tid hos Borgerservice');
    expect(page.stepHeading!.tagName).to.equal('H3');
    expect(page.part('close-button')).to.exist;
    await expect(page.el).to.be.accessible();
  });

  it('Escape closes at once when nothing was typed, and focus returns to the button', async () => {
    const page = await mountBooking(countingAdapter(), { variant: 'popup' });
    await openByKeyboard(page);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !page.dialog.open, 'closed');
    await page.settle();
    expect(page.focused === page.part('popup-button'), 'focus back on the button').to.equal(true);
  });

  /** The popup opened by keyboard on a preselected errand, a time chosen: on the details step. */
  async function openAtDetails() {
    const page = await mountBooking(countingAdapter(), { variant: 'popup', service: 'pas-voksen', location: 'centrum' });
    await openByKeyboard(page);
    await page.waitForStep('time');
    await page.pickFirstAvailableDay();
    await page.pickTime();
    await page.waitForStep('details');
    return page;
  }

  it('Escape with a chosen time (nothing typed yet) asks first too: the held time is not thrown away unasked', async () => {
    const page = await openAtDetails();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => page.part('close-confirm'), 'asks first');
    expect(page.dialog.open).to.equal(true);
    expect(text(page.part('close-confirm'))).to.contain('den tid, du har valgt');
    page.closeConfirmButton('stay')!.click();
    await waitUntil(() => !page.part('close-confirm'), 'back to the booking');
    expect(page.step).to.equal('details');
  });

  it('Escape with typed details asks first, inside the dialog; staying keeps everything', async () => {
    const page = await openAtDetails();
    await page.fillDetails({ name: 'Karen Jensen' });

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => page.part('close-confirm'), 'asks first');
    expect(page.dialog.open).to.equal(true);
    expect(text(page.part('close-confirm'))).to.contain('Vil du lukke bestillingen?');
    const stay = page.closeConfirmButton('stay');
    expect(!!stay && page.focused === stay, 'focus on "Nej, fortsæt bestillingen"').to.equal(true);
    await expect(page.el).to.be.accessible();

    // Escape again means "no, stay".
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !page.part('close-confirm'), 'back to the booking');
    expect(page.dialog.open).to.equal(true);
    expect(page.form.field('name').value).to.equal('Karen Jensen');

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => page.part('close-confirm'), 'asks again');
    page.closeConfirmButton('leave')!.click();
    await waitUntil(() => !page.dialog.open, 'closed');
    await page.settle();
    expect(page.focused === page.part('popup-button'), 'focus back on the button').to.equal(true);

    // Reopened, it starts afresh (from the preselected errand).
    await openByKeyboard(page);
    expect(page.step).to.equal('time');
  });

  it('stays open while a booking is on its way, and shows its receipt', async () => {
    const adapter = countingAdapter();
    const book = adapter.book;
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    adapter.book = async (request, options) => {
      const result = book(request, options);
      await answered;
      return result;
    };
    const page = await mountBooking(adapter, { variant: 'popup' });
    await page.el.show();
    await page.toSummary();
    page.confirmButton.click();
    await page.settle();
    await page.el.hide(true);
    expect(page.dialog.open, 'not closed mid-booking').to.equal(true);
    answer();
    await page.waitForStep('receipt');
    expect(page.dialog.open).to.equal(true);
    expect(adapter.calls).to.have.length(1);
  });

  it('the close button asks too; after a receipt it closes without asking', async () => {
    const page = await mountBooking(countingAdapter(), { variant: 'popup' });
    page.el.setAttribute('button-label', 'Bestil tid til pas');
    await page.settle();
    expect(text(page.part('popup-button'))).to.equal('Bestil tid til pas');
    await page.el.show();
    await page.toSummary();
    page.part('close-button')!.click();
    await page.settle();
    expect(page.part('close-confirm')).to.exist;
    page.closeConfirmButton('stay')!.click();
    await page.settle();
    await page.confirm();
    await page.waitForStep('receipt');
    // Under the dialog's own h2 title, the receipt's heading is an h3.
    await page.receiptElement.updateComplete;
    expect(page.receipt.heading.tagName).to.equal('H3');
    page.part('close-button')!.click();
    await waitUntil(() => !page.dialog.open, 'closed');
  });
});
