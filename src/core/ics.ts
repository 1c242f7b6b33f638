/**
 * An appointment as an iCalendar file (RFC 5545), for "Tilføj til kalender".
 *
 * Pure: no DOM, no i18next (core imports nothing from the rest): the caller hands in the
 * file's texts, translated from the locale files.
 *
 * Decisions:
 * - Times are written as Copenhagen wall-clock with `TZID=Europe/Copenhagen` and an embedded
 *   VTIMEZONE, so the event stays at 10.15 Danish time whatever zone the citizen's phone is
 *   in. The wall-clock is computed from the ISO instant through `Intl` in Copenhagen (never
 *   the browser's zone), so an instant sent with `Z` or another offset is still right.
 * - `UID` is `<reference>@borgertid`: adding the file again (after a move) updates the event
 *   instead of duplicating it. `DTSTAMP` is "now" in UTC.
 * - `METHOD:PUBLISH`: a plain calendar file, not a meeting invitation (no organiser, no RSVP).
 * - One reminder one hour before (`VALARM`, `DISPLAY`).
 * - Only the fields named here are read from the appointment, so nothing the backend adds
 *   (and never a CPR number) can leak into the file. The citizen's name is left out too:
 *   calendars are often shared with family or synced to cloud services.
 */
import { formatAmount, hasFee } from './money.js';
import { copenhagenParts, TIME_ZONE } from './time.js';
import { safeHttpUrl } from './url.js';
import type { Appointment } from './types.js';

export type IcsLanguage = 'da' | 'en';

export interface IcsOptions {
  texts: IcsTexts;
  /** Language of number formats in the file; anything but 'en' gives Danish. */
  lang?: string;
  /** Link where the citizen can move or cancel the appointment (http or https only). */
  manageUrl?: string;
  /** The instant written as DTSTAMP; defaults to the current time. */
  now?: Date;
  /** The PRODID value. */
  prodId?: string;
}

/**
 * The words in the file, in the citizen's language. They come from the locale files through
 * the element (`core/` has no i18n of its own); `{{…}}` placeholders are already filled in.
 */
export interface IcsTexts {
  reference: string;
  documents: string;
  noDocuments: string;
  fee: (amount: string) => string;
  free: string;
  /** What to do on arrival: at a check-in machine, at the desk, or (the backend does not say) either. */
  arrival: string;
  arrivalDesk: string;
  arrivalAny: string;
  manage: (url: string) => string;
  phone: (location: string, phone: string) => string;
  reminder: (service: string, location: string) => string;
}

