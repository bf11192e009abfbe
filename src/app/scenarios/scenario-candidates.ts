// A scenario as the source of a selection's candidates: the portfolio's projects as the scenario
// reshapes them. A project the scenario leaves out (a live one removed, a proposed one not added)
// is no candidate, and says so; a shifted one is weighed at its shifted dates; a resized one at its
// scaled cost and demand. The optimiser then chooses within the scenario.
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { applyScenario } from '../../core/scenarios/apply-scenario.ts';
import { adjustedCandidates, type CandidateSource } from '../selection/selection-candidates.ts';
import { loadChanges, loadPortfolioPlan, loadScenarioRow } from './scenario-store.ts';

export function scenarioCandidates(scenarioId: string): CandidateSource {
  return async (ctx: AppContext, request) => {
    const scenario = await loadScenarioRow(ctx.db, scenarioId);
    if (scenario.portfolioId !== request.portfolioId) {
      throw new AppError('validation_failed', `Scenario ${scenario.code} belongs to another portfolio; pick one of this portfolio's scenarios.`, { errors: [{ path: 'scenarioId', message: 'a scenario of another portfolio' }] });
    }
    const plan = await loadPortfolioPlan(ctx, ctx.db, scenario.portfolioId);
    const changes = (await loadChanges(ctx.db, [scenario.id])).get(scenario.id)!;
    const inScenario = new Map(applyScenario(plan.projects, changes).map((p) => [p.id, p]));
    return adjustedCandidates(ctx, request, (project) => {
      const shaped = inScenario.get(project.id);
      if (!shaped) return { include: false, reason: `Not in scenario ${scenario.code} (${scenario.name}).` };
      return { include: true, plannedStart: shaped.start, plannedFinish: shaped.finish, scalePct: shaped.scalePct };
    });
  };
}
