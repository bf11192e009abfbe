// Opens the database named by a URL: a SQLite file (the embedded default) or PostgreSQL.
// Everything above this file talks to Kysely and never needs to know which one it has.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import type { Tables } from './tables.ts';
import { migrations } from './migrations/index.ts';

export type DialectName = 'sqlite' | 'postgres';
export type Db = Kysely<Tables>;

export interface Database {
  readonly db: Db;
  readonly dialect: DialectName;
  /** Where the data lives, without any password: for logs and messages. */
  readonly description: string;
  close(): Promise<void>;
}

/** `postgres://…`/`postgresql://…` or `sqlite:PATH` (also a plain file path). */
export function openDatabase(url: string): Database {
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  const path = url.replace(/^sqlite:(\/\/)?/, '').replace(/^file:/, '');
  return openSqlite(path);
}

function openSqlite(path: string): Database {
  const file = path === ':memory:' ? path : resolve(path);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: 'sqlite', description: `SQLite file ${file}`, close: () => db.destroy() };
}

// int8 (bigint, count(*)) arrives as a string from pg; our amounts stay within 2^53.
const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'),
};

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes as pg.CustomTypesConfig });
  // An idle connection the server closes (restart, failover, admin) must not crash the process:
  // the pool drops it and opens a new one on the next query.
  pool.on('error', () => {});
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  const safe = new URL(url);
  safe.password = safe.password ? '***' : '';
  return { db, dialect: 'postgres', description: `PostgreSQL ${safe.host}${safe.pathname}`, close: () => db.destroy() };
}

function migrator(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export interface MigrationReport {
  applied: string[];
}

/** Applies every pending migration; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Db): Promise<MigrationReport> {
  const { error, results } = await migrator(db).migrateToLatest();
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  const failed = (results ?? []).find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Migration failed${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return { applied };
}

/** Names of migrations that exist in the code but not yet in the database. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
