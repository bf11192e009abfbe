// The usual set-up of an API test file: a fresh database of one dialect, the app, people and a register.
import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DialectName } from '../../src/db/database.ts';
import type { AppDeps } from '../../src/app/context.ts';
import { freshDatabase, type TestDatabase } from './databases.ts';
import { castOfPeople, type Cast } from './fixtures.ts';
import { testApp } from './api.ts';
import { makeRegister, type Register } from './register-fixtures.ts';

export interface Suite {
  database: TestDatabase;
  app: FastifyInstance;
  deps: AppDeps;
  cast: Cast;
  reg: Register;
}

/** Registers beforeAll/afterAll hooks and returns a holder filled before the first test. */
export function apiSuite(dialect: DialectName, options: { loginAttemptsPerMinute?: number; mailEnabled?: boolean } = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.database = await freshDatabase(dialect);
    const built = await testApp(suite.database, options);
    suite.app = built.app;
    suite.deps = built.deps;
    suite.cast = await castOfPeople(built.deps);
    suite.reg = await makeRegister(built.deps, suite.cast);
  });
  afterAll(async () => {
    await suite.app?.close();
    await suite.database?.destroy();
  });
  return suite;
}
