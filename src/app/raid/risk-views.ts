// Views over the risks: one risk's score history, and the heat map of the risks of a project, a
// program, a portfolio or everything the reader may see.
import type { HeatMap, HeatMapQuery } from '../../contracts/raid.schema.ts';
import { heatMap, riskScore } from '../../core/risk/risk-matrix.ts';
import type { AppContext } from '../context.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { loadRiskMatrix } from '../settings/risk-matrix-setting.ts';
import { getLogItem } from './raid-log.ts';
import { riskKind } from './risks.ts';

export async function riskHistory(ctx: AppContext, riskId: string) {
  await getLogItem(riskKind, ctx, riskId); // not found unless the reader may see the risk
  const rows = await ctx.db
    .selectFrom('riskScoreHistory as h')
    .leftJoin('users as u', 'u.id', 'h.actorId')
    .select(['h.at', 'h.actorId', 'u.name as actorName', 'h.status', 'h.probability', 'h.impact', 'h.residualProbability', 'h.residualImpact'])
    .where('h.riskId', '=', riskId)
    .orderBy('h.at')
    .orderBy('h.id')
    .execute();
  return {
    items: rows.map((r) => ({
      at: r.at,
      actorId: r.actorId,
      actorName: r.actorName ?? null,
      status: r.status as 'open' | 'occurred' | 'closed',
      probability: r.probability,
      impact: r.impact,
      score: riskScore(r),
      residualProbability: r.residualProbability,
      residualImpact: r.residualImpact,
      residualScore: r.residualProbability !== null && r.residualImpact !== null ? r.residualProbability * r.residualImpact : null,
    })),
  };
}

/** Risks per probability × impact cell; a risk without a residual rating counts at its inherent one on the residual map. */
export async function riskHeatMap(ctx: AppContext, query: HeatMapQuery): Promise<HeatMap> {
  const { matrix, version } = await loadRiskMatrix(ctx.db);
  let q = visibleProjects(ctx, { includeArchived: query.projectId !== undefined })
    .innerJoin('risks as r', 'r.projectId', 'p.id')
    .select(['r.probability', 'r.impact', 'r.residualProbability', 'r.residualImpact'])
    .where('r.status', 'in', query.status?.length ? query.status : ['open']);
  if (query.projectId) q = q.where('p.id', '=', query.projectId);
  if (query.portfolioId) q = q.where('p.portfolioId', '=', query.portfolioId);
  if (query.programId) q = q.where('p.programId', '=', query.programId);
  const rows = await q.execute();
  const ratings = rows.map((r) => (query.rating === 'residual' && r.residualProbability !== null && r.residualImpact !== null ? { probability: r.residualProbability, impact: r.residualImpact } : r));
  return {
    matrix: { probability: [...matrix.probability], impact: [...matrix.impact], bands: [...matrix.bands], version },
    rating: query.rating,
    total: ratings.length,
    cells: heatMap(matrix, ratings),
  };
}
