// Drafting a project's budget: its manager (or the PMO) drafts the original budget — amounts per
// category, capex/opex and month — and, once that is approved, changes to it as signed deltas with
// a reason and optionally the change request behind them. A draft can be edited or discarded under
// If-Match until it is decided (budget-decisions.ts). Every line is in the project's currency; a
// change that would take a cell of the current budget below zero is refused when it is written, and
// again when it is approved, since other changes may have been approved meanwhile.
import type { BudgetLine, BudgetRevision, BudgetRevisionCreate, BudgetRevisionUpdate } from '../../contracts/finance.schema.ts';
import { applyChange, cellKey, duplicateCells, type BudgetCells, type BudgetLineValue } from '../../core/finance/budget-cells.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { canEditProject } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { accessFacts } from '../projects/project-store.ts';
import { newId } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { budgetCellsOf, loadRevision, loadRevisions, loadVisibleRevision, toRevisionView, type LoadedRevision } from './budget-store.ts';
import { checkCurrency, projectCurrency } from './finance-rules.ts';
import { formatMinor } from './money-text.ts';
import { budgetRevisionDrafted } from '../notifications/notification-events.ts';

const label = (r: { number: number }) => `Budget revision ${r.number}`;
const valuesOf = (lines: ReadonlyArray<BudgetLine>): BudgetLineValue[] => lines.map((l) => ({ category: l.category, costType: l.costType, month: l.month, amountMinor: l.amount.amountMinor }));

/** The cells of the current budget a change's deltas must leave at zero or above. */
export function checkChangeApplies(current: BudgetCells, lines: ReadonlyArray<BudgetLineValue>, currency: string): void {
  const result = applyChange(current, lines);
  if (result.ok) return;
  const index = new Map(lines.map((l, i) => [cellKey(l), i]));
  throw new AppError('validation_failed', `The change would take ${result.negative.map((c) => `${c.category.replace('_', ' ')} ${c.costType} ${c.month} to ${formatMinor(c.amountMinor, currency)}`).join(', ')}: no part of the budget can go below zero.`, {
    errors: result.negative.map((c) => ({ path: `lines[${index.get(cellKey(c)) ?? 0}].amount.amountMinor`, message: 'takes this cell of the budget below zero' })),
  });
}

/** Checks the lines of a revision: the project's currency, each cell once, no negative amount in an original. */
async function checkLines(trx: Db, project: ProjectRow, lines: ReadonlyArray<BudgetLine>, original: boolean, revisions: readonly LoadedRevision[]): Promise<string> {
  let currency = await projectCurrency(trx, project);
  lines.forEach((line, i) => (currency = checkCurrency(currency, line.amount, `lines[${i}].amount.currency`, project.code)));
  if (currency === null) {
    throw new AppError('validation_failed', `Give at least one line: its currency becomes the currency of ${project.code}.`, { errors: [{ path: 'lines', message: 'at least one line' }] });
  }
  const twice = duplicateCells(valuesOf(lines));
  if (twice.length > 0) {
    throw new AppError('validation_failed', `Each category, capex/opex and month takes one line; combine ${twice.map((k) => k.replace(/\|/g, ' ')).join(', ')}.`, {
      errors: twice.map((k) => ({ path: `lines[${lines.findLastIndex((l) => cellKey(l) === k)}]`, message: 'a second line for this cell' })),
    });
  }
  if (original) {
    const negative = lines.flatMap((l, i) => (l.amount.amountMinor < 0 ? [i] : []));
    if (negative.length > 0) {
      throw new AppError('validation_failed', 'The original budget sets amounts, so none can be negative; take money away later with a change revision.', {
        errors: negative.map((i) => ({ path: `lines[${i}].amount.amountMinor`, message: 'cannot be negative in the original budget' })),
      });
    }
  } else {
    checkChangeApplies(budgetCellsOf(revisions).current!, valuesOf(lines), currency);
  }
  return currency;
}

async function checkChangeRequest(trx: Db, project: ProjectRow, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const found = await trx.selectFrom('changeRequests').select('id').where('id', '=', id).where('projectId', '=', project.id).executeTakeFirst();
  if (!found) throw new AppError('invalid_reference', `changeRequestId names no change request of ${project.code}.`, { errors: [{ path: 'changeRequestId', message: 'no change request of this project' }] });
}

function checkReason(original: boolean, reason: string): void {
  if (!original && reason.trim() === '') throw new AppError('validation_failed', 'Say why the budget changes: a change revision needs a reason.', { errors: [{ path: 'reason', message: 'required for a change' }] });
}

async function writeLines(trx: Db, revision: { id: string; projectId: string }, lines: ReadonlyArray<BudgetLine>): Promise<void> {
  await trx.deleteFrom('budgetLines').where('revisionId', '=', revision.id).execute();
  if (lines.length === 0) return;
  await trx
    .insertInto('budgetLines')
    .values(lines.map((l, position) => ({ id: newId(), revisionId: revision.id, projectId: revision.projectId, position, category: l.category, costType: l.costType, month: l.month, amountMinor: l.amount.amountMinor, note: l.note })))
    .execute();
}

