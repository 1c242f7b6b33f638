// The popup variant on an ordinary article page, by keyboard alone: open, book-in-progress,
// Escape asks before throwing typed details away, and focus returns to the button.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo } from './support/harness.mjs';
import { axeViolations } from './support/citizen.mjs';

let demo;
before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.close();
});

/** What has focus, through shadow roots: tag, part and accessible text. */
function focused(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return { tag: '', part: '', name: '' };
    return {
      tag: active.tagName.toLowerCase(),
      part: active.getAttribute('part') ?? '',
      name: (active.getAttribute('aria-label') || active.textContent || '').replace(/\s+/g, ' ').trim(),
    };
  });
}

async function tabUntil(page, predicate, limit = 20) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (predicate(now)) return now;
  }
  throw new Error('never reached by Tab');
}

const dialogOpen = (page) => page.locator('bt-booking').evaluate((el) => Boolean(el.shadowRoot.querySelector('dialog')?.open));

describe('popup mode by keyboard alone', () => {
  it('opens with Enter, keeps focus inside, asks before closing with typed details, and returns focus', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${demo.url}pas.html`);
      await page.waitForFunction(() => customElements.get('bt-booking'));
      await tabUntil(page, (f) => f.part.includes('popup-button'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('bt-booking').shadowRoot.querySelector('dialog')?.open);
      // Errand and place were preselected: the flow opens on the calendar.
      await page.getByRole('heading', { name: 'Vælg dag og tid' }).waitFor();
      assert.deepEqual(await axeViolations(page), []);

      // Nothing typed yet: Escape closes at once and focus goes back to the button.
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('bt-booking').shadowRoot.querySelector('dialog')?.open);
      assert.match((await focused(page)).part, /popup-button/);

      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Vælg dag og tid' }).waitFor();
      await tabUntil(page, (f) => f.name === 'Første ledige tid');
      await page.keyboard.press('Enter');
      // Focus lands on the first free time; Enter picks it.
      await page.waitForFunction(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.getAttribute('part')?.includes('time');
      });
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Dine oplysninger', exact: true }).waitFor();
      const name = await tabUntil(page, (f) => f.tag === 'input');
      assert.equal(name.tag, 'input');
      await page.keyboard.type('Karen Jensen');

      // Typed details: Escape asks first, and staying keeps everything.
      await page.keyboard.press('Escape');
      await page.getByText('Vil du lukke bestillingen?').waitFor();
      assert.match((await focused(page)).name, /^Nej/);
      assert.deepEqual(await axeViolations(page), []);
      await page.keyboard.press('Enter');
      assert.equal(await dialogOpen(page), true);
      assert.equal(await page.getByLabel('Fulde navn', { exact: true }).inputValue(), 'Karen Jensen');

      // Asked again, the citizen chooses to close: focus returns to the button.
      await page.keyboard.press('Escape');
      await page.getByText('Vil du lukke bestillingen?').waitFor();
      await tabUntil(page, (f) => /^Ja/.test(f.name), 5);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('bt-booking').shadowRoot.querySelector('dialog')?.open);
      assert.match((await focused(page)).part, /popup-button/);
    } finally {
      await context.close();
    }
  });
});
