// Real databases for tests: a fresh SQLite file or a fresh PostgreSQL database per test file.
// PostgreSQL is the machine's server (ORRERY_TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest, openDatabase, type Database, type DialectName } from '../../src/db/database.ts';

export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];
export const POSTGRES_ADMIN_URL = process.env.ORRERY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends Database {
  /** The URL it was opened with: open it again for a second connection (another "process"). */
  url: string;
  /** Closes the connection and removes the database. */
  destroy(): Promise<void>;
}

export async function freshDatabase(dialect: DialectName, { migrate = true } = {}): Promise<TestDatabase> {
  const database = dialect === 'sqlite' ? freshSqlite() : await freshPostgres();
  if (migrate) await migrateToLatest(database.db);
  return database;
}

function freshSqlite(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-test-'));
  const url = `sqlite:${join(dir, 'orrery.db')}`;
  const database = openDatabase(url);
  return {
    ...database,
    url,
    destroy: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL} (${(error as Error).message}). Start it (see README, "Tests") or set ORRERY_TEST_POSTGRES_URL.`);
  }
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function freshPostgres(): Promise<TestDatabase> {
  const name = `orrery_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = openDatabase(url.toString());
  return {
    ...database,
    url: url.toString(),
    destroy: async () => {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
