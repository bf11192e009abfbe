// How a schedule task earns its value (percent complete, 0/100, 50/50 or weighted milestones) and
// its manager's bottom-up estimate to complete, set by whoever plans the project's costs and read
// by its readers. Kept in its own table keyed by task (no row: percent complete and no estimate, at
// version 0), so setting it neither reschedules nor bumps the task's version; the row leaves with
// its task. Only leaf tasks: earned value measures them (a summary's children would count twice).
// Each change refreshes the project's earned-value summary in the same transaction, so the
// portfolio's figures agree with the project's page at once.
import type { TaskEarning, TaskEarningBody } from '../../contracts/evm.schema.ts';
import { earningProblem } from '../../core/evm/earned-value.ts';
import type { EarningRule } from '../../core/evm/evm-types.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkCurrency, projectCurrency } from '../finance/finance-rules.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { todayOf } from '../raid/raid-log.ts';
import { loadBaseCurrency } from '../rates/exchange-rates.ts';
import { summaryFlags } from '../schedules/schedule-state.ts';
import { writeKeyedRow } from '../shared/keyed-rows.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/versioning.ts';
import { refreshEvmSummary } from './evm-summaries.ts';

type Milestone = TaskEarning['milestones'][number];

const refuse = (path: string, message: string, detail: string) => new AppError('validation_failed', detail, { errors: [{ path, message }] });

/** The task (of this project, in the reader's view) with whether it is a summary task. */
async function loadTask(db: Db, project: ProjectRow, taskId: string) {
  const tasks = await db.selectFrom('scheduleTasks').select(['id', 'name', 'outlineLevel', 'percentComplete']).where('projectId', '=', project.id).orderBy('position').execute();
  const index = tasks.findIndex((t) => t.id === taskId);
  if (index < 0) throw notFound('Task', taskId);
  return { ...tasks[index]!, summary: summaryFlags(tasks)[index]! };
}

async function loadEarning(db: Db, project: ProjectRow, task: { id: string; name: string }): Promise<TaskEarning> {
  const row = await db.selectFrom('taskEarning').selectAll().where('taskId', '=', task.id).executeTakeFirst();
  const head = { projectId: project.id, taskId: task.id, taskName: task.name };
  if (!row) return { ...head, method: 'percent-complete', milestones: [], etc: null, etcAsOf: null, updatedAt: null, version: 0 };
  return {
    ...head,
    method: row.method as TaskEarning['method'],
    milestones: JSON.parse(row.milestonesJson) as Milestone[],
    etc: row.etcMinor === null || row.etcCurrency === null ? null : { amountMinor: Number(row.etcMinor), currency: row.etcCurrency },
    etcAsOf: row.etcAsOf,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export async function getTaskEarning(ctx: AppContext, projectId: string, taskId: string): Promise<TaskEarning> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  return loadEarning(ctx.db, project, await loadTask(ctx.db, project, taskId));
}

/** Checks the rule (milestones only with their method, and with weight) and answers the estimate, in the project's currency. */
async function checked(trx: Db, ctx: AppContext, project: ProjectRow, task: { name: string; percentComplete: number }, body: TaskEarningBody) {
  if (body.method !== 'milestones' && body.milestones.length > 0) {
    throw refuse('milestones', 'only with method milestones', `Milestones weigh a task’s budget only when it earns by milestones: choose method "milestones", or leave out the milestones for ${body.method}.`);
  }
  const rule: EarningRule = body.method === 'milestones' ? { method: 'milestones', milestones: body.milestones } : { method: body.method };
  const problem = earningProblem(rule, { percentComplete: task.percentComplete });
  if (problem) throw refuse('milestones', problem, `Task "${task.name}" ${problem}: give each milestone a weight of 0 or more, and at least one a weight above 0 (its share of the budget is its weight over the sum).`);
  if (body.etc === null) {
    if (body.etcAsOf) throw refuse('etcAsOf', 'only with an estimate', 'etcAsOf dates an estimate to complete: give etc as well, or leave out etcAsOf.');
    return null;
  }
  const currency = checkCurrency((await projectCurrency(trx, project)) ?? (await loadBaseCurrency(trx)), body.etc, 'etc.currency', project.code);
  return { amountMinor: body.etc.amountMinor, currency, asOf: body.etcAsOf ?? todayOf(ctx) };
}

/** Sets how a leaf task earns and its estimate to complete (who plans the project's costs), under If-Match ("0" the first time). */
export function setTaskEarning(ctx: AppContext, projectId: string, taskId: string, expectedVersion: number, body: TaskEarningBody): Promise<TaskEarning> {
  return inTransaction(ctx, async (trx) => {
    const project = await loadAccessibleProject(ctx, trx, projectId, 'edit', 'plan costs');
    const task = await loadTask(trx, project, taskId);
    if (task.summary) {
      throw refuse('taskId', 'a summary task', `Task "${task.name}" is a summary task: earned value is measured on the tasks under it (a summary would count them twice). Set the earning method and estimate on those tasks.`);
    }
    const before = await loadEarning(trx, project, task);
    const label = `The earning settings of task "${task.name}"`;
    assertVersion(label, before.version, expectedVersion);
    const etc = await checked(trx, ctx, project, task, body);
    await writeKeyedRow(trx, 'taskEarning', task.id, label, expectedVersion, {
      projectId: project.id,
      method: body.method,
      milestonesJson: JSON.stringify(body.milestones),
      etcMinor: etc?.amountMinor ?? null,
      etcCurrency: etc?.currency ?? null,
      etcAsOf: etc?.asOf ?? null,
      updatedBy: ctx.actor.userId || null,
      updatedAt: nowIso(ctx.clock),
    });
    await refreshEvmSummary(trx, ctx.clock, project);
    const after = await loadEarning(trx, project, task);
    await recordAudit(trx, ctx, { entityType: 'task_earning', entityId: task.id, action: before.version === 0 ? 'create' : 'update', before: before.version === 0 ? null : before, after });
    return after;
  });
}
