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
});
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export interface ConfigInput {
  port?: string | number | undefined;
  host?: string | undefined;
  dataDir?: string | undefined;
  databaseUrl?: string | undefined;
}

const truthy = (v: string | undefined): boolean => v !== undefined && ['1', 'true', 'yes'].includes(v.toLowerCase());

/** Flags win over the environment, which wins over the defaults. */
export function loadConfig(flags: ConfigInput = {}, processEnv: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (PORT=) means "not set", as in most shells' scripts.
  const env = Object.fromEntries(Object.entries(processEnv).filter(([, v]) => v !== undefined && v !== '')) as NodeJS.ProcessEnv;
  const dataDir = resolve(flags.dataDir ?? env.ORRERY_DATA_DIR ?? 'data');
  const raw = {
    port: flags.port ?? env.PORT ?? 3000,
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    dataDir,
    databaseUrl: flags.databaseUrl ?? env.DATABASE_URL ?? `sqlite:${join(dataDir, 'orrery.db')}`,
    trustProxy: truthy(env.ORRERY_TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimit: 1024 * 1024,
    loginAttemptsPerMinute: Number(env.ORRERY_LOGIN_ATTEMPTS_PER_MINUTE ?? 10),
    webDir: resolve(env.ORRERY_WEB_DIR ?? 'dist/web'),
  };
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(raw[i.path[0] as keyof typeof raw])})`);
    throw new Error(`Orrery's configuration is not valid:\n${lines.join('\n')}\nFix the flag or environment variable (PORT, HOST, ORRERY_DATA_DIR, DATABASE_URL, LOG_LEVEL) and start again.`);
  }
  if (!/^(postgres(ql)?:\/\/|sqlite:|file:|\/|\.)/.test(parsed.data.databaseUrl)) {
    throw new Error(`DATABASE_URL must be postgres://user@host:port/database or sqlite:PATH (got ${parsed.data.databaseUrl}).`);
  }
  return Object.freeze(parsed.data);
}
