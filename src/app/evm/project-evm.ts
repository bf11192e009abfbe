// Earned value of one project at a status date, for whoever may read it: the figures, earned
// schedule, every costed task, and the S-curve (cumulative planned value, earned value as recorded
// day by day, actual cost, the forecast to EAC, and CPI/SPI per period). A status date before today
// takes the project's EV as recorded by then (percent complete is kept only as it is now), and each
// task's progress and EV recorded with it, so the tasks add up to the project (task-ev-history.ts).
// With no status date asked for, the figures are at the schedule's status date (the day it falls in),
// where the manager records progress, else today; at the schedule's status date progress now is
// progress as of it, so EV is taken from it even when that day is past. The bottom-up ETC is the
// manager's estimate for the whole project when given, else the tasks' summed, and the answer says
// which (evm-inputs.ts). A project without a cost baseline answers with `notAssessed` saying what to
// do, and still shows what it has spent (and a project estimate).
import type { EvmQuery, ProjectEvm } from '../../contracts/evm.schema.ts';
import { isoDateFromDay, MINUTES_PER_DAY, wallFromIso } from '../../core/calendar/wall-time.ts';
import { curveOutlook, instantAfterPeriods, recordedEvAt } from '../../core/evm/ev-history.ts';
import { evmIndices } from '../../core/evm/indices.ts';
import { projectCurves, projectEvm, statusAtEndOf } from '../../core/evm/project-evm.ts';
import type { EvmAmounts, EvmIndices, ProjectEvmInput, WorkItem } from '../../core/evm/evm-types.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { todayOf } from '../raid/raid-log.ts';
import { actualCosts } from './actual-costs.ts';
import { evmInputs } from './evm-inputs.ts';
import { loadEvSnapshots } from './evm-summaries.ts';
import { itemsAsRecorded, loadRecordedTasks } from './task-ev-history.ts';

/** The currency a project's money is in: its budget's, or the base currency's when it has none. */
export const rollUpCurrency = (project: { budgetCurrency: string | null }, base: string): string => project.budgetCurrency ?? base;

const apiAmounts = (a: EvmAmounts) => ({ bac: a.bac, pv: a.pv, ev: a.ev, ac: a.ac, etcBottomUp: a.etcBottomUp });
export const apiIndices = (i: EvmIndices) => ({ ...i, eacs: { ...i.eacs } });
/** A day number of wall minutes as the date it falls on (the end of a period is the next day's 00:00). */
export const dateBefore = (instant: number) => isoDateFromDay(Math.floor((instant - 1) / MINUTES_PER_DAY));

