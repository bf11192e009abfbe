// The PMO performance page's figures: the KPIs per quarter from the facts of every project (or one
// portfolio's), with the projects behind each figure named. The PMO, administrators and executives
// read them; a member does not (they see only their own projects, which would skew every share).
import type { PmoKpiQuery, PmoKpis } from '../../contracts/pmo-kpis.schema.ts';
import { pmoKpis } from '../../core/pmo-kpis/pmo-kpis.ts';
import { quarterBounds, quarterOf } from '../../core/calendar/quarters.ts';
import type { AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { canReadAllProjects } from '../access/policy.ts';
import { todayOf } from '../raid/raid-log.ts';
import { assertExists } from '../shared/references.ts';
import { loadKpiFacts } from './kpi-facts.ts';

/** The first day of the quarter `back` quarters before the one holding `day`. */
function quarterStartBefore(day: string, back: number): string {
  const [year, q] = quarterOf(day).split('-Q').map(Number) as [number, number];
  const index = year * 4 + (q - 1) - back;
  return quarterBounds(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`).start;
}

export async function getPmoPerformance(ctx: AppContext, query: PmoKpiQuery): Promise<PmoKpis> {
  if (!canReadAllProjects(ctx.actor)) throw forbidden('see the PMO\'s KPIs, which are computed over every project');
  const today = todayOf(ctx);
  const from = query.from ?? quarterStartBefore(today, 3);
  if (from > today) throw new AppError('validation_failed', `from (${from}) is after today (${today}); give a day in the past.`, { errors: [{ path: 'from', message: 'after today' }] });
  await assertExists(ctx.db, 'portfolios', 'portfolioId', query.portfolioId);
  const facts = await loadKpiFacts(ctx.db, { from, today, ...(query.portfolioId && { portfolioId: query.portfolioId }) });
  const table = pmoKpis(facts, { from, today }, { scheduleDays: query.scheduleToleranceDays, costShare: query.costTolerancePct / 100 });
  const ids = [...new Set(table.kpis.flatMap((k) => k.values.flatMap((v) => v.projectIds)))];
  const names = new Map((ids.length === 0 ? [] : await ctx.db.selectFrom('projects').select(['id', 'code', 'name']).where('id', 'in', ids).execute()).map((p) => [p.id, p]));
  return {
    from, today, quarters: [...table.quarters],
    tolerances: { scheduleDays: query.scheduleToleranceDays, costPct: query.costTolerancePct },
    kpis: table.kpis.map((k) => ({
      key: k.key, name: k.name, unit: k.unit, definition: k.definition,
      values: k.values.map(({ projectIds, ...v }) => ({ ...v, projects: projectIds.map((id) => names.get(id)!).filter(Boolean) })),
    })),
  };
}
