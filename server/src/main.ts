/**
 * `npm run server`: the reference server configured from the environment (README, "Reference
 * server"; server/src/config/env.ts). On SIGTERM or SIGINT it stops accepting connections,
 * finishes the requests in flight, stops the outbox worker and closes the database; a second
 * signal ends it at once.
 */
import { readEnv } from './config/env.js';
import { buildServer } from './server.js';

async function main(): Promise<void> {
  let options;
  try {
    options = readEnv(process.env);
  } catch (error) {
    // A configuration mistake is the operator's to fix: the message, not a stack trace.
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const server = await buildServer(options);
  server.app.log.info({ url: server.url }, 'borgertid server listening');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      server.app.log.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`The server could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
