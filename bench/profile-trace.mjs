// What the main thread does during one bench scenario, by trace event (script fetch, compile,
// evaluation, style, layout...): Chromium's timeline, summed over runs. Complements
// profile.mjs, whose CPU profile shows compile and layout only as "(program)".
//
//   node bench/profile-trace.mjs [first|steps] [borgertid|cally] [runs=10]
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';
import { serveBench } from './serve.mjs';
import { tracedRun } from './traced-run.mjs';

const [scenario = 'first', subject = 'borgertid', runsArg = '10'] = process.argv.slice(2);
const RUNS = Number(runsArg);
const root = fileURLToPath(new URL('..', import.meta.url));

const { base, close: closeServer } = await serveBench(root);

const byName = new Map();
const times = [];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (let run = 0; run < RUNS; run += 1) {
    const { result, trace } = await tracedRun(browser, {
      base,
      root,
      subject,
      scenario,
      categories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
    });
    times.push(result.ms);
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
  closeServer();
}

const sorted = [...times].sort((a, b) => a - b);
console.log(`${subject} ${scenario}: ${RUNS} runs, median ${sorted[Math.floor(RUNS / 2)].toFixed(1)} ms (traced)`);
console.log('main-thread events, inclusive ms a run (nested events counted in their parents too)');
for (const [name, { ms, count }] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40)) {
  console.log(`${(ms / RUNS).toFixed(2).padStart(8)}  ${String(Math.round(count / RUNS)).padStart(5)}x  ${name}`);
}
