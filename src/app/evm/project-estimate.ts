// The project manager's estimate to complete the whole project: a top-down forecast of what is left
// to spend, dated and with what it rests on, set by whoever plans the project's costs and read by
// its readers. While given it is the project's bottom-up ETC (earned value's bottom-up EAC, the
// financials' forecast, the status report's cost), in place of the sum of its tasks' estimates;
// withdrawn (etc null), the tasks' sum counts again. Kept in its own row keyed by project (no row:
// none, at version 0) under If-Match, audited; each change refreshes the project's earned-value
// summary in the same transaction, so the portfolio's bottom-up figures agree at once.
import type { ProjectEstimate, ProjectEstimateBody } from '../../contracts/evm-estimate.schema.ts';
import type { EtcSource } from '../../core/evm/bottom-up-etc.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkCurrency, projectCurrency } from '../finance/finance-rules.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { todayOf } from '../raid/raid-log.ts';
import { loadBaseCurrency } from '../rates/exchange-rates.ts';
import { writeKeyedRow } from '../shared/keyed-rows.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/versioning.ts';
import { loadEvmSummaries, refreshEvmSummary } from './evm-summaries.ts';

async function loadEstimate(db: Db, project: ProjectRow): Promise<ProjectEstimate> {
  const row = await db
    .selectFrom('projectEstimates as e')
    .leftJoin('users as u', 'u.id', 'e.updatedBy')
    .selectAll('e')
    .select('u.name as updatedByName')
    .where('e.projectId', '=', project.id)
    .executeTakeFirst();
  if (!row) return { projectId: project.id, etc: null, asOf: null, note: '', updatedBy: null, updatedAt: null, version: 0 };
  return {
    projectId: project.id,
    etc: row.etcMinor === null || row.etcCurrency === null ? null : { amountMinor: Number(row.etcMinor), currency: row.etcCurrency },
    asOf: row.asOf,
    note: row.note,
    updatedBy: row.updatedBy === null ? null : { id: row.updatedBy, name: row.updatedByName ?? '' },
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export async function getProjectEstimate(ctx: AppContext, projectId: string): Promise<ProjectEstimate> {
  return loadEstimate(ctx.db, await loadAccessibleProject(ctx, ctx.db, projectId, 'read'));
}

/** Sets (or withdraws, with etc null) the project's estimate to complete, under If-Match ("0" the first time). */
export function setProjectEstimate(ctx: AppContext, projectId: string, expectedVersion: number, body: ProjectEstimateBody): Promise<ProjectEstimate> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'plan costs');
    const before = await loadEstimate(trx, project);
    const label = `The estimate to complete of ${project.code}`;
    assertVersion(label, before.version, expectedVersion);
    if (body.etc === null && body.asOf) {
      throw new AppError('validation_failed', 'asOf dates an estimate to complete: give etc as well, or leave out asOf.', { errors: [{ path: 'asOf', message: 'only with an estimate' }] });
    }
    const currency = body.etc === null ? null : checkCurrency((await projectCurrency(trx, project)) ?? (await loadBaseCurrency(trx)), body.etc, 'etc.currency', project.code);
    await writeKeyedRow(trx, 'projectEstimates', project.id, label, expectedVersion, {
      etcMinor: body.etc?.amountMinor ?? null,
      etcCurrency: currency,
      asOf: body.etc === null ? null : (body.asOf ?? todayOf(ctx)),
      note: body.etc === null ? '' : body.note,
      updatedBy: ctx.actor.userId || null,
      updatedAt: nowIso(ctx.clock),
    });
    await refreshEvmSummary(trx, ctx.clock, project);
    const after = await loadEstimate(trx, project);
    await recordAudit(trx, ctx, { entityType: 'project_estimate', entityId: project.id, action: before.version === 0 ? 'create' : 'update', before: before.version === 0 ? null : before, after });
    return after;
  });
}

export interface ManagerEstimate {
  readonly etcMinor: number;
  readonly source: EtcSource;
  /** With a project estimate: its date and note. */
  readonly asOf: string | null;
  readonly note: string | null;
}

/**
 * The project's bottom-up ETC in `currency` when its manager gave one — for the whole project, or
 * on every unfinished costed task — with where it comes from; null when neither (the financials
 * then fall back to the planned cost not yet earned, and say so). Read from the project's
 * earned-value summary, which keeps the figure evm-inputs.ts decides (computed now when missing or
 * in another currency), and the estimate's row for its date and note: two small queries.
 */
export async function managerEstimate(db: Db, project: Pick<ProjectRow, 'id' | 'code'>, currency: string): Promise<ManagerEstimate | null> {
  const [summaries, row] = await Promise.all([
    loadEvmSummaries(db, [{ id: project.id, code: project.code, currency }]),
    db.selectFrom('projectEstimates').select(['etcMinor', 'etcCurrency', 'asOf', 'note']).where('projectId', '=', project.id).executeTakeFirst(),
  ]);
  const etc = summaries.get(project.id)!.etcBottomUp;
  if (etc === null) return null;
  const given = row !== undefined && row.etcMinor !== null && row.etcCurrency === currency;
  return { etcMinor: etc, source: given ? 'project-estimate' : 'task-estimates', asOf: given ? row.asOf : null, note: given ? row.note : null };
}
