// What-if on the weights: the same ratings rescored with other weights, and who moves. A PMO uses
// it to see how sensitive the portfolio's order is to the weights it argued over ("if cost weighed
// 40 % instead of 25 %, would P-17 still make the cut?").
import type { FieldProblem, ProjectRating, RankChange, ScoringError, ScoringModel, WeightsWhatIf } from './scoring-types.ts';
import { rankProjects } from './ranking.ts';
import { normalisedWeights } from './weighted-score.ts';

/** What is wrong with tried weights on a model (empty: nothing). */
function weightProblems(model: ScoringModel, weights: Readonly<Record<string, number>>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Set(model.criteria.map((c) => c.key));
  for (const [key, w] of Object.entries(weights)) {
    if (!known.has(key)) problems.push({ path: `weights.${key}`, message: `The model has no criterion "${key}" to weigh.` });
    else if (!(Number.isFinite(w) && w >= 0)) problems.push({ path: `weights.${key}`, message: `The weight ${w} of "${key}" must be a number of 0 or more.` });
  }
  if (problems.length === 0 && model.criteria.every((c) => (weights[c.key] ?? c.weight) === 0)) {
    problems.push({ path: 'weights', message: 'Every weight would be 0: give at least one criterion a weight above 0.' });
  }
  return problems;
}

const byKey = (model: ScoringModel, weights: ReadonlyArray<number>): Record<string, number> => Object.fromEntries(model.criteria.map((c, i) => [c.key, weights[i]!]));

/**
 * Rescores the ratings with `weights` (by criterion key; keys left out keep the model's weight)
 * and says how each project's place changes.
 * @example
 * whatIfWeights(model, ratings, { cost: 40 }).changes
 * // [{ projectId: 'P3', rankBefore: 3, rankAfter: 1, movement: 2, … }, …]
 */
export function whatIfWeights(model: ScoringModel, ratings: ReadonlyArray<ProjectRating>, weights: Readonly<Record<string, number>>): WeightsWhatIf | ScoringError {
  const before = rankProjects(model, ratings);
  if (!before.ok) return before;
  const problems = weightProblems(model, weights);
  if (problems.length > 0) return { ok: false, error: 'invalid_scoring', problems };
  const after = rankProjects(model, ratings, weights);
  if (!after.ok) return after;
  const previous = new Map(before.ranked.map((p) => [p.projectId, p]));
  const changes: RankChange[] = after.ranked.map((p) => {
    const was = previous.get(p.projectId)!;
    return { projectId: p.projectId, mandatory: p.mandatory, rankBefore: was.rank, rankAfter: p.rank, movement: was.rank - p.rank, scoreBefore: was.score, scoreAfter: p.score };
  });
  return {
    ok: true,
    weightsBefore: byKey(model, normalisedWeights(model)),
    weightsAfter: byKey(model, normalisedWeights(model, weights)),
    before,
    after,
    changes,
    moved: changes.filter((c) => c.movement !== 0).length,
  };
}
