// Planned costs on a project's schedule tasks, kept by whoever plans the project (its manager, the
// PMO): a fixed amount, or a material's quantity × unit cost (priced once, rounded to the minor unit).
// Together they are the cost baseline the earned-value engine spreads over each task's dates by its
// accrual. A task's planned costs leave with the task (the schedule is the plan). Labour from
// assignments × rates is planned in resources/assignment-plan.ts; its total shows here.
import type { Selectable } from 'kysely';
import type { ProjectTaskCosts, TaskCost, TaskCostCreate, TaskCostUpdate } from '../../contracts/finance-costs.schema.ts';
import type { CostType, SpendingCategory } from '../../contracts/finance.schema.ts';
import { extendedCost, milliToQuantity, quantityToMilli, sumMinor } from '../../core/finance/money.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow, TaskCostsTable } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { newId } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated } from '../shared/versioning.ts';
import { checkCurrency, checkPositive, projectCurrency } from './finance-rules.ts';
import { checkTaskOf, projectForChange } from './finance-records.ts';
import { projectAssignmentPlans } from '../resources/assignment-plan.ts';

type Row = Selectable<TaskCostsTable>;
type Priced = Pick<Row, 'quantityMilli' | 'unit' | 'unitCostMinor' | 'amountMinor' | 'currency'>;

const refuse = (path: string, message: string, detail: string) => new AppError('validation_failed', detail, { errors: [{ path, message }] });

/** The priced columns of a fixed cost or a material, checked against the project's currency. */
async function priced(trx: Db, project: ProjectRow, kind: string, input: Pick<TaskCostUpdate, 'amount' | 'quantity' | 'unit' | 'unitCost'>): Promise<Priced> {
  const currency = await projectCurrency(trx, project);
  if (kind === 'fixed') {
    if (input.quantity !== undefined || input.unitCost !== undefined) throw refuse(input.quantity !== undefined ? 'quantity' : 'unitCost', 'only for materials', 'A fixed cost is an amount: leave out quantity and unit cost (or make it a material).');
    if (!input.amount) throw refuse('amount', 'required', 'Give the fixed cost’s amount.');
    checkPositive(input.amount.amountMinor, 'amount.amountMinor', 'A planned cost');
    return { quantityMilli: null, unit: '', unitCostMinor: null, amountMinor: input.amount.amountMinor, currency: checkCurrency(currency, input.amount, 'amount.currency', project.code) };
  }
  if (input.amount !== undefined) throw refuse('amount', 'computed for materials', 'A material’s cost is its quantity × unit cost: give those instead of an amount.');
  if (input.quantity === undefined || !input.unitCost) throw refuse(input.quantity === undefined ? 'quantity' : 'unitCost', 'required', 'Give the material’s quantity and unit cost.');
  const milli = quantityToMilli(input.quantity);
  if (milli === null) throw refuse('quantity', 'up to three decimals', 'Give the quantity as a number above zero with at most three decimals, such as 2.5.');
  checkPositive(input.unitCost.amountMinor, 'unitCost.amountMinor', 'A unit cost');
  return { quantityMilli: milli, unit: input.unit ?? '', unitCostMinor: input.unitCost.amountMinor, amountMinor: extendedCost(milli, input.unitCost.amountMinor), currency: checkCurrency(currency, input.unitCost, 'unitCost.currency', project.code) };
}


