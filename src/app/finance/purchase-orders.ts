// Purchase orders: money a project has committed to a supplier. An order is open until closed; what
// is invoiced against it (expenses and invoices naming it) consumes it, so its open commitment is its
// amount less what was invoiced, never below zero, and nothing once closed. Kept by the project's
// manager and the PMO; an order with invoices against it cannot be deleted (close it instead).
import { sql, type Selectable } from 'kysely';
import type { PurchaseOrder, PurchaseOrderCreate, PurchaseOrderList, PurchaseOrderUpdate } from '../../contracts/finance-costs.schema.ts';
import type { CostType, SpendingCategory } from '../../contracts/finance.schema.ts';
import { sumMinor } from '../../core/finance/money.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow, PurchaseOrdersTable } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { newId } from '../shared/ids.ts';
import { isUniqueViolation } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated } from '../shared/versioning.ts';
import { checkCurrency, checkPositive, projectCurrency } from './finance-rules.ts';
import { personOf, projectForChange, projectForRead } from './finance-records.ts';

type Row = Selectable<PurchaseOrdersTable> & { invoicedMinor: number | string | null; invoiceCount: number | string; createdByName: string | null; createdByEmail: string | null };

/** What is still committed on an order. */
export const openCommitment = (status: string, amountMinor: number, invoicedMinor: number): number => (status === 'open' ? Math.max(0, amountMinor - invoicedMinor) : 0);

function ordersQuery(db: Db) {
  const invoiced = db
    .selectFrom('expenses')
    .select(['purchaseOrderId', sql<number>`sum(amount_minor)`.as('invoicedMinor'), sql<number>`count(*)`.as('invoiceCount')])
    .where('purchaseOrderId', 'is not', null)
    .groupBy('purchaseOrderId')
    .as('x');
  return db
    .selectFrom('purchaseOrders as o')
    .leftJoin(invoiced, 'x.purchaseOrderId', 'o.id')
    .leftJoin('users as u', 'u.id', 'o.createdBy')
    .selectAll('o')
    .select(['x.invoicedMinor', sql<number>`coalesce(x.invoice_count, 0)`.as('invoiceCount'), 'u.name as createdByName', 'u.email as createdByEmail']);
}

