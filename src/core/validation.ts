/**
 * Validation of what a citizen types: CPR number, phone number and e-mail address.
 *
 * Each validator returns a result object rather than throwing, with a `reason` code the UI
 * translates. Empty or whitespace-only input is always `'required'`; whether a field may be
 * left empty is the form's decision, not the validator's. Values are never logged.
 *
 * @packageDocumentation
 */
import { copenhagenToday, isValidDate } from './time.js';

// ---------------------------------------------------------------------------------------
// CPR
// ---------------------------------------------------------------------------------------

/** A CPR number split into its canonical digits and the birth date it encodes. */
export interface ParsedCpr {
  /** Ten digits, no hyphen, e.g. `"0101901234"`. */
  digits: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
}

/**
 * Why a CPR number was refused:
 * - `required`: nothing was entered;
 * - `format`: not DDMMYY-SSSS (wrong length, letters, other separators);
 * - `date`: the first six digits are no real date in the century the 7th digit gives;
 * - `future`: the birth date lies after today (Copenhagen date).
 */
export type CprInvalidReason = 'required' | 'format' | 'date' | 'future';

/** The outcome of {@link validateCpr}. */
export type CprValidation =
  | { ok: true; /** Ten digits, no hyphen. */ value: string; /** `YYYY-MM-DD`. */ birthDate: string }
  | { ok: false; reason: CprInvalidReason };

// DDMMYY, then an optional hyphen or a single space, then SSSS.
const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})[- ]?(\d{4})$/;

/**
 * The birth year encoded by a CPR number's two-digit year and its 7th digit, per the CPR
 * office's century table.
 */
function cprBirthYear(twoDigitYear: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + twoDigitYear;
  if (seventhDigit === 4 || seventhDigit === 9) {
    return (twoDigitYear <= 36 ? 2000 : 1900) + twoDigitYear;
  }
  return (twoDigitYear <= 57 ? 2000 : 1800) + twoDigitYear;
}

/**
 * Checks a Danish CPR number (personnummer) and tells why it was refused.
 *
 * Accepts `DDMMYY-SSSS`, `DDMMYYSSSS` or `DDMMYY SSSS`, with surrounding white space. The
 * first six digits must be a real date in the century given by the 7th digit (0–3: 1900s;
 * 4 and 9: 2000s when YY ≤ 36, else 1900s; 5–8: 2000s when YY ≤ 57, else 1800s), and that
 * date may not lie after `today`.
 *
 * The modulus-11 check is deliberately not applied: CPR numbers issued since 2007 need not
 * satisfy it, so rejecting them would lock real citizens out.
 *
 * @param value What the citizen typed.
 * @param today `YYYY-MM-DD` to compare birth dates against; defaults to today in Copenhagen.
 */
export function validateCpr(value: string, today: string = copenhagenToday()): CprValidation {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, reason: 'required' };
  const match = CPR_PATTERN.exec(trimmed);
  if (!match) return { ok: false, reason: 'format' };
  const [, day, month, year, serial] = match as unknown as [string, string, string, string, string];
  const birthYear = cprBirthYear(Number(year), Number(serial[0]));
  const birthDate = `${birthYear}-${month}-${day}`;
  if (!isValidDate(birthDate)) return { ok: false, reason: 'date' };
  if (birthDate > today) return { ok: false, reason: 'future' };
  return { ok: true, value: `${day}${month}${year}${serial}`, birthDate };
}

/**
 * Parses a Danish CPR number, or returns `null` when it is not valid. See
 * {@link validateCpr} for the rules and for a reason when it is not.
 *
 * @example
 * parseCpr(' 290200-4123 ') // { digits: '2902004123', birthDate: '2000-02-29' }
 * parseCpr('290200-0123')   // null: 1900 was not a leap year
 */
export function parseCpr(value: string, today?: string): ParsedCpr | null {
  const result = validateCpr(value, today);
  return result.ok ? { digits: result.value, birthDate: result.birthDate } : null;
}

// ---------------------------------------------------------------------------------------
// Phone
// ---------------------------------------------------------------------------------------

/**
 * Why a phone number was refused:
 * - `required`: nothing was entered;
 * - `format`: letters or stray symbols, or an international number of a wrong length;
 * - `danish-length`: a Danish number (no foreign country code) without exactly 8 digits.
 */
export type PhoneInvalidReason = 'required' | 'format' | 'danish-length';

