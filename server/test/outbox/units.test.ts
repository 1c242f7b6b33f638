/** The outbox's pure parts: the reminder's time across summer time, backoff, redaction, links, providers. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { manageLink } from '../../src/outbox/notifier.js';
import { reminderTime } from '../../src/outbox/reminder.js';
import { escapeHtml } from '../../src/outbox/render.js';
import { createSmsProvider, maskPhone } from '../../src/outbox/sms.js';
import { messageIdFor } from '../../src/outbox/mailer.js';
import { describeError, retryDelay } from '../../src/outbox/worker.js';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('reminderTime', () => {
  const cases: Array<[name: string, start: string, expected: string]> = [
    ['an ordinary morning: the same time the day before', '2026-12-01T10:15:00+01:00', '2026-11-30T09:15:00.000Z'],
    ['after a late opening: 16.00 the day before', '2026-12-03T17:30:00+01:00', '2026-12-02T15:00:00.000Z'],
    // Summer time begins on Sunday 29 March 2026: the day before is still winter time.
    ['across the spring change: 10.15 wall clock, not 24 hours', '2026-03-29T10:15:00+02:00', '2026-03-28T09:15:00.000Z'],
    ['across the spring change, late: 16.00 winter time', '2026-03-29T17:00:00+02:00', '2026-03-28T15:00:00.000Z'],
    // Summer time ends on Sunday 25 October 2026: the day before is still summer time.
    ['across the autumn change: 10.15 wall clock, not 24 hours', '2026-10-25T10:15:00+01:00', '2026-10-24T08:15:00.000Z'],
    ['the Monday after the autumn change', '2026-10-26T09:00:00+01:00', '2026-10-25T08:00:00.000Z'],
    ['an instant written in UTC', '2026-12-01T09:15:00Z', '2026-11-30T09:15:00.000Z'],
  ];
  for (const [name, start, expected] of cases) {
    test(name, () => assert.equal(reminderTime(start).toISOString(), expected));
  }
  test('differs from 24 hours before across the change', () => {
    const start = '2026-03-29T10:15:00+02:00';
    assert.notEqual(reminderTime(start).getTime(), new Date(start).getTime() - 24 * 3_600_000);
  });
});

describe('retryDelay', () => {
  test('doubles from 30 s, capped at an hour, with between half and all of it as jitter', () => {
    assert.deepEqual(
      [1, 2, 3, 8, 9, 50].map((attempts) => retryDelay(attempts, () => 1 - Number.EPSILON)),
      [30_000, 60_000, 120_000, 3_600_000, 3_600_000, 3_600_000],
    );
    assert.deepEqual(
      [1, 2, 9].map((attempts) => retryDelay(attempts, () => 0)),
      [15_000, 30_000, 1_800_000],
    );
  });
});

describe('describeError', () => {
  test('keeps the code and response code, never an address, a number or a CPR', () => {
    const error = Object.assign(
      new Error("Can't send mail - all recipients were rejected: 550 <anna.jensen@example.dk>: no mailbox"),
      {
        code: 'EENVELOPE',
        responseCode: 550,
      },
    );
    const description = describeError(error);
    assert.match(description, /^EENVELOPE 550: /);
    assert.doesNotMatch(description, /anna|example\.dk/);
    assert.doesNotMatch(describeError(new Error('gateway refused +45 12 34 56 78 (010190-1234)')), /12 34|1234|010190/);
    assert.equal(describeError('plain'), 'Error: plain');
  });
});

describe('manageLink', () => {
  test('fills the template, encoded; nothing without a template, a token or an http(s) URL', () => {
    assert.equal(
      manageLink('https://kommune.dk/tid#ref={reference}&t={token}', 'BT-7K3Q9M', 'a/b+c', 'da'),
      'https://kommune.dk/tid#ref=BT-7K3Q9M&t=a%2Fb%2Bc',
    );
    assert.equal(manageLink(undefined, 'BT-7K3Q9M', 'token', 'da'), undefined);
    assert.equal(manageLink('https://kommune.dk/{reference}/{token}', 'BT-7K3Q9M', undefined, 'da'), undefined);
    assert.equal(manageLink('javascript:alert({token})', 'BT-7K3Q9M', 'token', 'da'), undefined);
  });

  test("fills {lang} with the booking's language, so an English e-mail opens the English page", () => {
    assert.equal(
      manageLink('https://kommune.dk/{lang}/min-tid#reference={reference}&token={token}', 'BT-7K3Q9M', 't', 'en'),
      'https://kommune.dk/en/min-tid#reference=BT-7K3Q9M&token=t',
    );
  });
});

describe('small helpers', () => {
  test('escapeHtml escapes markup and quotes', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  test('maskPhone keeps the last two digits', () => {
    assert.equal(maskPhone('+4512345678'), '+••••••••78');
  });
  test('messageIdFor takes the sender’s domain', () => {
    assert.equal(messageIdFor('u-1', 'Borgerservice <no-reply@kommune.dk>'), '<outbox.u-1@kommune.dk>');
    assert.equal(messageIdFor('u-1', 'no-reply@kommune.dk'), '<outbox.u-1@kommune.dk>');
  });
  test('BT_SMS names console or file:<dir>, nothing else', () => {
    assert.ok(createSmsProvider(undefined, silent));
    assert.ok(createSmsProvider('file:/tmp/sms', silent));
    assert.throws(() => createSmsProvider('http://gateway', silent), /BT_SMS must be/);
    assert.throws(() => createSmsProvider('file:', silent), /BT_SMS must be/);
  });
});
