/**
 * Secrets at rest. CPR numbers are encrypted with AES-256-GCM (a random 12-byte IV per value,
 * authenticated, so a changed or swapped ciphertext fails to decrypt rather than reading as
 * someone else's number); manage tokens are kept only as SHA-256 hashes; request fingerprints
 * for idempotency are keyed HMACs, since a request body can hold a CPR number and a plain hash
 * of so few digits could be reversed by trying them all.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Stored values start with a version, so a later key rotation can tell old values apart. */
const VERSION = 'v1';

export interface Cipher {
  /** `v1.<iv>.<tag>.<ciphertext>`, each base64url. */
  encrypt(text: string): string;
  /** Throws when the blob was not made with this key or was changed. */
  decrypt(blob: string): string;
  /** A keyed fingerprint (HMAC-SHA-256, hex) of text that may hold personal data. */
  fingerprint(text: string): string;
}

export function createCipher(key: Buffer): Cipher {
  if (key.length !== KEY_BYTES) throw new Error(`The CPR key must be ${KEY_BYTES} bytes`);
  // The fingerprint key is derived, never the encryption key itself.
  const macKey = createHmac('sha256', key).update('borgertid idempotency fingerprint').digest();
  return {
    encrypt(text) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return [VERSION, iv, cipher.getAuthTag(), body]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    decrypt(blob) {
      const [version, iv, tag, body] = blob.split('.');
      if (version !== VERSION || iv === undefined || tag === undefined || body === undefined) {
        throw new Error('Not an encrypted value of this version');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    fingerprint(text) {
      return createHmac('sha256', macKey).update(text, 'utf8').digest('hex');
    },
  };
}

export interface KeyOptions {
  /** `BT_CPR_KEY`: base64 of 32 bytes. */
  envKey: string | undefined;
  /** Where a development key is kept when `envKey` is absent. */
  dataDir: string;
  /** False in production: then a missing `envKey` is an error, never a generated key. */
  allowGenerated?: boolean;
  log: { warn(message: string): void };
}

const KEY_FILE = 'cpr-key.dev';

/**
 * The CPR key from the environment, or, for development, one generated once and kept in the
 * data directory (with a loud warning: whoever reads that directory can read the CPR numbers).
 */
export function loadOrCreateKey(options: KeyOptions): Buffer {
  if (options.envKey) {
    const key = Buffer.from(options.envKey, 'base64');
    if (key.length !== KEY_BYTES) throw new Error(`BT_CPR_KEY must be the base64 of ${KEY_BYTES} bytes`);
    return key;
  }
  if (options.allowGenerated === false) throw new Error('BT_CPR_KEY is required (base64 of 32 bytes)');
  const path = join(options.dataDir, KEY_FILE);
  const key = readOrCreateKeyFile(path, options.dataDir);
  if (key.length !== KEY_BYTES) throw new Error(`${path} does not hold a ${KEY_BYTES}-byte key`);
  options.log.warn(
    `BT_CPR_KEY is not set: CPR numbers are encrypted with a DEVELOPMENT key kept in ${path}. ` +
      'Never run a real municipality like this; set BT_CPR_KEY (openssl rand -base64 32).',
  );
  return key;
}

/**
 * The key in `path`, written first if absent. It is written to a file of its own and linked
 * into place, so a second process starting at once reads the whole key of the first, never half.
 */
function readOrCreateKeyFile(path: string, dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true });
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600 });
  try {
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
}

/** How a manage token is stored: SHA-256, hex. A token has 256 random bits, so no salt is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** 256 random bits, base64url: unguessable for a manage link. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newHoldId(): string {
  return `H-${randomBytes(16).toString('base64url')}`;
}
