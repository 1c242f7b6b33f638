import { expect, fixture, html } from '@open-wc/testing';
import type { SetupWorker } from 'msw/browser';
import '../../../src/define/bt-booking.js';
import type { BtBooking } from '../../../src/define/bt-booking.js';
import { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { createMockControls, setupBrowserMocks } from '../../../src/mocks/index.js';
import { BookingObject, fixedClock, fixedNow } from './booking-object.js';

describe('<bt-booking api="…">: over the REST contract (msw)', function () {
  this.timeout(30000);
  const baseUrl = 'https://booking.example.test/api';
  const controls = createMockControls();
  const backend = new MemoryAdapter({ now: fixedNow, occupancy: 0 });
  let worker: SetupWorker;

  before(async () => {
    worker = await setupBrowserMocks({ baseUrl, adapter: backend, controls });
  });
  after(() => worker.stop());
  afterEach(() => controls.reset());

  async function mount(): Promise<BookingObject> {
    const el = await fixture<BtBooking>(html`<bt-booking lang="da" api=${baseUrl} .clock=${fixedClock}></bt-booking>`);
    return new BookingObject(el);
  }

  it('books through a RestAdapter made from the attribute', async () => {
    const page = await mount();
    expect(page.el.currentAdapter?.constructor.name).to.equal('RestAdapter');
    await page.toSummary();
    await page.confirm();
    await page.waitForStep('receipt');
    expect(page.el.appointment?.reference).to.match(/^BT-/);
  });

  it('a server error on booking shows a retry that books once', async () => {
    const page = await mount();
    await page.toSummary();
    const before = backend.snapshot().bookings.length;
    // 500 is not retried by the adapter itself (502–504 are): the citizen gets the retry.
    controls.failNext = { status: 500, path: '/appointments', method: 'POST' };
    await page.confirm();
    expect(page.step).to.equal('summary');
    expect(page.notice()).to.contain('Prøv igen');
    await page.confirm();
    await page.waitForStep('receipt');
    expect(backend.snapshot().bookings.length).to.equal(before + 1);
  });

  it('a time taken just before booking goes back to the calendar', async () => {
    const page = await mount();
    await page.toSummary();
    // The hold is dropped (as if it lapsed) and someone else books the time: the server answers 409.
    const [hold] = backend.snapshot().holds;
    await backend.releaseHold!({ holdId: hold!.id });
    backend.takeSlot(hold!.slotId);
    await page.confirm();
    await page.waitForStep('time');
    expect(page.notice()).to.contain('optaget af en anden');
  });
});

describe('<bt-booking api="…"> that is no valid URL', () => {
  it('says so where it stands and once in the console, with no error thrown', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture<BtBooking>(html`<bt-booking lang="da" api="http://[::1"></bt-booking>`);
      await el.updateComplete;
      const message = el.shadowRoot!.querySelector('[part="config-error"]');
      expect(message?.getAttribute('role')).to.equal('alert');
      expect(message?.textContent).to.contain('ikke en gyldig adresse');
      expect(message?.textContent).to.contain('http://[::1');
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((text) => text.includes('http://[::1')).length).to.equal(1);
  });

  it('offers the phone attribute to the citizen, who cannot fix the address', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<BtBooking>(html`<bt-booking lang="da" api="http://[::1" phone="+45 11 22 33 44"></bt-booking>`);
      await el.updateComplete;
      const message = el.shadowRoot!.querySelector('[part="config-error"]');
      expect(message?.textContent?.replace(/\s+/g, ' ')).to.contain('ringe til Borgerservice på +45 11 22 33 44');
    } finally {
      console.warn = warn;
    }
  });
});
