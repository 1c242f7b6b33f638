// @web/test-runner's own summary carries progress bars; CI reads one plain closing line.
import { defaultReporter } from '@web/test-runner';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  const base = defaultReporter();
  let line = '';
  // Printed at exit so that it is the last line, after the default reporter's summary.
  process.once('exit', () => {
    if (line) process.stdout.write(`\n${line}\n`);
  });
  return {
    ...base,
    onTestRunFinished(args) {
      base.onTestRunFinished?.(args);
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let brokenFiles = 0;
      for (const session of args.sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (session.errors?.length || (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)) {
          brokenFiles += 1;
        }
      }
      // A file that failed to load counts as a failure, never as silence.
      const failed = totals.failed + brokenFiles;
      line = `${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`;
    },
  };
}
