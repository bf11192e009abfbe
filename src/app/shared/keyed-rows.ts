// Rows kept by key with a version, where "no row" means "the default, at version 0" (settings,
// built-in methodologies and policies the PMO has not edited, a project's reporting cadence, a task's earning rule, a project's estimate to complete, a resource's calendar). The first save inserts at version
// 1; later saves update under the version the caller read. Two first saves at once: the primary
// key lets one in, and the other reads as a stale version.
import type { Kysely } from 'kysely';
import type { Db } from '../../db/database.ts';
import { assertUpdated } from './versioning.ts';

export type KeyedTable = 'orgSettings' | 'methodologies' | 'policies' | 'scoringModels' | 'selectionSettings' | 'projectReporting' | 'taskEarning' | 'projectEstimates' | 'resourceCalendars';
const KEY_COLUMN: Record<KeyedTable, string> = { orgSettings: 'key', methodologies: 'key', policies: 'key', scoringModels: 'key', selectionSettings: 'portfolioId', projectReporting: 'projectId', taskEarning: 'taskId', projectEstimates: 'projectId', resourceCalendars: 'resourceId' };

/** Writes `columns` (besides key and version) to the row `key`, expecting `expectedVersion` (already checked against what was read). */
export async function writeKeyedRow(trx: Db, table: KeyedTable, key: string, label: string, expectedVersion: number, columns: Record<string, unknown>): Promise<void> {
  const db = trx as unknown as Kysely<any>;
  if (expectedVersion === 0) {
    const inserted = await db.insertInto(table).values({ [KEY_COLUMN[table]]: key, ...columns, version: 1 }).onConflict((oc) => oc.column(KEY_COLUMN[table]).doNothing()).executeTakeFirst();
    assertUpdated(label, inserted.numInsertedOrUpdatedRows ?? 0n, 0);
  } else {
    const result = await db.updateTable(table).set({ ...columns, version: expectedVersion + 1 }).where(KEY_COLUMN[table], '=', key).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(label, result.numUpdatedRows, expectedVersion);
  }
}
