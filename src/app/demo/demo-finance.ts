// The demo's money, done by the people who would do it, through the real use cases. Every active
// project has an original budget by category and month drafted by its manager and approved by the
// PMO, summing to its register budget. The CRM and the WMS drew on contingency (net zero); the
// lakehouse's applied change request added to its budget (approved by its sponsor); the Germany
// launch waits for the PMO with a change. Planned projects carry planned costs on their tasks, a
// purchase order for their implementation partner (invoiced as far as the work went) and one for the
// users' devices (still committed) and invoices and expenses up to today, so the financials page has
// a story to tell; their task costs are planned before the plan is baselined (the cost baseline).
// The lakehouse measures its build by weighted milestones and its testing 50/50, and its manager keeps an
// estimate to complete on every costed task, so its bottom-up EAC has figures to show.
import type { BudgetLine, CostCategory, CostType } from '../../contracts/finance.schema.ts';
import type { ScheduleTask } from '../../contracts/schedule.schema.ts';
import type { AppContext } from '../context.ts';
import { approveBudgetRevision } from '../finance/budget-decisions.ts';
import { createBudgetRevision } from '../finance/budget-revisions.ts';
import { createExpense } from '../finance/expenses.ts';
import { createPurchaseOrder } from '../finance/purchase-orders.ts';
import { createTaskCost } from '../finance/task-costs.ts';
import { setTaskEarning } from '../evm/task-earning.ts';
import { loadProjectRow } from '../projects/project-store.ts';
import { getSchedule } from '../schedules/schedule-commands.ts';
import { DEMO_PEOPLE, DEMO_PROJECTS, type DemoProject } from './demo-organisation.ts';

type Person = (key: string) => string;

function as(ctx: AppContext, key: string, person: Person): AppContext {
  const p = DEMO_PEOPLE.find((d) => d.key === key)!;
  return { ...ctx, actor: { userId: person(key), name: p.name, orgRole: p.orgRole, via: 'session' } };
}

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
/** Shares of the budget per category (per mille), with their capex/opex. */
const SHARES: ReadonlyArray<readonly [CostCategory, CostType, number]> = [
  ['labour', 'opex', 550], ['equipment', 'capex', 150], ['services', 'opex', 150], ['material', 'capex', 50], ['contingency', 'opex', 80], ['management_reserve', 'opex', 20],
];

function monthsBetween(start: string, finish: string): string[] {
  const months: string[] = [];
  for (let d = new Date(`${start.slice(0, 7)}-01T00:00:00Z`); d.toISOString().slice(0, 7) <= finish.slice(0, 7); d.setUTCMonth(d.getUTCMonth() + 1)) months.push(d.toISOString().slice(0, 7));
  return months;
}

/** The original budget: each category spread evenly over the months (reserves held in the first), summing exactly to the total. */
function originalLines(totalMinor: number, months: string[]): BudgetLine[] {
  const lines: BudgetLine[] = [];
  let left = totalMinor;
  SHARES.forEach(([category, costType, perMille], i) => {
    const amount = i === SHARES.length - 1 ? left : Math.floor((totalMinor * perMille) / 1000);
    left -= amount;
    const spread = category === 'contingency' || category === 'management_reserve' ? [months[0]!] : months;
    const each = Math.floor(amount / spread.length);
    spread.forEach((month, m) => lines.push({ category, costType, month, amount: eur(m === spread.length - 1 ? amount - each * (spread.length - 1) : each), note: '' }));
  });
  return lines;
}

/** Planned costs on the demo WBS: [task, category, capex/opex, per mille of the budget, what]. */
const PLANNED: ReadonlyArray<readonly [string, 'labour' | 'equipment' | 'services' | 'material', CostType, number, string]> = [
  ['Requirements', 'labour', 'opex', 60, 'Business analysts (partner, fixed price)'],
  ['Solution design', 'labour', 'opex', 60, 'Architecture (partner, fixed price)'],
  ['Build', 'labour', 'opex', 300, 'Implementation partner, fixed price'],
  ['Build', 'equipment', 'capex', 120, 'Servers and licences'],
  ['Integration and testing', 'services', 'opex', 80, 'Test automation service'],
  ['Training and change', 'services', 'opex', 50, 'Training provider'],
];

const dayOf = (dateTime: string | null, today: string): string => (dateTime && dateTime.slice(0, 10) < today ? dateTime.slice(0, 10) : today);

