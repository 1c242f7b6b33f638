import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  appointmentToIcs as toIcsWithTexts,
  escapeIcsText,
  foldIcsLine,
  icsFileName,
  icsUid,
  type IcsOptions,
} from '../../src/core/ics.js';
import { icsTexts } from '../../src/components/receipt/ics-texts.js';
import { resolveLanguage, translator } from '../../src/i18n/i18n.js';
import type { Appointment } from '../../src/core/types.js';
import { appointment, freeErrand, MANAGE_URL } from '../components/receipt/fixtures.js';

/** The file as the receipt makes it: texts from the locale files, in the language asked for. */
function appointmentToIcs(value: Appointment, options: Omit<IcsOptions, 'texts'>): string {
  return toIcsWithTexts(value, { ...options, texts: icsTexts(translator(resolveLanguage(options.lang))) });
}

const NOW = new Date('2026-11-23T20:11:25Z');

/** Parses with a real RFC 5545 parser, using the VTIMEZONE the file itself carries. */
function parse(ics: string): { calendar: ICAL.Component; event: ICAL.Event } {
  const first = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = first.getFirstSubcomponent('vtimezone');
  expect(vtimezone, 'VTIMEZONE').to.exist;
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(vtimezone!);
  // Parse again so the event's times resolve against the zone registered from the file.
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

function at(start: string, end: string): Appointment {
  return { ...appointment, start, end };
}

function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

describe('appointmentToIcs', () => {
  after(() => ICAL.TimezoneService.reset());

  it('writes a VCALENDAR with CRLF line endings and the required properties', () => {
    const ics = appointmentToIcs(appointment, { lang: 'da', now: NOW });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = unfold(ics).split('\r\n');
    for (const line of ['VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'STATUS:CONFIRMED']) {
      expect(lines).to.include(line);
    }
    expect(lines.some((line) => line.startsWith('PRODID:'))).to.equal(true);
    expect(lines).to.include('DTSTART;TZID=Europe/Copenhagen:20261201T101500');
    expect(lines).to.include('DTEND;TZID=Europe/Copenhagen:20261201T103000');
    expect(lines).to.include('DTSTAMP:20261123T201125Z');
    expect(lines).to.include('UID:BT-7K3Q9M@borgertid');
  });

  it('carries a Copenhagen VTIMEZONE switching on the last Sundays of March and October', () => {
    const { calendar } = parse(appointmentToIcs(appointment, { now: NOW }));
    const vtimezone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(vtimezone.getFirstPropertyValue('tzid')).to.equal('Europe/Copenhagen');
    const rule = (name: string) => String(vtimezone.getFirstSubcomponent(name)!.getFirstProperty('rrule')!.toICALString());
    expect(rule('daylight')).to.equal('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(rule('standard')).to.equal('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });

  const instants: Array<[string, string, string, string, string]> = [
    [
      'a winter date',
      '2026-12-01T10:15:00+01:00',
      '2026-12-01T10:30:00+01:00',
      '2026-12-01T09:15:00.000Z',
      '2026-12-01T09:30:00.000Z',
    ],
    [
      'a summer date',
      '2026-07-14T13:00:00+02:00',
      '2026-07-14T13:20:00+02:00',
      '2026-07-14T11:00:00.000Z',
      '2026-07-14T11:20:00.000Z',
    ],
    [
      'the spring-forward day',
      '2026-03-29T10:00:00+02:00',
      '2026-03-29T10:15:00+02:00',
      '2026-03-29T08:00:00.000Z',
      '2026-03-29T08:15:00.000Z',
    ],
    [
      'the fall-back day',
      '2026-10-25T10:00:00+01:00',
      '2026-10-25T10:15:00+01:00',
      '2026-10-25T09:00:00.000Z',
      '2026-10-25T09:15:00.000Z',
    ],
  ];
  for (const [name, start, end, utcStart, utcEnd] of instants) {
    it(`converts DTSTART and DTEND to the right instants on ${name}`, () => {
      const { event } = parse(appointmentToIcs(at(start, end), { now: NOW }));
      expect(event.startDate.zone?.tzid).to.equal('Europe/Copenhagen');
      expect(event.startDate.toJSDate().toISOString()).to.equal(utcStart);
      expect(event.endDate.toJSDate().toISOString()).to.equal(utcEnd);
    });
  }

  it('writes Copenhagen wall-clock whatever offset the instant was sent with', () => {
    const ics = unfold(appointmentToIcs(at('2026-03-29T08:00:00Z', '2026-03-29T12:15:00+04:00'), { now: NOW }));
    expect(ics).to.contain('DTSTART;TZID=Europe/Copenhagen:20260329T100000\r\n');
    expect(ics).to.contain('DTEND;TZID=Europe/Copenhagen:20260329T101500\r\n');
  });

  it('has a summary, a location, a description and a one-hour reminder in Danish', () => {
    const { calendar, event } = parse(appointmentToIcs(appointment, { lang: 'da', now: NOW, manageUrl: MANAGE_URL }));
    expect(event.summary).to.equal('Pas – Borgerservice Nørrebro');
    expect(event.location).to.equal('Borgerservice Nørrebro, Nørrebrogade 208, 2200 København N');
    const description = event.description;
    expect(description).to.contain('Bestillingsnummer: BT-7K3Q9M');
    expect(description).to.contain('Det skal du medbringe:\n- Dit gamle pas\n- Billedlegitimation, fx kørekort');
    expect(description).to.contain('Gebyr: 627 kr.');
    expect(description).to.contain('Niveaufri adgang fra Nørrebrogade.');
    expect(description).to.contain('Scan QR-koden');
    expect(description).to.contain(`Ændr eller aflys din tid: ${MANAGE_URL}`);
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('url')).to.equal(MANAGE_URL);
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).to.equal('-PT1H');
    expect(alarm.getFirstPropertyValue('description')).to.equal('Påmindelse: Pas hos Borgerservice Nørrebro om en time');
  });

  it('says what to do on arrival as the office checks citizens in', () => {
    const description = (checkIn: Appointment['location']['checkIn'], lang: 'da' | 'en') => {
      const location = { ...appointment.location, checkIn };
      if (!checkIn) delete location.checkIn;
      return parse(appointmentToIcs({ ...appointment, location }, { lang, now: NOW })).event.description;
    };
    expect(description('kiosk', 'da')).to.contain('Scan QR-koden på din kvittering i automaten');
    expect(description('desk', 'da')).to.contain('Når du kommer: Sig dit bestillingsnummer i skranken.');
    expect(description(undefined, 'da')).to.contain('Vis QR-koden på din kvittering, eller sig dit bestillingsnummer.');
    expect(description('desk', 'en')).to.contain('Give your booking number at the front desk.');
    expect(description(undefined, 'en')).not.to.contain('ticket machine');
  });

  it('writes its texts in English, with the phone number when there is no manage link', () => {
    const { calendar, event } = parse(appointmentToIcs(appointment, { lang: 'en-GB', now: NOW }));
    expect(event.description).to.contain('Booking number: BT-7K3Q9M');
    expect(event.description).to.contain('Please bring:\n- Dit gamle pas');
    expect(event.description).to.contain('Fee: DKK 627');
    expect(event.description).to.contain('Call Borgerservice Nørrebro on 33 66 33 66');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('url')).to.equal(null);
  });

  it('says a free errand with nothing to bring is free', () => {
    const { event } = parse(appointmentToIcs(freeErrand, { lang: 'da', now: NOW }));
    expect(event.description).to.contain('Gebyr: Gratis');
    expect(event.description).to.contain('Du skal ikke medbringe noget særligt.');
    expect(event.description).not.to.contain('Ring til');
  });

  it('leaves out a manage link that is not http(s)', () => {
    const ics = appointmentToIcs(appointment, { now: NOW, manageUrl: 'javascript:alert(1)' });
    expect(ics).not.to.contain('javascript');
    expect(unfold(ics)).to.contain('Ring til Borgerservice Nørrebro på 33 66 33 66');
  });

  it('folds every line at 75 octets without splitting a character, and unfolding restores the text', () => {
    const long = 'Særlige ønsker: Kørestolsbruger, døv; medbring tolk. Ærø, Øresund og Åbenrå — ✓ 🇩🇰 '.repeat(6).trim();
    const special: Appointment = {
      ...appointment,
      service: { ...appointment.service, name: long, documentsToBring: [long, 'æ'.repeat(120)] },
    };
    const ics = appointmentToIcs(special, { lang: 'da', now: NOW, manageUrl: MANAGE_URL });
    const encoder = new TextEncoder();
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(encoder.encode(line).length, line).to.be.at.most(75);
      // A split inside a character would leave a lone surrogate or U+FFFD after decoding.
      expect(new TextDecoder().decode(encoder.encode(line))).to.equal(line);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line), line).to.equal(false);
    }
    expect(lines.filter((line) => line.startsWith(' ')).length).to.be.greaterThan(10);
    const { event } = parse(ics);
    expect(event.summary).to.equal(`${long} – Borgerservice Nørrebro`);
    expect(event.description).to.contain(`- ${long}\n- ${'æ'.repeat(120)}`);
  });

  it('folds exactly at the limit: 75 octets stay, 76 fold, continuation lines hold 74 + the space', () => {
    expect(foldIcsLine('a'.repeat(75))).to.equal('a'.repeat(75));
    expect(foldIcsLine('a'.repeat(76))).to.equal(`${'a'.repeat(75)}\r\n a`);
    expect(foldIcsLine('a'.repeat(75 + 74 + 1))).to.equal(`${'a'.repeat(75)}\r\n ${'a'.repeat(74)}\r\n a`);
    // 'ø' is two octets: 37 of them (74 octets) plus one more would be 76, so it folds before it.
    expect(foldIcsLine(`x${'ø'.repeat(37)}`)).to.equal(`x${'ø'.repeat(37)}`);
    expect(foldIcsLine(`xx${'ø'.repeat(37)}`)).to.equal(`xx${'ø'.repeat(36)}\r\n ø`);
  });

  it('escapes commas, semicolons, backslashes and newlines in TEXT values', () => {
    expect(escapeIcsText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
    const tricky: Appointment = {
      ...appointment,
      service: { ...appointment.service, name: 'Pas; kørekort, og\nandet \\ mere' },
      location: {
        ...appointment.location,
        name: 'Borgerservice, Nørrebro; Hus 2',
        address: { street: 'Nørrebrogade 208, 1. sal', postalCode: '2200', city: 'København N' },
      },
    };
    const ics = appointmentToIcs(tricky, { now: NOW });
    expect(unfold(ics)).to.contain('SUMMARY:Pas\\; kørekort\\, og\\nandet \\\\ mere – Borgerservice\\, Nørrebro\\; Hus 2\r\n');
    const { event } = parse(ics);
    expect(event.summary).to.equal('Pas; kørekort, og\nandet \\ mere – Borgerservice, Nørrebro; Hus 2');
    expect(event.location).to.equal('Borgerservice, Nørrebro; Hus 2, Nørrebrogade 208, 1. sal, 2200 København N');
  });

  it('drops control characters from backend texts, keeping tabs and line breaks (escaped)', () => {
    expect(escapeIcsText('a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\u2028h')).to.equal('abcdef\tg\\nh');
    const noisy: Appointment = {
      ...appointment,
      reference: 'BT-\u0000K3',
      service: { ...appointment.service, name: 'Pas\u0000\u0008\u001b[31m', documentsToBring: ['Pas\u000b\u000c'] },
      location: { ...appointment.location, name: 'Borgerservice\u007f\u009b Nørrebro' },
    };
    const ics = appointmentToIcs(noisy, { now: NOW });
    expect(
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(ics.replace(/\r\n/g, '')),
      'a control character',
    ).to.equal(false);
    const { event } = parse(ics);
    expect(event.summary).to.equal('Pas[31m – Borgerservice Nørrebro');
    expect(event.uid).to.equal('BT-K3@borgertid');
    expect(event.description).to.contain('- Pas\n');
  });

  it('a CRLF injection attempt in any backend text adds no property and no component', () => {
    const attack =
      'Pas\r\nATTENDEE:mailto:evil@example.com\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Gratis\nURL:javascript:alert(1)\u2028RRULE:FREQ=DAILY';
    const hostile: Appointment = {
      ...appointment,
      reference: `BT-1\r\nX-INJECTED:1`,
      service: { ...appointment.service, name: attack, documentsToBring: [attack] },
      location: {
        ...appointment.location,
        name: attack,
        phone: `1\r\nATTACH:http://evil.example`,
        accessibilityNote: attack,
        address: { street: attack, postalCode: '2200\r\nORGANIZER:x', city: attack },
      },
    };
    const ics = appointmentToIcs(hostile, { lang: 'da', now: NOW });
    const names = unfold(ics)
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split(/[;:]/)[0]!);
    // Every property the writer itself puts in a file; anything else was injected.
    const allowed = new Set([
      'BEGIN',
      'END',
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'TZID',
      'X-LIC-LOCATION',
      'TZOFFSETFROM',
      'TZOFFSETTO',
      'TZNAME',
      'DTSTART',
      'RRULE',
      'UID',
      'DTSTAMP',
      'DTEND',
      'SUMMARY',
      'LOCATION',
      'DESCRIPTION',
      'STATUS',
      'TRANSP',
      'ACTION',
      'TRIGGER',
    ]);
    expect(names.filter((name) => !allowed.has(name))).to.deep.equal([]);
    // Exactly the two RRULEs of the time zone, one event, one alarm.
    expect(names.filter((name) => name === 'RRULE')).to.have.length(2);
    const { calendar, event } = parse(ics);
    expect(calendar.getAllSubcomponents('vevent')).to.have.length(1);
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    for (const property of ['attendee', 'organizer', 'attach', 'url', 'x-injected', 'rrule']) {
      expect(vevent.getFirstProperty(property), property).to.equal(null);
    }
    expect(event.summary.startsWith('Pas\nATTENDEE:mailto:evil@example.com\nEND:VEVENT')).to.equal(true);
  });

  it('writes a 10,000-character reference whole: folded, parsed back intact, a short file name', () => {
    const reference = `BT-${'K3Q9M7'.repeat(1666)}XY`.slice(0, 10_000);
    const long: Appointment = { ...appointment, reference };
    const ics = appointmentToIcs(long, { lang: 'da', now: NOW, manageUrl: MANAGE_URL });
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    const { event } = parse(ics);
    expect(event.uid).to.equal(`${reference}@borgertid`);
    expect(event.description).to.contain(`Bestillingsnummer: ${reference}`);
    const name = icsFileName(long);
    expect(name.length).to.be.at.most(80);
    expect(name).to.match(/^borgerservice-BT-K3Q9M7[A-Z0-9]+\.ics$/);
  });

  it('keeps the UID stable across languages, times and stamps, so re-adding updates the event', () => {
    const uid = (ics: string) => parse(ics).event.uid;
    const first = uid(appointmentToIcs(appointment, { lang: 'da', now: NOW }));
    const moved = uid(
      appointmentToIcs(at('2026-12-03T14:00:00+01:00', '2026-12-03T14:15:00+01:00'), { lang: 'en', now: new Date() }),
    );
    expect(first).to.equal('BT-7K3Q9M@borgertid');
    expect(moved).to.equal(first);
    expect(icsUid(appointment)).to.equal(first);
  });

  it('never writes a CPR number, even if the object carries one', () => {
    const withCpr = {
      ...appointment,
      cpr: '0101901234',
      citizen: { name: 'Anna Jensen', cpr: '010190-1234' },
    } as Appointment;
    const ics = appointmentToIcs(withCpr, { lang: 'da', now: NOW, manageUrl: MANAGE_URL });
    expect(ics).not.to.contain('0101901234');
    expect(ics).not.to.contain('010190-1234');
    expect(unfold(ics)).not.to.match(/\d{6}-?\d{4}/);
    // The citizen's name stays out of a file that may land in a shared calendar.
    expect(ics).not.to.contain('Anna Jensen');
  });

  it('a booking without a reference gets a UID of its own and no empty reference line', () => {
    const blank = (reference: string, start = appointment.start) => ({ ...appointment, reference, start });
    const { event } = parse(appointmentToIcs(blank('  '), { lang: 'da', now: NOW }));
    expect(event.uid).to.equal('norrebro-pas-20261201T091500Z@borgertid');
    expect(event.description).not.to.contain('Bestillingsnummer');
    expect(event.description.startsWith('Det skal du medbringe')).to.equal(true);
    expect(icsUid(blank(''))).to.equal(icsUid(blank('')));
    expect(icsUid(blank(''))).not.to.equal(icsUid(blank('', '2026-12-01T10:30:00+01:00')));
  });

  it('marks a cancelled appointment as CANCELLED, without a reminder', () => {
    const { calendar } = parse(appointmentToIcs({ ...appointment, status: 'cancelled' }, { now: NOW }));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(vevent.getFirstSubcomponent('valarm')).to.equal(null);
  });
});

describe('icsFileName', () => {
  it('names the download after the reference', () => {
    expect(icsFileName(appointment)).to.equal('borgerservice-BT-7K3Q9M.ics');
  });

  it('keeps only safe characters', () => {
    expect(icsFileName({ ...appointment, reference: '../BT 7/K3?' })).to.equal('borgerservice-BT-7-K3.ics');
    expect(icsFileName({ ...appointment, reference: '///' })).to.equal('borgerservice-tid.ics');
  });
});