/** Drafts the original budget, or (once it is approved) a change to it. */
export function createBudgetRevision(ctx: AppContext, projectId: string, input: BudgetRevisionCreate): Promise<BudgetRevision> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'draft budget revisions');
    const revisions = await loadRevisions(trx, project.id);
    const originalDraft = revisions.find((r) => r.row.original === 1 && r.row.status === 'draft');
    if (originalDraft) {
      throw new AppError('validation_failed', `The original budget (revision ${originalDraft.row.number}) is still a draft: edit it, or have it approved before drafting changes.`);
    }
    const original = !revisions.some((r) => r.row.original === 1 && r.row.status === 'approved');
    checkReason(original, input.reason);
    await checkChangeRequest(trx, project, input.changeRequestId);
    const currency = await checkLines(trx, project, input.lines, original, revisions);
    const now = nowIso(ctx.clock);
    const row = {
      id: newId(),
      projectId: project.id,
      number: revisions.length === 0 ? 0 : Math.max(...revisions.map((r) => r.row.number)) + 1,
      original: original ? 1 : 0,
      status: 'draft',
      currency,
      reason: input.reason,
      changeRequestId: input.changeRequestId,
      createdBy: ctx.actor.userId || null,
      decidedBy: null,
      decidedAt: null,
      decisionComment: '',
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await trx.insertInto('budgetRevisions').values(row).execute();
    await writeLines(trx, row, input.lines);
    const view = await toRevisionView(trx, (await loadRevision(trx, row.id))!);
    await recordAudit(trx, ctx, { entityType: 'budget_revision', entityId: row.id, action: 'create', after: view });
    await budgetRevisionDrafted(trx, ctx, { id: row.id, number: row.number, original, reason: input.reason }, project);
    return view;
  });
}

/** A draft the actor may change: they edit the project, and it is not decided yet. */
async function loadDraftForChange(ctx: AppContext, trx: Db, id: string, expectedVersion: number, doing: string) {
  const loaded = await loadVisibleRevision(ctx, trx, id);
  const { row, project } = loaded;
  if (!canEditProject(ctx.actor, await accessFacts(trx, ctx.actor, project))) throw forbidden(`${doing} (project ${project.code})`);
  if (project.archivedAt) throw new AppError('validation_failed', `Project ${project.code} is archived and read-only. Restore it first if its budget needs to change.`);
  assertVersion(label(row), row.version, expectedVersion);
  if (row.status !== 'draft') throw new AppError('validation_failed', `${label(row)} was ${row.status}: it stays as it was decided. Draft a new revision instead.`);
  return loaded;
}

/** Changes a draft's reason, change request or lines (the lines are replaced as a whole). */
export function updateBudgetRevision(ctx: AppContext, id: string, expectedVersion: number, patch: BudgetRevisionUpdate): Promise<BudgetRevision> {
  return inTransaction(ctx, async (trx) => {
    const before = await loadDraftForChange(ctx, trx, id, expectedVersion, 'change budget revisions');
    const { row, project } = before;
    const original = row.original === 1;
    if (patch.reason !== undefined) checkReason(original, patch.reason);
    if (patch.changeRequestId !== undefined) await checkChangeRequest(trx, project, patch.changeRequestId);
    if (patch.lines) {
      const currency = await checkLines(trx, project, patch.lines, original, await loadRevisions(trx, project.id));
      if (currency !== row.currency) throw new AppError('validation_failed', `Budget revision ${row.number} is in ${row.currency}: give its lines in ${row.currency}.`, { errors: [{ path: 'lines', message: `must be ${row.currency}` }] });
    }
    const changes = {
      ...(patch.reason !== undefined && { reason: patch.reason }),
      ...(patch.changeRequestId !== undefined && { changeRequestId: patch.changeRequestId }),
      updatedAt: nowIso(ctx.clock),
      version: expectedVersion + 1,
    };
    const result = await trx.updateTable('budgetRevisions').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(label(row), result.numUpdatedRows, expectedVersion);
    if (patch.lines) await writeLines(trx, row, patch.lines);
    const view = await toRevisionView(trx, (await loadRevision(trx, id))!);
    await recordAudit(trx, ctx, { entityType: 'budget_revision', entityId: id, action: 'update', before: await toRevisionView(trx, before), after: view });
    return view;
  });
}

/** Discards a draft; decided revisions stay in the history for good. */
export function deleteBudgetRevision(ctx: AppContext, id: string, expectedVersion: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx) => {
    const before = await loadDraftForChange(ctx, trx, id, expectedVersion, 'discard budget revisions');
    const view = await toRevisionView(trx, before);
    await trx.deleteFrom('budgetRevisions').where('id', '=', id).where('version', '=', expectedVersion).execute();
    await recordAudit(trx, ctx, { entityType: 'budget_revision', entityId: id, action: 'delete', before: view, after: null });
    return { ok: true as const };
  });
}

/** One revision of a project the actor may read. */
export async function getBudgetRevision(ctx: AppContext, id: string): Promise<BudgetRevision> {
  return toRevisionView(ctx.db, await loadVisibleRevision(ctx, ctx.db, id));
}
