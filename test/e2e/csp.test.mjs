// The CDN bundle on a page with a strict Content-Security-Policy and Trusted Types: no
// inline script or style, no eval, no other host. The widget must work and violate nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

let server;
let browser;
let url;

before(async () => {
  const build = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', 'cdn', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  });
  assert.equal(build.status, 0, 'the CDN bundle builds');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };
  server = createServer((request, response) => {
    const path = normalize(new URL(request.url, 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    try {
      const file = join(root, path);
      if (!statSync(file).isFile()) throw new Error('no file');
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': POLICY,
      });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}/test/e2e/csp/index.html`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('strict CSP and Trusted Types', () => {
  it('renders the flow, moves to the calendar and violates nothing', async () => {
    const page = await browser.newPage();
    const messages = [];
    page.on('console', (message) => messages.push(message.text()));
    page.on('pageerror', (error) => messages.push(error.message));
    await page.goto(url);
    await page.getByRole('radio', { name: /Borgerservice Centrum/ }).check();
    await page.getByRole('radio', { name: /Pas – fornyelse/ }).check();
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByRole('heading', { name: 'Vælg dag og tid' }).waitFor();
    await page.locator('bt-slot-calendar td button').first().waitFor();
    const violations = await page.evaluate(() => window.cspViolations);
    assert.deepEqual(violations, []);
    assert.equal(
      messages.filter((text) => /Content Security Policy|Trusted Type|TrustedHTML/i.test(text)).length,
      0,
      messages.join('\n'),
    );
    await page.close();
  });
});
