// The README's picture of the widget, taken from the demo as a citizen sees it, so it stays
// current: `node scripts/readme-screenshot.mjs` serves the demo on its in-browser backend
// (`vite --mode mock`, no server needed) on a free port, chooses an office and an errand in
// Chromium at 1280 px, and writes the calendar step to docs/widget.png.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const server = await createServer({
  configFile: `${root}vite.config.ts`,
  logLevel: 'error',
  mode: 'mock',
  server: { port: 0, host: '127.0.0.1', hmr: false },
});
await server.listen();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${server.httpServer.address().port}/index.html`);
  await page.getByRole('radio', { name: /Borgerservice Centrum/ }).check();
  await page
    .getByRole('radio', { name: /Pas – fornyelse/ })
    .first()
    .check();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  const booking = page.locator('bt-booking');
  // The month is in when a day with free times is drawn; the next month shows a whole one.
  await booking.locator('button.day.available').first().waitFor();
  await booking.getByRole('button', { name: /næste måned/i }).click();
  await booking.locator('table[aria-busy="false"] button.day.available').nth(5).waitFor();
  // The demo's card around the widget, so the picture has its margins.
  await booking.locator('xpath=..').screenshot({ path: `${root}docs/widget.png` });
  process.stdout.write('docs/widget.png written\n');
} finally {
  await browser.close();
  await server.close();
}
