// Storybook as a designer gets it: the manifest generated, `storybook build` run offline into a
// temporary folder, served by Vite's static preview server on a free port.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { freePort } from '../../e2e/support/harness.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Runs a project binary to its end; rejects with its output when it fails. */
function run(command, args) {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(bin(command), args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Offline: Storybook must not try to send telemetry or look for a newer version.
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: '1' },
    });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

/**
 * Builds Storybook (the manifest first: the preview imports custom-elements.json for the docs
 * pages and controls) and serves it. Returns the base URL, the entries of its `index.json`
 * (every story and docs page the sidebar lists) and `close()`, which also removes the build.
 */
export async function buildAndServeStorybook() {
  const outDir = mkdtempSync(join(tmpdir(), 'borgertid-storybook-'));
  await run('cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
  await run('storybook', ['build', '--quiet', '--output-dir', outDir]);
  const { entries } = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8'));
  const port = await freePort();
  const server = await preview({
    configFile: false,
    root: outDir,
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    entries: Object.values(entries),
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
