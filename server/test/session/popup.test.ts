/**
 * Sign-in as a citizen goes through it, in Chromium: the widget's RestAdapter on a page of
 * another origin of the same site opens the server's sign-in in a popup, the demonstration
 * page signs a citizen in, the popup closes itself, and the page's next call carries the
 * HttpOnly cookie (CORS with credentials). And the whole-page fallback when popups are blocked.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { openDatabase, type OpenDatabase } from '../../src/db/database.js';
import { buildServer, type RunningServer } from '../../src/server.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Typed here: the shared launch settings are a plain .mjs module without declarations.
const chromiumSupport = '../../../test/support/chromium.mjs';
const { CHROMIUM_ARGS, CHROMIUM_PATH } = (await import(chromiumSupport)) as { CHROMIUM_ARGS: string[]; CHROMIUM_PATH: string };

const CITIZENS = [
  { id: 'contract-person-1', name: 'Karen Testesen' },
  { id: 'contract-person-2', name: 'Someone Else' },
];

let vite: ViteDevServer;
let database: OpenDatabase;
let server: RunningServer;
let browser: Browser;
let dataDir: string;
let pageUrl: string;

before(async () => {
  vite = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, hmr: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await vite.listen();
  const pageOrigin = new URL(vite.resolvedUrls!.local[0]!).origin;
  dataDir = mkdtempSync(join(tmpdir(), 'bt-popup-'));
  database = await openDatabase({});
  server = await buildServer({
    database: database.db,
    dataDir,
    demoSignIn: { citizens: CITIZENS },
    corsOrigins: [pageOrigin],
    worker: false,
    log: { level: 'silent' },
    listen: { port: 0, host: '127.0.0.1' },
  });
  pageUrl = `${pageOrigin}/server/test/session/popup-page.html?api=${encodeURIComponent(`${server.url}/api`)}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await database?.close();
  await vite?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function openPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pageUrl);
  await page.waitForFunction(() => 'signInPage' in globalThis);
  return { context, page };
}

/** What the test page puts on its window (popup-page.html); the server's lib has no DOM types. */
interface PageGlobals {
  signInPage: {
    adapter: { auth: { getSession(): Promise<unknown>; logout(): Promise<void> } };
    signedIn: Promise<unknown>;
  };
  document: { cookie: string };
}
const sessionOn = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as PageGlobals).signInPage.adapter.auth.getSession());
const signedInOn = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).signInPage.signedIn);

describe('sign-in from the widget, in Chromium', () => {
  it('signs in through a popup that closes itself; later calls carry the HttpOnly cookie', async () => {
    const { context, page } = await openPage();
    try {
      assert.equal(await sessionOn(page), null);
      const opened = context.waitForEvent('page');
      await page.click('#login');
      const popup = await opened;
      await popup.waitForURL(/\/api\/session\/demo\?state=/);
      assert.equal(await popup.locator('.demo-banner').innerText(), 'Demonstration — ikke MitID\nDemonstration — not MitID');
      const closed = popup.waitForEvent('close');
      await popup.getByRole('button', { name: /Log ind som Karen Testesen/ }).click();
      await closed;
      assert.deepEqual(await signedInOn(page), CITIZENS[0]);

      const [cookie, ...others] = await context.cookies();
      assert.deepEqual(others, []);
      assert.equal(cookie!.name, 'bt_session');
      assert.equal(cookie!.httpOnly, true);
      assert.equal(cookie!.sameSite, 'Lax');
      assert.equal(cookie!.path, '/api');
      assert.equal(
        await page.evaluate(() => (globalThis as unknown as PageGlobals).document.cookie),
        '',
        'no script on the page sees it',
      );

      await page.evaluate(() => (globalThis as unknown as PageGlobals).signInPage.adapter.auth.logout());
      assert.equal(await sessionOn(page), null);
    } finally {
      await context.close();
    }
  });

  it('resolves without a session when the citizen cancels in the popup', async () => {
    const { context, page } = await openPage();
    try {
      const opened = context.waitForEvent('page');
      await page.click('#login');
      const popup = await opened;
      await popup.waitForURL(/\/api\/session\/demo/);
      const closed = popup.waitForEvent('close');
      await popup.getByRole('button', { name: /Annuller/ }).click();
      await closed;
      assert.equal(await signedInOn(page), null);
    } finally {
      await context.close();
    }
  });

  it('sends the whole page to sign-in when popups are blocked, and comes back to it signed in', async () => {
    const { context, page } = await openPage();
    try {
      await page.click('#login-whole-page');
      await page.waitForURL(/\/api\/session\/demo/);
      await page.getByRole('button', { name: /Log ind som Someone Else/ }).click();
      await page.waitForURL(pageUrl);
      await page.waitForFunction(() => 'signInPage' in globalThis);
      assert.deepEqual(await sessionOn(page), CITIZENS[1]);
    } finally {
      await context.close();
    }
  });
});