/**
 * The planned costs of a planned project's tasks (and the users' devices as material), put on by its
 * manager before the plan is baselined, so baseline 0 is also the cost baseline earned value uses.
 */
export async function planDemoTaskCosts(ctx: AppContext, projectId: string, budgetMinor: number, managerKey: string, person: Person): Promise<void> {
  const manager = as(ctx, managerKey, person);
  const tasks = new Map<string, ScheduleTask>((await getSchedule(ctx, projectId)).tasks.map((t) => [t.name, t]));
  for (const [name, category, costType, perMille, what] of PLANNED) {
    await createTaskCost(manager, projectId, { taskId: tasks.get(name)!.id, kind: 'fixed', category, costType, description: what, amount: eur(Math.floor((budgetMinor * perMille) / 1000)), unit: '', accrual: 'prorated' });
  }
  const units = 40;
  const unitCost = eur(Math.floor((budgetMinor * 20) / 1000 / units));
  await createTaskCost(manager, projectId, { taskId: tasks.get('Deployment')!.id, kind: 'material', category: 'material', costType: 'capex', description: 'Devices for the users', quantity: units, unit: 'pcs', unitCost, accrual: 'start' });
}

/** What a planned project has spent and committed: invoices as far as the work went (× overrun), its orders, a trip. */
async function spend(ctx: AppContext, demo: DemoProject, projectId: string, budgetMinor: number, person: Person, overrun: number): Promise<void> {
  const manager = as(ctx, demo.manager, person);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const tasks = new Map<string, ScheduleTask>((await getSchedule(ctx, projectId)).tasks.map((t) => [t.name, t]));
  const order = await createPurchaseOrder(manager, projectId, { number: `PO-${demo.name.slice(0, 3).toUpperCase()}-0001`, supplier: 'Northwind Consulting', amount: eur(Math.floor((budgetMinor * 300) / 1000)), orderedOn: dayOf(tasks.get('Build')!.start, today), status: 'open', category: 'labour', costType: 'opex', description: 'Implementation partner, fixed price' });
  for (const [name, category, costType, perMille, what] of PLANNED) {
    const task = tasks.get(name)!;
    if (task.percentComplete === 0) continue;
    const planned = Math.floor((budgetMinor * perMille) / 1000);
    const spent = Math.round((planned * task.percentComplete * overrun) / 100);
    const againstOrder = name === 'Build' && category === 'labour';
    await createExpense(as(ctx, demo.team.find(([, role]) => role === 'contributor')?.[0] ?? demo.manager, person), projectId, {
      kind: 'invoice', incurredOn: dayOf(task.percentComplete === 100 ? task.finish : task.start, today), amount: eur(spent), category, costType,
      supplier: againstOrder ? 'Northwind Consulting' : 'Various', reference: `INV-${task.id.slice(-4).toUpperCase()}`, taskId: task.id, purchaseOrderId: againstOrder ? order.id : null, description: what,
    });
  }
  const units = 40;
  const unitCost = eur(Math.floor((budgetMinor * 20) / 1000 / units));
  await createPurchaseOrder(manager, projectId, { number: `PO-${demo.name.slice(0, 3).toUpperCase()}-0002`, supplier: 'Contoso Devices', amount: eur(units * unitCost.amountMinor), orderedOn: today, status: 'open', category: 'material', costType: 'capex', description: `${units} devices for the users, delivered before deployment` });
  await createExpense(manager, projectId, { kind: 'expense', incurredOn: today, amount: eur(86_450), category: 'services', costType: 'opex', supplier: 'Rail & Hotel', reference: '', taskId: null, purchaseOrderId: null, description: 'Travel to the vendor workshop' });
}

/** The lakehouse's earning rules and its manager's estimates to complete: what is left of each plan, 10 % more on the build. */
async function estimateDemoWork(ctx: AppContext, demo: DemoProject, projectId: string, budgetMinor: number, person: Person): Promise<void> {
  const manager = as(ctx, demo.manager, person);
  const tasks = new Map<string, ScheduleTask>((await getSchedule(ctx, projectId)).tasks.map((t) => [t.name, t]));
  const planned = new Map<string, number>();
  for (const [name, , , perMille] of PLANNED) planned.set(name, (planned.get(name) ?? 0) + Math.floor((budgetMinor * perMille) / 1000));
  planned.set('Deployment', (planned.get('Deployment') ?? 0) + Math.floor((budgetMinor * 20) / 1000));
  const steps = [['Ingestion of the core systems', 2], ['Governance and catalogue', 1], ['First data products', 1]] as const;
  for (const [name, amount] of planned) {
    const task = tasks.get(name)!;
    const left = Math.round((amount * (100 - task.percentComplete) * (name === 'Build' ? 1.1 : 1)) / 100);
    const milestones = steps.map(([step, weight], i) => ({ name: step, weight, done: task.percentComplete >= ((i + 1) * 100) / steps.length }));
    const method = name === 'Build' ? 'milestones' : name === 'Integration and testing' ? '50/50' : 'percent-complete';
    await setTaskEarning(manager, projectId, task.id, 0, { method, milestones: method === 'milestones' ? milestones : [], etc: eur(left) });
  }
}

