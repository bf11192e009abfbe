// Server configuration: read once from flags and the environment, validated, frozen, passed down.
// Bad configuration fails at start with a message that says which setting is wrong and how to fix it.
import { resolve, join } from 'node:path';
import { z } from 'zod';

const ConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  dataDir: z.string().min(1),
  databaseUrl: z.string().min(1),
  /** Trust X-Forwarded-* from a reverse proxy (so cookies are Secure behind HTTPS). */
  trustProxy: z.boolean(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  /** Largest accepted request body, in bytes. */
  bodyLimit: z.number().int().min(1024),
  /** Login attempts allowed per client address per minute. */
  loginAttemptsPerMinute: z.number().int().min(1),
  /** Where the built web app lives; the server serves it at `/`. */
  webDir: z.string(),
  /** SMTP server for e-mail (smtp://user:pass@host:587 or smtps://…:465); null: mail is off. */
  smtpUrl: z.string().regex(/^smtps?:\/\/[^/\s]+/, 'must look like smtp://user:pass@host:587 or smtps://host:465').nullable(),
  /** The From address of Orrery's e-mails; required with SMTP_URL. */
  mailFrom: z.string().min(3).nullable(),
  /** Whether this process runs background jobs (ORRERY_JOBS=on|off, default on). */
  jobs: z.boolean(),
  /** Minutes between the scheduler's ticks (due reminders, reports due, breaches, report deliveries). */
  scheduleTickMinutes: z.number().int().min(1).max(1440),
  /** Where people reach this Orrery, for the links in its e-mails (ORRERY_PUBLIC_URL). */
  publicUrl: z.url({ protocol: /^https?$/, error: 'must be the http(s) address people open Orrery at, e.g. https://pmo.example.org' }),
});
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export interface ConfigInput {
  port?: string | number | undefined;
  host?: string | undefined;
  dataDir?: string | undefined;
  databaseUrl?: string | undefined;
}

/** on|off (also true/false, 1/0, yes/no); unset: on. */
function onOff(v: string | undefined, name: string): boolean {
  if (v === undefined) return true;
  const value = v.toLowerCase();
  if (['on', 'true', '1', 'yes'].includes(value)) return true;
  if (['off', 'false', '0', 'no'].includes(value)) return false;
  throw new Error(`${name} must be on or off (got ${v}).`);
}

const truthy = (v: string | undefined): boolean => v !== undefined && ['1', 'true', 'yes'].includes(v.toLowerCase());

/** This server's address as people on this machine reach it (a wildcard host is localhost). */
const localUrl = (host: string, port: string | number): string => `http://${['0.0.0.0', '::'].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;

/** Flags win over the environment, which wins over the defaults. */
export function loadConfig(flags: ConfigInput = {}, processEnv: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (PORT=) means "not set", as in most shells' scripts.
  const env = Object.fromEntries(Object.entries(processEnv).filter(([, v]) => v !== undefined && v !== '')) as NodeJS.ProcessEnv;
  const dataDir = resolve(flags.dataDir ?? env.ORRERY_DATA_DIR ?? 'data');
  const port = flags.port ?? env.PORT ?? 3000;
  const host = flags.host ?? env.HOST ?? '127.0.0.1';
  const raw = {
    port,
    host,
    dataDir,
    databaseUrl: flags.databaseUrl ?? env.DATABASE_URL ?? `sqlite:${join(dataDir, 'orrery.db')}`,
    trustProxy: truthy(env.ORRERY_TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimit: 1024 * 1024,
    loginAttemptsPerMinute: Number(env.ORRERY_LOGIN_ATTEMPTS_PER_MINUTE ?? 10),
    webDir: resolve(env.ORRERY_WEB_DIR ?? 'dist/web'),
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM ?? null,
    jobs: onOff(env.ORRERY_JOBS, 'ORRERY_JOBS'),
    scheduleTickMinutes: Number(env.ORRERY_SCHEDULE_TICK_MINUTES ?? 15),
    publicUrl: (env.ORRERY_PUBLIC_URL ?? localUrl(host, port)).replace(/\/+$/, ''),
  };
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    // SMTP_URL may carry a password: never echo it.
    const shown = (key: keyof typeof raw) => (key === 'smtpUrl' ? String(raw.smtpUrl).replace(/:[^:@/]*@/, ':***@') : raw[key]);
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(shown(i.path[0] as keyof typeof raw))})`);
    throw new Error(`Orrery's configuration is not valid:\n${lines.join('\n')}\nFix the flag or environment variable (PORT, HOST, ORRERY_DATA_DIR, DATABASE_URL, LOG_LEVEL, SMTP_URL, MAIL_FROM, ORRERY_SCHEDULE_TICK_MINUTES, ORRERY_PUBLIC_URL) and start again.`);
  }
  if (!/^(postgres(ql)?:\/\/|sqlite:|file:|\/|\.)/.test(parsed.data.databaseUrl)) {
    throw new Error(`DATABASE_URL must be postgres://user@host:port/database or sqlite:PATH (got ${parsed.data.databaseUrl}).`);
  }
  if (parsed.data.smtpUrl !== null && parsed.data.mailFrom === null) {
    throw new Error('SMTP_URL is set but MAIL_FROM is not: set MAIL_FROM to the address Orrery sends from (e.g. MAIL_FROM="Orrery <orrery@example.org>"), or unset SMTP_URL to turn e-mail off.');
  }
  return Object.freeze(parsed.data);
}
