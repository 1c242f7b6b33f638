/**
 * What the citizen is told when an appointment is booked, moved or cancelled. The domain calls
 * the notifier inside its own transaction: the messages are rows in the outbox table written
 * with the booking, so a rolled-back booking sends nothing and a committed one is never lost
 * (the worker, ./worker.ts, sends them).
 *
 * Decisions:
 * - Confirmation (and the message on a move or cancellation) by e-mail when the citizen gave
 *   an address; by SMS only when they gave a phone number and no address, because the form
 *   promises a confirmation to whichever they gave ("Udfyld e-mail, mobilnummer eller begge").
 * - Reminder the day before (./reminder.ts): by e-mail when there is an address, and by SMS
 *   when the citizen asked for one (`smsReminder`). Not scheduled when its time has passed.
 * - A move drops the pending reminders and schedules new ones for the new time; a cancellation
 *   drops them. Messages already pending (a confirmation waiting for the mail server) still go,
 *   in the order they were written, so the citizen reads the history in order.
 * - The manage link (`BT_MANAGE_URL` with the reference and the raw token) is only in the
 *   confirmation e-mail: the token is only known when booking. SMS never carries a link: texts
 *   are read on lock screens and pass through operators in clear, and Danish authorities tell
 *   citizens not to trust links in SMS (smishing).
 * - Personal data (address or number, name, link) is encrypted in the row's payload and deleted
 *   once the message is sent.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Clock } from '../../../src/core/clock.js';
import { fillManageTemplate } from '../../../src/core/manage-template.js';
import { safeHttpUrl } from '../../../src/core/url.js';
import { validatePhone } from '../../../src/core/validation.js';
import type { Cipher } from '../crypto.js';
import type { Database } from '../db/schema.js';
import { reminderTime } from './reminder.js';
import type { OutboxChannel, OutboxKind, OutboxPayload } from './tables.js';

export interface NotificationSubject {
  appointmentId: string;
  reference: string;
  /** Raw, only on booked, for the manage link. */
  token?: string;
  lang: 'da' | 'en';
  serviceId: string;
  locationId: string;
  start: string;
  end: string;
  citizenName: string;
  email?: string;
  phone?: string;
  smsReminder?: boolean;
}

export interface Notifier {
  booked(trx: Transaction<Database>, s: NotificationSubject): Promise<void>;
  moved(trx: Transaction<Database>, s: NotificationSubject): Promise<void>;
  cancelled(trx: Transaction<Database>, s: NotificationSubject): Promise<void>;
}

export interface NotifierOptions {
  cipher: Pick<Cipher, 'encrypt'>;
  clock: Clock;
  /** `BT_MANAGE_URL`: a link template with `{reference}`, `{token}` and `{lang}`; absent = no link. */
  manageUrl?: string | undefined;
}

/** The manage link for a booking, or undefined without a template or token (or when the template is not http(s)). */
export function manageLink(
  template: string | undefined,
  reference: string,
  token: string | undefined,
  lang: string,
): string | undefined {
  if (!template || !token) return undefined;
  return safeHttpUrl(fillManageTemplate(template, { reference, token, lang }));
}

interface Message {
  kind: OutboxKind;
  channel: OutboxChannel;
  to: string;
  dueAt: Date;
  expiresAt: Date;
  manageUrl?: string | undefined;
}

/** The number as E.164 when it is a valid one (the domain has validated it already). */
function smsNumber(phone: string | undefined): string | undefined {
  if (!phone?.trim()) return undefined;
  const checked = validatePhone(phone);
  return checked.ok ? checked.value : phone.trim();
}

/** The channel for the confirmation, move and cancellation messages: e-mail first. */
function primaryChannel(s: NotificationSubject): { channel: OutboxChannel; to: string } | undefined {
  if (s.email?.trim()) return { channel: 'email', to: s.email.trim() };
  const phone = smsNumber(s.phone);
  return phone ? { channel: 'sms', to: phone } : undefined;
}

export function createNotifier(options: NotifierOptions): Notifier {
  const { cipher, clock } = options;

  async function write(trx: Transaction<Database>, s: NotificationSubject, messages: Message[], now: Date): Promise<void> {
    if (messages.length === 0) return;
    await trx
      .insertInto('outbox')
      .values(
        messages.map((message) => {
          const payload: OutboxPayload = {
            to: message.to,
            reference: s.reference,
            lang: s.lang,
            serviceId: s.serviceId,
            locationId: s.locationId,
            start: s.start,
            end: s.end,
            citizenName: s.citizenName,
            ...(message.manageUrl ? { manageUrl: message.manageUrl } : {}),
          };
          return {
            id: randomUUID(),
            appointment_id: s.appointmentId,
            reference: s.reference,
            kind: message.kind,
            channel: message.channel,
            due_at: message.dueAt,
            expires_at: message.expiresAt,
            payload: cipher.encrypt(JSON.stringify(payload)),
            created_at: now,
          };
        }),
      )
      .execute();
  }

  /** The message itself, due at once, pointless once the appointment has ended. */
  function announcement(kind: OutboxKind, s: NotificationSubject, now: Date, manageUrl?: string): Message[] {
    const primary = primaryChannel(s);
    if (!primary) return [];
    return [
      {
        kind,
        ...primary,
        dueAt: now,
        expiresAt: new Date(s.end),
        manageUrl: primary.channel === 'email' ? manageUrl : undefined,
      },
    ];
  }

  function reminders(s: NotificationSubject, now: Date): Message[] {
    const dueAt = reminderTime(s.start);
    if (dueAt <= now) return [];
    const expiresAt = new Date(s.start);
    const messages: Message[] = [];
    if (s.email?.trim()) messages.push({ kind: 'reminder', channel: 'email', to: s.email.trim(), dueAt, expiresAt });
    const phone = s.smsReminder ? smsNumber(s.phone) : undefined;
    if (phone) messages.push({ kind: 'reminder', channel: 'sms', to: phone, dueAt, expiresAt });
    return messages;
  }

  async function dropPendingReminders(trx: Transaction<Database>, appointmentId: string): Promise<void> {
    await trx
      .updateTable('outbox')
      .set({ status: 'dropped', payload: null })
      .where('appointment_id', '=', appointmentId)
      .where('kind', '=', 'reminder')
      .where('status', '=', 'pending')
      .execute();
  }

  return {
    async booked(trx, s) {
      const now = clock.now();
      const link = manageLink(options.manageUrl, s.reference, s.token, s.lang);
      await write(trx, s, [...announcement('booked', s, now, link), ...reminders(s, now)], now);
    },
    async moved(trx, s) {
      const now = clock.now();
      await dropPendingReminders(trx, s.appointmentId);
      await write(trx, s, [...announcement('moved', s, now), ...reminders(s, now)], now);
    },
    async cancelled(trx, s) {
      const now = clock.now();
      await dropPendingReminders(trx, s.appointmentId);
      await write(trx, s, announcement('cancelled', s, now), now);
    },
  };
}
