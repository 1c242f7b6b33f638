/** The environment → ServerOptions: defaults, every variable read, and every mistake reported at once. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DATA_DIR, EnvError, readEnv } from '../../src/config/env.js';

describe('readEnv', () => {
  it('gives the documented defaults for an empty environment', () => {
    const options = readEnv({});
    assert.deepEqual(options.listen, { port: 8787, host: '127.0.0.1' });
    assert.equal(options.database, undefined);
    assert.equal(options.dataDir, DEFAULT_DATA_DIR);
    assert.match(DEFAULT_DATA_DIR, /server\/\.data$/);
    assert.equal(options.municipality, undefined);
    assert.deepEqual(options.corsOrigins, []);
    assert.equal(options.rateLimit, 300);
    assert.equal(options.retentionDays, 30);
    assert.equal(options.demoSignIn, false);
    assert.equal(options.log?.level, 'info');
  });

  it('reads every variable', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    const options = readEnv({
      PORT: '0',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u:p@db/borgertid',
      BT_DATA_DIR: '/tmp/bt',
      BT_CONFIG: '/etc/borgertid/kommune.yaml',
      BT_CORS_ORIGINS: 'https://www.kommune.dk, http://localhost:8000/',
      BT_CPR_KEY: key,
      BT_RETENTION_DAYS: '7',
      SMTP_URL: 'smtp://mail:25',
      BT_MAIL_FROM: 'Borgerservice <no-reply@kommune.dk>',
      BT_SMS: 'file:/tmp/sms',
      BT_MANAGE_URL: 'https://www.kommune.dk/book?ref={reference}&token={token}',
      BT_DEMO_SIGNIN: '1',
      BT_DEMO_CITIZENS: '[{"id":"p-1","name":"Karen"}]',
      BT_RATE_LIMIT: '50',
      BT_TRUST_PROXY: '1',
      LOG_LEVEL: 'DEBUG',
      BT_CLOCK_START: '2026-11-23T08:00:00Z',
    });
    assert.deepEqual(options.listen, { port: 0, host: '0.0.0.0' });
    assert.equal(options.database, 'postgres://u:p@db/borgertid');
    assert.equal(options.dataDir, '/tmp/bt');
    assert.equal(options.municipality, '/etc/borgertid/kommune.yaml');
    assert.deepEqual(options.corsOrigins, ['https://www.kommune.dk', 'http://localhost:8000']);
    assert.equal(options.cprKey, key);
    assert.equal(options.retentionDays, 7);
    assert.equal(options.smtpUrl, 'smtp://mail:25');
    assert.equal(options.sms, 'file:/tmp/sms');
    assert.deepEqual(options.demoSignIn, { citizens: [{ id: 'p-1', name: 'Karen' }] });
    assert.equal(options.rateLimit, 50);
    assert.equal(options.trustProxy, 1);
    assert.equal(options.log?.level, 'debug');
    const now = options.clock!.now().getTime();
    assert.ok(now >= Date.parse('2026-11-23T08:00:00Z') && now < Date.parse('2026-11-23T09:00:00Z'));
  });

  it('reports every mistake at once, by name, without echoing secrets', () => {
    const secret = 'postgres-password-123';
    let error: unknown;
    try {
      readEnv({
        PORT: '80a',
        DATABASE_URL: `mysql://root:${secret}@db`,
        BT_CORS_ORIGINS: 'https://ok.dk,*,https://x.dk/path',
        BT_CPR_KEY: 'short',
        BT_RATE_LIMIT: '0',
        BT_SMS: 'carrier-pigeon',
        BT_MANAGE_URL: 'javascript:alert({token})',
        BT_DEMO_SIGNIN: 'yes',
        BT_TRUST_PROXY: 'everyone',
        LOG_LEVEL: 'loud',
        BT_CLOCK_START: 'tomorrow',
      });
    } catch (caught) {
      error = caught;
    }
    assert.ok(error instanceof EnvError);
    const names = [
      'PORT',
      'DATABASE_URL',
      'BT_CORS_ORIGINS: "*"',
      'BT_CORS_ORIGINS: "https://x.dk/path"',
      'BT_CPR_KEY',
      'BT_RATE_LIMIT',
    ];
    for (const name of [...names, 'BT_SMS', 'BT_MANAGE_URL', 'BT_DEMO_SIGNIN', 'BT_TRUST_PROXY', 'LOG_LEVEL', 'BT_CLOCK_START']) {
      assert.ok(
        error.problems.some((problem) => problem.includes(name)),
        `${name} in ${error.message}`,
      );
    }
    assert.ok(!error.message.includes(secret));
    assert.ok(!error.message.includes('https://ok.dk'));
  });

  it('refuses PostgreSQL without a CPR key: a generated development key is only for PGlite', () => {
    assert.throws(() => readEnv({ DATABASE_URL: 'postgres://db/borgertid' }), /BT_CPR_KEY is required/);
  });
});
