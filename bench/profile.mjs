// Where the bench's time goes: V8 CPU profiles of cold loads of bench/page.html, summed over
// runs, printed as self and inclusive time per function (and per bundle module, from the
// `// src/...` region comments an unminified build keeps). Not a measurement of record (that
// is `npm run bench`); a tool for finding what to make faster.
//
//   BENCH_NO_MINIFY=1 BENCH_RUNS=1 BENCH_SKIP_CDN=1 npm run bench   # builds dist/bench/*.js readable
//   node bench/profile.mjs [first|steps] [borgertid|cally] [runs=10] [steps=12]
/* global window -- page.evaluate callbacks run in the page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';
import { serveBench } from './serve.mjs';

const [scenario = 'first', subject = 'borgertid', runsArg = '10', stepsArg = '12'] = process.argv.slice(2);
const RUNS = Number(runsArg);
/** Microseconds between samples: fine enough for a 100 ms load, coarse enough not to double it. */
const INTERVAL = Number(process.env.PROFILE_INTERVAL) || 200;
/** Counts only samples from the first one whose stack holds this function (e.g. `stepMonth`: the steps alone). */
const FROM = process.env.PROFILE_FROM;
const root = fileURLToPath(new URL('..', import.meta.url));

/** Which bundle module a line of the unminified bundle belongs to, from its region comments. */
function moduleMap(file) {
  const lines = readFileSync(join(root, 'dist/bench', file), 'utf8').split('\n');
  const starts = [];
  lines.forEach((text, index) => {
    const match = /^\/\/ ((?:\.\.\/main\/node_modules\/|src\/|\\0)\S+)$/.exec(text);
    if (match) starts.push({ line: index, name: match[1].replace('../main/node_modules/', '') });
  });
  return (line) => {
    let name = '(bundle top)';
    for (const start of starts) {
      if (start.line > line) break;
      name = start.name;
    }
    return name;
  };
}

const { base, close: closeServer } = await serveBench(root);
const moduleOf = moduleMap(`${subject}.js`);

const self = new Map();
const inclusive = new Map();
const byModule = new Map();
const times = [];
/** Per run: ms from the bench function's start to the bundle's first and last sample. */
const phases = [];
let total = 0;
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${base}?subject=${subject}&scenario=${scenario}&steps=${stepsArg}`);
    await page.waitForFunction(() => window.benchReady === true);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL });
    await cdp.send('Profiler.start');
    const result = await page.evaluate((name) => window.bench[name](), subject);
    const { profile } = await cdp.send('Profiler.stop');
    times.push(result.ms);
    await context.close();

    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const label = (node) => {
      const { functionName, url, lineNumber } = node.callFrame;
      const file = url.split('/').pop() || '';
      const where = file === `${subject}.js` ? moduleOf(lineNumber) : file;
      return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    };
    const onStack = (id, test) => {
      for (let at = id; at !== undefined; at = parent.get(at)) if (test(nodes.get(at).callFrame)) return true;
      return false;
    };
    const inBundle = (id) => onStack(id, (frame) => frame.url.endsWith(`/${subject}.js`));
    const inBench = (id) => onStack(id, (frame) => frame.functionName === subject);
    let counting = !FROM;
    let clock = 0;
    const phase = {};
    // Sample i lasted until sample i+1: its time goes to the node sampled.
    for (let i = 0; i < profile.samples.length; i += 1) {
      clock += profile.timeDeltas[i] / 1000;
      if (phase.start === undefined && inBench(profile.samples[i])) phase.start = clock;
      if (inBundle(profile.samples[i])) {
        phase.first ??= clock;
        phase.last = clock;
      }
      counting ||= onStack(profile.samples[i], (frame) => frame.functionName === FROM);
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const node = nodes.get(profile.samples[i]);
      if (!counting || !node || ms <= 0) continue;
      total += ms;
      add(self, label(node), ms);
      const { url, lineNumber } = node.callFrame;
      add(byModule, url.endsWith(`${subject}.js`) ? moduleOf(lineNumber) : node.callFrame.functionName || url || '(native)', ms);
      const seen = new Set();
      for (let id = node.id; id !== undefined; id = parent.get(id)) {
        const key = label(nodes.get(id));
        if (!seen.has(key)) add(inclusive, key, ms);
        seen.add(key);
      }
    }
    phases.push({ first: phase.first - phase.start, last: phase.last - phase.start, end: result.ms });
  }
} finally {
  await browser.close();
  closeServer();
}

const sorted = [...times].sort((a, b) => a - b);
console.log(
  `${subject} ${scenario}: ${RUNS} runs, median ${sorted[Math.floor(RUNS / 2)].toFixed(1)} ms; profiled ${(total / RUNS).toFixed(1)} ms a run`,
);
const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)].toFixed(1);
console.log(
  `from the bench's start (medians): bundle's first sample ${mid(phases.map((p) => p.first))} ms, ` +
    `its last ${mid(phases.map((p) => p.last))} ms, done ${mid(phases.map((p) => p.end))} ms`,
);
const top = (title, map, count) => {
  console.log(`\n${title} (ms a run)`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${(ms / RUNS).toFixed(2).padStart(8)}  ${key}`);
  }
};
top('self time by module', byModule, 25);
top('self time by function', self, 40);
top('inclusive time by function', inclusive, 60);
