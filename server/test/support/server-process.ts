/**
 * The real server as a child process (`node --import tsx server/src/main.ts`), as a
 * municipality runs it: configured only through the environment, its stdout and stderr
 * captured whole so tests can grep the logs (a CPR number must never be there).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_CITIZENS } from './sign-in.js';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
/** The contract suite's CONTRACT_NOW: the server's clock starts there and runs on. */
export const CLOCK_START = '2026-11-23T08:00:00Z';
/** A fixed CPR key, so a restarted server reads what the one before it wrote. */
const TEST_CPR_KEY = Buffer.alloc(32, 7).toString('base64');
/** How long a server may take to answer /readyz (PGlite creates its database on first start). */
const READY_WITHIN_MS = 90_000;

export interface ServerOptions {
  /** postgres://…; absent → PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite's data directory (and the dev CPR key); a fresh one under /tmp when absent. */
  dataDir?: string;
  /** A municipality configuration (written to a file for BT_CONFIG). */
  config?: unknown;
  /** More environment, overriding the defaults below. */
  env?: Record<string, string>;
}

export interface ServerProcess {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** The RestAdapter's baseUrl: origin + /api. */
  readonly api: string;
  readonly dataDir: string;
  readonly child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends `signal` and waits for the process to end. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts a new process with the same options, port, data and database (after this one ended). */
  restart(): Promise<ServerProcess>;
  /** Stops the process and deletes the folders it created (a restarted one: also its predecessors'). */
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `previous` is the process this one restarts: its port, data directory and scratch folders. */
export async function startServer(
  options: ServerOptions = {},
  previous?: { port: number; dataDir: string; scratch: string[] },
): Promise<ServerProcess> {
  const scratch = mkdtempSync('/tmp/bt-server-');
  // Deleted on stop: this process's scratch folder and those of the processes it restarts.
  const scratchFolders = [...(previous?.scratch ?? []), scratch];
  const dataDir = previous?.dataDir ?? options.dataDir ?? join(scratch, 'data');
  // dataDir is left for the server to create, as a webmaster's new BT_DATA_DIR would be.
  let configFile: string | undefined;
  if (options.config !== undefined) {
    configFile = join(scratch, 'municipality.json');
    writeFileSync(configFile, JSON.stringify(options.config, null, 2));
  }
  const listenPort = previous?.port ?? (await freePort());
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    PORT: String(listenPort),
    HOST: '127.0.0.1',
    BT_DATA_DIR: dataDir,
    BT_CLOCK_START: CLOCK_START,
    BT_DEMO_SIGNIN: '1',
    BT_DEMO_CITIZENS: JSON.stringify(TEST_CITIZENS),
    BT_CPR_KEY: TEST_CPR_KEY,
    BT_RATE_LIMIT: '1000000',
    BT_SMS: `file:${join(scratch, 'sms')}`,
    LOG_LEVEL: 'info',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(configFile ? { BT_CONFIG: configFile } : {}),
    ...options.env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPOSITORY,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${listenPort}`;

  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const handle: ServerProcess = {
    origin,
    api: `${origin}/api`,
    dataDir,
    child,
    output: () => output,
    kill,
    restart: () => startServer(options, { port: listenPort, dataDir, scratch: scratchFolders }),
    async stop() {
      await kill('SIGTERM');
      for (const folder of scratchFolders) rmSync(folder, { recursive: true, force: true });
    },
  };
  try {
    await whenReady(origin, exited);
  } catch (error) {
    await kill('SIGKILL');
    rmSync(scratch, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return handle;
}

/** Resolves when /readyz answers 200; rejects when the process exits first or it takes too long. */
async function whenReady(origin: string, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + READY_WITHIN_MS;
  while (!gone) {
    try {
      if ((await fetch(`${origin}/readyz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The server did not become ready within ${READY_WITHIN_MS / 1000} s`);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  throw new Error('The server exited before it was ready');
}