async function change(ctx: AppContext, projectId: string, drafter: AppContext, approver: AppContext | null, reason: string, lines: BudgetLine[], changeRequestId: string | null = null): Promise<void> {
  const draft = await createBudgetRevision(drafter, projectId, { reason, changeRequestId, lines });
  if (approver) await approveBudgetRevision(approver, draft.id, draft.version, { comment: 'Approved.' });
}

export async function loadDemoFinance(ctx: AppContext, projects: ReadonlyMap<string, string>, person: Person): Promise<void> {
  const priya = as(ctx, 'priya', person);
  const thisMonth = ctx.clock.now().toISOString().slice(0, 7);
  for (const demo of DEMO_PROJECTS.filter((p) => p.status === 'active')) {
    const projectId = projects.get(demo.name)!;
    const row = (await loadProjectRow(ctx.db, projectId))!;
    const budgetMinor = Number(row.budgetAmountMinor);
    const months = monthsBetween(row.plannedStart!, row.plannedFinish!);
    const manager = as(ctx, demo.manager, person);
    const original = await createBudgetRevision(manager, projectId, { reason: 'Budget of the approved business case', changeRequestId: null, lines: originalLines(budgetMinor, months) });
    await approveBudgetRevision(priya, original.id, original.version, { comment: 'Matches the business case approved at the gate.' });
    if (demo.planned) await spend(ctx, demo, projectId, budgetMinor, person, demo.name === 'CRM Replacement' ? 1.15 : 1);
    if (demo.name === 'Data Lakehouse Foundation') await estimateDemoWork(ctx, demo, projectId, budgetMinor, person);
    else await createExpense(manager, projectId, { kind: 'invoice', incurredOn: ctx.clock.now().toISOString().slice(0, 10), amount: eur(1_250_000), category: 'services', costType: 'opex', supplier: 'Bright Facilitation', reference: 'BF-2291', taskId: null, purchaseOrderId: null, description: 'Discovery workshops' });
  }
  const draw = (amount: number, month: string) => [{ category: 'contingency' as const, costType: 'opex' as const, month, amount: eur(-amount), note: '' }, { category: 'services' as const, costType: 'opex' as const, month: thisMonth, amount: eur(amount), note: '' }];
  const crm = projects.get('CRM Replacement')!;
  const crmStart = (await loadProjectRow(ctx.db, crm))!.plannedStart!.slice(0, 7);
  await change(ctx, crm, as(ctx, 'marcus', person), priya, 'Licence true-up at go-live exceeds the budget (risk occurred): covered from contingency.', draw(6_500_000, crmStart));
  const wms = projects.get('Warehouse Management System')!;
  await change(ctx, wms, as(ctx, 'jonas', person), priya, 'Extra RF scanner site survey after the pilot.', draw(2_400_000, (await loadProjectRow(ctx.db, wms))!.plannedStart!.slice(0, 7)));
  const lake = projects.get('Data Lakehouse Foundation')!;
  const sprint = await ctx.db.selectFrom('changeRequests').select('id').where('projectId', '=', lake).where('status', '=', 'applied').executeTakeFirstOrThrow();
  await change(ctx, lake, as(ctx, 'mei', person), as(ctx, 'david', person), 'Data-quality remediation sprint (approved change request).', [{ category: 'labour', costType: 'opex', month: thisMonth, amount: eur(4_800_000), note: 'Two weeks of the data team' }], sprint.id);
  const germany = projects.get('Germany Market Launch')!;
  await change(ctx, germany, as(ctx, 'sofia', person), null, 'Partner co-marketing instead of paid search (cost per lead 60 % above plan).', [{ category: 'services', costType: 'opex', month: thisMonth, amount: eur(6_000_000), note: 'Co-marketing fund' }]);
}
