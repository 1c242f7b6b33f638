// The size check (issue 10): builds the CDN into a directory of its own (the CSP test builds
// dist/cdn beside it) and holds each webmaster entry to the budgets, gzip -9 of what is
// downloaded: before a citizen can choose an errand ≤ 45 KiB; every step, both languages ≤ 75 KiB.
// Prints the table. The demo entries (MemoryAdapter + sample data) are shown, not budgeted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BUDGETS, cdnSizes, isBudgeted, sizeTable } from '../../scripts/size.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
let dir;
let sizes;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'bt-cdn-size-'));
  const build = spawnSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--mode', 'cdn', '--logLevel', 'error', '--outDir', dir],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  assert.equal(build.status, 0, 'the CDN builds');
  sizes = cdnSizes(dir);
  console.log(sizeTable(sizes));
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('CDN sizes (gzip -9)', () => {
  it('has the versioned entries, an ESM file and a classic loader each', () => {
    const entries = sizes.map((size) => size.entry);
    for (const name of ['borgertid', 'borgertid-demo']) {
      assert.ok(entries.includes(`${name}.${version}.js`), `${name}.${version}.js`);
      assert.ok(entries.includes(`${name}.${version}.iife.js`), `${name}.${version}.iife.js`);
    }
    assert.ok(existsSync(join(dir, 'integrity.json')));
  });

  it('loads the later steps and English apart from the first load', () => {
    for (const size of sizes) assert.ok(size.everything > size.firstLoad, `${size.entry} has lazy chunks`);
  });

  for (const budget of ['firstLoad', 'everything']) {
    it(`keeps every webmaster entry's ${budget === 'firstLoad' ? 'first load' : 'everything'} within ${BUDGETS[budget] / 1024} KiB`, () => {
      const over = sizes.filter((size) => isBudgeted(size.entry) && size[budget] > BUDGETS[budget]);
      assert.deepEqual(
        over.map((size) => `${size.entry}: ${(size[budget] / 1024).toFixed(1)} KiB`),
        [],
        `over the ${BUDGETS[budget] / 1024} KiB budget`,
      );
    });
  }
});
