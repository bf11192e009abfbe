// What every CLI command needs: the validated configuration and an open, migrated database.
import type { Command } from 'commander';
import { loadConfig, type Config, type ConfigInput } from '../server/config.ts';
import { migrateToLatest, openDatabase, type Database } from '../db/database.ts';
import { systemActor, systemClock, type AppContext, type AppDeps } from '../app/context.ts';

export interface CommonOptions {
  dataDir?: string;
  databaseUrl?: string;
  port?: string;
  host?: string;
}

/** Adds --data-dir and --database-url to a command. */
export function withDatabaseOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'where the embedded SQLite database lives (env ORRERY_DATA_DIR, default ./data)')
    .option('--database-url <url>', 'postgres://user@host:5432/db or sqlite:PATH (env DATABASE_URL; default: SQLite in the data dir)');
}

export function configFrom(options: CommonOptions): Config {
  const flags: ConfigInput = { dataDir: options.dataDir, databaseUrl: options.databaseUrl, port: options.port, host: options.host };
  return loadConfig(flags);
}

export interface Runtime {
  config: Config;
  database: Database;
  deps: AppDeps;
  system: AppContext;
}

/** Opens the configured database and brings its schema up to date. */
export async function openRuntime(options: CommonOptions, log: (line: string) => void = () => {}): Promise<Runtime> {
  const config = configFrom(options);
  const database = openDatabase(config.databaseUrl);
  try {
    const { applied } = await migrateToLatest(database.db);
    if (applied.length > 0) log(`Applied ${applied.length} migration(s) to ${database.description}.`);
  } catch (error) {
    await database.close();
    throw new Error(`Could not prepare ${database.description}: ${(error as Error).message}`, { cause: error });
  }
  const deps: AppDeps = { db: database.db, dialect: database.dialect, clock: systemClock, mailEnabled: config.smtpUrl !== null };
  return { config, database, deps, system: { ...deps, actor: systemActor } };
}
