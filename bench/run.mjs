// `npm run bench`: bundle size of the CDN file and first-render cost of the elements, in
// Debian's Chromium. Prints numbers; asserts nothing (speed is measured, never a test).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS) || 9;

const build = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', 'cdn', '--logLevel', 'error'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const bundle = readFileSync(join(root, 'dist/cdn/borgertid.js'));
const gzip = gzipSync(bundle, { level: 9 }).length;
const brotli = brotliCompressSync(bundle, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`CDN bundle dist/cdn/borgertid.js: ${kib(bundle.length)} minified, ${kib(gzip)} gzip -9, ${kib(brotli)} brotli`);
console.log(`  (floor of lit + i18next + @floating-ui/dom alone: 27.9 KiB gzip)`);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const file = join(root, path);
    if (!statSync(file).isFile()) throw new Error('not a file');
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/bench/page.html`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const scenario of ['picker', 'calendar']) {
    const times = [];
    let calls;
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.benchReady === true);
      const result = await page.evaluate((name) => window.runScenario(name), scenario);
      times.push(result.ms);
      calls = result.calls;
      await page.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(
      `${scenario}: first usable render median ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times.at(-1).toFixed(1)}, ${RUNS} cold page loads); adapter calls ${JSON.stringify(calls)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