function toTaskCost(r: Row & { taskName: string }): TaskCost {
  const money = (amountMinor: number | null) => (amountMinor === null ? null : { amountMinor: Number(amountMinor), currency: r.currency });
  return {
    id: r.id,
    projectId: r.projectId,
    taskId: r.taskId,
    taskName: r.taskName,
    kind: r.kind as TaskCost['kind'],
    category: r.category as SpendingCategory,
    costType: r.costType as CostType,
    description: r.description,
    quantity: r.quantityMilli === null ? null : milliToQuantity(Number(r.quantityMilli)),
    unit: r.unit,
    unitCost: money(r.unitCostMinor),
    amount: money(r.amountMinor)!,
    accrual: r.accrual as TaskCost['accrual'],
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

const joined = (db: Db) => db.selectFrom('taskCosts as c').innerJoin('scheduleTasks as t', 't.id', 'c.taskId').selectAll('c').select(['t.name as taskName', 't.position', 't.percentComplete']);

async function loadOne(db: Db, id: string): Promise<TaskCost> {
  return toTaskCost((await joined(db).where('c.id', '=', id).executeTakeFirstOrThrow()) as Row & { taskName: string });
}

/** A project's planned costs with each task's total, in schedule order. */
export async function listTaskCosts(ctx: AppContext, projectId: string): Promise<ProjectTaskCosts> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const rows = await joined(ctx.db).where('c.projectId', '=', project.id).orderBy('t.position').orderBy('c.createdAt').orderBy('c.id').execute();
  const tasks = new Map<string, { taskId: string; taskName: string; percentComplete: number; amounts: number[] }>();
  for (const r of rows) {
    const task = tasks.get(r.taskId) ?? { taskId: r.taskId, taskName: r.taskName, percentComplete: r.percentComplete, amounts: [] };
    task.amounts.push(Number(r.amountMinor));
    tasks.set(r.taskId, task);
  }
  const currency = await projectCurrency(ctx.db, project);
  const labour = await projectAssignmentPlans(ctx.db, project.id, currency);
  return {
    projectId: project.id,
    currency,
    totalMinor: sumMinor(rows.map((r) => Number(r.amountMinor))),
    labourFromAssignmentsMinor: labour.items.length === 0 ? null : sumMinor([...labour.byTask.values()].map((t) => t.costMinor)),
    tasks: [...tasks.values()].map(({ amounts, ...t }) => ({ ...t, totalMinor: sumMinor(amounts) })),
    items: rows.map((r) => toTaskCost(r as Row & { taskName: string })),
  };
}

export function createTaskCost(ctx: AppContext, projectId: string, input: TaskCostCreate): Promise<TaskCost> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'plan costs');
    await checkTaskOf(trx, project, input.taskId);
    const now = nowIso(ctx.clock);
    const row: Row = {
      id: newId(),
      projectId: project.id,
      taskId: input.taskId,
      kind: input.kind,
      category: input.category,
      costType: input.costType,
      description: input.description,
      ...(await priced(trx, project, input.kind, input)),
      accrual: input.accrual,
      createdBy: ctx.actor.userId || null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await trx.insertInto('taskCosts').values(row).execute();
    const view = await loadOne(trx, row.id);
    await recordAudit(trx, ctx, { entityType: 'task_cost', entityId: row.id, action: 'create', after: view });
    return view;
  });
}

async function loadForChange(ctx: AppContext, trx: Db, id: string, expectedVersion: number, doing: string) {
  const row = await trx.selectFrom('taskCosts').selectAll().where('id', '=', id).executeTakeFirst();
  const project = await projectForChange(ctx, trx, row, 'Planned cost', id, 'edit', doing, expectedVersion);
  return { row: row!, project };
}

export function updateTaskCost(ctx: AppContext, id: string, expectedVersion: number, patch: TaskCostUpdate): Promise<TaskCost> {
  return inTransaction(ctx, async (trx) => {
    const { row, project } = await loadForChange(ctx, trx, id, expectedVersion, 'plan costs');
    if (patch.taskId !== undefined) await checkTaskOf(trx, project, patch.taskId);
    const repriced = patch.amount !== undefined || patch.quantity !== undefined || patch.unitCost !== undefined || patch.unit !== undefined;
    const current = row.kind === 'fixed'
      ? { amount: { amountMinor: Number(row.amountMinor), currency: row.currency } }
      : { quantity: milliToQuantity(Number(row.quantityMilli)), unit: row.unit, unitCost: { amountMinor: Number(row.unitCostMinor), currency: row.currency } };
    const before = await loadOne(trx, id);
    const changes = {
      ...(patch.taskId !== undefined && { taskId: patch.taskId }),
      ...(patch.category !== undefined && { category: patch.category }),
      ...(patch.costType !== undefined && { costType: patch.costType }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.accrual !== undefined && { accrual: patch.accrual }),
      ...(repriced && (await priced(trx, project, row.kind, { ...current, ...patch }))),
      updatedAt: nowIso(ctx.clock),
      version: expectedVersion + 1,
    };
    const result = await trx.updateTable('taskCosts').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated('The planned cost', result.numUpdatedRows, expectedVersion);
    const view = await loadOne(trx, id);
    await recordAudit(trx, ctx, { entityType: 'task_cost', entityId: id, action: 'update', before, after: view });
    return view;
  });
}

export function deleteTaskCost(ctx: AppContext, id: string, expectedVersion: number): Promise<{ ok: true }> {
  return inTransaction(ctx, async (trx) => {
    await loadForChange(ctx, trx, id, expectedVersion, 'plan costs');
    const before = await loadOne(trx, id);
    await trx.deleteFrom('taskCosts').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { entityType: 'task_cost', entityId: id, action: 'delete', before, after: null });
    return { ok: true as const };
  });
}
