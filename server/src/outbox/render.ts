/**
 * A message's text from its outbox payload and the municipality's configuration, rendered when
 * it is sent (so a reminder names the office as it is configured then). Rendering depends only
 * on the row and the configuration, so a message sent again after a crash reads the same.
 *
 * The e-mail is built once as a list of parts and written twice, as plain text and as simple
 * HTML; every value in the HTML is escaped, because configuration and backend text is plain
 * text, never markup.
 */
import { appointmentToIcs, icsFileName } from '../../../src/core/ics.js';
import { formatAmount, hasFee } from '../../../src/core/money.js';
import type { ErrandConfig, MunicipalityConfig, OfficeConfig } from '../../../src/core/municipality.js';
import { localized, localizeLocation, localizeService } from '../../../src/core/municipality.js';
import { formatDayLabel } from '../../../src/core/month-grid.js';
import { copenhagenDate, formatDateTimeRange, formatTime } from '../../../src/core/time.js';
import type { Location, Service } from '../../../src/core/types.js';
import { formatPhone } from '../../../src/core/validation.js';
import type { OutboxKind, OutboxPayload } from './tables.js';
import { fill, icsTextsFor, messageTexts } from './texts.js';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  /** The appointment as an .ics file, on the confirmation and on a move. */
  calendar?: { filename: string; content: string };
}

interface ConfiguredAppointment {
  errand: ErrandConfig;
  office: OfficeConfig;
  service: Service;
  location: Location;
}

function appointmentOf(payload: OutboxPayload, config: MunicipalityConfig): ConfiguredAppointment {
  const errand = config.errands.find((candidate) => candidate.id === payload.serviceId);
  const office = config.offices.find((candidate) => candidate.id === payload.locationId);
  // A configuration that lost an office or errand with bookings pending: retried, so a fixed
  // configuration still sends the message.
  if (!errand || !office) throw new Error(`No errand ${payload.serviceId} or office ${payload.locationId} in the configuration`);
  return { errand, office, service: localizeService(errand, payload.lang), location: localizeLocation(office, payload.lang) };
}

function addressLine(location: Location): string {
  return `${location.name}, ${location.address.street}, ${location.address.postalCode} ${location.address.city}`;
}

/** Where the citizen can change or cancel: the link, else the office's phone, else the office. */
type Manage = { kind: 'link'; label: string; url: string } | { kind: 'sentence'; text: string };

interface EmailParts {
  lang: 'da' | 'en';
  subject: string;
  heading: string;
  greeting: string;
  intro: string;
  facts: Array<[label: string, value: string]>;
  documentsHeading?: string;
  documents: string[];
  noDocuments?: string;
  manage?: Manage;
  notes: string[];
  signature: string[];
}

function emailParts(
  kind: OutboxKind,
  payload: OutboxPayload,
  config: MunicipalityConfig,
  appointment: ConfiguredAppointment,
): EmailParts {
  const t = messageTexts(payload.lang);
  const { service, location, office } = appointment;
  const facts: EmailParts['facts'] = [
    [t.service, service.name],
    [t.time, formatDateTimeRange(payload.start, payload.end, payload.lang)],
    [t.place, addressLine(location)],
  ];
  if (location.phone) facts.push([t.phone, formatPhone(location.phone)]);
  facts.push([t.reference, payload.reference]);
  const active = kind !== 'cancelled';
  if (active)
    facts.push([t.fee, hasFee(service.fee) ? fill(t.feeAmount, { amount: formatAmount(service.fee, payload.lang) }) : t.free]);
  if (active && location.accessibilityNote) facts.push([t.accessibility, location.accessibilityNote]);

  let manage: Manage | undefined;
  if (active) {
    if (payload.manageUrl) manage = { kind: 'link', label: t.manageLink, url: payload.manageUrl };
    else if (location.phone)
      manage = { kind: 'sentence', text: fill(t.managePhone, { location: location.name, phone: formatPhone(location.phone) }) };
    else manage = { kind: 'sentence', text: fill(t.manageContact, { location: location.name }) };
  }
  const notes: string[] = [];
  if (kind === 'booked' || kind === 'moved') notes.push(t.calendarAttached);
  if (kind === 'cancelled') notes.push(t.calendarRemove);
  if (!office.email) notes.push(t.noReply);
  return {
    lang: payload.lang,
    subject: fill(t.subject[kind], { reference: payload.reference }),
    heading: t.heading[kind],
    greeting: payload.citizenName.trim() ? fill(t.greeting, { name: payload.citizenName.trim() }) : t.greetingNoName,
    intro: t.intro[kind],
    facts,
    ...(active ? { documentsHeading: t.documents } : {}),
    documents: active ? service.documentsToBring : [],
    ...(active && service.documentsToBring.length === 0 ? { noDocuments: t.noDocuments } : {}),
    ...(manage ? { manage } : {}),
    notes,
    signature: [t.regards, localized(config.name, payload.lang)],
  };
}

