// A throwaway PostgreSQL cluster for tests: initdb + pg_ctl from Debian's binaries, run as the
// `postgres` user when we are root (PostgreSQL refuses to run as root), fsync off, a free port,
// its data and socket directory under /tmp, removed again on stop. About 4 s to start.
//
//   import { startPostgres } from './postgres.mjs';
//   const pg = await startPostgres();      // null (with a message) when PostgreSQL is absent
//   pg.url                                 // postgres://postgres@127.0.0.1:<port>/borgertid
//   await pg.stop();
//
//   node test/support/postgres.mjs         prints the URL, keeps running until Ctrl-C / SIGTERM
//
// Without PostgreSQL binaries it answers null, so a developer's machine skips the PostgreSQL
// tests; under CI (CI set, not false) their absence is an error, so CI can never pass by skipping them.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATABASE = 'borgertid';

/** Under CI the PostgreSQL tests must run, never skip. */
export const inCI = () => Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI);

/** The newest /usr/lib/postgresql/<version>/bin with an initdb, or BT_PG_BIN. */
export function postgresBinDir() {
  if (process.env.BT_PG_BIN) return existsSync(join(process.env.BT_PG_BIN, 'initdb')) ? process.env.BT_PG_BIN : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], 'bin');
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a server binary, as `postgres` when we are root; rejects with its output on failure. */
function runServerBinary(command, args) {
  const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster with one empty database. Answers null (after saying why) when PostgreSQL is
 * not installed, unless CI=true, where that throws.
 */
export async function startPostgres({ quiet = false } = {}) {
  const bin = postgresBinDir();
  if (!bin) {
    const message = 'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql';
    if (inCI()) throw new Error(`${message}. CI must run the PostgreSQL tests.`);
    if (!quiet) process.stderr.write(`${message}; the PostgreSQL tests are skipped.\n`);
    return null;
  }
  const root = mkdtempSync('/tmp/bt-pg-');
  if (isRoot()) chownSync(root, Number(idOf('-u')), Number(idOf('-g')));
  const dataDir = join(root, 'data');
  const port = await freePort();
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    const [file, argv] = isRoot()
      ? ['runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', dataDir, '-m', 'immediate', 'stop']]
      : [join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']];
    spawnSync(file, argv, { stdio: 'ignore' });
    rmSync(root, { recursive: true, force: true });
  };
  // A test runner that exits without stopping us must not leave a cluster running.
  process.once('exit', stopNow);
  try {
    await runServerBinary(join(bin, 'initdb'), [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const options = [
      `-p ${port}`,
      `-k ${root}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    await runServerBinary(join(bin, 'pg_ctl'), ['-D', dataDir, '-o', options, '-l', join(root, 'server.log'), '-w', 'start']);
    await runServerBinary(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', DATABASE]);
  } catch (error) {
    stopNow();
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`,
    port,
    dataDir,
    async stop() {
      process.removeListener('exit', stopNow);
      stopNow();
    },
  };
}

/** The postgres user's uid (`-u`) or gid (`-g`). */
function idOf(flag) {
  return spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const cluster = await startPostgres();
  if (!cluster) process.exit(0);
  process.stderr.write(`PostgreSQL ready in ${((Date.now() - started) / 1000).toFixed(1)} s; Ctrl-C stops and removes it.\n`);
  process.stdout.write(`${cluster.url}\n`);
  // Nothing else keeps the event loop alive, and leaving it would stop the cluster.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, () => {
      clearInterval(keepAlive);
      void cluster.stop().then(() => process.exit(0));
    });
}
