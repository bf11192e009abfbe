// A project's weighted score with the part each criterion plays in it. Weights are taken relative
// to their sum, so a PMO may give them as points, percentages or AHP priorities alike.
import type { Criterion, CriterionScore, ProjectRating, ProjectScore, ScoringModel } from './scoring-types.ts';

/**
 * A level on [0, 1] with the criterion's direction applied: 1 is always the best end of the scale.
 * @example normalisedLevel(4, 5, 'higher-is-better') // 0.75
 * @example normalisedLevel(4, 5, 'lower-is-better')  // 0.25 (high risk scores low)
 */
export function normalisedLevel(level: number, levels: number, direction: Criterion['direction']): number {
  const up = (level - 1) / (levels - 1);
  return direction === 'higher-is-better' ? up : (levels - level) / (levels - 1);
}

/**
 * Each criterion's weight ÷ the sum of weights, in the model's order; `override` replaces the
 * weights of the keys it names (a what-if).
 * @example normalisedWeights({ criteria: [{ key: 'a', weight: 30, … }, { key: 'b', weight: 10, … }] }) // [0.75, 0.25]
 */
export function normalisedWeights(model: ScoringModel, override: Readonly<Record<string, number>> = {}): number[] {
  const raw = model.criteria.map((c) => override[c.key] ?? c.weight);
  const total = raw.reduce((s, w) => s + w, 0);
  return raw.map((w) => w / total);
}

/**
 * A project's score: Σ weight × normalised level, with the breakdown per criterion. The model and
 * rating must be valid (see `modelProblems`, `ratingProblems`); `weights` are normalised weights
 * in the model's order (default: the model's own).
 * @example
 * scoreProject(model, { projectId: 'P1', levels: { value: 5, risk: 2 } }).score // e.g. 0.9
 */
export function scoreProject(model: ScoringModel, rating: ProjectRating, weights: ReadonlyArray<number> = normalisedWeights(model)): ProjectScore {
  const breakdown: CriterionScore[] = model.criteria.map((c, i) => {
    const level = rating.levels[c.key]!;
    const normalised = normalisedLevel(level, c.levels.length, c.direction);
    const weight = weights[i]!;
    return { key: c.key, level, normalisedLevel: normalised, weight, contribution: weight * normalised };
  });
  const score = breakdown.reduce((s, b) => s + b.contribution, 0);
  return { projectId: rating.projectId, mandatory: rating.mandatory === true, score: Math.min(1, Math.max(0, score)), breakdown };
}
