// A project's reporting cadence (weekly, fortnightly or monthly) and its current period. Kept in
// its own small table beside the status reports rather than on the project: only status reporting
// reads it, a project without a row reports monthly (no backfill, version 0 like a setting never
// saved), and the project contract stays as it is. The PMO sets it (it decides how often a project
// must report, and the due list and the status-report policy hold projects to it).
import type { ReportingSettings } from '../../contracts/status-report.schema.ts';
import { DEFAULT_CADENCE, periodOf, type Cadence } from '../../core/status/reporting-period.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { todayOf } from '../raid/raid-log.ts';
import { writeKeyedRow } from '../shared/keyed-rows.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/versioning.ts';

export async function loadCadence(db: Db, projectId: string): Promise<{ cadence: Cadence; version: number }> {
  const row = await db.selectFrom('projectReporting').select(['cadence', 'version']).where('projectId', '=', projectId).executeTakeFirst();
  return row ? { cadence: row.cadence as Cadence, version: row.version } : { cadence: DEFAULT_CADENCE, version: 0 };
}

const toApi = (ctx: AppContext, projectId: string, s: { cadence: Cadence; version: number }): ReportingSettings => ({ projectId, cadence: s.cadence, currentPeriod: periodOf(s.cadence, todayOf(ctx)), version: s.version });

export async function getReportingSettings(ctx: AppContext, projectId: string): Promise<ReportingSettings> {
  await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  return toApi(ctx, projectId, await loadCadence(ctx.db, projectId));
}

/** Sets how often the project reports (PMO, admin); reports already made keep their periods. */
export function setReportingSettings(ctx: AppContext, projectId: string, expectedVersion: number, body: { cadence: Cadence }): Promise<ReportingSettings> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'set how often the project reports');
    requireRegisterEditor(ctx.actor, `set how often project ${project.code} reports`);
    const before = await loadCadence(trx, projectId);
    const label = `The reporting cadence of project ${project.code}`;
    assertVersion(label, before.version, expectedVersion);
    await writeKeyedRow(trx, 'projectReporting', projectId, label, expectedVersion, { cadence: body.cadence, updatedAt: nowIso(ctx.clock) });
    const after = toApi(ctx, projectId, { cadence: body.cadence, version: expectedVersion + 1 });
    await recordAudit(trx, ctx, { entityType: 'project_reporting', entityId: projectId, action: 'update', before: toApi(ctx, projectId, before), after });
    return after;
  });
}
