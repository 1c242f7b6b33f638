// End-to-end support: the demo pages served by Vite as `npm start` serves them, but on their
// in-browser msw backend (`--mode mock`), whose faults the tests switch; driven in Debian's
// Chromium by playwright-core (no browser download).
import { mkdirSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/chromium.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
process.env.XDG_CACHE_HOME ??= `${root}.cache`;
mkdirSync(process.env.XDG_CACHE_HOME, { recursive: true });

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts the demo server and a browser; returns what a test needs and a `close()`. */
export async function startDemo() {
  const port = await freePort();
  const server = await createServer({
    configFile: `${root}vite.config.ts`,
    logLevel: 'error',
    mode: 'mock',
    server: { port, strictPort: true, host: '127.0.0.1', hmr: false },
  });
  await server.listen();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh browser context (its own storage) with a page on the demo, recording every
 * console message and every request URL so tests can prove what never leaked.
 */
export async function openDemo(demo, { lang = 'da', viewport = { width: 1280, height: 900 }, timezoneId } = {}) {
  const context = await demo.browser.newContext({ viewport, timezoneId, acceptDownloads: true });
  const page = await context.newPage();
  const consoleMessages = [];
  const requestUrls = [];
  page.on('console', (message) => consoleMessages.push(message.text()));
  page.on('pageerror', (error) => consoleMessages.push(`pageerror: ${error.message}`));
  context.on('request', (request) => requestUrls.push(request.url()));
  await page.goto(demo.url);
  await page.waitForFunction(() => customElements.get('bt-booking'));
  if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
  return { context, page, consoleMessages, requestUrls };
}

/** Everything a browser keeps for a page that a CPR number must never reach. */
export async function storedEverywhere(page) {
  const cookies = await page.context().cookies();
  const storage = await page.evaluate(() => {
    const dump = (store) =>
      Object.keys(store)
        .map((key) => `${key}=${store.getItem(key)}`)
        .join('\n');
    return `${dump(localStorage)}\n${dump(sessionStorage)}\n${document.cookie}\n${location.href}\n${history.length}`;
  });
  return `${storage}\n${cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('\n')}`;
}
