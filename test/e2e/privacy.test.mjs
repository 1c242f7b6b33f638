// The privacy promise over the real wire format: on the demo (RestAdapter → msw), a citizen
// books with a CPR number typed key by key, follows the receipt's link to min-tid.html, moves the
// time and cancels it. The number must travel in the body of the one booking request and nowhere
// else: no other request (URL, header or body), no event a capture listener on `window` hears
// (installed before the page's own scripts, on every event type), the console, web storage,
// cookies, IndexedDB or the address. The browser suite (test/privacy) adds the elements' properties.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { manifestEvents } from '../support/manifest-events.mjs';
import { openDemo, startDemo, storedEverywhere } from './support/harness.mjs';

/** Every `bt-*` event the elements document (custom-elements.json, written before the tests). */
const BT_EVENTS = manifestEvents(JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')));

const CPR = '010190-1234';
const leaks = (text) => text.replace(/[\s-]/g, '').includes('0101901234') || text.includes('010190');

/** Runs in every page before its scripts: hears every event type in the capture phase on window. */
function listenToEverything(btTypes) {
  const types = new Set(['focusin', 'focusout', 'textInput', 'compositionend', 'DOMContentLoaded']);
  for (const target of [window, Window.prototype, Document.prototype, Element.prototype, HTMLElement.prototype]) {
    for (let proto = target; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const key of Object.getOwnPropertyNames(proto)) if (key.startsWith('on')) types.add(key.slice(2));
    }
  }
  const text = (value) => {
    try {
      return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
    } catch {
      return String(value);
    }
  };
  for (const type of [...btTypes, ...types]) {
    window.addEventListener(
      type,
      (event) => {
        const value = typeof event.target?.value === 'string' ? event.target.value : '';
        window.__privacyHeard(`${event.type} ${text(event.detail)} ${text(event.data)} ${text(event.key)} ${value}`);
      },
      { capture: true },
    );
  }
}

let demo;
before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.close();
});

describe('privacy over the REST contract (demo, Chromium)', () => {
  it('the CPR number is in the booking request body and nowhere else, after a booking, a move and a cancel', async () => {
    const { context, page, consoleMessages } = await openDemo(demo);
    const heard = [];
    const requests = [];
    await context.exposeBinding('__privacyHeard', (_source, line) => void heard.push(line));
    await context.addInitScript(listenToEverything, BT_EVENTS);
    context.on('request', (request) =>
      requests.push({ method: request.method(), url: request.url(), headers: request.headers(), body: request.postData() ?? '' }),
    );
    try {
      // The init script runs from the next document on: start the booking page afresh.
      await page.reload();
      await page.waitForFunction(() => customElements.get('bt-booking'));

      await page.getByRole('radio', { name: /Borgerservice Centrum/ }).check();
      await page.getByRole('radio', { name: /Pas – fornyelse/ }).check();
      await page.getByRole('button', { name: 'Fortsæt', exact: true }).click();
      await page.getByRole('button', { name: 'Første ledige tid' }).click();
      await page.locator('bt-slot-calendar [part~="time"]').first().click();
      await page.getByRole('heading', { name: 'Dine oplysninger', exact: true }).waitFor();
      await page.getByLabel('Fulde navn', { exact: true }).fill('Karen Jensen');
      await page.getByLabel('CPR-nummer', { exact: true }).click();
      await page.keyboard.type(CPR);
      await page.getByLabel('E-mail', { exact: true }).fill('karen@example.dk');
      await page.locator('bt-contact-form').getByRole('button', { name: 'Fortsæt', exact: true }).click();
      await page.getByRole('heading', { name: 'Tjek dine svar' }).waitFor();
      await page.getByRole('button', { name: /^Bekræft og (book|bestil) tiden$/ }).click();
      await page.getByRole('heading', { name: /^Din tid er (booket|bestilt)$/ }).waitFor();

      // The receipt's "change or cancel" link: min-tid.html with the reference and token in the fragment.
      await page.locator('bt-receipt a[href*="min-tid"]').first().click();
      await page.getByRole('heading', { name: 'Din tid', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Ændr tidspunkt' }).click();
      await page.getByRole('button', { name: 'Første ledige tid' }).click();
      await page.locator('bt-slot-calendar [part~="time"]:not([part~="time-current"])').first().click();
      await page.getByRole('button', { name: 'Flyt min tid' }).click();
      await page.locator('bt-appointment-manager bt-receipt').waitFor();
      await page.getByRole('button', { name: 'Aflys', exact: true }).click();
      await page.getByRole('button', { name: 'Ja, aflys tiden' }).click();
      await page.getByRole('heading', { name: 'Din tid er aflyst' }).waitFor();

      // Binding calls arrive in order: once this one is back, every event before it has been counted.
      await page.evaluate(() => window.__privacyHeard('flush'));
      const booking = requests.filter((request) => request.method === 'POST' && /\/api\/appointments$/.test(request.url));
      assert.equal(booking.length, 1, 'one booking request');
      assert.equal(leaks(booking[0].body), true, 'the booking request carries the CPR number');
      const others = requests.filter((request) => request !== booking[0]);
      assert.ok(
        others.some((request) => /reschedule/.test(request.url)),
        'the move went over the wire',
      );
      const leakingRequests = [
        ...others.map((r) => `${r.method} ${r.url} ${JSON.stringify(r.headers)} ${r.body}`),
        booking[0].url,
        JSON.stringify(booking[0].headers),
      ].filter(leaks);
      assert.deepEqual(leakingRequests, [], 'requests other than the booking body');

      assert.ok(
        heard.some((line) => line.startsWith('bt-booked ')),
        'the listener heard bt-booked',
      );
      assert.ok(
        heard.some((line) => line.startsWith('bt-cancelled ')),
        'the listener heard bt-cancelled',
      );
      assert.equal(
        heard.some((line) => line.startsWith('bt-contact-')),
        false,
        'the contact events stayed inside <bt-booking>',
      );
      assert.deepEqual(heard.filter(leaks), [], 'events heard on window');
      assert.deepEqual(consoleMessages.filter(leaks), [], 'console');

      const stored = await storedEverywhere(page);
      const indexedDb = await page.evaluate(async () => JSON.stringify((await indexedDB.databases()).map((db) => db.name)));
      assert.equal(leaks(`${stored}\n${indexedDb}\n${page.url()}`), false, 'URL, history, storage, cookies, IndexedDB');
      assert.equal(page.url().includes('token='), false, 'the token left the address bar');
    } finally {
      await context.close();
    }
  });
});
