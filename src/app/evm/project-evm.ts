// Earned value of one project at a status date, for whoever may read it: the figures, earned
// schedule, every costed task, and the S-curve (cumulative planned value and actual cost per
// period). A project without a cost baseline answers with `notAssessed` saying what to do, and
// still shows what it has spent.
import type { EvmQuery, ProjectEvm } from '../../contracts/evm.schema.ts';
import { isoDateFromDay, MINUTES_PER_DAY } from '../../core/calendar/wall-time.ts';
import { evmIndices } from '../../core/evm/indices.ts';
import { projectCurves, projectEvm, statusAtEndOf } from '../../core/evm/project-evm.ts';
import type { EvmAmounts, EvmIndices, ProjectEvmInput } from '../../core/evm/evm-types.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { todayOf } from '../raid/raid-log.ts';
import { actualCosts } from './actual-costs.ts';
import { evmInputs } from './evm-inputs.ts';

/** The currency a project's money is in: its budget's, or the base currency's when it has none. */
export const rollUpCurrency = (project: { budgetCurrency: string | null }, base: string): string => project.budgetCurrency ?? base;

const apiAmounts = (a: EvmAmounts) => ({ bac: a.bac, pv: a.pv, ev: a.ev, ac: a.ac, etcBottomUp: a.etcBottomUp });
export const apiIndices = (i: EvmIndices) => ({ ...i, eacs: { ...i.eacs } });
/** A day number of wall minutes as the date it falls on (the end of a period is the next day's 00:00). */
const dateBefore = (instant: number) => isoDateFromDay(Math.floor((instant - 1) / MINUTES_PER_DAY));

export async function getProjectEvm(ctx: AppContext, projectId: string, query: EvmQuery, baseCurrency: string): Promise<ProjectEvm> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const currency = rollUpCurrency(project, baseCurrency);
  const statusDate = query.statusDate ?? todayOf(ctx);
  const [inputsOf, actuals] = await Promise.all([evmInputs(ctx.db, [{ id: project.id, code: project.code, currency }], true), actualCosts(ctx.db, [{ id: project.id, currency }], statusDate)]);
  const inputs = inputsOf.get(project.id)!;
  const costs = actuals.get(project.id)?.costs ?? [];
  const head = { projectId: project.id, projectCode: project.code, projectName: project.name, currency, statusDate, unpricedMinutes: actuals.get(project.id)?.unpricedMinutes ?? 0 };
  const input: ProjectEvmInput = { currency, statusDate: statusAtEndOf(statusDate), items: inputs.items, actuals: costs, period: query.period, eacMethod: query.eac, ...(inputs.calendar && { calendar: inputs.calendar }) };
  if (inputs.notAssessed) {
    const spent = costs.filter((c) => c.at < input.statusDate).reduce((sum, c) => sum + c.amount, 0);
    const amounts = { currency, bac: 0, pv: 0, ev: 0, ac: spent, etcBottomUp: null };
    return { ...head, notAssessed: inputs.notAssessed, amounts: apiAmounts(amounts), indices: apiIndices(evmIndices(amounts, query.eac)), schedule: null, unassignedAc: spent, tasks: [], curve: [] };
  }
  const result = projectEvm(input);
  const curves = projectCurves(input);
  if (!result.ok) throw new AppError('validation_failed', `The earned value of ${project.code} cannot be computed: ${result.message}`);
  if (!curves.ok) throw new AppError('validation_failed', `The S-curve of ${project.code} cannot be drawn: ${curves.message}`);
  const s = result.schedule;
  const start = Math.min(...inputs.items.map((i) => i.baselineStart));
  const forecastFinish = s.ieacT === null ? null : dateBefore(forecastInstant(curves.periods, s.ieacT, start));
  return {
    ...head,
    notAssessed: null,
    amounts: apiAmounts(result.amounts),
    indices: apiIndices(result.indices),
    schedule: { period: s.period, pd: s.pd, at: s.at, es: s.es, svT: s.svT, spiT: s.spiT, ieacT: s.ieacT, tspi: s.tspi, forecastFinish },
    unassignedAc: result.unassignedAc,
    tasks: result.items.map((i) => ({ taskId: i.id, name: inputs.names.get(i.id)?.name ?? '(deleted since the baseline)', percentComplete: inputs.names.get(i.id)?.percentComplete ?? 0, amounts: apiAmounts(i.amounts), cpi: i.indices.cpi, spi: i.indices.spi })),
    curve: curves.periods.map((p) => ({ periodEnd: dateBefore(p.end), pv: p.pv, ac: p.ac })),
  };
}

/** The instant `periods` periods after the curve's origin (periods beyond the curve keep its last length). */
function forecastInstant(periods: ReadonlyArray<{ start: number; end: number }>, count: number, fallback: number): number {
  if (periods.length === 0) return fallback;
  const whole = Math.floor(count);
  const last = periods[periods.length - 1]!;
  const at = (n: number) => (n < periods.length ? periods[n]! : { start: last.end + (n - periods.length) * (last.end - last.start), end: last.end + (n - periods.length + 1) * (last.end - last.start) });
  const p = at(whole);
  return p.start + (count - whole) * (p.end - p.start);
}
