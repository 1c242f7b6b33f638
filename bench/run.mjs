// `npm run bench`: issue 10's budgets, measured. Not part of `npm test` (speed is noisy on a
// shared machine); exits non-zero when a budget is broken.
//  1. Sizes per CDN entry (`vite build --mode cdn`, dist/cdn/): first load and everything, gzip -9.
//  2. Speed against cally 0.9.2, both built the same way here (Vite, minified ESM; ours is the
//     CDN's calendar step over its Danish-first catalogue) and loaded the same way (one module
//     script tag, put on the page by the timer), interleaved cold loads in headless
//     Chromium (a fresh browser context each), medians: first free days on screen over a
//     zero-latency backend vs cally drawing an empty month; twelve month steps with data vs
//     cally's twelve steps. The steps follow each other at once (no idle time between them for
//     the calendar's prefetch of the next month: the harder case).
//  3. Heap: 200 mount/unmount cycles of <bt-slot-calendar>, garbage collected before each reading.
// BENCH_RUNS (default 15) sets the cold loads per subject and scenario; BENCH_SKIP_CDN=1 skips 1;
// BENCH_NO_MINIFY=1 leaves the bench bundles readable (for a profiler). cally comes from the
// devDependencies, else from /tmp/peers/node_modules (where it was installed before it was one).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';
import { BUDGETS, cdnSizes } from './sizes.mjs';
import { serveBench } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(Number(process.env.BENCH_RUNS) || 15, 1);
const CYCLES = 200;
/**
 * Cycles before the first reading: the first fifty fill what is filled once (lit's templates,
 * the formatting memos, V8's code and feedback; about 130 KiB), after which the heap is flat.
 */
const WARM_CYCLES = 50;
/**
 * What 200 cycles may leave behind after garbage collection: noise (40–100 KiB here), not a
 * leak. A calendar kept alive keeps its months' slots too: hundreds of KiB a cycle.
 */
const HEAP_GROWTH_BUDGET = 256 * 1024;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const rows = [];
const row = (what, value, budget, ok) => rows.push({ what, value, budget, ok });

/** cally from the project's devDependencies, else the copy installed beside it at /tmp/peers. */
function resolveCally() {
  try {
    return fileURLToPath(import.meta.resolve('cally'));
  } catch {
    const fallback = '/tmp/peers/node_modules/cally/dist/cally.js';
    if (existsSync(fallback)) return fallback;
    throw new Error('cally 0.9.2 not found: npm install --no-save cally@0.9.2');
  }
}

// ---- 1. Sizes ----
if (!process.env.BENCH_SKIP_CDN) {
  const cdn = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', 'cdn', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (cdn.status !== 0) process.exit(cdn.status ?? 1);
  for (const size of cdnSizes(join(root, 'dist/cdn'))) {
    if (/\.map$/.test(size.entry)) continue;
    const demo = /demo/.test(size.entry);
    // The demo entry carries the MemoryAdapter and its sample municipality: a page for trying, not for citizens.
    row(
      `${size.entry}: first load (${size.firstFiles} files)`,
      kib(size.firstLoad),
      demo ? '-' : kib(BUDGETS.firstLoad),
      demo || size.firstLoad <= BUDGETS.firstLoad,
    );
    row(
      `${size.entry}: everything (${size.allFiles} files)`,
      kib(size.everything),
      demo ? '-' : kib(BUDGETS.everything),
      demo || size.everything <= BUDGETS.everything,
    );
  }
}

// ---- 2. The bench bundles: ours and cally's, built the same way ----
const out = join(root, 'dist/bench');
const cally = resolveCally();
// Ours as the CDN ships the calendar where it can: its step chunk (its Danish, then the element)
// over the CDN's catalogue (Danish bundled, English fetched when asked for).
const cdnStep = existsSync(join(root, 'src/cdn-step-calendar.ts'));
const lazyLocales = join(root, 'src/i18n/locales/lazy.ts');
const cdnLocales = {
  name: 'bench-cdn-locales',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!existsSync(lazyLocales)) return null;
    return source === './locales/index.js' && importer?.replace(/\\/g, '/').endsWith('/src/i18n/i18n.ts') ? lazyLocales : null;
  },
};
for (const [name, entry] of [
  ['borgertid', cdnStep ? 'src/cdn-step-calendar.ts' : 'bench/entries/calendar.ts'],
  ['cally', 'bench/entries/cally.ts'],
  ['fixture', 'bench/entries/fixture.ts'],
]) {
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    publicDir: false,
    resolve: { alias: { cally } },
    plugins: [cdnLocales],
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify: process.env.BENCH_NO_MINIFY ? false : true } },
    },
  });
}
const { gzipSync } = await import('node:zlib');
const gz = (name) => gzipSync(readFileSync(join(out, `${name}.js`)), { level: 9 }).length;
console.log(`bench bundles (gzip -9): <bt-slot-calendar> ${kib(gz('borgertid'))}, cally ${kib(gz('cally'))}`);

