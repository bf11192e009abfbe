// Builds the real HTTP app on a test database and talks to it with app.inject().
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AppDeps } from '../../src/app/context.ts';
import { systemClock } from '../../src/app/context.ts';
import { buildApp } from '../../src/server/build-app.ts';
import type { TestDatabase } from './databases.ts';

export async function testApp(database: TestDatabase, overrides: { loginAttemptsPerMinute?: number; mailEnabled?: boolean } = {}): Promise<{ app: FastifyInstance; deps: AppDeps }> {
  const deps: AppDeps = { db: database.db, dialect: database.dialect, clock: systemClock, ...(overrides.mailEnabled && { mailEnabled: true }) };
  const app = await buildApp(
    { trustProxy: false, logLevel: 'silent', bodyLimit: 1024 * 1024, loginAttemptsPerMinute: overrides.loginAttemptsPerMinute ?? 1000, webDir: '/nonexistent' },
    deps,
  );
  await app.ready();
  return { app, deps };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface CallOptions {
  token?: string;
  body?: unknown;
  ifMatch?: string | number;
  headers?: Record<string, string>;
}

export function call(app: FastifyInstance, method: Method, url: string, opts: CallOptions = {}): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.ifMatch !== undefined) headers['if-match'] = typeof opts.ifMatch === 'number' ? `"${opts.ifMatch}"` : opts.ifMatch;
  return app.inject({ method, url, headers, ...(opts.body !== undefined && { payload: opts.body as object }) });
}
