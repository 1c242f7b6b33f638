// Lighthouse on every demo page: accessibility and best practices must both be 100 (a console
// error, such as a failed request, costs best-practices points).
// Serves the demo with Vite on its in-browser backend (`--mode mock`, no server needed) on a
// free port, audits each page in Debian's Chromium (offline) as it loads, and then the booking
// widget's calendar step as a snapshot (the page after a citizen chose an errand: most of what
// a citizen works with is not there at load). Prints a table, lists every audit that cost
// points, and exits 1 when a page is below budget (or the run fails).
//
//   node scripts/lighthouse.mjs            every page in demo/
//   node scripts/lighthouse.mjs pas.html   only the pages named
import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { snapshot } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const BUDGET = { accessibility: 100, 'best-practices': 100 };
/** Seconds a page may take to settle before it is audited (first load compiles modules). */
const MAX_WAIT_MS = 45_000;

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(`${root}demo`)
      .filter((name) => name.endsWith('.html'))
      .sort();

process.env.XDG_CACHE_HOME ??= `${root}.cache`;
mkdirSync(process.env.XDG_CACHE_HOME, { recursive: true });

const started = Date.now();
const server = await createServer({
  configFile: `${root}vite.config.ts`,
  logLevel: 'error',
  mode: 'mock',
  server: { port: 0, host: '127.0.0.1', hmr: false },
});
await server.listen();
const { port } = server.httpServer.address();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
});

/** Every element matching `selector` in the document and every shadow root in it (runs in the page). */
const DEEP_ALL = `(function deepAll(root, selector) {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  return found;
})`;

/** Clicks, once it is there, the first `selector` whose text (or its label's) contains `text`, in any shadow root. */
function clickDeep(page, selector, text) {
  return page.waitForFunction(
    `(() => {
      const target = ${DEEP_ALL}(document, ${JSON.stringify(selector)}).find((element) =>
        ((element.labels?.[0] ?? element).textContent ?? '').includes(${JSON.stringify(text)}));
      target?.click();
      return Boolean(target);
    })()`,
    { timeout: MAX_WAIT_MS },
  );
}

/** The booking widget's calendar step: a citizen chose an office and an errand. */
async function calendarStep(page) {
  await clickDeep(page, 'input[type="radio"]', 'Borgerservice Centrum');
  await clickDeep(page, 'input[type="radio"]', 'Pas – fornyelse');
  await clickDeep(page, 'button', 'Fortsæt');
  // The month is in: an available day is drawn.
  await page.waitForFunction(`${DEEP_ALL}(document, 'table[aria-busy="false"] button.day.available').length > 0`);
}

/** The details step: the first available time found and chosen. */
async function detailsStep(page) {
  await calendarStep(page);
  await clickDeep(page, 'button', 'Første ledige tid');
  await clickDeep(page, 'button.time', '');
  await page.waitForFunction(`${DEEP_ALL}(document, 'input[type="email"]').length > 0`);
}

/** States past the page load, reached as a citizen would (by visible text, through shadow roots). */
const STATES = [
  { page: 'index.html', name: 'index.html, calendar step', reach: calendarStep },
  { page: 'index.html', name: 'index.html, details step', reach: detailsStep },
];

const rows = [];
const failures = [];
const notes = [];
try {
  for (const name of pages) {
    const url = `http://127.0.0.1:${port}/${name}`;
    // The first request makes Vite compile the page's modules: do it outside the measured run.
    await fetch(url);
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BUDGET) },
      {
        extends: 'lighthouse:default',
        settings: { maxWaitForLoad: MAX_WAIT_MS, formFactor: 'desktop', screenEmulation: { disabled: true } },
      },
    );
    rows.push(score(name, result.lhr));
  }
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  for (const state of STATES.filter((state) => pages.includes(state.page))) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/${state.page}`);
    await state.reach(page);
    const result = await snapshot(page, {
      config: { extends: 'lighthouse:default', settings: { onlyCategories: Object.keys(BUDGET) } },
      flags: { logLevel: 'error', formFactor: 'desktop', screenEmulation: { disabled: true } },
    });
    rows.push(score(state.name, result.lhr));
    await page.close();
  }
  await browser.disconnect();
} finally {
  await chrome.kill();
  await server.close();
}

/** The row of the table for one audit; notes what cost points and what fell below budget. */
function score(name, { categories, audits }) {
  const row = { page: name };
  for (const [id, min] of Object.entries(BUDGET)) {
    const points = Math.round((categories[id]?.score ?? 0) * 100);
    row[id] = points;
    // Only audits that weigh in the score: informative and not-applicable ones cost nothing.
    const costly = (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
      .map((ref) => `${audits[ref.id].id}: ${audits[ref.id].title}`);
    if (costly.length) notes.push(`${name} ${id}: ${costly.join('; ')}`);
    if (points < min) failures.push(`${name} ${id} ${points} < ${min}`);
  }
  return row;
}

console.table(rows);
console.log(`Lighthouse: ${rows.length} audits of ${pages.length} pages in ${Math.round((Date.now() - started) / 1000)} s`);
if (notes.length) console.log(`Audits that cost points:\n  ${notes.join('\n  ')}`);
if (failures.length) {
  console.error(
    `Below budget (accessibility ${BUDGET.accessibility}, best practices ≥ ${BUDGET['best-practices']}):\n  ${failures.join('\n  ')}`,
  );
  process.exitCode = 1;
}
