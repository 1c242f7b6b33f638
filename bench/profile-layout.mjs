// Each layout and style recalculation of one bench scenario, from Chromium's timeline: when it
// ran (ms from the bench's mark), how long, and how many layout objects it touched. Tells which
// layout costs what (the calendar's first layout, a month step's) where profile-trace.mjs sums them.
//
//   node bench/profile-layout.mjs [first|steps] [borgertid|cally] [runs=5]
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';
import { serveBench } from './serve.mjs';
import { tracedRun } from './traced-run.mjs';

const [scenario = 'first', subject = 'borgertid', runsArg = '5'] = process.argv.slice(2);
const RUNS = Number(runsArg);
const root = fileURLToPath(new URL('..', import.meta.url));
const NAMES = new Set(['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'v8.evaluateModule']);

const { base, close: closeServer } = await serveBench(root);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const totals = new Map();
try {
  for (let run = 0; run < RUNS; run += 1) {
    const { result, trace } = await tracedRun(browser, {
      base,
      root,
      subject,
      scenario,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
    });
    const main = trace.traceEvents.find((event) => event.name === 'FunctionCall')?.tid;
    const events = trace.traceEvents.filter((event) => event.ph === 'X' && event.tid === main && NAMES.has(event.name));
    const start = Math.min(...events.map((event) => event.ts));
    console.log(`run ${run + 1}: ${result.ms.toFixed(1)} ms`);
    for (const event of events) {
      const data = event.args?.beginData ?? {};
      const objects = data.dirtyObjects !== undefined ? ` ${data.dirtyObjects}/${data.totalObjects} objects` : '';
      const elements = event.args?.elementCount !== undefined ? ` ${event.args.elementCount} elements` : '';
      console.log(
        `  ${((event.ts - start) / 1000).toFixed(1).padStart(7)}  ${(event.dur / 1000).toFixed(2).padStart(6)} ms  ${event.name}${objects}${elements}`,
      );
      totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur / 1000);
    }
  }
} finally {
  await browser.close();
  closeServer();
}
console.log('ms a run:', [...totals].map(([name, ms]) => `${name} ${(ms / RUNS).toFixed(2)}`).join(', '));
