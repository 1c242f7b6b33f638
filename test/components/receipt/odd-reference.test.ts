import { expect } from '@open-wc/testing';
import { QR_MAX_TEXT_LENGTH } from '../../../src/core/qr.js';
import { appointment, freeErrand } from './fixtures.js';
import { mountReceipt, text } from './receipt-object.js';

/**
 * A booking the backend accepted with a reference no QR code can carry, or with none at all:
 * the citizen still sees the time, the errand and the office, and either the reference (as
 * text, wrapped) or how to get it — never an error, never a blank.
 */
describe('<bt-receipt> with an odd booking reference', () => {
  for (const length of [2_000, 10_000]) {
    it(`shows a ${length.toLocaleString('en')}-character reference as text, without a QR code`, async () => {
      const reference = `BT-${'7K3Q9M'.repeat(length / 6)}`.slice(0, length);
      const receipt = await mountReceipt({ ...appointment, reference });
      expect(receipt.reference).to.equal(reference);
      expect(receipt.root.querySelector('[part="qr"]') === null, 'no QR code').to.equal(true);
      const arrival = text(receipt.section('Når du kommer'));
      expect(arrival).to.contain('Tast dit bestillingsnummer i automaten');
      expect(arrival, 'no QR code to scan is promised').not.to.contain('QR');
      expect(receipt.detail('Tid')).to.equal('kl. 10.15–10.30 (15 minutter)');
      await expect(receipt.el).to.be.accessible();
    });
  }

  it(`draws a QR code for a reference of up to ${QR_MAX_TEXT_LENGTH} characters, and none above`, async () => {
    const longest = await mountReceipt({ ...appointment, reference: 'R'.repeat(QR_MAX_TEXT_LENGTH) });
    expect(longest.root.querySelector('[part="qr"]') !== null, 'at the limit').to.equal(true);
    const over = await mountReceipt({ ...appointment, reference: 'R'.repeat(QR_MAX_TEXT_LENGTH + 1) });
    expect(over.root.querySelector('[part="qr"]') === null, 'over it').to.equal(true);
  });

  it('without a reference, says the time is booked and whom to call for the number', async () => {
    const receipt = await mountReceipt({ ...appointment, reference: '' });
    const block = receipt.getByRole('group', 'Bestillingsnummer');
    expect(text(block)).to.equal(
      'Bestillingsnummer Din tid er bestilt, men vi fik ikke et bestillingsnummer. Ring til Borgerservice Nørrebro på 33 66 33 66.',
    );
    const phone = receipt.getByRole<HTMLAnchorElement>('link', '33 66 33 66');
    expect(block.contains(phone)).to.equal(true);
    expect(phone.getAttribute('href')).to.equal('tel:+4533663366');
    expect(receipt.copyButton === null, 'nothing to copy').to.equal(true);
    expect(receipt.root.querySelector('[part="qr"]') === null, 'no QR code').to.equal(true);
    expect(text(receipt.section('Når du kommer'))).to.contain('Sig til i skranken, når du kommer.');
    expect(receipt.detail('Dato')).to.equal('tirsdag den 1. december 2026');
    expect(receipt.detail('Tid')).to.equal('kl. 10.15–10.30 (15 minutter)');
    expect(receipt.detail('Sted')).to.contain('Borgerservice Nørrebro');
    await expect(receipt.el).to.be.accessible();
  });

  it('counts a reference of white space as none, in English, at an office without a phone', async () => {
    const receipt = await mountReceipt({ ...freeErrand, reference: '   ' }, { lang: 'en' });
    expect(text(receipt.getByRole('group', 'Booking number'))).to.contain(
      'Your appointment is booked, but we did not receive a booking number. Contact Borgerservice Nørrebro',
    );
    expect(receipt.allByRole<HTMLAnchorElement>('link').filter((a) => a.href.startsWith('tel:'))).to.deep.equal([]);
    expect(receipt.root.querySelector('[part="qr"]') === null, 'no QR code').to.equal(true);
    await expect(receipt.el).to.be.accessible();
  });
});
