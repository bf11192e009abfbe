// Actual costs a project's team records: expenses (receipts, card payments) and supplier invoices,
// each on a day, in a spending category, capex or opex, optionally on a task and against a purchase
// order of the project (which it then consumes). Listed latest first a page at a time; changed and
// removed under If-Match, every change audited. Labour actuals are not here: they come from
// approved timesheets.
import { sql, type Selectable } from 'kysely';
import type { Expense, ExpenseCreate, ExpenseListQuery, ExpensePage, ExpenseUpdate } from '../../contracts/finance-costs.schema.ts';
import type { CostType, SpendingCategory } from '../../contracts/finance.schema.ts';
import type { Db } from '../../db/database.ts';
import type { ExpensesTable } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { newId } from '../shared/ids.ts';
import { afterCursor, decodeCursor, toPage } from '../shared/pagination.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated } from '../shared/versioning.ts';
import { checkCurrency, checkPositive, projectCurrency } from './finance-rules.ts';
import { checkOrderOf, checkTaskOf, personOf, projectForChange, projectForRead } from './finance-records.ts';

type Row = Selectable<ExpensesTable> & { taskName: string | null; purchaseOrderNumber: string | null; createdByName: string | null; createdByEmail: string | null };

function expensesQuery(db: Db) {
  return db
    .selectFrom('expenses as e')
    .leftJoin('scheduleTasks as t', 't.id', 'e.taskId')
    .leftJoin('purchaseOrders as o', 'o.id', 'e.purchaseOrderId')
    .leftJoin('users as u', 'u.id', 'e.createdBy')
    .selectAll('e')
    .select(['t.name as taskName', 'o.number as purchaseOrderNumber', 'u.name as createdByName', 'u.email as createdByEmail']);
}

function toExpense(r: Row): Expense {
  return {
    id: r.id,
    projectId: r.projectId,
    kind: r.kind as Expense['kind'],
    incurredOn: r.incurredOn,
    amount: { amountMinor: Number(r.amountMinor), currency: r.currency },
    category: r.category as SpendingCategory,
    costType: r.costType as CostType,
    supplier: r.supplier,
    reference: r.reference,
    taskId: r.taskId,
    taskName: r.taskName,
    purchaseOrderId: r.purchaseOrderId,
    purchaseOrderNumber: r.purchaseOrderNumber,
    description: r.description,
    createdBy: personOf(r.createdBy, r.createdByName, r.createdByEmail),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

const loadOne = async (db: Db, id: string) => toExpense((await expensesQuery(db).where('e.id', '=', id).executeTakeFirstOrThrow()) as Row);

export async function listExpenses(ctx: AppContext, projectId: string, query: ExpenseListQuery): Promise<ExpensePage> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const cursor = decodeCursor(query.cursor);
  let q = expensesQuery(ctx.db).where('e.projectId', '=', project.id);
  if (query.kind) q = q.where('e.kind', '=', query.kind);
  if (query.category) q = q.where('e.category', '=', query.category);
  if (query.purchaseOrderId) q = q.where('e.purchaseOrderId', '=', query.purchaseOrderId);
  if (query.from) q = q.where('e.incurredOn', '>=', query.from);
  if (query.to) q = q.where('e.incurredOn', '<=', query.to);
  if (cursor) q = q.where(afterCursor(sql.ref('e.incurredOn'), sql.ref('e.id'), true, cursor));
  const rows = (await q.orderBy('e.incurredOn', 'desc').orderBy('e.id', 'desc').limit(query.limit + 1).execute()) as Row[];
  return toPage(rows, query.limit, (r) => r.incurredOn, toExpense);
}

export async function getExpense(ctx: AppContext, id: string): Promise<Expense> {
  const row = await ctx.db.selectFrom('expenses').select('projectId').where('id', '=', id).executeTakeFirst();
  await projectForRead(ctx, ctx.db, row, 'Expense', id);
  return loadOne(ctx.db, id);
}

export function createExpense(ctx: AppContext, projectId: string, input: ExpenseCreate): Promise<Expense> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'contribute', 'record expenses');
    const currency = checkCurrency(await projectCurrency(trx, project), input.amount, 'amount.currency', project.code);
    checkPositive(input.amount.amountMinor, 'amount.amountMinor', 'An expense');
    await checkTaskOf(trx, project, input.taskId);
    await checkOrderOf(trx, project, input.purchaseOrderId);
    const now = nowIso(ctx.clock);
    const id = newId();
    const { amount, ...fields } = input;
    await trx.insertInto('expenses').values({ id, projectId: project.id, ...fields, amountMinor: amount.amountMinor, currency, createdBy: ctx.actor.userId || null, createdAt: now, updatedAt: now, version: 1 }).execute();
    const view = await loadOne(trx, id);
    await recordAudit(trx, ctx, { entityType: 'expense', entityId: id, action: 'create', after: view });
    return view;
  });
}

export function updateExpense(ctx: AppContext, id: string, expectedVersion: number, patch: ExpenseUpdate): Promise<Expense> {
  return inTransaction(ctx, async (trx) => {
    const row = await trx.selectFrom('expenses').selectAll().where('id', '=', id).executeTakeFirst();
    const project = await projectForChange(ctx, trx, row, 'Expense', id, 'contribute', 'change expenses', expectedVersion);
    if (patch.amount) {
      checkCurrency(await projectCurrency(trx, project), patch.amount, 'amount.currency', project.code);
      checkPositive(patch.amount.amountMinor, 'amount.amountMinor', 'An expense');
    }
    await checkTaskOf(trx, project, patch.taskId);
    await checkOrderOf(trx, project, patch.purchaseOrderId);
    const before = await loadOne(trx, id);
    const { amount, ...fields } = patch;
    const changes = { ...fields, ...(amount && { amountMinor: amount.amountMinor }), updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 };
    const result = await trx.updateTable('expenses').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated('The expense', result.numUpdatedRows, expectedVersion);
    const view = await loadOne(trx, id);
    await recordAudit(trx, ctx, { entityType: 'expense', entityId: id, action: 'update', before, after: view });
    return view;
  });
}

export function deleteExpense(ctx: AppContext, id: string, expectedVersion: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx) => {
    const row = await trx.selectFrom('expenses').selectAll().where('id', '=', id).executeTakeFirst();
    await projectForChange(ctx, trx, row, 'Expense', id, 'contribute', 'delete expenses', expectedVersion);
    const before = await loadOne(trx, id);
    await trx.deleteFrom('expenses').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { entityType: 'expense', entityId: id, action: 'delete', before, after: null });
    return { ok: true as const };
  });
}
