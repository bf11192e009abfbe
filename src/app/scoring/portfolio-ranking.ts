// A portfolio's projects in order of preference on a scoring model, through the core's ranking
// (mandatory projects first, then by score, ties broken by the heaviest criterion), and the
// what-if on the weights with each project's rank before and after. The projects ranked are those
// of the portfolio the reader may read, not archived, neither completed nor cancelled; those not
// (fully) scored are listed apart with the criteria they lack.
import type { Ranking, ScoringModel, WeightsWhatIf } from '../../contracts/scoring.schema.ts';
import { rankProjects } from '../../core/scoring/ranking.ts';
import { whatIfWeights } from '../../core/scoring/weights-what-if.ts';
import type { ProjectRating, ScoringError } from '../../core/scoring/scoring-types.ts';
import type { AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { breakdownOf, points, ratingOf } from './score-breakdown.ts';
import { loadScores } from './scores.ts';
import { coreModel, loadScoringModel } from './scoring-models.ts';

/** Statuses whose projects are still to be prioritised. */
export const RANKED_STATUSES = ['proposed', 'active', 'on_hold'] as const;

interface RankedSubject { readonly id: string; readonly code: string; readonly name: string; readonly status: string }

export interface ScoredPortfolio {
  readonly model: ScoringModel;
  readonly projects: ReadonlyMap<string, RankedSubject>;
  readonly ratings: ProjectRating[];
  readonly reasons: ReadonlyMap<string, string | null>;
  readonly unscored: Ranking['unscored'];
}

/** The portfolio's rankable projects the reader may read, with their ratings on the model. */
export async function scoredPortfolio(ctx: AppContext, portfolioId: string, modelKey: string, statuses: ReadonlyArray<string> = RANKED_STATUSES): Promise<ScoredPortfolio> {
  const portfolio = await ctx.db.selectFrom('portfolios').select('id').where('id', '=', portfolioId).executeTakeFirst();
  if (!portfolio) throw notFound('Portfolio', portfolioId);
  const model = await loadScoringModel(ctx.db, modelKey);
  const rows = await visibleProjects(ctx, {}).select(['p.id', 'p.code', 'p.name', 'p.status']).where('p.portfolioId', '=', portfolioId).where('p.status', 'in', [...statuses]).orderBy('p.code').execute();
  const scores = await loadScores(ctx.db, 'project', modelKey, rows.map((r) => r.id));
  const ratings: ProjectRating[] = [];
  const unscored: Ranking['unscored'] = [];
  const reasons = new Map<string, string | null>();
  for (const row of rows) {
    const stored = scores.get(row.id);
    const { missing } = breakdownOf(model, stored?.levels ?? {});
    if (!stored || missing.length > 0) unscored.push({ projectId: row.id, code: row.code, name: row.name, status: row.status, missing });
    else {
      ratings.push(ratingOf(model, row.id, stored.levels, stored.mandatoryReason !== null));
      reasons.set(row.id, stored.mandatoryReason);
    }
  }
  return { model, projects: new Map(rows.map((r) => [r.id, r])), ratings, reasons, unscored };
}

const refuse = (error: ScoringError): never => {
  throw new AppError('validation_failed', `The scores cannot be ranked: ${error.problems[0]!.message}`, { errors: error.problems.map((p) => ({ ...p })) });
};

export async function getPortfolioRanking(ctx: AppContext, portfolioId: string, modelKey: string): Promise<Ranking> {
  const { model, projects, ratings, reasons, unscored } = await scoredPortfolio(ctx, portfolioId, modelKey);
  const ranking = rankProjects(coreModel(model), ratings);
  if (!ranking.ok) return refuse(ranking);
  const codeOf = (id: string) => projects.get(id)!.code;
  return {
    portfolioId, modelKey, modelName: model.name,
    criteria: model.criteria.map((c, i) => ({ key: c.key, name: c.name, weight: model.normalisedWeights[i]! })),
    ranked: ranking.ranked.map((p) => ({
      rank: p.rank, projectId: p.projectId, code: codeOf(p.projectId), name: projects.get(p.projectId)!.name, status: projects.get(p.projectId)!.status,
      mandatory: p.mandatory, mandatoryReason: reasons.get(p.projectId) ?? null, score: points(p.score),
      contributions: Object.fromEntries(p.breakdown.map((b) => [b.key, points(b.contribution)])), tiedWith: p.tiedWith.map(codeOf), tieBreak: p.tieBreak,
    })),
    unscored,
  };
}

export async function portfolioWeightsWhatIf(ctx: AppContext, portfolioId: string, body: { model: string; weights: Record<string, number> }): Promise<WeightsWhatIf> {
  const { model, projects, ratings } = await scoredPortfolio(ctx, portfolioId, body.model);
  const result = whatIfWeights(coreModel(model), ratings, body.weights);
  if (!result.ok) return refuse(result);
  return {
    modelKey: body.model, weightsBefore: result.weightsBefore, weightsAfter: result.weightsAfter, moved: result.moved,
    changes: result.changes.map((c) => ({ ...c, code: projects.get(c.projectId)!.code, name: projects.get(c.projectId)!.name, scoreBefore: points(c.scoreBefore), scoreAfter: points(c.scoreAfter) })),
  };
}
