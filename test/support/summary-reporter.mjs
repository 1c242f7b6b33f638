// @web/test-runner's own summary carries progress bars; CI reads one plain closing line.
// With BT_PROFILE=1 it also prints how long each test file took in each browser, slowest first.
import { defaultReporter } from '@web/test-runner';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

/**
 * Wall time per session (one file in one browser), from the runner's status changes. The
 * first sessions may start before the reporter does: they count from the run's start, so
 * their time includes the browser's start-up.
 */
function sessionClock(sessions, startTime) {
  const started = new Map();
  const took = new Map();
  sessions.on('session-status-updated', (session) => {
    if (session.status === 'INITIALIZING') started.set(session.id, Date.now());
    if (session.status === 'FINISHED') took.set(session.id, Date.now() - (started.get(session.id) ?? startTime));
  });
  return took;
}

function profileText(sessions, took, startTime) {
  const rows = sessions
    .map((session) => ({
      ms: took.get(session.id) ?? 0,
      where: `${session.group?.name && session.group.name !== 'default' ? `${session.group.name} ` : ''}${session.browser.name}`,
      file: session.testFile.replace(process.cwd() + '/', ''),
    }))
    .sort((a, b) => b.ms - a.ms);
  const perBrowser = new Map();
  for (const row of rows) perBrowser.set(row.where, (perBrowser.get(row.where) ?? 0) + row.ms);
  const lines = ['', `Profile (wall ${((Date.now() - startTime) / 1000).toFixed(1)} s):`];
  for (const [where, ms] of perBrowser) lines.push(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${where} (sum of files)`);
  for (const row of rows) lines.push(`  ${(row.ms / 1000).toFixed(1).padStart(6)} s  ${row.where}  ${row.file}`);
  return lines.join('\n');
}

export function summaryReporter() {
  const base = defaultReporter();
  const profile = Boolean(process.env.BT_PROFILE);
  let took = new Map();
  let startTime = Date.now();
  let line = '';
  let profileReport = '';
  // Printed at exit, after the default reporter's summary (which owns the terminal until
  // then), so that the plain line is the last one.
  process.once('exit', () => {
    if (profileReport) process.stdout.write(`${profileReport}\n`);
    if (line) process.stdout.write(`\n${line}\n`);
  });
  return {
    ...base,
    start(args) {
      startTime = args.startTime;
      if (profile) took = sessionClock(args.sessions, startTime);
      return base.start?.(args);
    },
    onTestRunFinished(args) {
      base.onTestRunFinished?.(args);
      if (profile) profileReport = profileText(args.sessions, took, startTime);
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let brokenFiles = 0;
      for (const session of args.sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (
          session.errors?.length ||
          (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)
        ) {
          brokenFiles += 1;
        }
      }
      // A file that failed to load counts as a failure, never as silence.
      const failed = totals.failed + brokenFiles;
      line = `${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`;
    },
  };
}
