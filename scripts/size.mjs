// The CDN build's weight per entry, gzip -9 of what a browser downloads (source maps never):
//   first load — the entry and every chunk it imports statically: what a citizen waits for
//                before they can choose an errand (a classic-script loader counts the ESM
//                entry it imports at once);
//   everything — every file the entry can reach, static and dynamic imports: every step, the
//                English texts, the receipt's QR and .ics code.
// The graph comes from dist/cdn/files.json, which the CDN build writes (vite.config.ts).
//
//   node scripts/size.mjs [dir]   prints the table; exits 1 when an entry is over budget.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
export const BUDGETS = { firstLoad: 45 * KiB, everything: 75 * KiB };

/** Sizes of each entry in a CDN build directory: `{ entry, firstLoad, everything, firstFiles, allFiles }` (bytes, gzip -9). */
export function cdnSizes(dir) {
  const { files } = JSON.parse(readFileSync(join(dir, 'files.json'), 'utf8'));
  const gzip = new Map();
  const sizeOf = (file) => {
    if (!gzip.has(file)) gzip.set(file, gzipSync(readFileSync(join(dir, file)), { level: 9 }).length);
    return gzip.get(file);
  };
  const reach = (start, dynamic) => {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const node = files[queue.shift()];
      for (const next of [...node.imports, ...(dynamic ? node.dynamicImports : [])]) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  };
  return Object.keys(files)
    .filter((file) => files[file].entry)
    .sort()
    .map((entry) => {
      const first = reach(entry, false);
      // A classic-script loader imports its ESM entry at once: that entry's first load is its own.
      if (entry.endsWith('.iife.js'))
        for (const esm of files[entry].dynamicImports) for (const file of reach(esm, false)) first.add(file);
      const all = reach(entry, true);
      const sum = (set) => [...set].reduce((total, file) => total + sizeOf(file), 0);
      return { entry, firstLoad: sum(first), firstFiles: first.size, everything: sum(all), allFiles: all.size };
    });
}

/** The demo entries (MemoryAdapter and sample data, never on a municipality's page) are shown, not held to the budgets. */
export const isBudgeted = (entry) => !entry.startsWith('borgertid-demo.');

/** True when an entry is within both budgets (or is not held to them). */
export function withinBudget(size) {
  return !isBudgeted(size.entry) || (size.firstLoad <= BUDGETS.firstLoad && size.everything <= BUDGETS.everything);
}

const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;

/** The table, one row per entry, with the budgets and a verdict. */
export function sizeTable(sizes) {
  const rows = [
    ['entry', 'first load', 'files', 'everything', 'files', 'budget'],
    ...sizes.map((size) => [
      size.entry,
      kib(size.firstLoad),
      String(size.firstFiles),
      kib(size.everything),
      String(size.allFiles),
      !isBudgeted(size.entry) ? '(demo)' : withinBudget(size) ? 'ok' : 'OVER',
    ]),
    ['budget (gzip -9)', `≤ ${kib(BUDGETS.firstLoad)}`, '', `≤ ${kib(BUDGETS.everything)}`, '', ''],
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '),
    )
    .join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/cdn/', import.meta.url)));
  const sizes = cdnSizes(dir);
  console.log(sizeTable(sizes));
  process.exitCode = sizes.every(withinBudget) ? 0 : 1;
}
