// What the main thread does during one bench scenario, by trace event (script fetch, compile,
// evaluation, style, layout...): Chromium's timeline, summed over runs. Complements
// profile.mjs, whose CPU profile shows compile and layout only as "(program)".
//
//   node bench/profile-trace.mjs [first|steps] [borgertid|cally] [runs=10]
/* global window -- page.evaluate callbacks run in the page. */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';

const [scenario = 'first', subject = 'borgertid', runsArg = '10'] = process.argv.slice(2);
const RUNS = Number(runsArg);
const root = fileURLToPath(new URL('..', import.meta.url));

const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const file = join(root, path);
    if (!statSync(file).isFile()) throw new Error('not a file');
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/bench/page.html`;

const byName = new Map();
const times = [];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}?subject=${subject}&scenario=${scenario}`);
    await page.waitForFunction(() => window.benchReady === true);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
    });
    const result = await page.evaluate((name) => window.bench[name](), subject);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    times.push(result.ms);
    await context.close();
    const events = trace.traceEvents.filter((event) => event.ph === 'X' && event.dur);
    // Only events on the page's main thread (the one running the bench's FunctionCalls).
    const main = events.find((event) => event.name === 'FunctionCall' || event.name === 'v8.run')?.tid;
    for (const event of events) {
      if (event.tid !== main) continue;
      const key = event.name;
      const entry = byName.get(key) ?? { ms: 0, count: 0 };
      entry.ms += event.dur / 1000;
      entry.count += 1;
      byName.set(key, entry);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const sorted = [...times].sort((a, b) => a - b);
console.log(`${subject} ${scenario}: ${RUNS} runs, median ${sorted[Math.floor(RUNS / 2)].toFixed(1)} ms (traced)`);
console.log('main-thread events, inclusive ms a run (nested events counted in their parents too)');
for (const [name, { ms, count }] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40)) {
  console.log(`${(ms / RUNS).toFixed(2).padStart(8)}  ${String(Math.round(count / RUNS)).padStart(5)}x  ${name}`);
}