const DEFAULT_PROD_ID = '-//borgertid//Borgerservice tidsbestilling//DA';
const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** Europe/Copenhagen since 1996: CET/CEST, switching on the last Sundays of March and October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function toInstant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid instant: ${iso}`);
  return date;
}

/** `20261201T101500`: the Copenhagen wall-clock reading of an instant (a DATE-TIME with TZID). */
export function copenhagenIcsDateTime(iso: string): string {
  const instant = toInstant(iso);
  const { year, month, day, hour, minute } = copenhagenParts(instant);
  // Offsets are whole minutes, so the seconds are the same on every wall clock.
  return `${pad(year, 4)}${pad(month)}${pad(day)}T${pad(hour)}${pad(minute)}${pad(instant.getUTCSeconds())}`;
}

/** `20261123T201125Z`: an instant as a UTC DATE-TIME. */
export function utcIcsDateTime(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/**
 * Control characters a TEXT value may not hold (RFC 5545 §3.3.11 allows none but the tab): NUL,
 * bell, escape, DEL and the C1 range. Backend strings are not ours to trust, and a calendar that
 * meets one may refuse the whole file or cut the value short at it. Line breaks are not here:
 * they are kept, escaped as `\n`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks (also the
 * Unicode line and paragraph separators, which some readers take as line ends), after dropping
 * control characters. A line break never reaches the file raw, so no backend text can start a
 * property of its own.
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line (RFC 5545 §3.1): no line longer than 75 octets of UTF-8, the
 * continuation lines starting with a space (which counts). Splits between code points, so
 * neither a multi-byte character (æ, ø, å) nor a surrogate pair is ever cut in two.
 */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line may use all 75 octets; continuation lines spend one on the leading space.
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

function languageOf(lang: string | undefined): IcsLanguage {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] === 'en' ? 'en' : 'da';
}

/** The event's one-line title: "Pas – Borgerservice Nørrebro". */
function summaryOf(appointment: Appointment): string {
  return `${appointment.service.name} – ${appointment.location.name}`;
}

/** "Borgerservice Nørrebro, Nørrebrogade 208, 2200 København N". */
function locationOf(appointment: Appointment): string {
  const { name, address } = appointment.location;
  return `${name}, ${address.street}, ${address.postalCode} ${address.city}`;
}

function descriptionOf(appointment: Appointment, texts: IcsTexts, lang: IcsLanguage, manageUrl: string | undefined): string {
  const { service, location } = appointment;
  // A booking the backend took without giving a reference (the receipt says whom to call) has no line for it.
  const lines = hasReference(appointment) ? [`${texts.reference}: ${appointment.reference}`, ''] : [];
  if (service.documentsToBring.length > 0) {
    lines.push(texts.documents, ...service.documentsToBring.map((item) => `- ${item}`));
  } else {
    lines.push(texts.noDocuments);
  }
  lines.push('');
  lines.push(hasFee(service.fee) ? texts.fee(formatAmount(service.fee, lang)) : texts.free);
  if (location.accessibilityNote) lines.push('', location.accessibilityNote);
  lines.push(
    '',
    location.checkIn === 'kiosk' ? texts.arrival : location.checkIn === 'desk' ? texts.arrivalDesk : texts.arrivalAny,
  );
  if (manageUrl) lines.push('', texts.manage(manageUrl));
  else if (location.phone) lines.push('', texts.phone(location.name, location.phone));
  return lines.join('\n');
}

/** The appointment as an `.ics` file's text, with CRLF line endings and folded lines. */
export function appointmentToIcs(appointment: Appointment, options: IcsOptions): string {
  const lang = languageOf(options.lang);
  const manageUrl = safeHttpUrl(options.manageUrl);
  const now = options.now ?? new Date();
  const text = (name: string, value: string): string => `${name}:${escapeIcsText(value)}`;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    text('PRODID', options.prodId ?? DEFAULT_PROD_ID),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    text('UID', icsUid(appointment)),
    `DTSTAMP:${utcIcsDateTime(now)}`,
    `DTSTART;TZID=${TIME_ZONE}:${copenhagenIcsDateTime(appointment.start)}`,
    `DTEND;TZID=${TIME_ZONE}:${copenhagenIcsDateTime(appointment.end)}`,
    text('SUMMARY', summaryOf(appointment)),
    text('LOCATION', locationOf(appointment)),
    text('DESCRIPTION', descriptionOf(appointment, options.texts, lang, manageUrl)),
    // A URI value is not TEXT: it is written as it is (a parsed URL has no raw line breaks).
    ...(manageUrl ? [`URL:${manageUrl}`] : []),
    `STATUS:${appointment.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    ...(appointment.status === 'cancelled'
      ? []
      : [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          text('DESCRIPTION', options.texts.reminder(appointment.service.name, appointment.location.name)),
          'TRIGGER:-PT1H',
          'END:VALARM',
        ]),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

function hasReference(appointment: Appointment): boolean {
  return appointment.reference.trim() !== '';
}

/**
 * The event's UID: stable per booking, so adding the file again updates the event. Without a
 * reference, the office, errand and start stand in for it (never one UID for every such
 * booking, which a calendar would merge into one event).
 */
export function icsUid(appointment: Appointment): string {
  if (hasReference(appointment)) return `${appointment.reference}@borgertid`;
  const { location, service, start } = appointment;
  return `${location.id}-${service.id}-${utcIcsDateTime(toInstant(start))}@borgertid`;
}

/** A reference longer than this is cut in the file name: file systems refuse names over 255 bytes. */
const MAX_FILE_NAME_REFERENCE = 40;

/** A safe download name: "borgerservice-BT-7K3Q9M.ics". */
export function icsFileName(appointment: Appointment): string {
  const reference = appointment.reference
    .slice(0, MAX_FILE_NAME_REFERENCE)
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `borgerservice-${reference || 'tid'}.ics`;
}
