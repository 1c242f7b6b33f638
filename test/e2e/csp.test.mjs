// Each CDN file alone on a bare page, as a webmaster embeds it (issue 10): the README's script
// tag with `integrity` and `crossorigin`, served from a CDN origin of its own (with CORS), under
// a strict Content-Security-Policy with Trusted Types: no inline script or style, no eval, no
// host but the page's own and the CDN's. A citizen books to the receipt: the webmaster entry
// against the REST contract (the msw handlers over a MemoryAdapter, answering in this process),
// the demo entry against its own in-page MemoryAdapter. Nothing may violate the policy.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { citizen } from './support/citizen.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdnDir = join(root, 'dist/cdn');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/**
 * The README's tag for a CDN file (keep the two in step): a module for the ESM entry, a
 * deferred classic script for the IIFE loader; both with the file's SHA-384 and `crossorigin`.
 */
export function scriptTag(src, integrity) {
  return src.endsWith('.iife.js')
    ? `<script src="${src}" integrity="${integrity}" crossorigin="anonymous" defer></script>`
    : `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`;
}

/**
 * The README's CSP header for a page that loads borgertid from `cdn` and talks to `api` (the CDN
 * in `connect-src` too: a file refused for its integrity is fetched once more past the cache).
 */
export function policy(cdn, api = "'self'") {
  return [
    "default-src 'none'",
    `script-src 'self' ${cdn}`,
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${api} ${cdn}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

let pageServer;
let cdnServer;
let browser;
let pageOrigin;
let cdnOrigin;
let integrity;
let backendDir;
let handlers;
let getResponse;
let MemoryAdapter;
let createHandlers;
/** CDN files served with a byte changed (a compromised CDN), by file name under chunks/. */
const tampered = new Set();
/** CDN files answered 404 (a half-finished upload), by file name under chunks/. */
const missing = new Set();
/** CDN files answered only once their promise settles (a slow phone connection), by file name under chunks/. */
const held = new Map();

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

before(async () => {
  const build = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', 'cdn', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  });
  assert.equal(build.status, 0, 'the CDN bundle builds');
  integrity = JSON.parse(readFileSync(join(cdnDir, 'integrity.json'), 'utf8'));

  // The demo backend in this process: the msw handlers of src/mocks over a MemoryAdapter.
  backendDir = mkdtempSync(join(tmpdir(), 'bt-csp-backend-'));
  writeFileSync(
    join(backendDir, 'entry.ts'),
    [
      `export { createHandlers } from ${JSON.stringify(join(root, 'src/mocks/handlers.ts'))};`,
      `export { MemoryAdapter } from ${JSON.stringify(join(root, 'src/adapters/memory/index.ts'))};`,
      "export { getResponse } from 'msw';",
    ].join('\n'),
  );
  await esbuild.build({
    entryPoints: [join(backendDir, 'entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: join(backendDir, 'backend.mjs'),
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
  });
  ({ createHandlers, getResponse, MemoryAdapter } = await import(join(backendDir, 'backend.mjs')));

  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.map': 'application/json' };
  // The CDN: dist/cdn/ on an origin of its own, with CORS (module scripts and `crossorigin`).
  cdnServer = createServer(async (request, response) => {
    const path = normalize(new URL(request.url, 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    await held.get(path.replace(/^\/chunks\//, ''));
    try {
      const file = join(cdnDir, path);
      if (!file.startsWith(cdnDir) || !statSync(file).isFile() || missing.has(path.replace(/^\/chunks\//, '')))
        throw new Error('no file');
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
        // As the README tells a self-hoster: every name is versioned or content-hashed.
        'cache-control': 'public, max-age=31536000, immutable',
      });
      const bytes = readFileSync(file);
      response.end(tampered.has(path.replace(/^\/chunks\//, '')) ? Buffer.concat([bytes, Buffer.from('\n;')]) : bytes);
    } catch {
      response.writeHead(404).end();
    }
  });
  // The municipality's page: a bare HTML page per CDN file, the violation collector, and /api.
  pageServer = createServer(async (request, response) => {
    const url = new URL(request.url, pageOrigin);
    const headers = { 'content-security-policy': policy(cdnOrigin) };
    if (url.pathname.startsWith('/api/')) {
      const body = await readBody(request);
      const answer = await getResponse(
        handlers,
        new Request(url, { method: request.method, headers: request.headers, body: body?.length ? body : undefined }),
      );
      if (!answer) return response.writeHead(404).end();
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      return response.end(Buffer.from(await answer.arrayBuffer()));
    }
    if (url.pathname === '/page.js') {
      response.writeHead(200, { ...headers, 'content-type': types['.js'] });
      return response.end(readFileSync(join(root, 'test/e2e/csp/page.js')));
    }
    const entry = url.pathname.slice(1);
    if (!integrity[entry]) return response.writeHead(404).end();
    const lang = url.searchParams.get('lang') ?? 'da';
    const api = entry.startsWith('borgertid-demo.') ? '' : ' api="/api"';
    response.writeHead(200, { ...headers, 'content-type': types['.html'] });
    response.end(`<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>borgertid: ${entry}</title>
    <link rel="icon" href="data:," />
    <script src="/page.js"></script>
    ${scriptTag(`${cdnOrigin}/${entry}`, integrity[entry])}
  </head>
  <body>
    <bt-booking${api}><p id="fallback">Du kan også bestille tid på telefon.</p></bt-booking>
  </body>
</html>
`);
  });
  pageOrigin = `http://127.0.0.1:${await listen(pageServer)}`;
  cdnOrigin = `http://localhost:${await listen(cdnServer)}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  pageServer?.close();
  cdnServer?.close();
  if (backendDir) rmSync(backendDir, { recursive: true, force: true });
});

/** Books from the first step to the receipt on a page with one CDN file; returns what the page reported. */
async function bookWith(entry, lang = 'da') {
  handlers = createHandlers({ baseUrl: `${pageOrigin}/api`, adapter: new MemoryAdapter() });
  const page = await browser.newPage();
  const messages = [];
  const requests = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => response.status() >= 400 && messages.push(`http ${response.status()} ${response.url()}`));
  try {
    await page.goto(`${pageOrigin}/${entry}?lang=${lang}`);
    const steps = citizen(page, lang);
    // The later steps are fetched while the citizen reads the first one (idle prefetch), not
    // when they click on: wait for the offices, then for those chunks, before anything is clicked.
    await page.getByRole('radio', { name: steps.t.centrum }).waitFor();
    const later = ['bt-slot-calendar', 'bt-contact-form', 'bt-receipt'];
    for (let waited = 0; !later.every((name) => requests.some((url) => url.includes(`/chunks/${name}-`))); waited += 50) {
      assert.ok(waited < 5000, `the later steps prefetched before the citizen moves on: ${requests.join(', ')}`);
      await page.waitForTimeout(50);
    }
    await steps.reachSummary();
    assert.ok(!requests.some((url) => url.includes('/chunks/cdn-step-manager-')), 'a booking page never fetches the manager');
    await steps.confirmButton().click();
    const reference = await steps.receiptReference();
    assert.match(reference, /\S/, 'a booking reference on the receipt');
    assert.equal(await page.locator('#fallback').isVisible(), false, "the element's own content is hidden once the widget runs");
    const violations = await page.evaluate(() => window.cspViolations);
    assert.deepEqual(violations, [], 'no CSP violation');
    assert.deepEqual(
      messages.filter((text) => /Content Security Policy|Trusted Type|TrustedHTML|integrity|pageerror|^error/i.test(text)),
      [],
      'no CSP, Trusted Types, integrity or script error, and no failed request (a backend without sign-in says so in a 200)',
    );
    assert.deepEqual(
      messages.filter((text) => text.startsWith('http ')),
      [],
      'no failed response',
    );
    return { requests: requests.map((request) => request.replace(/[?#].*/, '')) };
  } catch (error) {
    if (process.env.BT_CSP_SCREENSHOT) await page.screenshot({ path: process.env.BT_CSP_SCREENSHOT, fullPage: true });
    error.message += `\nThe page said:\n${messages.join('\n')}`;
    throw error;
  } finally {
    await page.close();
  }
}

describe('each CDN file alone under a strict CSP with Trusted Types', () => {
  for (const [entry, lang] of process.env.BT_CSP_ONLY
    ? [[process.env.BT_CSP_ONLY, process.env.BT_CSP_LANG ?? 'da']]
    : [
        [`borgertid.${version}.js`, 'da'],
        [`borgertid.${version}.iife.js`, 'da'],
        [`borgertid-demo.${version}.js`, 'da'],
        [`borgertid-demo.${version}.iife.js`, 'en'],
      ]) {
    it(`${entry} (${lang}): the README's tag, a booking to the receipt, no violation`, async () => {
      const { requests } = await bookWith(entry, lang);
      const english = requests.some((url) => /\/chunks\/en-[\w-]+\.js$/.test(url));
      assert.equal(
        english,
        lang === 'en',
        lang === 'en' ? 'English fetched when asked for' : 'English never fetched for a Danish page',
      );
      if (!entry.startsWith('borgertid-demo.'))
        assert.ok(
          requests.some((url) => url.includes('/api/')),
          'booked over REST',
        );
    });
  }

  it('refuses a file whose hash does not match its integrity attribute', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (message) => errors.push(message.text()));
    const entry = `borgertid.${version}.js`;
    const real = integrity[entry];
    integrity[entry] = integrity[`borgertid-demo.${version}.js`];
    try {
      await page.goto(`${pageOrigin}/${entry}`);
      await page.waitForTimeout(500);
      assert.equal(await page.evaluate(() => customElements.get('bt-booking')), undefined);
      assert.ok(
        errors.some((text) => /integrity/i.test(text)),
        errors.join('\n'),
      );
    } finally {
      integrity[entry] = real;
      await page.close();
    }
  });

  it('fetches the manager once a page adds a <bt-appointment-manager>', async () => {
    handlers = createHandlers({ baseUrl: `${pageOrigin}/api`, adapter: new MemoryAdapter() });
    const page = await browser.newPage();
    try {
      await page.goto(`${pageOrigin}/borgertid.${version}.js`);
      await page.waitForFunction(() => customElements.get('bt-booking') !== undefined);
      assert.equal(await page.evaluate(() => customElements.get('bt-appointment-manager')), undefined, 'not before');
      await page.evaluate(() => {
        const section = document.createElement('section');
        const manager = document.createElement('bt-appointment-manager');
        manager.setAttribute('api', '/api');
        section.append(manager);
        document.body.append(section);
      });
      await page.waitForFunction(() => customElements.get('bt-appointment-manager') !== undefined);
    } finally {
      await page.close();
    }
  });

  it('speaks Danish throughout, the backend’s texts too, when the English texts cannot be fetched', async () => {
    handlers = createHandlers({ baseUrl: `${pageOrigin}/api`, adapter: new MemoryAdapter() });
    const page = await browser.newPage();
    const messages = [];
    page.on('console', (message) => messages.push(message.text()));
    missing.add(chunkNamed('en'));
    try {
      await page.goto(`${pageOrigin}/borgertid.${version}.js?lang=en`);
      const danish = citizen(page, 'da');
      // Not "Passport – renewal" under Danish headings: the errands are asked for again in Danish.
      await page.getByRole('radio', { name: danish.t.passport }).waitFor();
      await page.getByRole('heading', { name: 'Vælg ærinde og sted' }).waitFor();
      assert.equal(await page.getByRole('radio', { name: /Passport – renewal/ }).count(), 0, 'no English errand names');
      assert.ok(
        messages.some((text) => /the en texts could not be loaded/.test(text)),
        messages.join('\n'),
      );
    } finally {
      missing.clear();
      await page.close();
    }
  });

  /** Waits (up to 5 s) until a console message collected in `messages` matches `pattern`. */
  async function untilConsoleSays(page, messages, pattern) {
    for (let waited = 0; !messages.some((text) => pattern.test(text)); waited += 50) {
      assert.ok(waited < 5000, `the console says ${pattern}: ${messages.join('\n')}`);
      await page.waitForTimeout(50);
    }
  }

  /** The file names under chunks/ of a kind (e.g. `define`, `bt-slot-calendar`). */
  const chunkNamed = (prefix) => {
    const names = Object.keys(integrity)
      .filter((file) => file.startsWith(`chunks/${prefix}-`))
      .map((file) => file.slice('chunks/'.length));
    assert.equal(names.length, 1, `one chunk named ${prefix}: ${names.join(', ')}`);
    return names[0];
  };

  it("refuses a first-load chunk changed on the CDN (the entry holds every chunk's hash)", async () => {
    const page = await browser.newPage();
    const messages = [];
    page.on('console', (message) => messages.push(message.text()));
    tampered.add(chunkNamed('first'));
    try {
      await page.goto(`${pageOrigin}/borgertid.${version}.js`);
      await page.waitForFunction(() => window.cspViolations !== undefined);
      await untilConsoleSays(page, messages, /integrity/i);
      assert.equal(await page.evaluate(() => customElements.get('bt-booking')), undefined, 'nothing of it runs');
      assert.equal(await page.locator('#fallback').isVisible(), true, "the element's own content is what the citizen sees");
    } finally {
      tampered.clear();
      await page.close();
    }
  });

  it("says it is loading while the booking's later panels are on their way, then shows the step", async () => {
    handlers = createHandlers({ baseUrl: `${pageOrigin}/api`, adapter: new MemoryAdapter() });
    const page = await browser.newPage();
    let release;
    held.set(chunkNamed('booking-later-panels'), new Promise((resolve) => (release = resolve)));
    try {
      await page.goto(`${pageOrigin}/borgertid.${version}.js`);
      const steps = citizen(page, 'da');
      await page.getByRole('radio', { name: steps.t.centrum }).waitFor();
      await steps.chooseErrand();
      const loading = page.getByRole('status').filter({ hasText: 'Henter …' });
      await loading.waitFor();
      release();
      await page.getByRole('button', { name: steps.t.firstAvailable }).waitFor();
      assert.equal(await loading.count(), 0, 'the loading line is gone');
    } finally {
      release();
      held.clear();
      await page.close();
    }
  });

  for (const [chunk, what, defined] of [
    ['bt-slot-calendar', 'a later step', false],
    ['booking-later-panels', "the booking's later panels", true],
  ])
    it(`refuses ${what} changed on the CDN, tells the citizen, and loads it on retry`, async () => {
      handlers = createHandlers({ baseUrl: `${pageOrigin}/api`, adapter: new MemoryAdapter() });
      const page = await browser.newPage();
      const messages = [];
      page.on('console', (message) => messages.push(message.text()));
      tampered.add(chunkNamed(chunk));
      try {
        await page.goto(`${pageOrigin}/borgertid.${version}.js`);
        const steps = citizen(page, 'da');
        await page.getByRole('radio', { name: steps.t.centrum }).waitFor();
        await untilConsoleSays(page, messages, /integrity/i);
        assert.equal(
          await page.evaluate(() => customElements.get('bt-slot-calendar') !== undefined),
          defined,
          defined ? 'the calendar itself is there' : 'the changed calendar never runs',
        );
        await steps.chooseErrand();
        const alert = page.getByRole('alert').filter({ hasText: 'Vi kunne ikke hente denne del af bestillingen' });
        await alert.waitFor();
        // The CDN is mended; the citizen presses "Prøv igen" and gets the calendar, focus on the step.
        tampered.clear();
        await alert.getByRole('button', { name: 'Prøv igen' }).click();
        await page.getByRole('button', { name: steps.t.firstAvailable }).waitFor();
        assert.equal(await alert.count(), 0, 'the message is gone');
        assert.equal(
          await page.evaluate(() => document.querySelector('bt-booking').shadowRoot.activeElement?.id),
          'step-heading',
          'focus on the step heading',
        );
      } finally {
        tampered.clear();
        await page.close();
      }
    });
});
