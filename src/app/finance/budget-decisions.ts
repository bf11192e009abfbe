// Deciding a budget revision: the PMO, administrators or the project's sponsor approve a draft (it
// then counts in the current budget) or reject it, under If-Match, with a comment; who and when are
// kept on the revision, so the revisions are the budget's history. On approval the project's register
// budget becomes the current budget in the same transaction (audited as a change of the project),
// so the dashboards, reports and status reports that read it tell the truth.
import type { BudgetDecision, BudgetRevision } from '../../contracts/finance.schema.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { budgetCellsOf, lineValues, loadRevision, loadRevisions, loadVisibleRevision, toRevisionView, totalOf } from './budget-store.ts';
import { checkChangeApplies } from './budget-revisions.ts';
import { canDecideBudget } from './finance-rules.ts';

type Decision = 'approved' | 'rejected';

async function decide(ctx: AppContext, id: string, expectedVersion: number, input: BudgetDecision, decision: Decision): Promise<BudgetRevision> {
  return inTransaction(ctx, async (trx) => {
    const before = await loadVisibleRevision(ctx, trx, id);
    const { row, project } = before;
    if (!canDecideBudget(ctx.actor, project)) throw forbidden(`decide budget revisions of ${project.code}: the PMO or the project’s sponsor does`);
    if (project.archivedAt) throw new AppError('validation_failed', `Project ${project.code} is archived and read-only. Restore it first.`);
    assertVersion(`Budget revision ${row.number}`, row.version, expectedVersion);
    if (row.status !== 'draft') throw new AppError('validation_failed', `Budget revision ${row.number} was already ${row.status}.`);
    if (decision === 'approved') await checkApprovable(trx, before);
    const changes = { status: decision, decidedBy: ctx.actor.userId || null, decidedAt: nowIso(ctx.clock), decisionComment: input.comment, updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 };
    const result = await trx.updateTable('budgetRevisions').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Budget revision ${row.number}`, result.numUpdatedRows, expectedVersion);
    const view = await toRevisionView(trx, (await loadRevision(trx, id))!);
    await recordAudit(trx, ctx, { entityType: 'budget_revision', entityId: id, action: decision === 'approved' ? 'approve' : 'reject', before: await toRevisionView(trx, before), after: view });
    if (decision === 'approved') await followCurrentBudget(ctx, trx, project, row.currency);
    return view;
  });
}

async function checkApprovable(trx: Db, revision: Awaited<ReturnType<typeof loadVisibleRevision>>): Promise<void> {
  const { row, lines } = revision;
  if (lines.length === 0) throw new AppError('validation_failed', `Budget revision ${row.number} has no lines: there is nothing to approve.`, { errors: [{ path: 'lines', message: 'no lines' }] });
  if (row.original === 1) return;
  const current = budgetCellsOf(await loadRevisions(trx, row.projectId)).current!;
  checkChangeApplies(current, lineValues(lines), row.currency);
}

/** The register budget becomes the current budget (a project change of its own, audited). */
async function followCurrentBudget(ctx: AppContext, trx: Db, project: ProjectRow, currency: string): Promise<void> {
  const total = totalOf(budgetCellsOf(await loadRevisions(trx, project.id)).current);
  if (total === null) return;
  const fresh = (await trx.selectFrom('projects').select(['budgetAmountMinor', 'budgetCurrency', 'version']).where('id', '=', project.id).executeTakeFirstOrThrow());
  if (fresh.budgetAmountMinor !== null && Number(fresh.budgetAmountMinor) === total && fresh.budgetCurrency === currency) return;
  const now = nowIso(ctx.clock);
  await trx.updateTable('projects').set({ budgetAmountMinor: total, budgetCurrency: currency, updatedAt: now, version: fresh.version + 1 }).where('id', '=', project.id).execute();
  const budgetOf = (amount: number | null, cur: string | null) => (amount === null || cur === null ? null : { amountMinor: Number(amount), currency: cur });
  await recordAudit(trx, ctx, {
    entityType: 'project',
    entityId: project.id,
    action: 'update',
    before: { code: project.code, budget: budgetOf(fresh.budgetAmountMinor, fresh.budgetCurrency) },
    after: { code: project.code, budget: { amountMinor: total, currency }, reason: 'follows the approved budget revisions' },
  });
}

export const approveBudgetRevision = (ctx: AppContext, id: string, expectedVersion: number, input: BudgetDecision) => decide(ctx, id, expectedVersion, input, 'approved');
export const rejectBudgetRevision = (ctx: AppContext, id: string, expectedVersion: number, input: BudgetDecision) => decide(ctx, id, expectedVersion, input, 'rejected');
