// Sending e-mail: one nodemailer transport built once from the configuration (SMTP_URL,
// MAIL_FROM) and passed to the job handlers that send. No SMTP_URL, no mailer: the use cases
// then queue nothing and say so (AppDeps.mailEnabled), rather than pretending mail went out.
import nodemailer from 'nodemailer';

export interface MailAttachment {
  readonly filename: string;
  readonly content: Buffer;
  readonly contentType: string;
}

export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly attachments?: readonly MailAttachment[];
}

export interface Mailer {
  /** The From address of every message. */
  readonly from: string;
  /** Where people open Orrery, for links in messages (no trailing slash). */
  readonly publicUrl: string;
  /** Sends one message; throws when the SMTP server refuses it (the job then retries). */
  send(message: MailMessage): Promise<{ accepted: string[]; rejected: string[] }>;
  close(): void;
}

export interface MailSettings {
  readonly smtpUrl: string;
  readonly from: string;
  /** Default http://localhost:3000. */
  readonly publicUrl?: string;
}

/** A mailer over SMTP, e.g. smtp://user:pass@host:587 (STARTTLS when offered) or smtps://host:465. */
export function createMailer(settings: MailSettings): Mailer {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  const addresses = (list: unknown): string[] => (Array.isArray(list) ? list.map((a) => (typeof a === 'string' ? a : String((a as { address: string }).address))) : []);
  return {
    from: settings.from,
    publicUrl: settings.publicUrl ?? 'http://localhost:3000',
    async send(message) {
      if (message.to.length === 0) throw new Error('A message needs at least one recipient.');
      const info = await transport.sendMail({ from: settings.from, to: [...message.to], subject: message.subject, text: message.text, ...(message.html !== undefined && { html: message.html }), ...(message.attachments && { attachments: message.attachments.map((a) => ({ ...a })) }) });
      const rejected = addresses(info.rejected);
      if (rejected.length === message.to.length) throw new Error(`The SMTP server refused every recipient (${rejected.join(', ')}).`);
      return { accepted: addresses(info.accepted), rejected };
    },
    close: () => transport.close(),
  };
}

/** A mailer when mail is configured, else null. */
export const mailerFrom = (config: { smtpUrl: string | null; mailFrom: string | null; publicUrl: string }): Mailer | null =>
  config.smtpUrl && config.mailFrom ? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, publicUrl: config.publicUrl }) : null;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe inside HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
