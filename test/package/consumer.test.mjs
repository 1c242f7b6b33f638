// The package as an app developer meets it: `npm pack` (which builds), the tarball installed into
// a fresh project with React 19 and Preact from the registry (npm's cache first, so it also runs
// offline once warm), then every ```ts block of the README type-checked (tsc, strict, library
// types checked too) and built (Vite) against it, next to a React 19 and a Preact component
// using the typed tags. The exports are resolved as Node resolves them, custom-elements.json is
// held to the tarball's files (manifest-check.mjs), and two copies of the package are loaded
// into one process, as an app's copy and a CMS's copy share one page.
//
//   node --test test/package/          (npm run test:package)
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'vite';
import { manifestProblems } from './manifest-check.mjs';

const run = promisify(execFile);
const repo = new URL('../..', import.meta.url).pathname;
const tsc = join(repo, 'node_modules/.bin/tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The README's TypeScript examples, in order. */
export async function readmeSnippets() {
  // BT_CONSUMER_README checks a README draft before it replaces the real one.
  const readme = await readFile(process.env.BT_CONSUMER_README ?? join(repo, 'README.md'), 'utf8');
  return [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => match[1]);
}

const REACT_APP = `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RestAdapter, type Appointment } from 'borgertid';
import 'borgertid/define/bt-booking';
import type {} from 'borgertid/jsx-react';

const adapter = new RestAdapter({ baseUrl: 'https://booking.kommune.dk/api' });

function Booking() {
  const [reference, setReference] = useState<string>();
  return (
    <>
      <bt-booking
        adapter={adapter}
        service="pas"
        heading-level="3"
        className="booking"
        onbt-booked={(event) => setReference(event.detail.reference)}
        onbt-step-change={(event) => console.info(event.detail.step)}
      />
      <bt-receipt appointment={undefined as Appointment | undefined} onbt-receipt-print={(event) => event.detail.start} />
      {/* @ts-expect-error -- bt-receipt-print carries the slim appointment detail, not a number */}
      <bt-receipt onbt-receipt-print={(event: CustomEvent<number>) => event.detail.toFixed()} />
      {/* @ts-expect-error -- an adapter is an object, not a string */}
      <bt-slot-calendar adapter="https://booking.kommune.dk/api" />
      <p>{reference}</p>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<Booking />);
`;

const PREACT_APP = `/** @jsxImportSource preact */
import { render } from 'preact';
import { MemoryAdapter } from 'borgertid';
import 'borgertid/define';
import type {} from 'borgertid/jsx-preact';

render(
  <bt-appointment-manager
    adapter={new MemoryAdapter()}
    class="manager"
    onbt-cancelled={(event) => console.info(event.detail.reference)}
    // @ts-expect-error -- the detail carries no token
    onbt-rescheduled={(event) => console.info(event.detail.token)}
  />,
  document.body,
);
`;

/** What the README's examples take from the page around them: the page's own analytics. */
const PAGE_GLOBALS = `declare const analytics: { track(name: string, value?: unknown): void };\n`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    // The package's declarations (and those it pulls in) are checked, as an app without the flag would.
    skipLibCheck: false,
    types: ['node'],
  },
  include: ['src'],
};

let work;
let snippetFiles;
/** The tarball's files, relative to the package root. */
let packedFiles;

