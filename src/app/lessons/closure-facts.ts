// The live figures of a project's closure report, read from its data: the finish against baseline 0
// (the first baseline, the plan the project was approved on) in working days of the project's
// calendar, the actual cost against the current budget (the financials' very figures), the change
// requests approved, the risks that happened (risks an issue was raised from), and the benefits so
// far (the benefits register as it stands). A submitted report freezes what this returns.
import type { ClosureFigures } from '../../contracts/closure.schema.ts';
import { WorkCalendar } from '../../core/calendar/work-calendar.ts';
import { APPROVED_CHANGE_STATUSES, closureFigures, type MoneyInput, type ScheduleInput } from '../../core/lessons/closure-figures.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { projectBenefits } from '../benefits/benefit-views.ts';
import { projectFinancials } from '../finance/financials.ts';
import { loadBaseCurrency, MissingExchangeRate } from '../rates/exchange-rates.ts';
import { todayOf } from '../raid/raid-log.ts';
import { toEngineCalendar, toWall } from '../schedules/schedule-state.ts';
import { readScheduleState } from '../schedules/schedule-settings.ts';

/** The baseline closure measures against: the plan as first approved. */
export const CLOSURE_BASELINE = 0;

interface SavedTask {
  readonly start: string | null;
  readonly finish: string | null;
}

const pick = (values: ReadonlyArray<string | null>, later: boolean): string | null =>
  values.reduce<string | null>((a, v) => (v !== null && (a === null || (later ? v > a : v < a)) ? v : a), null);

async function scheduleInput(db: Db, ctx: AppContext, project: ProjectRow): Promise<ScheduleInput> {
  const [state, saved] = await Promise.all([
    readScheduleState(db, ctx, project),
    db.selectFrom('scheduleBaselines').select('tasksJson').where('projectId', '=', project.id).where('number', '=', CLOSURE_BASELINE).executeTakeFirst(),
  ]);
  const tasks = saved ? (JSON.parse(saved.tasksJson) as SavedTask[]) : [];
  const baselineStart = pick(tasks.map((t) => t.start), false);
  const baselineFinish = pick(tasks.map((t) => t.finish), true);
  const active = state.tasks.filter((t) => t.active === 1);
  const finish = pick(active.map((t) => t.actualFinish ?? t.finish), true) ?? state.settings.computedFinish;
  const { settings } = state;
  let calendar: WorkCalendar | null = null;
  const days = (from: string | null, to: string | null): number | null => {
    if (from === null || to === null) return null;
    calendar ??= new WorkCalendar(settings.calendarId, state.calendars.map(toEngineCalendar), toWall(settings.start)!);
    const [a, b] = from <= to ? [from, to] : [to, from];
    const value = Math.round((calendar.workingBetween(toWall(a)!, toWall(b)!) / settings.minutesPerDay) * 10) / 10;
    return from <= to ? value : -value;
  };
  return { baselineNumber: CLOSURE_BASELINE, baselineStart, baselineFinish, finish, slipDays: days(baselineFinish, finish), baselineDays: days(baselineStart, baselineFinish) };
}

async function moneyInput(db: Db, ctx: AppContext, project: ProjectRow, asOf: string): Promise<MoneyInput | null> {
  const financials = await projectFinancials({ ...ctx, db }, project.id, { asOf }).catch((error: unknown) => {
    if (error instanceof MissingExchangeRate) return null;
    throw error;
  });
  if (financials === null) return null;
  const currency = financials.currency ?? project.budgetCurrency ?? (await loadBaseCurrency(db));
  const current = financials.budget.currentMinor;
  const headline = financials.budget.headline;
  const budgetMinor = current !== null && current > 0 ? current : headline && headline.currency === currency ? headline.amountMinor : null;
  return { currency, budgetMinor, actualMinor: financials.actual.totalMinor };
}

export async function liveClosureFigures(db: Db, ctx: AppContext, project: ProjectRow): Promise<ClosureFigures> {
  const asOf = todayOf(ctx);
  const [schedule, cost, changes, happened, identified] = await Promise.all([
    scheduleInput(db, ctx, project),
    moneyInput(db, ctx, project, asOf),
    db.selectFrom('changeRequests').select(['code', 'title', 'status', 'costImpactMinor']).where('projectId', '=', project.id).where('status', 'in', [...APPROVED_CHANGE_STATUSES]).orderBy('code').execute(),
    db.selectFrom('issues as i').innerJoin('risks as r', 'r.id', 'i.riskId').select(['r.code as riskCode', 'r.title as riskTitle', 'i.code as issueCode', 'i.title as issueTitle'])
      .where('i.projectId', '=', project.id).orderBy('r.code').orderBy('i.code').execute(),
    db.selectFrom('risks').select((eb) => eb.fn.countAll<number>().as('n')).where('projectId', '=', project.id).executeTakeFirstOrThrow(),
  ]);
  const figures = closureFigures({
    schedule,
    cost,
    changes: changes.map((c) => ({ ...c, costImpactMinor: c.costImpactMinor === null ? null : Number(c.costImpactMinor) })),
    happenedRisks: happened,
    risksIdentified: Number(identified.n),
  });
  return { asOf, ...figures, scope: { ...figures.scope, changes: [...figures.scope.changes] }, risks: { ...figures.risks, items: [...figures.risks.items] }, benefits: await benefitsSoFar({ ...ctx, db }, project.id) };
}

/** The project's benefits as its register stands: how many realised or at risk, money planned and realised so far. */
async function benefitsSoFar(ctx: AppContext, projectId: string): Promise<NonNullable<ClosureFigures['benefits']>> {
  const register = await projectBenefits(ctx, projectId);
  const { totals } = register;
  return {
    planned: totals.benefits, realised: totals.byStatus.realised, atRisk: totals.byStatus.at_risk,
    currency: register.currency, plannedMinor: totals.plannedMinor, realisedMinor: totals.realisedMinor,
    items: register.items.map((b) => ({ code: b.code, title: b.title, status: b.status, realisationPct: b.realisationPct })),
  };
}
