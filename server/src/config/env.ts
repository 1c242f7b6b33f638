/**
 * The server's configuration from the environment (the README documents every variable).
 * Everything is checked at start and every mistake is reported at once, by variable name,
 * so an operator fixes a deployment in one round rather than one crash at a time. Values are
 * never echoed: BT_CPR_KEY and DATABASE_URL are secrets.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clockAt, systemClock, type Clock } from '../../../src/core/clock.js';
import { MANAGE_PLACEHOLDERS } from '../../../src/core/manage-template.js';
import type { LogOptions } from '../http/logging.js';
import { DEFAULT_RATE_LIMIT, DEFAULT_RETENTION_DAYS, type ServerOptions } from '../server.js';
import { parseDemoCitizens } from '../session/index.js';

const LOG_LEVELS: readonly LogOptions['level'][] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** server/.data, wherever the process was started from. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.data', import.meta.url));
const DEFAULT_PORT = 8787;

/** What `main.ts` runs: always listening, with every setting from the environment. */
export type EnvServerOptions = ServerOptions & Required<Pick<ServerOptions, 'listen'>>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

export function readEnv(env: Record<string, string | undefined>): EnvServerOptions {
  const problems: string[] = [];
  const value = (name: string) => {
    const text = env[name]?.trim();
    return text ? text : undefined;
  };
  const integer = (name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) => {
    const text = value(name);
    if (text === undefined) return fallback;
    const number = /^[0-9]+$/.test(text) ? Number(text) : NaN;
    if (!(number >= min && number <= max)) {
      problems.push(`${name} must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return number;
  };

  const databaseUrl = value('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const cprKey = value('BT_CPR_KEY');
  if (cprKey !== undefined && Buffer.from(cprKey, 'base64').length !== 32) {
    problems.push('BT_CPR_KEY must be the base64 of 32 random bytes (openssl rand -base64 32)');
  }
  if (cprKey === undefined && databaseUrl !== undefined) {
    problems.push('BT_CPR_KEY is required with DATABASE_URL: a generated development key is only for PGlite');
  }
  const smtpUrl = value('SMTP_URL');
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  const manageUrl = value('BT_MANAGE_URL');
  if (manageUrl !== undefined && !(isHttpUrl(manageUrl.replaceAll(MANAGE_PLACEHOLDERS, 'x')) && manageUrl.includes('{token}'))) {
    problems.push('BT_MANAGE_URL must be an http(s) URL template holding {token} (and usually {reference})');
  }
  const sms = value('BT_SMS');
  if (sms !== undefined && sms !== 'console' && !/^file:./.test(sms))
    problems.push('BT_SMS must be "console" or "file:<directory>"');
  const logLevel = (value('LOG_LEVEL') ?? 'info').toLowerCase() as LogOptions['level'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const mailFrom = value('BT_MAIL_FROM');
  const configFile = value('BT_CONFIG');

  const options: EnvServerOptions = {
    listen: { port: integer('PORT', DEFAULT_PORT, 0, 65_535), host: value('HOST') ?? '127.0.0.1' },
    ...(databaseUrl !== undefined ? { database: databaseUrl } : {}),
    dataDir: resolve(value('BT_DATA_DIR') ?? DEFAULT_DATA_DIR),
    ...(configFile !== undefined ? { municipality: resolve(configFile) } : {}),
    corsOrigins: corsOrigins(value('BT_CORS_ORIGINS'), problems),
    ...(cprKey !== undefined ? { cprKey } : {}),
    retentionDays: integer('BT_RETENTION_DAYS', DEFAULT_RETENTION_DAYS, 1, 3650),
    ...(smtpUrl !== undefined ? { smtpUrl } : {}),
    ...(mailFrom !== undefined ? { mailFrom } : {}),
    ...(sms !== undefined ? { sms } : {}),
    ...(manageUrl !== undefined ? { manageUrl } : {}),
    demoSignIn: demoSignIn(value('BT_DEMO_SIGNIN'), value('BT_DEMO_CITIZENS'), problems),
    rateLimit: integer('BT_RATE_LIMIT', DEFAULT_RATE_LIMIT, 1),
    ...trustProxy(value('BT_TRUST_PROXY'), problems),
    log: { level: logLevel },
    clock: clock(value('BT_CLOCK_START'), problems),
  };
  if (problems.length) throw new EnvError(problems);
  return options;
}

function demoSignIn(on: string | undefined, citizens: string | undefined, problems: string[]): ServerOptions['demoSignIn'] {
  if (on !== undefined && on !== '0' && on !== '1') problems.push('BT_DEMO_SIGNIN must be 1 (on) or 0 (off)');
  if (on !== '1') return false;
  if (citizens === undefined) return {};
  try {
    return { citizens: parseDemoCitizens(citizens) };
  } catch (error) {
    problems.push(`BT_DEMO_CITIZENS: ${(error as Error).message}`);
    return {};
  }
}

/** A hop count ("1": the proxy in front) or a comma list of the proxies' addresses or CIDR ranges. */
function trustProxy(text: string | undefined, problems: string[]): Pick<ServerOptions, 'trustProxy'> {
  if (text === undefined || text === '0') return {};
  if (/^[0-9]+$/.test(text)) return { trustProxy: Number(text) };
  const addresses = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (addresses.some((address) => !/^[0-9a-fA-F:.]+(\/[0-9]{1,3})?$/.test(address))) {
    problems.push('BT_TRUST_PROXY must be a number of proxy hops or a comma list of addresses (CIDR allowed)');
    return {};
  }
  return { trustProxy: addresses };
}

/** Exact origins: scheme, host and port, as a browser sends them in `Origin`. */
function corsOrigins(text: string | undefined, problems: string[]): string[] {
  if (text === undefined) return [];
  const origins: string[] = [];
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    if (!url || !isHttpUrl(entry) || url.pathname !== '/' || url.search || url.hash || url.username) {
      problems.push(`BT_CORS_ORIGINS: "${entry}" is not an origin like https://www.kommune.dk (no path, no *)`);
    } else {
      origins.push(url.origin);
    }
  }
  return origins;
}

/** For tests only: the clock starts at BT_CLOCK_START and runs on in real time. */
function clock(text: string | undefined, problems: string[]): Clock {
  if (text === undefined) return systemClock;
  const start = Date.parse(text);
  if (Number.isNaN(start) || !/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    problems.push('BT_CLOCK_START must be an ISO 8601 instant, e.g. 2026-11-23T08:00:00Z');
    return systemClock;
  }
  const startedAt = systemClock.now().getTime();
  return clockAt(() => new Date(start + (systemClock.now().getTime() - startedAt)));
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
