// `npm test`: the checks (typecheck of the widget and of the server, ESLint, lit-analyzer,
// Prettier, the packed package's exports and types), then the browser suite (Chromium, Firefox,
// WebKit), the Node suite (QR decoding, end-to-end flows in Chromium, Lighthouse, Storybook's
// stories), the package's consumer test and the server suite (the reference server as a child
// process on PGlite and on a throwaway PostgreSQL cluster this runner starts), then one plain closing
// line with the totals for CI. A failing check stops the run before the suites: CI fails
// either way, and sooner.
//
//   node test/run.mjs          everything (npm test)
//   node test/run.mjs --lint   the checks alone (npm run lint)
//   node test/run.mjs --no-checks   the suites alone (while developing; CI runs everything)
//   node test/run.mjs --no-checks --server   the server suite alone, with its PostgreSQL cluster
//
// BT_SERIAL=1 runs the Node suite after the browser suite instead of beside it.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startPostgres } from './support/postgres.mjs';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

/** Runs a command; streams its output unless `quiet`, when it is kept for the caller to print. */
function run(command, args, { quiet = false, env = {} } = {}) {
  return new Promise((resolve) => {
    let output = '';
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const collect = (stream, sink) =>
      child[stream].on('data', (chunk) => {
        output = quiet ? output + chunk : (output + chunk).slice(-4000);
        if (!quiet) sink.write(chunk);
      });
    collect('stdout', process.stdout);
    collect('stderr', process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const CHECKS = [
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['server typecheck', bin('tsc'), ['--noEmit', '-p', 'server/tsconfig.json']],
  ['eslint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['lit-analyzer', bin('lit-analyzer'), ['--maxWarnings', '0', 'src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts']],
  ['prettier', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  // Packs the package as npm would (its prepack builds dist/) and checks exports and types.
  ['package (attw, publint)', 'npm', ['run', '--silent', 'check:package']],
];

/** The checks side by side (each is mostly one core), each one's output printed whole. */
async function checks() {
  const results = await Promise.all(CHECKS.map(([, command, args]) => run(command, args, { quiet: true })));
  let failed = 0;
  results.forEach(({ code, output, seconds }, index) => {
    const name = CHECKS[index][0];
    process.stdout.write(`${code === 0 ? '✔' : '✖'} ${name} (${seconds.toFixed(1)} s)\n`);
    if (code !== 0) {
      failed += 1;
      process.stdout.write(`${output.trimEnd()}\n\n`);
    }
  });
  return failed;
}

/**
 * The browser suite. A run that ends without its closing line did not finish (a browser that
 * did not start or crashed on a cold machine, not a failed test): it is run again, up to three
 * times in all, and if every run breaks, the end of its output is repeated after every report (`report`), so
 * the tail of a CI log shows why.
 */
async function browserSuite({ attempt = 1 } = {}) {
  const { code, output } = await run(bin('web-test-runner'), []);
  const line = output.match(/(\d+) passed, (\d+) failed, (\d+) skipped\s*$/);
  if (!line) {
    const tail = output.slice(-3000);
    if (attempt < 3) {
      process.stdout.write(`\n✖ The browser suite stopped without its totals (exit ${code}); running it once more.\n`);
      return browserSuite({ attempt: attempt + 1 });
    }
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      report: `✖ The browser suite stopped three times without its totals (exit ${code}). Its last output:\n${tail}\n`,
    };
  }
  const totals = { passed: Number(line[1]), failed: Number(line[2]), skipped: Number(line[3]) };
  if (code !== 0 && totals.failed === 0) totals.failed = 1;
  return totals;
}

/** Totals from node:test's spec reporter; a failed run without a count of failures counts as one. */
function nodeTestTotals(code, output) {
  const number = (label) => output.match(new RegExp(`ℹ ${label} (\\d+)`))?.[1];
  const totals = {
    passed: Number(number('pass') ?? 0),
    failed: Number(number('fail') ?? (code === 0 ? 0 : 1)),
    skipped: Number(number('skipped') ?? 0),
  };
  if (code !== 0 && totals.failed === 0) totals.failed = 1;
  return totals;
}

/** With `quiet`, its report is kept in `report` for the caller to print after the browser suite's. */
async function nodeSuite({ quiet = false } = {}) {
  const dirs = ['test/node', 'test/e2e', 'test/storybook'].filter(
    (dir) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.test.mjs')),
  );
  if (!dirs.length) return { passed: 0, failed: 0, skipped: 0, report: '' };
  const { code, output } = await run(process.execPath, ['--test', '--test-reporter=spec', ...dirs], { quiet });
  return { ...nodeTestTotals(code, output), report: quiet ? output : '' };
}

/**
 * The consumer test (test/package): the packed tarball installed into a fresh project, the
 * README's TypeScript built against it. Its build empties dist/, which the Node suite's CDN
 * test reads, so it runs after that suite, never beside it.
 */
async function packageSuite({ quiet = false } = {}) {
  if (!existsSync('test/package')) return { passed: 0, failed: 0, skipped: 0, report: '' };
  const { code, output } = await run(process.execPath, ['--test', '--test-reporter=spec', 'test/package/'], { quiet });
  return { ...nodeTestTotals(code, output), report: quiet ? output : '' };
}

/**
 * Every *.test.ts below server/test under node:test (TypeScript through tsx), with one PostgreSQL
 * cluster for all of them (BT_TEST_DATABASE_URL; each file makes its own database in it),
 * stopped at the end. Without PostgreSQL installed its tests skip, except under CI.
 */
async function serverSuite({ quiet = false } = {}) {
  const files = existsSync('server/test')
    ? readdirSync('server/test', { recursive: true })
        .filter((file) => file.endsWith('.test.ts'))
        .map((file) => join('server/test', file))
        .sort()
    : [];
  if (!files.length) return { passed: 0, failed: 0, skipped: 0, report: '' };
  let cluster;
  try {
    cluster = await startPostgres();
  } catch (error) {
    process.stdout.write(`✖ PostgreSQL for the server suite: ${error.message}\n`);
    return { passed: 0, failed: 1, skipped: 0, report: '' };
  }
  try {
    // Two files at a time: much of the suite waits (a mail server's backoff, graceful shutdowns),
    // so two overlap well on two cores (about 130 s instead of 240 s here); more only contend.
    const args = ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files];
    const { code, output } = await run(process.execPath, args, {
      quiet,
      env: cluster ? { BT_TEST_DATABASE_URL: cluster.url } : {},
    });
    return { ...nodeTestTotals(code, output), report: quiet ? output : '' };
  } finally {
    await cluster?.stop();
  }
}

function finish(totals) {
  process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

/**
 * The manifest (custom-elements.json, generated, not committed) first: the stories import it,
 * so the typecheck and Storybook's test need it on a fresh clone.
 */
async function manifest() {
  const { code, output } = await run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs'], { quiet: true });
  if (code !== 0) process.stdout.write(`✖ custom-elements.json could not be generated:\n${output}\n`);
  return code === 0 ? 0 : 1;
}

const failedChecks = (await manifest()) + (process.argv.includes('--no-checks') ? 0 : await checks());
if (process.argv.includes('--lint') || failedChecks > 0) {
  if (failedChecks > 0) process.stdout.write(`${failedChecks} check(s) failed; the test suites did not run.\n`);
  finish({ passed: CHECKS.length - failedChecks, failed: failedChecks, skipped: 0 });
}

// The Node suite's Vite server and Playwright browser wait on pages much of the time, so it
// runs beside the browser suite, its report printed after. The server suite runs after both:
// its bursts of hundreds of bookings and PGlite start-ups want both cores, which the browser
// suites already keep busy (BT_SERIAL=1: the browser and Node suites one after the other).
const suites = process.argv.includes('--server')
  ? []
  : process.env.BT_SERIAL
    ? [await browserSuite(), await nodeSuite()]
    : await Promise.all([browserSuite(), nodeSuite({ quiet: true })]);
if (!process.argv.includes('--server')) suites.push(await packageSuite());
suites.push(await serverSuite());
for (const suite of suites) if (suite.report) process.stdout.write(`\n${suite.report}`);
finish(
  suites.reduce(
    (sum, totals) => ({
      passed: sum.passed + totals.passed,
      failed: sum.failed + totals.failed,
      skipped: sum.skipped + totals.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  ),
);
