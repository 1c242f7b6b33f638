// `npm start`: the reference server (embedded PGlite database in server/.data, demonstration
// sign-in on) and the demo pages served by Vite, whose /api goes to that server. Both run as
// children with their output prefixed; Ctrl-C or SIGTERM stops both, and if either dies on its
// own the other is stopped and this script fails.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;

const serverPort = Number(process.env.PORT) || 8787;
const demoPort = Number(process.env.BT_DEMO_PORT) || 5173;
const demoOrigins = [`http://localhost:${demoPort}`, `http://127.0.0.1:${demoPort}`];
/** PGlite creates its database on the first start, which takes a while on a slow machine. */
const READY_WITHIN_MS = 120_000;

const env = {
  ...process.env,
  PORT: String(serverPort),
  BT_DEMO_PORT: String(demoPort),
  // The demo's test citizens sign in without MitID; a municipality never sets this.
  BT_DEMO_SIGNIN: process.env.BT_DEMO_SIGNIN ?? '1',
  // The pages reach the server through Vite's proxy (same origin), but the sign-in's return
  // address names the demo's origin, which the server accepts only from this list.
  BT_CORS_ORIGINS: process.env.BT_CORS_ORIGINS ?? demoOrigins.join(','),
  // The confirmation e-mails (.eml files in the data directory) link to the demo's manage page.
  BT_MANAGE_URL: process.env.BT_MANAGE_URL ?? `${demoOrigins[0]}/min-tid.html#reference={reference}&token={token}`,
};

const children = new Map();
let stopping = false;

function start(name, command, args) {
  // Each child in a process group of its own: Ctrl-C in a terminal signals only this script,
  // which stops each child with one SIGTERM (a second signal would cut the server's shutdown
  // short, and PGlite must be closed to keep its data).
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  child.on('error', (error) => fail(`${name} could not start: ${error.message}`));
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (stopping) {
      if (children.size === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    fail(`${name} stopped on its own (${signal ?? `exit code ${code}`})`);
  });
  children.set(name, child);
}

function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children.values()) child.kill('SIGTERM');
  if (children.size === 0) process.exit(process.exitCode ?? 0);
}

function fail(reason) {
  if (stopping) return;
  console.error(`\nnpm start: ${reason}; stopping.\n`);
  process.exitCode = 1;
  stop();
}

/** Resolves once the server answers /readyz (database open, migrations applied). */
async function serverReady() {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (!stopping && Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${serverPort}/readyz`)).ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// However this script ends, its children (in groups of their own) do not outlive it.
process.on('exit', () => children.forEach((child) => child.kill('SIGTERM')));

start('server', bin('tsx'), ['server/src/main.ts']);
start('demo', bin('vite'), ['--logLevel', 'warn']);

if (await serverReady()) {
  console.log(
    `\n  borgertid demo:  http://localhost:${demoPort}/   (Mine aftaler: http://localhost:${demoPort}/min-tid.html)` +
      `\n  API:             http://127.0.0.1:${serverPort}/api   (data: ${process.env.BT_DATA_DIR ?? 'server/.data'})` +
      '\n  Ctrl-C stops both.\n',
  );
} else if (!stopping) {
  fail(`the server did not answer http://127.0.0.1:${serverPort}/readyz within ${READY_WITHIN_MS / 1000} s`);
}
