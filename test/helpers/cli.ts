// Runs the `orrery` command as a user does: a real process, its exit code and output.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { systemActor, systemClock, type AppContext, type AppDeps } from '../../src/app/context.ts';
import { openDatabase } from '../../src/db/database.ts';

const run = promisify(execFile);

/** Each CLI test starts real processes, which load TypeScript cold on a fresh clone: the limit only guards against a hang. */
export const CLI_TIMEOUT = 120_000;

/** `orrery ARGS…` with no database or data directory from the environment. */
export async function orrery(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/orrery.js', ...args], { env: { ...process.env, DATABASE_URL: '', ORRERY_DATA_DIR: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * Migrates a data directory with `orrery migrate` and seeds its SQLite file through the use cases,
 * as the system: what a CLI test needs before it runs the command under test.
 */
export async function seedDataDir(dir: string, seed: (system: AppContext, deps: AppDeps) => Promise<void>): Promise<void> {
  const migrated = await orrery('migrate', '--data-dir', dir);
  if (migrated.code !== 0) throw new Error(`orrery migrate failed: ${migrated.stderr}`);
  const database = openDatabase(`sqlite:${join(dir, 'orrery.db')}`);
  try {
    const deps: AppDeps = { db: database.db, dialect: 'sqlite', clock: systemClock, mailEnabled: false };
    await seed({ ...deps, actor: systemActor }, deps);
  } finally {
    await database.close();
  }
}
