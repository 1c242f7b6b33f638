/**
 * Booking references, as both backends make and read them: "BT-" and six characters a citizen
 * can read aloud over the phone and type from paper (no 0/O, 1/I/L).
 */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const REFERENCE_PREFIX = 'BT-';
const REFERENCE_LENGTH = 6;

/** `length` characters drawn uniformly from `alphabet` with crypto randomness (browser and Node). */
export function randomString(alphabet: string, length: number): string {
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  let result = '';
  while (result.length < length) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length * 2));
    for (const byte of bytes) {
      if (byte < limit && result.length < length) result += alphabet[byte % alphabet.length];
    }
  }
  return result;
}

/** A new reference like "BT-7K3Q9M"; the caller makes sure it is not taken. */
export function newReference(): string {
  return REFERENCE_PREFIX + randomString(REFERENCE_ALPHABET, REFERENCE_LENGTH);
}

/**
 * A typed-in reference as stored: upper case, without spaces or dashes, with the "BT-"
 * prefix whether or not it was typed ("bt 7k3q9m", "7K3Q9M" and "BT-7K3Q9M" are one).
 */
export function normaliseReference(reference: string): string {
  const compact = reference.toUpperCase().replace(/[\s-]+/g, '');
  const body = compact.length === REFERENCE_LENGTH + 2 && compact.startsWith('BT') ? compact.slice(2) : compact;
  return REFERENCE_PREFIX + body;
}
