/**
 * Stopping: closing the app lets a request in flight finish and refuses new connections; the
 * process (main.ts) exits 0 on SIGTERM after closing, and exits 1 with every configuration
 * mistake listed when the environment is wrong.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testBed } from './harness.js';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs main.ts with `env`; resolves with its exit code and output once it exits. */
function runMain(env: Record<string, string>, onOutput?: (output: string, child: ReturnType<typeof spawn>) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPOSITORY,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    onOutput?.(output, child);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
}

describe('shutdown', () => {
  it('finishes a request in flight when the app closes, and takes no new connection', async () => {
    const bed = await testBed();
    const url = await bed.app.listen({ port: 0, host: '127.0.0.1' });
    let entered!: () => void;
    const inBackend = new Promise<void>((resolve) => (entered = resolve));
    let finish!: () => void;
    const original = bed.backend.locations;
    bed.backend.locations = async (ctx) => {
      entered();
      await new Promise<void>((resolve) => (finish = resolve));
      return original(ctx);
    };
    const inFlight = fetch(`${url}/api/locations`);
    await inBackend;
    const closed = bed.app.close();
    finish();
    const response = await inFlight;
    assert.equal(response.status, 200);
    assert.ok(Array.isArray(await response.json()));
    await closed;
    await assert.rejects(fetch(`${url}/healthz`));
  });

  it('main.ts exits 1 listing every mistake in the environment', async () => {
    const { code, output } = await runMain({ PORT: 'eighty', BT_RATE_LIMIT: '-1', BT_CORS_ORIGINS: '*' });
    assert.equal(code, 1);
    for (const name of ['PORT', 'BT_RATE_LIMIT', 'BT_CORS_ORIGINS']) assert.match(output, new RegExp(name));
    assert.doesNotMatch(output, /at .*\.ts:\d+/, 'no stack trace for a configuration mistake');
  });

  it('main.ts starts in a data directory that does not exist yet, and closes and exits 0 on SIGTERM', async () => {
    const scratch = mkdtempSync('/tmp/bt-http-main-');
    const dataDir = join(scratch, 'new', 'data');
    try {
      let signalled = false;
      const { code, output } = await runMain(
        { PORT: '0', BT_DATA_DIR: dataDir, BT_CPR_KEY: Buffer.alloc(32, 5).toString('base64'), LOG_LEVEL: 'info' },
        (text, child) => {
          if (!signalled && text.includes('borgertid server listening')) {
            signalled = true;
            child.kill('SIGTERM');
          }
        },
      );
      assert.ok(signalled, output);
      assert.equal(code, 0, output);
      assert.match(output, /shutting down/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