// ---- 3. Speed and heap in Chromium ----
const { base, close: closeServer } = await serveBench(root);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
try {
  /** One cold load: a fresh context (no HTTP or code cache), one subject, one scenario. */
  async function coldLoad(subject, scenario) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(`${base}?subject=${subject}&scenario=${scenario}`);
      await page.waitForFunction(() => window.benchReady === true);
      const result = await page.evaluate((name) => window.bench[name](), subject);
      if (errors.length) throw errors[0];
      if (result.misses) throw new Error(`the fixture backend missed ${result.misses} queries: not zero-latency`);
      return result.ms;
    } finally {
      await context.close();
    }
  }

  for (const [scenario, label] of [
    ['first', 'first free days on screen vs cally drawing an empty month (from the script tag)'],
    ['steps', 'twelve month steps with data vs cally twelve steps'],
  ]) {
    const times = { borgertid: [], cally: [] };
    // Interleaved, the order alternating, so a slow patch of the shared machine hits both.
    for (let run = 0; run < RUNS; run += 1) {
      for (const subject of run % 2 ? ['cally', 'borgertid'] : ['borgertid', 'cally']) {
        times[subject].push(await coldLoad(subject, scenario));
      }
    }
    const ours = median(times.borgertid);
    const theirs = median(times.cally);
    const ratio = ours / theirs;
    row(
      `${label}, median of ${RUNS}`,
      `${ours.toFixed(1)} ms vs ${theirs.toFixed(1)} ms = ${ratio.toFixed(2)}x`,
      '<= 1.00x',
      ratio <= 1,
    );
  }

  // Heap: warm up, then 200 cycles, garbage collected before each reading.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}?subject=borgertid&scenario=heap`);
    await page.waitForFunction(() => window.benchReady === true);
    await page.evaluate(() => {
      window.bench.loadScript();
      return customElements.whenDefined('bt-slot-calendar');
    });
    const cdp = await context.newCDPSession(page);
    const reading = async () => {
      for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes } = await cdp.send('Memory.getDOMCounters');
      return { heap: usedSize, nodes };
    };
    await page.evaluate((count) => window.bench.cycles(count), WARM_CYCLES);
    const before = await reading();
    await page.evaluate((count) => window.bench.cycles(count), CYCLES);
    const after = await reading();
    await context.close();
    const growth = after.heap - before.heap;
    row(
      `heap after ${CYCLES} mount/unmount cycles (DOM nodes ${before.nodes} -> ${after.nodes})`,
      `${growth >= 0 ? '+' : ''}${kib(growth)}`,
      `<= +${kib(HEAP_GROWTH_BUDGET)}`,
      growth <= HEAP_GROWTH_BUDGET && after.nodes <= before.nodes + 50,
    );
  }
} finally {
  await browser.close();
  closeServer();
}

// ---- The table ----
const width = (key) => Math.max(key.length, ...rows.map((r) => String(r[key]).length));
const [w1, w2, w3] = [width('what'), width('value'), width('budget')];
const line = (a, b, c, d) => `| ${a.padEnd(w1)} | ${b.padEnd(w2)} | ${c.padEnd(w3)} | ${d.padEnd(4)} |`;
console.log(line('what', 'value', 'budget', 'ok'));
console.log(`|${'-'.repeat(w1 + 2)}|${'-'.repeat(w2 + 2)}|${'-'.repeat(w3 + 2)}|------|`);
for (const r of rows) console.log(line(r.what, r.value, r.budget, r.ok ? 'yes' : 'NO'));
const broken = rows.filter((r) => !r.ok);
console.log(broken.length ? `${broken.length} budget(s) broken` : 'every budget kept');
process.exitCode = broken.length ? 1 : 0;