export async function getProjectEvm(ctx: AppContext, projectId: string, query: EvmQuery, baseCurrency: string): Promise<ProjectEvm> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const currency = rollUpCurrency(project, baseCurrency);
  const settings = await ctx.db.selectFrom('projectSchedules').select('statusDate').where('projectId', '=', project.id).executeTakeFirst();
  const scheduleDay = settings?.statusDate ? dateBefore(wallFromIso(settings.statusDate)) : null;
  const statusDate = query.statusDate ?? scheduleDay ?? todayOf(ctx);
  const statusDateSource: ProjectEvm['statusDateSource'] = query.statusDate ? 'query' : scheduleDay ? 'schedule' : 'today';
  const [inputsOf, actuals, snapshots] = await Promise.all([
    evmInputs(ctx.db, [{ id: project.id, code: project.code, currency }], true),
    actualCosts(ctx.db, [{ id: project.id, currency }], statusDate),
    loadEvSnapshots(ctx.db, project.id, currency, statusDate),
  ]);
  const inputs = inputsOf.get(project.id)!;
  const spent = actuals.get(project.id)!;
  if (spent.notConverted) throw new AppError('validation_failed', `The actual cost of ${project.code} cannot be converted to ${currency}: ${spent.notConverted.reason}`, { errors: [{ path: 'currency', message: `no ${spent.notConverted.currency} rate` }] });
  const costs = spent.costs;
  const head = { projectId: project.id, projectCode: project.code, projectName: project.name, currency, statusDate, statusDateSource, unpricedMinutes: actuals.get(project.id)?.unpricedMinutes ?? 0 };
  const bottomUp = { source: inputs.bottomUp.source, asOf: inputs.bottomUp.asOf, note: inputs.bottomUp.note, tasksWithoutEstimate: inputs.bottomUp.unestimated };
  const input: ProjectEvmInput = { currency, statusDate: statusAtEndOf(statusDate), items: inputs.items, actuals: costs, period: query.period, eacMethod: query.eac, etcBottomUp: inputs.bottomUp.etc, ...(inputs.calendar && { calendar: inputs.calendar }) };
  if (inputs.notAssessed) {
    const spentSoFar = costs.filter((c) => c.at < input.statusDate).reduce((sum, c) => sum + c.amount, 0);
    const amounts = { currency, bac: 0, pv: 0, ev: 0, ac: spentSoFar, etcBottomUp: inputs.bottomUp.etc };
    return { ...head, notAssessed: inputs.notAssessed, amounts: apiAmounts(amounts), indices: apiIndices(evmIndices(amounts, query.eac)), schedule: null, unassignedAc: spentSoFar, bottomUp, tasks: [], curve: [], evRecordedOn: null };
  }
  const records = snapshots.map((r) => ({ at: statusAtEndOf(r.day), ev: r.ev }));
  const today = todayOf(ctx);
  const recordedEv = statusDate < today && statusDate !== scheduleDay ? (recordedEvAt(records, input.statusDate) ?? 0) : undefined;
  const evRecordedOn = recordedEv === undefined ? null : (snapshots.at(-1)?.day ?? null);
  const tasksThen = await tasksAsOf(ctx, project.id, currency, inputs.items, recordedEv === undefined ? null : { day: evRecordedOn, today, statusDate });
  const result = projectEvm({ ...input, items: tasksThen.items, ...(recordedEv !== undefined && { earnedValue: recordedEv }) });
  if (!result.ok) throw new AppError('validation_failed', `The earned value of ${project.code} cannot be computed: ${result.message}`);
  const s = result.schedule;
  const finishAt = s.ieacT === null ? null : instantAfterPeriods(s.origin, s.ieacT, s.period);
  const curves = projectCurves(input, finishAt ?? undefined);
  if (!curves.ok) throw new AppError('validation_failed', `The S-curve of ${project.code} cannot be drawn: ${curves.message}`);
  const forecastFinish = finishAt === null ? null : dateBefore(finishAt);
  const outlook = curveOutlook(curves.periods, { statusDate: input.statusDate, records, ev: result.amounts.ev, ac: result.amounts.ac, eac: result.indices.eac, finish: finishAt ?? curves.finish });
  return {
    ...head,
    notAssessed: null,
    amounts: apiAmounts(result.amounts),
    indices: apiIndices(result.indices),
    schedule: { period: s.period, pd: s.pd, at: s.at, es: s.es, svT: s.svT, spiT: s.spiT, ieacT: s.ieacT, tspi: s.tspi, forecastFinish },
    unassignedAc: result.unassignedAc,
    bottomUp,
    tasks: result.items.map((i, n) => {
      const task = inputs.names.get(i.id);
      const item = tasksThen.items[n]!;
      return {
        taskId: i.id,
        name: task?.name ?? '(deleted since the baseline)',
        percentComplete: item.progress.percentComplete,
        progressAsOf: tasksThen.asOf,
        earningMethod: item.earning?.method ?? 'percent-complete',
        etcAsOf: task?.etcAsOf ?? null,
        amounts: apiAmounts(i.amounts),
        indices: apiIndices(i.indices),
        cpi: i.indices.cpi,
        spi: i.indices.spi,
      };
    }),
    curve: curves.periods.map((p, i) => ({ periodEnd: dateBefore(p.end), pv: p.pv, ac: p.ac, ...outlook[i]! })),
    evRecordedOn,
  };
}

/**
 * The tasks as of a past status date (`past`): each with the progress and EV recorded with the
 * project's EV on the day used, so they add up to it; all at nothing when nothing was recorded by
 * then; at their progress now when that day's record predates per-task records. Now: as they are.
 */
async function tasksAsOf(ctx: AppContext, projectId: string, currency: string, items: WorkItem[], past: { day: string | null; today: string; statusDate: string } | null): Promise<{ items: WorkItem[]; asOf: string }> {
  if (past === null) return { items, asOf: todayOf(ctx) };
  if (past.day === null) return { items: itemsAsRecorded(items, new Map()), asOf: past.statusDate };
  const recorded = await loadRecordedTasks(ctx.db, projectId, currency, past.day);
  return recorded ? { items: itemsAsRecorded(items, recorded), asOf: past.day } : { items, asOf: past.today };
}
