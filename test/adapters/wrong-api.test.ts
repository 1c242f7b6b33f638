import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/bt-booking.js';
import type { BtBooking } from '../../src/define/bt-booking.js';

/**
 * A webmaster's first minutes: `<bt-booking>` with an `api` that is wrong in each of the ways
 * a real page gets it wrong. The citizen reads where the widget stands what to do; the
 * webmaster reads in the console why; nothing throws, nothing is logged as an error.
 */
describe('<bt-booking> with a wrong api attribute', function () {
  this.timeout(20000);
  let warnings: string[];
  let errors: string[];
  let unhandled: unknown[];
  const original = { warn: console.warn, error: console.error };
  const onUnhandled = (event: PromiseRejectionEvent | ErrorEvent) =>
    void unhandled.push('reason' in event ? event.reason : event.error);

  beforeEach(() => {
    warnings = [];
    errors = [];
    unhandled = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
    window.addEventListener('unhandledrejection', onUnhandled);
    window.addEventListener('error', onUnhandled);
  });
  afterEach(() => {
    console.warn = original.warn;
    console.error = original.error;
    window.removeEventListener('unhandledrejection', onUnhandled);
    window.removeEventListener('error', onUnhandled);
    expect(errors, 'no console.error').to.deep.equal([]);
    expect(unhandled, 'no unhandled error').to.deep.equal([]);
  });

  /** The text a citizen reads, through the nested elements' shadow roots (the picker's). */
  const deepText = (node: Node): string => {
    if (node instanceof Element && node.shadowRoot) return deepText(node.shadowRoot);
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    return [...node.childNodes].map(deepText).join(' ');
  };
  const textOf = (el: BtBooking) => deepText(el).replace(/\s+/g, ' ');
  const buttons = (root: ParentNode): HTMLButtonElement[] =>
    [...root.querySelectorAll('*')].flatMap((node) => [
      ...(node instanceof HTMLButtonElement ? [node] : []),
      ...(node.shadowRoot ? buttons(node.shadowRoot) : []),
    ]);

  async function mount(api: string): Promise<BtBooking> {
    return fixture<BtBooking>(html`<bt-booking lang="da" api=${api} phone="+45 11 22 33 44" timeout="3000"></bt-booking>`);
  }

  it('says an api that is no URL is not a valid address, where it stands and once in the console', async () => {
    const el = await mount('http://[::1');
    expect(el.currentAdapter).to.equal(undefined);
    const box = el.shadowRoot!.querySelector('[part~="config-error"]');
    expect(box, 'a message, not a blank box').to.exist;
    expect(textOf(el)).to.contain('"api" er ikke en gyldig adresse ("http://[::1")');
    expect(warnings.filter((line) => line.includes('http://[::1'))).to.have.length(1);
  });

  for (const [what, api] of [
    ['a host that refuses the connection', 'http://127.0.0.1:9/api'],
    ['a page of this site that is no API (404)', '/no-such-booking-api/'],
  ] as const) {
    it(`tells the citizen the booking system cannot be reached, with the phone and a retry: ${what}`, async () => {
      const el = await mount(api);
      await waitUntil(() => textOf(el).includes('kan ikke nås'), 'no message', { timeout: 10000 });
      expect(textOf(el)).to.contain('Bestillingssystemet kan ikke nås lige nu.');
      expect(textOf(el)).to.contain('Du kan også ringe til Borgerservice på +45 11 22 33 44.');
      expect(textOf(el), 'not blamed on the citizen’s connection').not.to.contain('internettet');
      expect(buttons(el.shadowRoot!).some((button) => /Prøv igen/.test(button.textContent ?? ''))).to.equal(true);
      const note = warnings.find((line) => line.includes('/locations'));
      expect(note, 'the webmaster is told which URL and why').to.exist;
      expect(note)
        .to.contain(new URL(api, document.baseURI).href)
        .and.to.match(/no answer \/ CORS \/ CSP\?|HTTP 404/);
    });
  }
});
