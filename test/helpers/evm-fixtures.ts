// The published fence example as a project, for earned-value tests: four one-day sides in a row,
// 1,000.00 each, linked finish-to-start and baselined, with helpers to record progress and invoices
// and to bring it to the book's state at the end of its third day.
import { makeProject, systemContext } from './register-fixtures.ts';
import { createScheduleLink } from '../../src/app/schedules/schedule-links.ts';
import { createScheduleTask, getSchedule, updateScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { saveBaseline } from '../../src/app/schedules/baselines.ts';
import { createTaskCost } from '../../src/app/finance/task-costs.ts';
import { createExpense } from '../../src/app/finance/expenses.ts';
import type { AppDeps } from '../../src/app/context.ts';
import type { ProjectCreate } from '../../src/contracts/project.schema.ts';
import { addDays } from '../../src/core/portfolio/milestone-watch.ts';

const DAY = 480;

/** The fence: four one-day sides in a row from Monday 1 March 2027, 1,000.00 of the currency each, baseline 0 saved; `more` sets other fields of the project (its program). */
export async function fence(deps: AppDeps, portfolioId: string, managerId: string, name: string, currency = 'EUR', plannedStart = '2027-03-01', more: Partial<ProjectCreate> = {}) {
  const system = systemContext(deps);
  const project = await makeProject(deps, { name, portfolioId, managerId, plannedStart, budget: { amountMinor: 400_000, currency }, ...more });
  const sides: string[] = [];
  for (let i = 1; i <= 4; i++) {
    sides.push((await createScheduleTask(system, project.id, { name: `Side ${i}`, durationMinutes: DAY })).taskId);
    if (i > 1) await createScheduleLink(system, project.id, { predecessorId: sides[i - 2]!, successorId: sides[i - 1]!, type: 'FS', lagMinutes: 0, lagElapsed: false, lagPercent: null });
    await createTaskCost(system, project.id, { taskId: sides[i - 1]!, kind: 'fixed', category: 'services', costType: 'opex', description: '', amount: { amountMinor: 100_000, currency }, unit: '', accrual: 'prorated' });
  }
  await saveBaseline(system, project.id, 0, undefined);
  const progress = async (side: number, percentComplete: number) => {
    const task = (await getSchedule(system, project.id)).tasks.find((t) => t.id === sides[side - 1])!;
    await updateScheduleTask(system, project.id, task.id, task.version, { percentComplete });
  };
  const spend = (side: number, incurredOn: string, amountMinor: number) =>
    createExpense(system, project.id, { kind: 'invoice', incurredOn, amount: { amountMinor, currency }, category: 'services', costType: 'opex', supplier: 'Fencing Ltd', reference: '', taskId: sides[side - 1]!, purchaseOrderId: null, description: '' });
  /** The published state at the end of the third day: sides 1 and 2 done, side 3 half done, invoiced 1,000 + 1,200 + 600 on the first three days. */
  const asPublished = async () => {
    for (const [side, percent] of [[1, 100], [2, 100], [3, 50]] as const) await progress(side, percent);
    for (const [side, amountMinor] of [[1, 100_000], [2, 120_000], [3, 60_000]] as const) await spend(side, addDays(plannedStart, side - 1), amountMinor);
  };
  return { project, sides, progress, spend, asPublished };
}
