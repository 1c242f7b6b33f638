// What a page downloads from dist/cdn/, per entry, gzip -9: the first load (the entry and the
// chunks it imports statically, i.e. before a citizen can choose an errand; a classic script's
// loader counts the ESM entry it imports at once) and everything (every chunk and file the
// entry can reach: dynamic imports, the English locale, the receipt's QR and .ics code).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = { firstLoad: 45 * 1024, everything: 75 * 1024 };

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files of `dir` a file names: statically imported ones, and any other mention (`import("./x.js")`, a URL). */
function referencesOf(text, names) {
  const statics = new Set();
  const others = new Set();
  // `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"` (minified or not).
  const staticPattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of text.matchAll(staticPattern)) {
    const name = basename(match[1]);
    if (names.has(name)) statics.add(name);
  }
  for (const name of names) {
    if (!statics.has(name) && text.includes(name)) others.add(name);
  }
  return { statics, others };
}

/**
 * Sizes of every entry in `dir` (default dist/cdn). Entries are the top-level `borgertid*.js`
 * files (versioned names included); chunks are everything else. Source maps never count.
 */
export function cdnSizes(dir) {
  const files = filesUnder(dir).filter((path) => !/\.map$|(?:^|[/\\])(?:integrity|files)\.json$/.test(path));
  const byName = new Map(files.map((path) => [basename(path), path]));
  const names = new Set(byName.keys());
  const text = new Map();
  const gzip = new Map();
  for (const [name, path] of byName) {
    const content = readFileSync(path);
    text.set(name, content.toString('utf8'));
    gzip.set(name, gzipSync(content, { level: 9 }).length);
  }
  // The CDN build's own map of each file's static and dynamic imports (what its size check walks),
  // else the imports read from the files themselves.
  const graphFile = join(dir, 'files.json');
  const graph = existsSync(graphFile) ? JSON.parse(readFileSync(graphFile, 'utf8')).files : undefined;
  const refs = new Map(
    [...text].map(([name, content]) => {
      const listed = graph && Object.entries(graph).find(([path]) => basename(path) === name)?.[1];
      if (listed) {
        return [
          name,
          {
            statics: new Set(listed.imports.map((path) => basename(path))),
            others: new Set(listed.dynamicImports.map((path) => basename(path))),
          },
        ];
      }
      return [name, referencesOf(content, new Set([...names].filter((n) => n !== name)))];
    }),
  );
  const closure = (start, follow) => {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const name = queue.shift();
      for (const next of follow(refs.get(name))) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  };
  const entries = files
    .filter((path) => relative(dir, path) === basename(path) && /^borgertid.*\.js$/.test(basename(path)))
    .map((path) => basename(path))
    .sort();
  const sum = (set) => [...set].reduce((total, name) => total + gzip.get(name), 0);
  return entries.map((entry) => {
    let first = closure(entry, (r) => r.statics);
    // A classic-script loader that imports an ESM entry at once: that entry's first load is its own.
    if (!/^\s*(?:import|export)\b|[;}]\s*(?:import|export)\s*[{"'*]/.test(text.get(entry))) {
      for (const other of refs.get(entry).others) {
        if (
          entries.includes(other) &&
          other.replace(/\.js$/, '') === entry.replace(/[.-]iife|\.iife|[.-]classic/, '').replace(/\.js$/, '')
        ) {
          first = new Set([...first, ...closure(other, (r) => r.statics)]);
        }
      }
    }
    const all = closure(entry, (r) => [...r.statics, ...r.others]);
    return {
      entry,
      firstLoad: sum(first),
      firstFiles: first.size,
      everything: sum(all),
      allFiles: all.size,
    };
  });
}
