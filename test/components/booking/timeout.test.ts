import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/bt-booking.js';
import type { BtBooking } from '../../../src/define/bt-booking.js';
import { countingAdapter, fixedClock, text } from './booking-object.js';

const TIMEOUT_TEXT = 'svarer ikke lige nu';

describe('<bt-booking timeout>', function () {
  this.timeout(20000);

  it('a backend that never answers is given up on after `timeout` ms, said, and retried', async () => {
    const adapter = countingAdapter();
    const getServices = adapter.getServices.bind(adapter);
    adapter.getServices = () => new Promise(() => undefined);
    const el = await fixture<BtBooking>(
      html`<bt-booking lang="da" timeout="300" .clock=${fixedClock} .adapter=${adapter}></bt-booking>`,
    );
    expect(el.timeout).to.equal(300);
    const picker = () => el.shadowRoot!.querySelector('bt-service-picker')?.shadowRoot;
    await waitUntil(() => text(picker()).includes(TIMEOUT_TEXT), 'no timeout message in the picker', { timeout: 5000 });
    adapter.getServices = getServices;
    const retry = [...picker()!.querySelectorAll('button')].find((button) => text(button) === 'Prøv igen');
    retry!.click();
    await waitUntil(() => picker()!.querySelector('input[type="radio"]'), 'the retry loaded nothing', { timeout: 5000 });
    expect(text(picker()).includes(TIMEOUT_TEXT)).to.equal(false);
  });
});
