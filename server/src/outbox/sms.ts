/**
 * Sending SMS through a provider. Two come with the server, chosen by `BT_SMS`:
 * - `console` (default): the text goes to the log, with the number masked to its last two
 *   digits: enough for a developer, no list of citizens' numbers in the logs.
 * - `file:<dir>`: one file per message, `<outbox id>.txt`, holding the number and the text.
 *
 * A municipality plugs in its Danish SMS gateway by implementing `SmsProvider` (an HTTP call to
 * the gateway in `send`, throwing on any failure so the worker retries with backoff) and
 * passing it to `startOutboxWorker` as `sms` in server/src/main.ts.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { OutboxLog } from './log.js';

export interface SmsProvider {
  /**
   * Sends `text` to `to` (E.164, e.g. "+4512345678"). Resolve only once the gateway has
   * accepted the message; throw otherwise. Settle within a minute or two (give the HTTP call
   * a timeout): the worker's claim on the message lasts five minutes. `options.id` is stable
   * across retries of one message: pass it to gateways that de-duplicate by a client reference.
   */
  send(to: string, text: string, options?: { id: string }): Promise<void>;
}

/** Every digit but the last two hidden: "+4512345678" → "+••••••••78". */
export function maskPhone(phone: string): string {
  return phone.replace(/\d(?=(?:\D*\d){2})/g, '•');
}

export function consoleSmsProvider(log: OutboxLog): SmsProvider {
  return {
    async send(to, text, options) {
      log.info({ outboxId: options?.id, to: maskPhone(to), text }, 'SMS (BT_SMS=console: not sent, only logged)');
    },
  };
}

export function fileSmsProvider(directory: string): SmsProvider {
  return {
    async send(to, text, options) {
      await mkdir(directory, { recursive: true });
      const name = options?.id ?? randomUUID();
      await writeFile(join(directory, `${name}.txt`), `To: ${to}\n\n${text}\n`);
    },
  };
}

/** The provider named by `BT_SMS`: `console` (default) or `file:<dir>`. */
export function createSmsProvider(spec: string | undefined, log: OutboxLog): SmsProvider {
  const value = spec?.trim() || 'console';
  if (value === 'console') return consoleSmsProvider(log);
  if (value.startsWith('file:') && value.length > 'file:'.length) return fileSmsProvider(resolve(value.slice('file:'.length)));
  throw new Error(`BT_SMS must be "console" or "file:<directory>", not "${value}"`);
}
