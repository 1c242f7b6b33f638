import { expect } from '@open-wc/testing';
import type { Appointment } from '../../../src/core/types.js';
import { countingAdapter, mountBooking, text } from '../booking/booking-object.js';

/**
 * `<bt-booking>` with a backend that books, then answers oddly: the citizen always ends on a
 * receipt with the time they chose, and the reference when there is one — never an error to
 * retry (which would book twice), never "Bestil en tid mere" alone.
 */
function oddlyAnswering(answer: (booked: Appointment) => unknown) {
  const adapter = countingAdapter();
  const book = adapter.book;
  adapter.book = async (request, options) => answer(await book(request, options)) as Appointment;
  return adapter;
}

describe('<bt-booking>: a booking made, whatever the answer looks like', function () {
  // Each test walks a citizen through three child elements first.
  this.timeout(30000);

  const cases: Array<[string, (booked: Appointment) => unknown, RegExp, boolean]> = [
    [
      'nothing at all',
      () => undefined,
      /Din tid er bestilt, men vi fik ikke et bestillingsnummer\. Ring til Borgerservice Centrum på/,
      false,
    ],
    ['a reference and nothing else', (booked) => ({ reference: booked.reference }), /^Bestillingsnummer BT-/, true],
    [
      'a 2,000-character reference and nothing else',
      () => ({ reference: `BT-${'Q'.repeat(1_997)}` }),
      /^Bestillingsnummer BT-Q{1997}/,
      false,
    ],
    [
      'a well-formed answer with a 10,000-character reference',
      (booked) => ({ ...booked, reference: `BT-${'Z'.repeat(9_997)}` }),
      /^Bestillingsnummer BT-Z{9997}/,
      false,
    ],
  ];
  for (const [name, answer, reference, qr] of cases) {
    it(`shows the receipt with the chosen time: ${name}`, async () => {
      const adapter = oddlyAnswering(answer);
      const page = await mountBooking(adapter);
      await page.toSummary();
      const chosen = page.chosenSlot!;
      const time = page.summaryValue('Tid');
      await page.confirm();
      await page.waitForStep('receipt');

      const receipt = page.receipt;
      expect(text(receipt.getByRole('group', 'Bestillingsnummer'))).to.match(reference);
      expect(receipt.el.appointment?.start).to.equal(chosen.start);
      expect(time, 'the summary showed the same time').to.contain(
        receipt
          .detail('Tid')
          .replace(/ \(.*\)$/, '')
          .replace(/^kl\. /, ''),
      );
      expect(receipt.root.querySelector('[part="qr"]') !== null, 'a QR code only for a reference it can carry').to.equal(qr);
      expect(page.notice(), 'no error to retry').to.equal('');
      expect(adapter.calls).to.have.length(1);
      expect(adapter.snapshot().bookings).to.have.length(1);
      await expect(page.el).to.be.accessible();
    });
  }
});
