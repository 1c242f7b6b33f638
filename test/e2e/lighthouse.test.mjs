// Lighthouse on every demo page and on the booking's calendar and details steps
// (scripts/lighthouse.mjs): accessibility 100 and best practices 100, or this fails.
// The script prints its table of scores and the audits that cost points; it is echoed here.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/lighthouse.mjs', import.meta.url));

it('scores accessibility 100 and best practices 100 on every demo page and booking step', async () => {
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  process.stdout.write(`${output.trimEnd()}\n`);
  assert.equal(code, 0, `scripts/lighthouse.mjs exited ${code}: a page is below budget or the run failed`);
});
