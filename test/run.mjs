// `npm test`: the browser suite (Chromium, Firefox, WebKit) and the Node suite (QR decoding,
// end-to-end flows in Chromium), then one plain closing line with the totals for CI.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

function run(command, args) {
  return new Promise((resolve) => {
    let tail = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, tail }));
  });
}

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const totals = { passed: 0, failed: 0, skipped: 0 };

const browser = await run(bin('web-test-runner'), []);
const browserLine = browser.tail.match(/(\d+) passed, (\d+) failed, (\d+) skipped\s*$/);
if (browserLine) {
  totals.passed += Number(browserLine[1]);
  totals.failed += Number(browserLine[2]);
  totals.skipped += Number(browserLine[3]);
} else {
  totals.failed += 1;
}
if (browser.code !== 0 && totals.failed === 0) totals.failed += 1;

const nodeDirs = ['test/node', 'test/e2e'].filter((dir) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.test.mjs')));
if (nodeDirs.length) {
  const node = await run(process.execPath, ['--test', '--test-reporter=spec', ...nodeDirs]);
  const pass = node.tail.match(/ℹ pass (\d+)/);
  const fail = node.tail.match(/ℹ fail (\d+)/);
  const skip = node.tail.match(/ℹ skipped (\d+)/);
  totals.passed += Number(pass?.[1] ?? 0);
  totals.failed += Number(fail?.[1] ?? (node.code === 0 ? 0 : 1));
  totals.skipped += Number(skip?.[1] ?? 0);
  if (node.code !== 0 && !Number(fail?.[1])) totals.failed += 1;
}

process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(totals.failed > 0 ? 1 : 0);
