// Organisation settings (the risk matrix, the operating model …): JSON by key, each with a version
// so two PMO members never silently overwrite each other. A setting never saved reads as its
// default at version 0; the first save expects version 0.
import type { AuditEntityType } from '../../contracts/audit.schema.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { writeKeyedRow } from '../shared/keyed-rows.ts';
import { assertVersion } from '../shared/versioning.ts';

export interface Setting<T> {
  readonly value: T;
  readonly version: number;
}

export async function loadSetting<T>(db: Db, key: string, fallback: T): Promise<Setting<T>> {
  const row = await db.selectFrom('orgSettings').select(['valueJson', 'version']).where('key', '=', key).executeTakeFirst();
  return row ? { value: JSON.parse(row.valueJson) as T, version: row.version } : { value: fallback, version: 0 };
}

/** Saves a setting in the caller's transaction, under If-Match, with its audit event; returns the new version. */
export async function saveSetting<T>(trx: Db, ctx: AppContext, key: string, label: string, expectedVersion: number, before: Setting<T>, value: T, toApi: (s: Setting<T>) => object): Promise<Setting<T>> {
  assertVersion(label, before.version, expectedVersion);
  const now = nowIso(ctx.clock);
  const valueJson = JSON.stringify(value);
  await writeKeyedRow(trx, 'orgSettings', key, label, expectedVersion, { valueJson, updatedAt: now });
  const after = { value, version: expectedVersion + 1 };
  const entityType: AuditEntityType = 'setting';
  await recordAudit(trx, ctx, { entityType, entityId: key, action: 'update', before: toApi(before), after: toApi(after) });
  return after;
}
