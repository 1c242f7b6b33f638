import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { cdnPlugin, inFirstLoad } from './scripts/vite-cdn-plugin.js';

const root = import.meta.dirname;
const runtimeDependencies = ['lit', 'i18next', '@floating-ui/dom', 'uqr'];
/** Left to the app too: msw is an optional peer, needed only by `borgertid/mocks`. */
const peerDependencies = ['msw'];

/** One entry per registration module, so `import 'borgertid/define/bt-booking.js'` defines one tag. */
function defineEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of readdirSync(resolve(root, 'src/define'))) {
    if (file.endsWith('.ts') && file !== 'define.ts') {
      entries[`define/${file.replace(/\.ts$/, '')}`] = resolve(root, 'src/define', file);
    }
  }
  return entries;
}

/** Where the reference server listens: `npm start` runs it on PORT (default 8787) on this machine. */
const serverUrl = `http://127.0.0.1:${Number(process.env.PORT) || 8787}`;

/**
 * `npm start` (vite, beside the reference server): the demo municipality's pages, their `/api`
 * passed on to the server, so the page and the API share one origin and the session cookie
 * needs no CORS. `vite --mode mock`: the same pages with msw answering in the browser from a
 * MemoryAdapter (the end-to-end tests inject faults through it), no server needed.
 */
function demo(mode: string): UserConfig {
  return {
    root: resolve(root, 'demo'),
    publicDir: resolve(root, 'public'),
    // Its output is interleaved with the server's by scripts/start.mjs.
    clearScreen: false,
    server: {
      port: Number(process.env.BT_DEMO_PORT) || 5173,
      strictPort: true,
      fs: { allow: [root] },
      // The Host header is passed on unchanged (no changeOrigin): the server's redirects and
      // cookies then name the demo's origin, where the browser is.
      proxy: mode === 'mock' ? {} : { '/api': { target: serverUrl } },
    },
    preview: { port: 4173 },
    // Pre-bundled up front, so a first visit never triggers a re-optimisation and a page reload.
    optimizeDeps: {
      entries: ['*.html'],
      include: ['lit', 'lit/decorators.js', 'lit/directives/*', 'i18next', '@floating-ui/dom', 'uqr', 'msw', 'msw/browser'],
    },
  };
}

/**
 * `vite build`: the npm package — ESM, dependencies left to the consumer's bundler. It runs
 * first in `npm run build` and empties dist/, so no chunk of an earlier build is packed.
 * Modules are preserved (`src/x/y.ts` → `dist/x/y.js`) rather than merged into hashed chunks:
 * custom-elements.json can then name the file that holds each element class (its analyzer
 * config maps the paths), and an app's bundler tree-shakes module by module. The entries keep
 * their names (`index.js`, `define/<tag>.js`, `testing.js`, `mocks.js`).
 */
const library: UserConfig = {
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        index: resolve(root, 'src/index.ts'),
        ...defineEntries(),
        testing: resolve(root, 'src/testing/index.ts'),
        mocks: resolve(root, 'src/mocks/index.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => [...runtimeDependencies, ...peerDependencies].some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: { preserveModules: true, preserveModulesRoot: resolve(root, 'src') },
    },
  },
};

const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;

/** The CDN entries: `<name>.<version>.js` (ESM) and `<name>.<version>.iife.js` (a classic script's loader). */
const cdnEntries = {
  borgertid: resolve(root, 'src/cdn.ts'),
  'borgertid-demo': resolve(root, 'src/cdn-demo.ts'),
};

/**
 * `vite build --mode cdn`: self-contained, minified ESM with source maps and versioned names;
 * shared code and the later steps in content-hashed chunks under `chunks/`.
 */
const cdn: UserConfig = {
  publicDir: false,
  plugins: [cdnPlugin(root, version)],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: cdnEntries,
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.${version}.js`,
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'first', test: inFirstLoad(cdnEntries.borgertid) }] },
      },
    },
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return demo(mode);
  return mode === 'cdn' ? cdn : library;
});
