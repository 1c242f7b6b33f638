// Main-thread CPU time of one bench scenario: the thread time (not wall time) of every task the
// page's main thread ran between the scenario's start and end, from Chromium's trace, for cold
// loads of each subject interleaved. On a shared machine wall times swing by a fifth from run to
// run with the other processes' load; thread time counts only what the page itself computed,
// so it tells whether a change made the work smaller. (The bench's own polling loop is counted
// too: the same for every subject in `steps`; in `first` it also fills the wait for the network.)
//
//   node bench/profile-cpu.mjs [first|steps] [runs=9] [subject...]   (default subjects: borgertid cally)
//   e.g. cp dist/bench/borgertid.js dist/bench/before.js, change and rebuild, then: ... steps 15 before borgertid cally
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';
import { serveBench } from './serve.mjs';
import { tracedRun } from './traced-run.mjs';

const [scenario = 'steps', runsArg = '9', ...named] = process.argv.slice(2);
const RUNS = Number(runsArg);
const subjects = named.length ? named : ['borgertid', 'cally'];
const root = fileURLToPath(new URL('..', import.meta.url));

/** The bench's polls (after every task) take microseconds; a task from this long on did some of the page's work. */
const WORK_TASK_MS = 0.1;

/**
 * Thread milliseconds of the main thread's top-level tasks that began inside the scenario: all
 * of them, and those long enough to be work rather than the bench's polling (which also fills
 * the wait for the network in `first`, so there only `work` compares subjects).
 */
function cpuOf(trace, from, to) {
  const events = trace.traceEvents;
  const main = events.find((event) => event.name === 'FunctionCall')?.tid;
  let all = 0;
  let work = 0;
  for (const event of events) {
    if (event.tid !== main || event.ph !== 'X' || event.name !== 'RunTask' || event.tdur === undefined) continue;
    if (event.ts < from || event.ts > to) continue;
    const ms = event.tdur / 1000;
    all += ms;
    if (ms >= WORK_TASK_MS) work += ms;
  }
  return { all, work };
}

const { base, close: closeServer } = await serveBench(root);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results = Object.fromEntries(subjects.map((subject) => [subject, { cpu: [], work: [], wall: [] }]));
try {
  for (let run = 0; run < RUNS; run += 1) {
    for (const subject of run % 2 ? [...subjects].reverse() : subjects) {
      // `subject` may name another build of ours (dist/bench/<subject>.js), run as borgertid.
      const runAs = subject === 'cally' ? 'cally' : 'borgertid';
      const { result, trace } = await tracedRun(browser, {
        base,
        root,
        subject: runAs,
        scenario,
        build: subject,
        categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing'],
      });
      const ms = result.ms;
      const mark = (name) => trace.traceEvents.find((event) => event.name === name)?.ts;
      // The steps are timed from the bench's own mark (after the first month is on screen).
      const from = mark(scenario === 'steps' ? 'bench-steps' : 'cpu-from');
      const { all, work } = cpuOf(trace, from ?? 0, mark('cpu-to') ?? Infinity);
      results[subject].cpu.push(all);
      results[subject].work.push(work);
      results[subject].wall.push(ms);
    }
  }
} finally {
  await browser.close();
  closeServer();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${scenario}, ${RUNS} cold loads each (medians)`);
for (const [subject, { cpu, work, wall }] of Object.entries(results)) {
  console.log(
    `  ${subject.padEnd(10)} main-thread CPU ${median(cpu).toFixed(1).padStart(6)} ms, in work tasks ${median(work).toFixed(1).padStart(6)} ms   wall ${median(wall).toFixed(1).padStart(6)} ms`,
  );
}