/** The outcome of {@link validatePhone}. */
export type PhoneValidation =
  { ok: true; /** E.164, e.g. `"+4512345678"`. */ value: string } | { ok: false; reason: PhoneInvalidReason };

// Digits, white space and the punctuation people write numbers with; a "+" only up front.
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;
const PHONE_PUNCTUATION = /[\s().-]/g;
const DANISH_COUNTRY_CODE = '45';

/**
 * Checks a phone number and normalises it to E.164.
 *
 * Danish numbers have 8 digits, optionally after `+45` or `0045`. Foreign numbers must be
 * written internationally (`+` or `00`, then country code and number, 7–15 digits in all as
 * E.164 allows). Spaces, hyphens, dots and parentheses are ignored, so `"(+45) 1234 5678"`,
 * `"0045-12345678"` and `"12 34 56 78"` all become `"+4512345678"`.
 *
 * @param value What the citizen typed.
 */
export function validatePhone(value: string): PhoneValidation {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, reason: 'required' };
  // "(+45) …": allow the plus inside a leading parenthesis.
  const compact = trimmed.replace(/^\(\s*\+/, '+(');
  if (!PHONE_CHARACTERS.test(compact)) return { ok: false, reason: 'format' };
  const plain = compact.replace(PHONE_PUNCTUATION, '');
  if (!/\d/.test(plain)) return { ok: false, reason: 'format' };
  let international: string | null = null;
  if (plain.startsWith('+')) international = plain.slice(1);
  else if (plain.startsWith('00')) international = plain.slice(2);

  if (international === null) {
    return plain.length === 8 ? { ok: true, value: `+${DANISH_COUNTRY_CODE}${plain}` } : { ok: false, reason: 'danish-length' };
  }
  if (international.startsWith(DANISH_COUNTRY_CODE)) {
    const national = international.slice(DANISH_COUNTRY_CODE.length);
    return national.length === 8 ? { ok: true, value: `+${international}` } : { ok: false, reason: 'danish-length' };
  }
  // Country codes never start with 0.
  if (international.length < 7 || international.length > 15 || international.startsWith('0')) {
    return { ok: false, reason: 'format' };
  }
  return { ok: true, value: `+${international}` };
}

// ---------------------------------------------------------------------------------------
// E-mail
// ---------------------------------------------------------------------------------------

/** Why an e-mail address was refused: nothing entered (`required`) or not an address (`format`). */
export type EmailInvalidReason = 'required' | 'format';

/** The outcome of {@link validateEmail}. */
export type EmailValidation =
  { ok: true; /** Trimmed, with the domain lower-cased. */ value: string } | { ok: false; reason: EmailInvalidReason };

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
// Printable characters other than white space and the specials that need quoting in RFC 5322.
const LOCAL_PART = /^[^\s@"(),:;<>[\]\\]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL_DOMAIN = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/u;

/**
 * Checks an e-mail address pragmatically: one `@`, a non-empty local part, a domain with a
 * dot and a top-level domain of at least two letters, no white space, at most 254
 * characters. Internationalised domains (`æblegrød.dk`) and plus-addressing
 * (`anna+booking@example.dk`) are accepted; quoted local parts and IP-literal domains are
 * not, since no citizen types them.
 *
 * @param value What the citizen typed.
 */
export function validateEmail(value: string): EmailValidation {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, reason: 'required' };
  if (trimmed.length > MAX_EMAIL_LENGTH) return { ok: false, reason: 'format' };
  const at = trimmed.indexOf('@');
  if (at < 0 || at !== trimmed.lastIndexOf('@')) return { ok: false, reason: 'format' };
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  const localOk =
    local.length <= MAX_LOCAL_LENGTH &&
    LOCAL_PART.test(local) &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..');
  const labels = domain.split('.');
  const domainOk =
    labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && TOP_LEVEL_DOMAIN.test(labels[labels.length - 1]!);
  if (!localOk || !domainOk) return { ok: false, reason: 'format' };
  return { ok: true, value: `${local}@${domain}` };
}

/**
 * A normalised (E.164) number as people read it back: Danish numbers in pairs,
 * "+45 12 34 56 78"; other numbers are left as they are.
 */
export function formatPhone(e164: string): string {
  const digits = /^\+45(\d{8})$/.exec(e164)?.[1];
  return digits ? `+45 ${digits.replace(/(\d\d)(?=\d)/g, '$1 ')}` : e164;
}
