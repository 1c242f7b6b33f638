// The step indicator of <bt-booking> on the demo page, with the five steps of an errand that
// needs sign-in (over an in-page backend that has one): at 1280 px it stays one row (a second row began with a stray connector "—"
// in English), at 360 px it is one row of numbered circles under "Trin 2 af 5".
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDemo, startDemo } from './support/harness.mjs';

/**
 * The demo's mock backend has no sign-in (it says so, and the widget then offers no errand that
 * needs one): the booking gets an in-page backend with a stand-in sign-in, for the five steps.
 */
async function withSignIn(page, lang) {
  const adapterUrl = `/@fs${fileURLToPath(new URL('../../src/adapters/memory/index.ts', import.meta.url))}`;
  await page.evaluate(
    async ([adapterUrl, lang]) => {
      const { MemoryAdapter } = await import(adapterUrl);
      let session = null;
      const auth = {
        getSession: async () => session,
        login: async () => void (session = { id: 'demo-person', name: 'Karen Jensen' }),
        logout: async () => void (session = null),
      };
      document.querySelector('bt-booking').adapter = new MemoryAdapter({ auth, lang });
    },
    [adapterUrl, lang],
  );
}

let demo;
before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.close();
});

const ERRAND = { da: { name: /Navneændring/, continue: 'Fortsæt' }, en: { name: /Change of name/, continue: 'Continue' } };

for (const lang of ['da', 'en']) {
  for (const width of [1280, 360]) {
    describe(`step indicator (${lang}, ${width} px)`, () => {
      it('is one row: no step, and so no connector, starts a second line', async () => {
        const { context, page } = await openDemo(demo, { lang, viewport: { width, height: 800 } });
        try {
          await withSignIn(page, lang);
          await page.getByRole('radio', { name: /Borgerservice Centrum/ }).check();
          await page.getByRole('radio', { name: ERRAND[lang].name }).check();
          await page.getByRole('button', { name: ERRAND[lang].continue, exact: true }).click();
          const steps = page.locator('bt-booking [part~="steps"] li');
          await page.waitForFunction(
            () => document.querySelector('bt-booking').shadowRoot.querySelectorAll('.steps li').length === 5,
          );
          const boxes = await steps.evaluateAll((items) => items.map((li) => li.getBoundingClientRect().toJSON()));
          const tops = boxes.map((box) => Math.round(box.top));
          assert.equal(new Set(tops).size, 1, `steps on more than one line: tops ${tops.join(', ')}`);
          const nav = await page.locator('bt-booking [part~="steps"]').evaluate((el) => el.getBoundingClientRect().right);
          assert.ok(Math.max(...boxes.map((box) => box.right)) <= nav + 0.5, 'the steps fit their box');
        } finally {
          await context.close();
        }
      });
    });
  }
}
