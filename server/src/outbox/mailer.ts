/**
 * Sending e-mail: SMTP through nodemailer when `SMTP_URL` is set; otherwise a development
 * transport that writes each message as an .eml file in a directory (the data directory), so a
 * developer can open it in a mail program, and logs where it went without the address.
 *
 * The Message-ID is derived from the outbox row's id: a message sent again after a crash
 * between sending and marking it sent is the same message, which receiving systems and the
 * tests can recognise.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import type { OutboxLog } from './log.js';

export interface OutgoingMail {
  /** The outbox row's id (a UUID). */
  id: string;
  to: string;
  replyTo?: string | undefined;
  subject: string;
  text: string;
  html: string;
  calendar?: { filename: string; content: string } | undefined;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  /** `SMTP_URL`, e.g. smtp://user:pass@smtp.example.dk:587 or smtps://…:465. */
  smtpUrl?: string | undefined;
  /** `BT_MAIL_FROM`, e.g. "Borgerservice <no-reply@kommune.dk>". */
  from?: string | undefined;
  /** Where the development transport writes .eml files when there is no `smtpUrl`. */
  directory: string;
  log: OutboxLog;
}

const DEFAULT_FROM = 'Borgerservice <no-reply@localhost>';

// Well under the worker's lease, so a hanging server fails the attempt before another worker may take the message.
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/** `<outbox.<id>@<the sender's domain>>`. */
export function messageIdFor(id: string, from: string): string {
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  return `<outbox.${id}@${domain}>`;
}

export function createMailer(options: MailerOptions): Mailer {
  const from = options.from?.trim() || DEFAULT_FROM;
  const smtp = options.smtpUrl?.trim();
  const transport = smtp
    ? createTransport({ url: smtp, ...TIMEOUTS })
    : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  return {
    async send(mail) {
      const info = await transport.sendMail({
        from,
        to: mail.to,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: messageIdFor(mail.id, from),
        ...(mail.calendar
          ? {
              attachments: [
                {
                  filename: mail.calendar.filename,
                  content: mail.calendar.content,
                  contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
                },
              ],
            }
          : {}),
      });
      if (smtp) return;
      // The development transport: one file per outbox row, so a repeated attempt overwrites it.
      await mkdir(options.directory, { recursive: true });
      const file = join(options.directory, `${mail.id}.eml`);
      await writeFile(file, (info as { message: Buffer }).message);
      options.log.info({ outboxId: mail.id, file }, 'No SMTP_URL: e-mail written to a file instead of sent');
    },
    close() {
      transport.close();
    },
  };
}
