import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// The class alone, as an app that defines its own tags imports it: no inner element is defined.
import { BtBooking } from '../../../src/components/booking/booking.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';

describe('<bt-booking> defined from the class alone', function () {
  this.timeout(10000);

  it('tells the developer once, in the console, that the errand step shows an undefined <bt-service-picker>', async () => {
    customElements.define('bt-booking', BtBooking);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture<BtBooking>(html`<bt-booking lang="da" .adapter=${new MemoryAdapter()}></bt-booking>`);
      await fixture<BtBooking>(html`<bt-booking lang="da" .adapter=${new MemoryAdapter()}></bt-booking>`);
      expect(el.shadowRoot!.querySelector('bt-service-picker'), 'the step shows the tag').to.exist;
      await waitUntil(() => warnings.some((line) => line.includes('<bt-service-picker>')), 'no console note', {
        timeout: 6000,
      });
      expect(warnings.filter((line) => line.includes('<bt-service-picker>'))).to.deep.equal([
        "borgertid: <bt-booking> shows <bt-service-picker>, which is not defined. Import 'borgertid/define/bt-booking' " +
          '(it defines every element the booking shows), or define the elements it shows yourself.',
      ]);
    } finally {
      console.warn = warn;
    }
  });
});
