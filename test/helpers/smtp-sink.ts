// A real SMTP server in the test process (smtp-server on an ephemeral port) that accepts any
// login and keeps what arrives, decoded enough to assert on: envelope, subject, text and HTML.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
  readonly from: string;
  readonly to: string[];
  readonly subject: string;
  /** The whole message with quoted-printable and base64 parts decoded (text and HTML). */
  readonly body: string;
  readonly raw: string;
}

export interface SmtpSink {
  readonly url: string;
  readonly messages: Received[];
  close(): Promise<void>;
}

const qp = (s: string) => Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) of an unfolded header. */
const words = (s: string) =>
  s.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([QB])\?(.*?)\?=/gi, (_, enc: string, text: string) => (enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' '))));

function decode(raw: string): { subject: string; body: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = words(/^subject: (.*)$/im.exec(unfolded)?.[1] ?? '');
  // Decode every part by its own transfer encoding.
  const body = rest
    .join('\n\n')
    .split(/\r?\n--/)
    .map((part) => {
      const [partHead = '', ...partBody] = part.split(/\r?\n\r?\n/);
      const content = partBody.join('\n\n');
      if (/content-transfer-encoding: quoted-printable/i.test(partHead)) return qp(content);
      if (/content-transfer-encoding: base64/i.test(partHead)) return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
      return part;
    })
    .join('\n');
  const whole = /content-transfer-encoding: quoted-printable/i.test(head) ? qp(body) : body;
  return { subject, body: whole };
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        messages.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw, ...decode(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://orrery:secret@127.0.0.1:${port}`, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface Attachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** The files attached to a message: its parts with Content-Disposition attachment, decoded from base64. */
export function attachmentsOf(message: Received): Attachment[] {
  return message.raw.split(/\r?\n--[^\r\n]*/).flatMap((part) => {
    const [head = '', ...rest] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
    if (!/content-disposition:\s*attachment/i.test(unfolded)) return [];
    const filename = /filename="?([^";\r\n]+)"?/i.exec(unfolded)?.[1] ?? '';
    const contentType = /content-type:\s*([^;\r\n]+)/i.exec(unfolded)?.[1]?.trim() ?? '';
    return [{ filename, contentType, content: Buffer.from(rest.join('').replace(/\s+/g, ''), 'base64') }];
  });
}
