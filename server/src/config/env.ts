/**
 * The server's configuration from the environment (the README documents every variable).
 * Everything is checked at start and every mistake is reported at once, by variable name,
 * so an operator fixes a deployment in one round rather than one crash at a time. Values are
 * never echoed: BT_CPR_KEY and DATABASE_URL are secrets.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clockAt, systemClock, type Clock } from '../../../src/core/clock.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Where SMS go: the console (development) or one file per message in a directory. */
export type SmsSetting = { kind: 'console' } | { kind: 'file'; dir: string };

export interface EnvSettings {
  port: number;
  host: string;
  /** PostgreSQL; absent → PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite's data and the development CPR key. */
  dataDir: string;
  /** The municipality's configuration file (JSON or YAML); absent → the sample municipality. */
  configFile?: string;
  corsOrigins: string[];
  /** Base64 of 32 bytes; absent → a development key in `dataDir` (refused with PostgreSQL). */
  cprKey?: string;
  retentionDays: number;
  smtpUrl?: string;
  mailFrom?: string;
  sms: SmsSetting;
  /** Link template with `{reference}` and `{token}`. */
  manageUrl?: string;
  demoSignIn: boolean;
  /** Requests per minute per client address. */
  rateLimit: number;
  logLevel: LogLevel;
  clock: Clock;
}

/** server/.data, wherever the process was started from. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../.data', import.meta.url));
export const DEFAULT_PORT = 8787;
export const DEFAULT_RATE_LIMIT = 300;
export const DEFAULT_RETENTION_DAYS = 30;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

export function readEnv(env: Record<string, string | undefined>): EnvSettings {
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
  if (
    manageUrl !== undefined &&
    !(isHttpUrl(manageUrl.replaceAll(/\{(reference|token)\}/g, 'x')) && manageUrl.includes('{token}'))
  ) {
    problems.push('BT_MANAGE_URL must be an http(s) URL template holding {token} (and usually {reference})');
  }
  const demo = value('BT_DEMO_SIGNIN');
  if (demo !== undefined && demo !== '0' && demo !== '1') problems.push('BT_DEMO_SIGNIN must be 1 (on) or 0 (off)');
  const logLevel = (value('LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const settings: EnvSettings = {
    port: integer('PORT', DEFAULT_PORT, 0, 65_535),
    host: value('HOST') ?? '127.0.0.1',
    ...(databaseUrl !== undefined ? { databaseUrl } : {}),
    dataDir: resolve(value('BT_DATA_DIR') ?? DEFAULT_DATA_DIR),
    ...(value('BT_CONFIG') !== undefined ? { configFile: resolve(value('BT_CONFIG')!) } : {}),
    corsOrigins: corsOrigins(value('BT_CORS_ORIGINS'), problems),
    ...(cprKey !== undefined ? { cprKey } : {}),
    retentionDays: integer('BT_RETENTION_DAYS', DEFAULT_RETENTION_DAYS, 1, 3650),
    ...(smtpUrl !== undefined ? { smtpUrl } : {}),
    ...(value('BT_MAIL_FROM') !== undefined ? { mailFrom: value('BT_MAIL_FROM')! } : {}),
    sms: sms(value('BT_SMS'), problems),
    ...(manageUrl !== undefined ? { manageUrl } : {}),
    demoSignIn: demo === '1',
    rateLimit: integer('BT_RATE_LIMIT', DEFAULT_RATE_LIMIT, 1),
    logLevel,
    clock: clock(value('BT_CLOCK_START'), problems),
  };
  if (problems.length) throw new EnvError(problems);
  return settings;
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

function sms(text: string | undefined, problems: string[]): SmsSetting {
  if (text === undefined || text === 'console') return { kind: 'console' };
  if (text.startsWith('file:') && text.length > 'file:'.length) return { kind: 'file', dir: resolve(text.slice('file:'.length)) };
  problems.push('BT_SMS must be "console" or "file:<directory>"');
  return { kind: 'console' };
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
