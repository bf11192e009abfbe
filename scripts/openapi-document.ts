// Builds the app on a throw-away in-memory database and returns its OpenAPI document.
import { openDatabase } from '../src/db/database.ts';
import { systemClock } from '../src/app/context.ts';
import { buildApp } from '../src/server/build-app.ts';

export async function openapiDocument(): Promise<unknown> {
  const database = openDatabase('sqlite::memory:');
  const app = await buildApp(
    { trustProxy: false, logLevel: 'silent', bodyLimit: 1024 * 1024, loginAttemptsPerMinute: 10, webDir: '/nonexistent' },
    { db: database.db, dialect: database.dialect, clock: systemClock },
  );
  await app.ready();
  const doc = app.swagger();
  await app.close();
  await database.close();
  return doc;
}
