import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { newReference, normaliseReference } from '../../../src/core/reference.js';
import { createCipher, hashToken, loadOrCreateKey, newToken } from '../../src/crypto.js';

describe('crypto', () => {
  const dir = mkdtemp(join(tmpdir(), 'bt-crypto-'));
  after(async () => rm(await dir, { recursive: true, force: true }));

  it('encrypts with a fresh IV every time and decrypts only with the same key, unchanged', () => {
    const cipher = createCipher(Buffer.alloc(32, 1));
    const first = cipher.encrypt('0101901238');
    const second = cipher.encrypt('0101901238');
    assert.notEqual(first, second);
    assert.ok(!first.includes('0101901238'));
    assert.equal(cipher.decrypt(first), '0101901238');
    assert.throws(() => createCipher(Buffer.alloc(32, 2)).decrypt(first));
    const [version, iv, tag, body = ''] = first.split('.');
    const flipped = `${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`;
    assert.throws(() => cipher.decrypt([version, iv, tag, flipped].join('.')));
    assert.throws(() => createCipher(Buffer.alloc(16)));
  });

  it('fingerprints with a key, so a fingerprint cannot be recomputed without it', () => {
    const one = createCipher(Buffer.alloc(32, 1));
    assert.equal(one.fingerprint('x'), one.fingerprint('x'));
    assert.notEqual(one.fingerprint('x'), createCipher(Buffer.alloc(32, 2)).fingerprint('x'));
    assert.notEqual(one.fingerprint('x'), hashToken('x'));
  });

  it('takes the key from the environment, or keeps one development key in the data directory with a warning', async () => {
    const warnings: string[] = [];
    const log = { warn: (message: string) => warnings.push(message) };
    const root = await dir;
    const envKey = Buffer.alloc(32, 9).toString('base64');
    assert.deepEqual(loadOrCreateKey({ envKey, dataDir: root, log }), Buffer.alloc(32, 9));
    assert.equal(warnings.length, 0);
    assert.throws(() => loadOrCreateKey({ envKey: Buffer.alloc(16).toString('base64'), dataDir: root, log }), /32 bytes/);
    assert.throws(
      () => loadOrCreateKey({ envKey: undefined, dataDir: root, allowGenerated: false, log }),
      /BT_CPR_KEY is required/,
    );
    const dataDir = join(root, 'data');
    const generated = loadOrCreateKey({ envKey: undefined, dataDir, log });
    assert.equal(generated.length, 32);
    assert.match(warnings[0] ?? '', /DEVELOPMENT key/);
    assert.deepEqual(loadOrCreateKey({ envKey: undefined, dataDir, log }), generated);
    assert.equal((await readFile(join(dataDir, 'cpr-key.dev'), 'utf8')).trim(), generated.toString('base64'));
  });

  it('makes references a person can read aloud and finds them however they are typed', () => {
    const reference = newReference();
    assert.match(reference, /^BT-[2-9A-HJKMNP-Z]{6}$/);
    for (const typed of [
      reference.toLowerCase(),
      ` ${reference.slice(3)} `,
      reference.replace('-', ' '),
      `bt${reference.slice(3)}`,
    ]) {
      assert.equal(normaliseReference(typed), reference);
    }
    // A reference whose own letters begin with "BT" keeps them.
    assert.equal(normaliseReference('BT2345'), 'BT-BT2345');
    assert.notEqual(newToken(), newToken());
    assert.equal(hashToken('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