function toOrder(r: Row): PurchaseOrder {
  const amountMinor = Number(r.amountMinor);
  const invoicedMinor = Number(r.invoicedMinor ?? 0);
  return {
    id: r.id,
    projectId: r.projectId,
    number: r.number,
    supplier: r.supplier,
    amount: { amountMinor, currency: r.currency },
    orderedOn: r.orderedOn,
    status: r.status as PurchaseOrder['status'],
    category: r.category as SpendingCategory,
    costType: r.costType as CostType,
    description: r.description,
    invoicedMinor,
    openCommitmentMinor: openCommitment(r.status, amountMinor, invoicedMinor),
    invoiceCount: Number(r.invoiceCount),
    createdBy: personOf(r.createdBy, r.createdByName, r.createdByEmail),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

const loadOne = async (db: Db, id: string) => toOrder((await ordersQuery(db).where('o.id', '=', id).executeTakeFirstOrThrow()) as Row);

export async function listPurchaseOrders(ctx: AppContext, projectId: string): Promise<PurchaseOrderList> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const items = ((await ordersQuery(ctx.db).where('o.projectId', '=', project.id).orderBy('o.orderedOn', 'desc').orderBy('o.id', 'desc').execute()) as Row[]).map(toOrder);
  return { projectId: project.id, currency: await projectCurrency(ctx.db, project), openCommitmentMinor: sumMinor(items.map((o) => o.openCommitmentMinor)), items };
}

export async function getPurchaseOrder(ctx: AppContext, id: string): Promise<PurchaseOrder> {
  const row = await ctx.db.selectFrom('purchaseOrders').select(['projectId']).where('id', '=', id).executeTakeFirst();
  await projectForRead(ctx, ctx.db, row, 'Purchase order', id);
  return loadOne(ctx.db, id);
}

const duplicateNumber = (project: ProjectRow, number: string) =>
  new AppError('duplicate', `Purchase order ${number} is already recorded on ${project.code}.`, { errors: [{ path: 'number', message: 'already recorded' }] });

async function checkNumberFree(trx: Db, project: ProjectRow, number: string, exceptId?: string): Promise<void> {
  let q = trx.selectFrom('purchaseOrders').select('id').where('projectId', '=', project.id).where('number', '=', number);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw duplicateNumber(project, number);
}

export async function createPurchaseOrder(ctx: AppContext, projectId: string, input: PurchaseOrderCreate): Promise<PurchaseOrder> {
  try {
    return await inTransaction(ctx, async (trx) => {
      const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'record purchase orders');
      const currency = checkCurrency(await projectCurrency(trx, project), input.amount, 'amount.currency', project.code);
      checkPositive(input.amount.amountMinor, 'amount.amountMinor', 'An order’s amount');
      await checkNumberFree(trx, project, input.number);
      const now = nowIso(ctx.clock);
      const id = newId();
      const { amount, ...fields } = input;
      await trx.insertInto('purchaseOrders').values({ id, projectId: project.id, ...fields, amountMinor: amount.amountMinor, currency, createdBy: ctx.actor.userId || null, createdAt: now, updatedAt: now, version: 1 }).execute();
      const view = await loadOne(trx, id);
      await recordAudit(trx, ctx, { entityType: 'purchase_order', entityId: id, action: 'create', after: view });
      return view;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('duplicate', `Purchase order ${input.number} is already recorded on this project.`, { errors: [{ path: 'number', message: 'already recorded' }] });
    throw error;
  }
}

export function updatePurchaseOrder(ctx: AppContext, id: string, expectedVersion: number, patch: PurchaseOrderUpdate): Promise<PurchaseOrder> {
  return inTransaction(ctx, async (trx) => {
    const row = await trx.selectFrom('purchaseOrders').selectAll().where('id', '=', id).executeTakeFirst();
    const project = await projectForChange(ctx, trx, row, 'Purchase order', id, 'edit', 'change purchase orders', expectedVersion);
    if (patch.amount) {
      checkCurrency(await projectCurrency(trx, project), patch.amount, 'amount.currency', project.code);
      checkPositive(patch.amount.amountMinor, 'amount.amountMinor', 'An order’s amount');
    }
    if (patch.number !== undefined) await checkNumberFree(trx, project, patch.number, id);
    const before = await loadOne(trx, id);
    const { amount, ...fields } = patch;
    const changes = { ...fields, ...(amount && { amountMinor: amount.amountMinor }), updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 };
    const result = await trx.updateTable('purchaseOrders').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated('The purchase order', result.numUpdatedRows, expectedVersion);
    const view = await loadOne(trx, id);
    await recordAudit(trx, ctx, { entityType: 'purchase_order', entityId: id, action: 'update', before, after: view });
    return view;
  });
}

export function deletePurchaseOrder(ctx: AppContext, id: string, expectedVersion: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx) => {
    const row = await trx.selectFrom('purchaseOrders').selectAll().where('id', '=', id).executeTakeFirst();
    await projectForChange(ctx, trx, row, 'Purchase order', id, 'edit', 'delete purchase orders', expectedVersion);
    const before = await loadOne(trx, id);
    if (before.invoiceCount > 0) {
      throw new AppError('validation_failed', `Purchase order ${before.number} has ${before.invoiceCount} invoice(s) against it: close it instead of deleting it.`, { errors: [{ path: 'status', message: 'has invoices: close it' }] });
    }
    await trx.deleteFrom('purchaseOrders').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { entityType: 'purchase_order', entityId: id, action: 'delete', before, after: null });
    return { ok: true as const };
  });
}
