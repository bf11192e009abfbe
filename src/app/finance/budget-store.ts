// A project's budget revisions as rows and as the API shows them: each with its lines, the people
// who drafted and decided it and the change request behind it (one query each for a whole budget),
// and the budget's cells, approved (the original) and current (with every approved change), computed
// by the pure budget arithmetic in src/core/finance.
import type { Selectable } from 'kysely';
import type { BudgetLine, BudgetRevision, CostCategory, CostType } from '../../contracts/finance.schema.ts';
import { RESERVE_CATEGORIES } from '../../contracts/finance.schema.ts';
import type { PersonRef } from '../../contracts/user.schema.ts';
import { addLines, netOf, reserveDrawOf, revisionKindOf, type BudgetCells, type BudgetLineValue } from '../../core/finance/budget-cells.ts';
import type { Db } from '../../db/database.ts';
import type { BudgetLinesTable, BudgetRevisionsTable, ProjectRow } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { canReadProject } from '../access/policy.ts';
import { accessFacts, loadProjectRow } from '../projects/project-store.ts';

export type RevisionRow = Selectable<BudgetRevisionsTable>;
export type LineRow = Selectable<BudgetLinesTable>;
export interface LoadedRevision {
  readonly row: RevisionRow;
  readonly lines: readonly LineRow[];
}

export const RESERVES: ReadonlySet<string> = new Set(RESERVE_CATEGORIES);

export const lineValues = (lines: ReadonlyArray<Pick<LineRow, 'category' | 'costType' | 'month' | 'amountMinor'>>): BudgetLineValue[] =>
  lines.map((l) => ({ category: l.category, costType: l.costType, month: l.month, amountMinor: Number(l.amountMinor) }));

/** Every revision of a project with its lines, oldest first. */
export async function loadRevisions(db: Db, projectId: string): Promise<LoadedRevision[]> {
  const [rows, lines] = await Promise.all([
    db.selectFrom('budgetRevisions').selectAll().where('projectId', '=', projectId).orderBy('number').execute(),
    db.selectFrom('budgetLines').selectAll().where('projectId', '=', projectId).orderBy('position').execute(),
  ]);
  const byRevision = new Map<string, LineRow[]>();
  for (const line of lines) byRevision.set(line.revisionId, [...(byRevision.get(line.revisionId) ?? []), line]);
  return rows.map((row) => ({ row, lines: byRevision.get(row.id) ?? [] }));
}

export async function loadRevision(db: Db, id: string): Promise<LoadedRevision | undefined> {
  const row = await db.selectFrom('budgetRevisions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { row, lines: await db.selectFrom('budgetLines').selectAll().where('revisionId', '=', id).orderBy('position').execute() };
}

/** A revision of a project the actor may read, with that project; anyone else hears it does not exist. */
export async function loadVisibleRevision(ctx: AppContext, trx: Db, id: string): Promise<LoadedRevision & { project: ProjectRow }> {
  const loaded = await loadRevision(trx, id);
  const project = loaded ? await loadProjectRow(trx, loaded.row.projectId) : undefined;
  if (!loaded || !project || !canReadProject(ctx.actor, await accessFacts(trx, ctx.actor, project))) throw notFound('Budget revision', id);
  return { ...loaded, project };
}

/** The approved budget (the approved original) and the current one (plus approved changes); null before approval. */
export function budgetCellsOf(revisions: ReadonlyArray<LoadedRevision>): { approved: BudgetCells | null; current: BudgetCells | null; pendingMinor: number; drawnMinor: number } {
  const original = revisions.find((r) => r.row.original === 1 && r.row.status === 'approved');
  const approved: BudgetCells | null = original ? addLines(new Map(), lineValues(original.lines)) : null;
  let current = approved;
  let drawnMinor = 0;
  let pendingMinor = 0;
  for (const r of revisions) {
    if (r.row.status === 'draft') pendingMinor += netOf(lineValues(r.lines));
    if (r.row.original === 1 || r.row.status !== 'approved' || current === null) continue;
    current = addLines(current, lineValues(r.lines));
    drawnMinor += reserveDrawOf(lineValues(r.lines), RESERVES);
  }
  return { approved, current, pendingMinor, drawnMinor };
}

export const totalOf = (cells: BudgetCells | null): number | null => (cells === null ? null : [...cells.values()].reduce((s, c) => s + c.amountMinor, 0));

const toLine = (l: LineRow, currency: string): BudgetLine => ({
  category: l.category as CostCategory,
  costType: l.costType as CostType,
  month: l.month,
  amount: { amountMinor: Number(l.amountMinor), currency },
  note: l.note,
});

/** The API view of revisions, in their order. */
export async function toRevisionViews(db: Db, revisions: ReadonlyArray<LoadedRevision>): Promise<BudgetRevision[]> {
  if (revisions.length === 0) return [];
  const personIds = [...new Set(revisions.flatMap((r) => [r.row.createdBy, r.row.decidedBy]).filter((id): id is string => id !== null))];
  const changeIds = [...new Set(revisions.flatMap((r) => (r.row.changeRequestId ? [r.row.changeRequestId] : [])))];
  const [people, changes] = await Promise.all([
    personIds.length ? db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', personIds).execute() : [],
    changeIds.length ? db.selectFrom('changeRequests').select(['id', 'code', 'title', 'status']).where('id', 'in', changeIds).execute() : [],
  ]);
  const person = new Map(people.map((p): [string, PersonRef] => [p.id, p]));
  const change = new Map(changes.map((c) => [c.id, c]));
  return revisions.map(({ row, lines }) => {
    const values = lineValues(lines);
    return {
      id: row.id,
      projectId: row.projectId,
      number: row.number,
      kind: revisionKindOf(row.original === 1, values, RESERVES),
      status: row.status as BudgetRevision['status'],
      reason: row.reason,
      changeRequest: row.changeRequestId ? (change.get(row.changeRequestId) ?? null) : null,
      currency: row.currency,
      lines: lines.map((l) => toLine(l, row.currency)),
      netMinor: netOf(values),
      reserveDrawMinor: row.original === 1 ? 0 : reserveDrawOf(values, RESERVES),
      createdBy: row.createdBy ? (person.get(row.createdBy) ?? null) : null,
      createdAt: row.createdAt,
      decidedBy: row.decidedBy ? (person.get(row.decidedBy) ?? null) : null,
      decidedAt: row.decidedAt,
      decisionComment: row.decisionComment,
      updatedAt: row.updatedAt,
      version: row.version,
    };
  });
}

export async function toRevisionView(db: Db, revision: LoadedRevision): Promise<BudgetRevision> {
  return (await toRevisionViews(db, [revision]))[0]!;
}