function plainText(parts: EmailParts): string {
  const lines = [parts.greeting, '', parts.intro, ''];
  const width = Math.max(...parts.facts.map(([label]) => label.length));
  for (const [label, value] of parts.facts) lines.push(`${`${label}:`.padEnd(width + 2)}${value}`);
  if (parts.documentsHeading) {
    lines.push('', `${parts.documentsHeading}:`);
    if (parts.noDocuments) lines.push(parts.noDocuments);
    else lines.push(...parts.documents.map((item) => `- ${item}`));
  }
  if (parts.manage)
    lines.push('', parts.manage.kind === 'link' ? `${parts.manage.label}:\n${parts.manage.url}` : parts.manage.text);
  for (const note of parts.notes) lines.push('', note);
  lines.push('', ...parts.signature);
  return `${lines.join('\n')}\n`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

function html(parts: EmailParts): string {
  const e = escapeHtml;
  const rows = parts.facts
    .map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:left;padding:2px 16px 2px 0;vertical-align:top">${e(label)}</th><td style="padding:2px 0">${e(value)}</td></tr>`,
    )
    .join('\n');
  const body = [
    `<h1 style="font-size:1.4em;margin:0 0 16px">${e(parts.heading)}</h1>`,
    `<p>${e(parts.greeting)}</p>`,
    `<p>${e(parts.intro)}</p>`,
    `<table role="presentation" style="border-collapse:collapse">\n${rows}\n</table>`,
  ];
  if (parts.documentsHeading) {
    body.push(`<h2 style="font-size:1.1em;margin:24px 0 8px">${e(parts.documentsHeading)}</h2>`);
    if (parts.noDocuments) body.push(`<p>${e(parts.noDocuments)}</p>`);
    else body.push(`<ul>\n${parts.documents.map((item) => `<li>${e(item)}</li>`).join('\n')}\n</ul>`);
  }
  if (parts.manage) {
    body.push(
      parts.manage.kind === 'link'
        ? `<p><a href="${e(parts.manage.url)}">${e(parts.manage.label)}</a></p>`
        : `<p>${e(parts.manage.text)}</p>`,
    );
  }
  body.push(...parts.notes.map((note) => `<p>${e(note)}</p>`));
  body.push(`<p>${parts.signature.map(e).join('<br>')}</p>`);
  return [
    '<!doctype html>',
    `<html lang="${parts.lang}">`,
    `<head><meta charset="utf-8"><title>${e(parts.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:600px">',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The e-mail for an outbox row. `createdAt` (when the row was written) is the calendar file's
 * DTSTAMP, so the file is the same on every attempt and later than any earlier file for it.
 */
export function renderEmail(
  kind: OutboxKind,
  payload: OutboxPayload,
  config: MunicipalityConfig,
  createdAt: Date,
): RenderedEmail {
  const appointment = appointmentOf(payload, config);
  const parts = emailParts(kind, payload, config, appointment);
  const rendered: RenderedEmail = {
    subject: parts.subject,
    text: plainText(parts),
    html: html(parts),
    ...(appointment.office.email ? { replyTo: appointment.office.email } : {}),
  };
  if (kind === 'booked' || kind === 'moved') {
    const event = {
      reference: payload.reference,
      status: 'booked' as const,
      service: appointment.service,
      location: appointment.location,
      start: payload.start,
      end: payload.end,
    };
    rendered.calendar = {
      filename: icsFileName(event),
      content: appointmentToIcs(event, {
        texts: icsTextsFor(payload.lang),
        lang: payload.lang,
        // No manage link: calendars are synced and shared, and the link's token is a secret.
        // It stays in the e-mail itself.
        now: createdAt,
      }),
    };
  }
  return rendered;
}

/** A short message: no name and no link (it is read on lock screens; see notifier.ts). */
export function renderSms(kind: OutboxKind, payload: OutboxPayload, config: MunicipalityConfig): string {
  const t = messageTexts(payload.lang);
  const { service, location } = appointmentOf(payload, config);
  const when = fill(t.dayAndTime, {
    day: formatDayLabel(copenhagenDate(payload.start), payload.lang),
    time: formatTime(payload.start, payload.lang),
  });
  const values = {
    service: service.name,
    when,
    place: `${location.name}, ${location.address.street}`,
    reference: payload.reference,
  };
  const phone = kind !== 'cancelled' && location.phone ? fill(t.smsPhone, { phone: formatPhone(location.phone) }) : '';
  return fill(t.sms[kind], values) + phone;
}
