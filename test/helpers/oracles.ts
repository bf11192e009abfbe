// Where the reference data with known answers lives (../shared/oracles next to the repository, or
// ORRERY_ORACLES, for a checkout elsewhere such as a git worktree), and reading one file of it.
// Tests that need it skip with a clear message when it is absent: it is never copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ORACLES_DIR = process.env.ORRERY_ORACLES || fileURLToPath(new URL('../../../shared/oracles/', import.meta.url));

/** The path of an oracle file (relative to the oracles folder), and whether it is there. */
export function oracleFile(relative: string): { readonly path: string; readonly present: boolean } {
  const path = join(ORACLES_DIR, relative);
  return { path, present: existsSync(path) };
}

/** An oracle JSON file parsed, or null when it is absent. */
export function readOracleJson<T>(relative: string): T | null {
  const { path, present } = oracleFile(relative);
  return present ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}
