// The size check (issue 10): builds the CDN into a directory of its own (the CSP test builds
// dist/cdn beside it) and holds each webmaster entry to the budgets, gzip -9 of what is
// downloaded: before a citizen can choose an errand ≤ 45 KiB; every step, both languages ≤ 75 KiB.
// Prints the table. The demo entries (MemoryAdapter + sample data) are shown, not budgeted.
// Until the entries are down to the budgets, each is held to a ceiling (today's weight) so it
// cannot grow, and a budget not met yet is reported as a TODO.
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
/**
 * Today's weight, gzip -9, plus a little room: the most an entry may weigh until it is brought
 * under BUDGETS. Raised on purpose twice: about 1.5 KiB for the SHA-384 of every chunk in the
 * entry (the script tag's integrity then covers all of them) and a step that could not be loaded
 * said with a retry; and about 4 KiB for the calendar's speed work (Floating UI a chunk of its
 * own, fetched only for a compact calendar's popover, so a booking never downloads it, but it
 * compresses apart; Copenhagen name tables; remembered translations). Since, the first load went
 * down 3 KiB (the booking's panels after the errand step and the month grid's dates and names in
 * later chunks) and everything up 1.4 KiB (those chunks compress apart, and the adapter's
 * language, the console notes for a missing api or undefined picker, sms-offered), and 1.2 KiB
 * more for the calendar's day cells changed in place (faster month steps, more code than the
 * template it replaced): the everything ceiling went up by that much.
 */
const CEILINGS = { firstLoad: 60.5 * 1024, everything: 124 * 1024 };
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

  const label = { firstLoad: 'first load', everything: 'everything' };
  const over = (budget, limit) =>
    sizes
      .filter((size) => isBudgeted(size.entry) && size[budget] > limit)
      .map((size) => `${size.entry}: ${(size[budget] / 1024).toFixed(1)} KiB`);

  for (const budget of ['firstLoad', 'everything']) {
    // Enforced now: no entry grows past what it weighed when the CDN was split (a ratchet;
    // lower CEILINGS as the weight comes down, until the budgets below hold).
    it(`keeps every webmaster entry's ${label[budget]} within ${CEILINGS[budget] / 1024} KiB (no regression)`, () => {
      assert.deepEqual(over(budget, CEILINGS[budget]), [], `over the ${CEILINGS[budget] / 1024} KiB ceiling`);
    });
    // The budget: reported as TODO (not failing the run) while it is not met yet.
    it(`keeps every webmaster entry's ${label[budget]} within ${BUDGETS[budget] / 1024} KiB (issue 10's budget)`, (t) => {
      const list = over(budget, BUDGETS[budget]);
      if (list.length) t.todo(`not met yet: ${list.join(', ')}`);
      else assert.deepEqual(list, []);
    });
  }
});
