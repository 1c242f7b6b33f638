// Memory: a page that mounts and unmounts the widgets again and again (a single-page app moving
// between views) must not grow. 200 mount/unmount cycles of <bt-booking> and of
// <bt-appointment-manager>, each rendered to its first real content over a MemoryAdapter, with
// garbage collection forced through the DevTools protocol: the heap after 200 cycles against the
// heap after 10. The same run with every element kept in a global array (a leak a host page or a
// stray listener would make) must exceed the tolerance, or the tolerance proves nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startDemo } from './support/harness.mjs';

const CYCLES = 200;
const BASELINE_CYCLES = 10;
/**
 * Growth allowed from 10 to 200 cycles. One kept <bt-booking> with its shadow trees weighs tens of
 * kilobytes, so 190 leaked ones come to megabytes (measured below, every run); V8's own caches and
 * Lit's template cache wobble by some hundred kilobytes.
 */
const TOLERANCE_BYTES = 1024 * 1024;

let demo;
let page;
let cdp;

before(async () => {
  demo = await startDemo();
  const context = await demo.browser.newContext();
  page = await context.newPage();
  page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
  await page.goto(demo.url);
  // The manager comes only to a page that has one: loadSteps() fetches every element.
  await page.waitForFunction(() => window.borgertid?.loadSteps);
  await page.evaluate(() => window.borgertid.loadSteps());
  await page.waitForFunction(() => customElements.get('bt-booking') && customElements.get('bt-appointment-manager'));
  // The demo's own widgets would keep working beside the measured ones: an empty page instead.
  // Vite serves files beside its root (demo/) under /@fs/.
  const adapterUrl = `/@fs${fileURLToPath(new URL('../../src/adapters/memory/index.ts', import.meta.url))}`;
  await page.evaluate(async (adapterUrl) => {
    document.body.replaceChildren();
    const { MemoryAdapter } = await import(adapterUrl);
    const adapter = new MemoryAdapter({ occupancy: 0 });
    const { slots } = await adapter.getAvailability({
      serviceId: 'flytning',
      locationId: 'centrum',
      from: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      to: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10),
    });
    const appointment = await adapter.book({
      slotId: slots[0].id,
      serviceId: 'flytning',
      locationId: 'centrum',
      citizen: { name: 'Karen Jensen', email: 'karen@example.dk' },
    });
    globalThis.btMemory = {
      MemoryAdapter,
      reference: appointment.reference,
      token: appointment.token,
      state: adapter.snapshot(),
    };
  }, adapterUrl);
  cdp = await page.context().newCDPSession(page);
});

after(async () => {
  await demo?.close();
});

/** The heap in use after full collections (twice: finalisers free more on the second). */
async function heapUsed() {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Mounts `tag` `count` times, then removes it. A <bt-booking> (errand and office preselected)
 * goes as far as a held time: its calendar is drawn, a day and a time picked, the hold's
 * countdown running and the details form shown, so timers, the hold and its release are in every
 * cycle. A manager shows the appointment. With `leak`, every element is also kept in a global
 * array.
 */
async function cycles(tag, count, { leak = false } = {}) {
  await page.evaluate(
    async ({ tag, count, leak }) => {
      const { MemoryAdapter, reference, token, state } = globalThis.btMemory;
      globalThis.btLeak ??= [];
      /** The first element matching `selector` in `root` or any shadow root below it. */
      const deep = (root, selector) => {
        if (!root) return undefined;
        const found = root.querySelector(selector);
        if (found) return found;
        for (const element of root.querySelectorAll('*')) {
          const inner = deep(element.shadowRoot, selector);
          if (inner) return inner;
        }
        return undefined;
      };
      const until = async (what, test) => {
        const started = performance.now();
        for (let found = test(); !found; found = test()) {
          if (performance.now() - started > 5000) throw new Error(`${tag}: no ${what} in 5 s`);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return test();
      };
      for (let i = 0; i < count; i++) {
        const el = document.createElement(tag);
        el.setAttribute('lang', 'da');
        el.adapter = MemoryAdapter.fromSnapshot(state, { occupancy: 0 });
        if (tag === 'bt-booking') {
          el.setAttribute('service', 'pas-voksen');
          el.setAttribute('location', 'centrum');
        } else {
          el.setAttribute('reference', reference);
          el.setAttribute('token', token);
        }
        document.body.append(el);
        if (tag === 'bt-booking') {
          const calendar = () => deep(el.shadowRoot, 'bt-slot-calendar')?.shadowRoot;
          (await until('free day', () => calendar()?.querySelector('td button[aria-disabled="false"]'))).click();
          (await until('time', () => calendar()?.querySelector('li button'))).click();
          await until('details form after the hold', () => deep(el.shadowRoot, 'bt-contact-form'));
        } else {
          // The appointment itself, not the lookup: its errand's name next to its reference.
          await until(
            'appointment',
            () => el.shadowRoot?.textContent.includes(reference) && el.shadowRoot.textContent.includes('Flytning'),
          );
        }
        el.remove();
        if (leak) globalThis.btLeak.push(el);
      }
      // Let disconnect work (aborts, timers cleared, holds given back) finish before the heap is read.
      await new Promise((resolve) => setTimeout(resolve, 50));
    },
    { tag, count, leak },
  );
}

/** Heap after 10 cycles and after 200, in bytes; printed for the CI log. */
async function measure(tag, options = {}) {
  const started = Date.now();
  await cycles(tag, BASELINE_CYCLES, options);
  const baseline = await heapUsed();
  await cycles(tag, CYCLES - BASELINE_CYCLES, options);
  const final = await heapUsed();
  const growth = final - baseline;
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
  console.log(
    `${tag}${options.leak ? ' (deliberate leak)' : ''}: heap after ${BASELINE_CYCLES} cycles ${kb(baseline)}, ` +
      `after ${CYCLES} ${kb(final)}, growth ${kb(growth)} (${(growth / (CYCLES - BASELINE_CYCLES) / 1024).toFixed(1)} KiB a cycle; ` +
      `tolerance ${kb(TOLERANCE_BYTES)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return growth;
}

describe('memory: 200 mount/unmount cycles', () => {
  it('<bt-booking> does not grow', async () => {
    const growth = await measure('bt-booking');
    assert.ok(growth < TOLERANCE_BYTES, `grew ${growth} bytes`);
  });

  it('<bt-appointment-manager> does not grow', async () => {
    const growth = await measure('bt-appointment-manager');
    assert.ok(growth < TOLERANCE_BYTES, `grew ${growth} bytes`);
  });

  it('a deliberate leak (every <bt-booking> kept in a global array) exceeds the tolerance', async () => {
    const growth = await measure('bt-booking', { leak: true });
    assert.ok(growth > TOLERANCE_BYTES, `a leak of ${CYCLES - BASELINE_CYCLES} elements grew only ${growth} bytes`);
    await page.evaluate(() => (globalThis.btLeak.length = 0));
  });
});