before(
  async () => {
    work = await mkdtemp(join(tmpdir(), 'borgertid-consumer-'));
    await run(npm, ['pack', '--pack-destination', work], { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
    const [tarball] = (await readdir(work)).filter((file) => file.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack wrote a tarball');
    const { stdout: listing } = await run('tar', ['-tzf', join(work, tarball)], { maxBuffer: 16 * 1024 * 1024 });
    packedFiles = listing
      .trim()
      .split('\n')
      .map((path) => path.replace(/^package\//, ''));
    const app = join(work, 'app');
    await mkdir(join(app, 'src'), { recursive: true });
    const manifest = {
      name: 'consumer-app',
      private: true,
      type: 'module',
      dependencies: {
        borgertid: `file:../${tarball}`,
        msw: '^2.15.0',
        preact: '^10',
        react: '^19',
        'react-dom': '^19',
        '@types/react': '^19',
        '@types/react-dom': '^19',
        // A vendor's adapter tests run in Node (the README's contract example imports node:test).
        '@types/node': '^20',
      },
    };
    await writeFile(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
    await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
      cwd: app,
    });
    await writeFile(join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    await writeFile(join(app, 'src/page-globals.d.ts'), PAGE_GLOBALS);
    const snippets = await readmeSnippets();
    snippetFiles = snippets.map((_, index) => `src/readme-${index + 1}.ts`);
    await Promise.all(snippets.map((code, index) => writeFile(join(app, snippetFiles[index]), `${code}\nexport {};\n`)));
    await writeFile(join(app, 'src/react-app.tsx'), REACT_APP);
    await writeFile(join(app, 'src/preact-app.tsx'), PREACT_APP);
    work = app;
  },
  { timeout: 240_000 },
);

after(async () => {
  if (work) await rm(join(work, '..'), { recursive: true, force: true });
});

test('the README has TypeScript examples to check', () => {
  assert.ok(snippetFiles.length >= 2, `found ${snippetFiles.length} \`\`\`ts blocks`);
});

test('every README example, a React 19 and a Preact component type-check against the installed package', async () => {
  const result = await run(tsc, ['-p', 'tsconfig.json'], { cwd: work }).catch((error) => error);
  assert.equal(result.code ?? 0, 0, `tsc found errors:\n${result.stdout}${result.stderr}`);
});

test('they build with Vite, and a define module keeps its registration (sideEffects)', async () => {
  const input = Object.fromEntries(
    [...snippetFiles, 'src/react-app.tsx', 'src/preact-app.tsx'].map((file) => [
      file.replace(/^src\/|\.tsx?$/g, ''),
      join(work, file),
    ]),
  );
  const output = await build({
    root: work,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: join(work, 'dist'), minify: true, rolldownOptions: { input, output: { entryFileNames: '[name].js' } } },
  });
  const chunks = [output]
    .flat()
    .flatMap((result) => result.output)
    .filter((chunk) => chunk.type === 'chunk');
  const bundleOf = (entry) => {
    const seen = new Set();
    const visit = (name) => {
      const chunk = chunks.find((candidate) => candidate.fileName === name);
      if (!chunk || seen.has(name)) return '';
      seen.add(name);
      return chunk.code + chunk.imports.map(visit).join('');
    };
    return visit(`${entry}.js`);
  };
  for (const entry of ['react-app', ...snippetFiles.map((file) => file.replace(/^src\/|\.ts$/g, ''))]) {
    const code = bundleOf(entry);
    const source = entry === 'react-app' ? REACT_APP : await readFile(join(work, `src/${entry}.ts`), 'utf8');
    if (source.includes('borgertid/define')) {
      assert.match(code, /customElements\.define\(/, `${entry}: the registration survived tree-shaking`);
      assert.match(code, /bt-booking/, `${entry}: <bt-booking> is registered`);
    }
  }
});

test('Node resolves every documented entry, define/<tag> with and without .js', async () => {
  const specifiers = [
    'borgertid',
    'borgertid/define',
    'borgertid/define/all',
    'borgertid/define/bt-booking',
    'borgertid/define/bt-booking.js',
    'borgertid/define/bt-appointment-manager.js',
    'borgertid/testing',
    'borgertid/mocks',
    'borgertid/jsx-react',
    'borgertid/custom-elements.json',
    'borgertid/package.json',
  ];
  const script = `for (const s of ${JSON.stringify(specifiers)}) console.log(import.meta.resolve(s));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: work });
  const resolved = stdout.trim().split('\n');
  assert.equal(resolved.length, specifiers.length);
  for (const [index, url] of resolved.entries()) {
    assert.ok(url.startsWith('file:'), `${specifiers[index]} → ${url}`);
    await readFile(new URL(url)); // exists
  }
  assert.match(resolved[4], /\/dist\/define\/bt-booking\.js$/, 'no doubled .js');
});

test('the contract cases run under node:test against the MemoryAdapter, with no assertion library', async () => {
  const script = `
    import { MemoryAdapter, clockAt } from 'borgertid';
    import { adapterContract, testAuth } from 'borgertid/testing';
    const now = () => new Date('2026-11-23T08:00:00Z');
    const cases = adapterContract({
      clock: clockAt(now),
      makeAdapter: () => {
        const auth = testAuth();
        const adapter = new MemoryAdapter({ now, auth });
        return { adapter, takeSlot: (id) => adapter.takeSlot(id), signIn: auth.signIn };
      },
    });
    const results = [];
    for (const c of cases) results.push((await c.run()).status);
    console.log(JSON.stringify(results));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: work });
  const results = JSON.parse(stdout);
  assert.ok(results.length >= 20, `${results.length} cases`);
  assert.ok(
    results.every((status) => status === 'passed'),
    JSON.stringify(results),
  );
  const manifest = JSON.parse(await readFile(join(work, 'node_modules/borgertid/package.json'), 'utf8'));
  assert.deepEqual(Object.keys(manifest.dependencies).sort(), ['@floating-ui/dom', 'i18next', 'lit', 'uqr']);
});

test('custom-elements.json names files in the tarball, which export its classes and define its tags', async () => {
  const problems = await manifestProblems(join(work, 'node_modules/borgertid'), packedFiles);
  assert.deepEqual(problems, []);
});

test("two copies on one page: each knows the other's BookingError, and registering twice warns instead of throwing", async () => {
  const second = join(work, 'cms/borgertid');
  await cp(join(work, 'node_modules/borgertid'), second, { recursive: true });
  const script = `
    const app = await import('borgertid');
    const cms = await import(${JSON.stringify(join(second, 'dist/index.js'))});
    const error = new cms.BookingError('timeout', 'from the other copy');
    const warnings = [];
    console.warn = (message) => warnings.push(String(message));
    await import('borgertid/define');
    await import(${JSON.stringify(join(second, 'dist/define/all.js'))});
    console.log(JSON.stringify({
      distinct: app.BookingError !== cms.BookingError,
      branded: app.isBookingError(error),
      instance: error instanceof app.BookingError,
      plain: app.isBookingError(new Error('x')) || app.isBookingError({ code: 'timeout' }),
      warnings: warnings.length,
      kept: customElements.get('bt-booking') === app.BtBooking,
    }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: work });
  // One warning per tag the second copy finds taken: one per define module but all.
  const tags = (await readdir(join(second, 'dist/define'))).filter((file) => /^bt-.*\.js$/.test(file)).length;
  assert.ok(tags >= 7, `${tags} define modules`);
  assert.deepEqual(JSON.parse(stdout), {
    distinct: true,
    branded: true,
    instance: true,
    plain: false,
    warnings: tags,
    kept: true,
  });
});
