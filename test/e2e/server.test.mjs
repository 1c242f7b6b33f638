// The demo on the reference server, as `npm start` runs it (scripts/start.mjs: the server on a
// fresh PGlite data directory, Vite passing /api on to it): a citizen books in Chromium, the
// booking is in the database once everything has stopped, and after a restart on the same data
// the receipt's link still opens it. English texts come from the server in English.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { freePort } from './support/harness.mjs';
import { citizen, CITIZEN, TEXT } from './support/citizen.mjs';
import { MANAGE_TEXT } from './support/manage.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** PGlite creates its database on the first start: seconds of CPU on a busy machine. */
const READY_WITHIN_MS = 120_000;

/** `npm start` as a child, on the given ports and data directory; its output kept for failures. */
async function npmStart({ serverPort, demoPort, dataDir }) {
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      // npm start's own setup, whatever the developer's shell has: PGlite, the sample municipality.
      DATABASE_URL: '',
      BT_CONFIG: '',
      BT_CPR_KEY: '',
      PORT: String(serverPort),
      BT_DEMO_PORT: String(demoPort),
      BT_DATA_DIR: dataDir,
      BT_SMS: `file:${join(dataDir, 'sms')}`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const origin = `http://localhost:${demoPort}`;
  // Ready when the demo answers an API call through its proxy: both children are up.
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start ended before it was ready:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start was not ready within ${READY_WITHIN_MS / 1000} s:\n${output}`);
    const answer = await fetch(`${origin}/api/locations`).catch(() => undefined);
    if (answer?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    output: () => output,
    /** SIGTERM, as a process manager stops it: both children end and the script exits 0. */
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The appointments table, read straight from the stopped server's PGlite directory. */
async function storedAppointments(dataDir) {
  const db = await PGlite.create(join(dataDir, 'pglite'));
  try {
    const { rows } = await db.query(
      'SELECT reference, status, service_id, location_id, citizen_name, cpr_encrypted, token_hash FROM appointments',
    );
    return rows;
  } finally {
    await db.close();
  }
}

let dataDir;
let browser;
let ports;
before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bt-npm-start-'));
  ports = { serverPort: await freePort(), demoPort: await freePort() };
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start: the demo on the reference server', () => {
  it('books through the server into its database, and the booking survives a restart', async () => {
    // ---- 1. Book on a fresh server, in Danish at desktop width ------------------------------
    let running = await npmStart({ ...ports, dataDir });
    let reference;
    let manageHref;
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const appointmentPosts = [];
      page.on('response', (response) => {
        if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/appointments') {
          appointmentPosts.push(response.status());
        }
      });
      await page.goto(`${running.origin}/`);
      const steps = citizen(page, 'da');
      await steps.reachSummary();
      await steps.confirmButton().click();
      reference = await steps.receiptReference();
      assert.match(reference, /^BT-[0-9A-Z]{6}$/);
      assert.deepEqual(appointmentPosts, [201], 'one booking, answered by the server');
      assert.equal(await page.evaluate(() => 'borgertidDemo' in window), false, 'no in-browser backend');
      manageHref = await page.getByRole('link', { name: MANAGE_TEXT.da.manageLink }).getAttribute('href');
      assert.match(manageHref, /#reference=.+&token=.+/);
      await context.close();
    } finally {
      const { code } = await running.stop();
      assert.equal(code, 0, `npm start stops cleanly on SIGTERM:\n${running.output()}`);
    }

    // ---- 2. The database has it: encrypted CPR, hashed token --------------------------------
    const rows = await storedAppointments(dataDir);
    assert.equal(rows.length, 1);
    const [row] = rows;
    assert.equal(row.reference, reference);
    assert.equal(row.status, 'booked');
    assert.equal(row.service_id, 'pas-fornyelse');
    assert.equal(row.location_id, 'centrum');
    assert.equal(row.citizen_name, CITIZEN.name);
    assert.ok(row.cpr_encrypted, 'the CPR number is stored');
    assert.equal(row.cpr_encrypted.includes(CITIZEN.cprDigits), false, 'but never in the clear');
    const token = new URLSearchParams(new URL(manageHref, 'http://x').hash.slice(1)).get('token');
    assert.equal(row.token_hash, createHash('sha256').update(token).digest('hex'), 'the token is stored as its hash only');

    // ---- 3. Restart on the same data: the receipt's link opens the booking -------------------
    running = await npmStart({ ...ports, dataDir });
    try {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(new URL(manageHref, `${running.origin}/`).href);
      const manager = page.locator('bt-appointment-manager');
      await manager.getByRole('heading', { name: MANAGE_TEXT.da.heading, exact: true }).waitFor();
      await manager.getByText(reference, { exact: true }).waitFor();
      await manager.getByText(TEXT.da.passport).first().waitFor();

      // A citizen whose pages are in English gets the errands from the server in English.
      await page.evaluate(() => localStorage.setItem('borgertid-demo:lang', 'en'));
      await page.goto(`${running.origin}/`);
      await page.getByRole('heading', { name: 'Book an appointment at Borgerservice' }).waitFor();
      await page.getByRole('radio', { name: /Passport – renewal/ }).waitFor();
      await context.close();
    } finally {
      const { code } = await running.stop();
      assert.equal(code, 0, `npm start stops cleanly on SIGTERM:\n${running.output()}`);
    }
  });
});
