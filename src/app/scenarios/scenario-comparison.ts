// Scenarios side by side with the live portfolio: value, cost per year, demand against capacity per
// role per quarter and strategic coverage, one column each. The pool and its demand are loaded once
// (the portfolio's assignments in the quarters compared, and the whole of those of any project a
// scenario shifts, since a shift can bring work in or out of them); each column then takes the
// assignments of its projects, moved and scaled, through the capacity engine by month, folded into
// quarters. Value is the projects' planned money benefits; beside it each column adds up its
// projects' scores on a scoring model, naming those not scored.
import type { ScenarioComparison, ScenarioComparisonQuery } from '../../contracts/scenario.schema.ts';
import { wallFromIso } from '../../core/calendar/wall-time.ts';
import { capacityReport } from '../../core/resources/capacity-report.ts';
import { applyScenario } from '../../core/scenarios/apply-scenario.ts';
import { scenarioAssignments } from '../../core/scenarios/scenario-demand.ts';
import { quarterRange } from '../../core/calendar/quarters.ts';
import { foldQuarters, setMeasures } from '../../core/scenarios/scenario-measures.ts';
import type { ProjectChange } from '../../core/scenarios/scenario-types.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { todayOf } from '../raid/raid-log.ts';
import { loadCapacityWorld, projectAssignments, worldModel, type PoolAssignment } from '../resources/capacity-views.ts';
import { breakdownOf } from '../scoring/score-breakdown.ts';
import { loadScores } from '../scoring/scores.ts';
import { loadScoringModel } from '../scoring/scoring-models.ts';
import { loadChanges, loadPortfolioPlan, requireScenarioReader } from './scenario-store.ts';

const NO_ROLE = '(no role)';

export async function compareScenarios(ctx: AppContext, portfolioId: string, query: ScenarioComparisonQuery): Promise<ScenarioComparison> {
  requireScenarioReader(ctx);
  const plan = await loadPortfolioPlan(ctx, ctx.db, portfolioId);
  let scenarios = ctx.db.selectFrom('scenarios').selectAll().where('portfolioId', '=', portfolioId).orderBy('code');
  if (query.scenarioIds.length) scenarios = scenarios.where('id', 'in', query.scenarioIds);
  const rows = await scenarios.limit(6).execute();
  const missing = query.scenarioIds.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw new AppError('invalid_reference', `scenarioIds names no scenario of portfolio ${plan.portfolio.code}: ${missing.join(', ')}. List them under GET /api/v1/portfolios/${portfolioId}/scenarios.`, { errors: [{ path: 'scenarioIds', message: 'not a scenario of this portfolio' }] });
  const changes = await loadChanges(ctx.db, rows.map((r) => r.id));
  const columns: { key: string; label: string; scenarioCode: string | null; changes: readonly ProjectChange[] }[] = [
    { key: 'live', label: 'Live portfolio', scenarioCode: null, changes: [] },
    ...rows.map((r) => ({ key: r.id, label: r.name, scenarioCode: r.code, changes: changes.get(r.id)! })),
  ];

  const { from, to } = quarterRange(query.from ?? todayOf(ctx), query.quarters);
  const shifted = [...new Set(columns.flatMap((c) => c.changes.filter((x) => x.shift.amount !== 0).map((x) => x.projectId)))];
  const world = await loadCapacityWorld(ctx.db, { from, to, portfolioId });
  const whole = new Map<string, PoolAssignment[]>();
  for (const id of shifted) whole.set(id, await projectAssignments(ctx.db, id));
  const base = [...world.assignments.filter((a) => !whole.has(a.projectId)), ...[...whole.values()].flat()];
  const [first, last] = [wallFromIso(`${from}T00:00`), wallFromIso(`${to}T23:59`)];
  const known = new Set(world.resources.map((r) => r.id));

  const model = await loadScoringModel(ctx.db, query.model);
  const stored = await loadScores(ctx.db, 'project', model.key, plan.projects.map((p) => p.id));
  const scoreOf = new Map<string, number>();
  for (const [id, s] of stored) {
    const { score } = breakdownOf(model, s.levels);
    if (score !== null) scoreOf.set(id, score);
  }
  const objectives = await ctx.db.selectFrom('objectives').select(['id', 'code', 'name']).where('archivedAt', 'is', null).orderBy('code').execute();
  let quarters: string[] = [];
  const built = columns.map((c) => {
    const projects = applyScenario(plan.projects, c.changes);
    const measures = setMeasures(projects, objectives.map((o) => o.id));
    const assignments = scenarioAssignments(base, projects).filter((a) => a.start <= last && a.finish >= first && known.has(a.resourceId));
    const report = capacityReport(worldModel(world, { proposed: true }, assignments), { unit: 'month', groupBy: 'role' });
    const months = report.periods.map((p) => p.firstDay);
    const demand = report.rows.map((row) => {
      const d = foldQuarters(months, row.demand);
      const cap = foldQuarters(months, row.capacity);
      quarters = d.quarters;
      return { role: row.key ?? NO_ROLE, demand: d.values, capacity: cap.values, over: d.values.map((v, i) => v > cap.values[i]!) };
    });
    return { c, projects, measures, demand };
  });
  const years = [...new Set(built.flatMap((b) => b.measures.costByYear.map((y) => y.year)))].sort((a, b) => a - b);
  return {
    portfolioId,
    portfolioCode: plan.portfolio.code,
    currency: plan.currency,
    valueBasis: `Planned money benefits: each financial benefit's target less its baseline (the better way), in ${plan.currency} at today's rates${plan.unconverted.length ? `, without ${plan.unconverted.join(', ')} (no exchange rate)` : ''}.`,
    scoreModel: { key: model.key, name: model.name },
    quarters,
    years,
    objectives,
    columns: built.map(({ c, projects, measures, demand }) => ({
      key: c.key,
      label: c.label,
      scenarioCode: c.scenarioCode,
      projects: projects.map((p) => p.code),
      valueMinor: measures.valueMinor,
      score: Number(projects.reduce((sum, p) => sum + (scoreOf.get(p.id) ?? 0), 0).toFixed(2)),
      unscored: projects.filter((p) => !scoreOf.has(p.id)).map((p) => p.code),
      costMinor: measures.costMinor,
      costByYear: years.map((y) => measures.costByYear.find((x) => x.year === y)?.minor ?? 0),
      notCosted: [...measures.notCosted],
      coverage: measures.coverage.map((x) => ({ objectiveId: x.objectiveId, projects: [...x.projects] })),
      objectivesServed: measures.objectivesServed,
      demand,
      overloads: demand.reduce((n, d) => n + d.over.filter(Boolean).length, 0),
    })),
  };
}
