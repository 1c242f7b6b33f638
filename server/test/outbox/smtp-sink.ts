/**
 * A real SMTP server for the outbox tests (smtp-server, no TLS, no auth) that keeps every
 * message it accepts, and a small MIME reader for what nodemailer writes (multipart, base64
 * and quoted-printable), so tests read the parts a mail program would show.
 */
import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  raw: string;
  messageId: string;
  to: string[];
}

export interface SmtpSink {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Starts accepting on the port (again). */
  listen(): Promise<void>;
  /** Stops accepting: connections are refused, as with a mail server that is down. */
  close(): Promise<void>;
}

/** A free port on 127.0.0.1 (taken and let go at once). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A sink on a port of its own, not listening yet: `listen()` brings it up. Answers 550 to the
 * recipients `reject` names.
 */
export async function smtpSink(options: { reject?: (address: string) => boolean } = {}): Promise<SmtpSink> {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  let server: SMTPServer | undefined;
  const make = (): SMTPServer =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (options.reject?.(address.address)) {
          const error = Object.assign(new Error('No such mailbox'), { responseCode: 550 });
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          received.push({
            raw,
            messageId: header(raw, 'Message-ID') ?? '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          });
          callback();
        });
      },
    });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    listen() {
      server = make();
      const listening = server;
      return new Promise((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(port, '127.0.0.1', () => resolve());
      });
    },
    close() {
      const closing = server;
      server = undefined;
      return new Promise((resolve) => (closing ? closing.close(() => resolve()) : resolve()));
    },
  };
}

/** One header's value, unfolded. */
export function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const match = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded);
  return match?.[1]?.trim();
}

export interface MimePart {
  contentType: string;
  filename?: string;
  body: string;
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let index = 0; index < soft.length; index += 1) {
    const character = soft[index]!;
    if (character === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(index + 1, index + 3))) {
      bytes.push(parseInt(soft.slice(index + 1, index + 3), 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(character, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The leaf parts of a message (recursing into multiparts), decoded. */
export function mimeParts(raw: string): MimePart[] {
  const split = /\r?\n\r?\n/.exec(raw);
  const head = split ? raw.slice(0, split.index) : raw;
  const body = split ? raw.slice(split.index + split[0].length) : '';
  const contentType = header(head, 'Content-Type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (contentType.toLowerCase().startsWith('multipart/') && boundary) {
    const sections = body.split(`--${boundary}`).slice(1, -1);
    return sections.flatMap((section) => mimeParts(section.replace(/^\r?\n/, '')));
  }
  const encoding = (header(head, 'Content-Transfer-Encoding') ?? '7bit').toLowerCase();
  const decoded =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  const filename = /filename="?([^";]+)"?/i.exec(header(head, 'Content-Disposition') ?? '')?.[1];
  const contentTypeName = contentType.split(';')[0]!.trim().toLowerCase();
  // Text as a program reads it (SMTP carries CRLF); the calendar file keeps its own line ends.
  const text = contentTypeName === 'text/calendar' ? decoded : decoded.replace(/\r\n/g, '\n');
  return [{ contentType: contentTypeName, ...(filename ? { filename } : {}), body: text }];
}

/** A header value with its RFC 2047 encoded words decoded (nodemailer encodes a subject with "–" or "æ"). */
export function decodedHeader(raw: string, name: string): string | undefined {
  const value = header(raw, name);
  return value
    ?.replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_word, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}
