// `orrery migrate`: brings the database schema up to date.
import type { Command } from 'commander';
import { configFrom, withDatabaseOptions, type CommonOptions } from '../runtime.ts';
import { migrateToLatest, openDatabase } from '../../db/database.ts';

export function migrateCommand(program: Command): void {
  withDatabaseOptions(program.command('migrate').description('apply pending database migrations')).action(async (options: CommonOptions) => {
    const database = openDatabase(configFrom(options).databaseUrl);
    try {
      const { applied } = await migrateToLatest(database.db);
      if (applied.length === 0) console.log(`${database.description} is up to date.`);
      else console.log(`Applied to ${database.description}:\n${applied.map((m) => `  ${m}`).join('\n')}`);
    } finally {
      await database.close();
    }
  });
}
