// Lighthouse on every demo page: accessibility must be 100 and best practices at least 95.
// Serves the demo with Vite on its in-browser backend (`--mode mock`, no server needed) on a
// free port, audits each page in Debian's Chromium (offline), prints a table, lists every audit
// that cost points, and exits 1 when a page is below budget (or the run fails).
//
//   node scripts/lighthouse.mjs            every page in demo/
//   node scripts/lighthouse.mjs pas.html   only the pages named
import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const BUDGET = { accessibility: 100, 'best-practices': 95 };
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
    const { categories, audits } = result.lhr;
    const row = { page: name };
    for (const [id, min] of Object.entries(BUDGET)) {
      const score = Math.round((categories[id]?.score ?? 0) * 100);
      row[id] = score;
      // Only audits that weigh in the score: informative and not-applicable ones cost nothing.
      const costly = (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
        .map((ref) => `${audits[ref.id].id}: ${audits[ref.id].title}`);
      if (costly.length) notes.push(`${name} ${id}: ${costly.join('; ')}`);
      if (score < min) failures.push(`${name} ${id} ${score} < ${min}`);
    }
    rows.push(row);
  }
} finally {
  await chrome.kill();
  await server.close();
}

console.table(rows);
console.log(`Lighthouse: ${pages.length} pages in ${Math.round((Date.now() - started) / 1000)} s`);
if (notes.length) console.log(`Audits that cost points:\n  ${notes.join('\n  ')}`);
if (failures.length) {
  console.error(
    `Below budget (accessibility ${BUDGET.accessibility}, best practices ≥ ${BUDGET['best-practices']}):\n  ${failures.join('\n  ')}`,
  );
  process.exitCode = 1;
}
