// A subject's stored levels on a model, read as the API shows them: each criterion's level, its
// label, its normalised level and its contribution in points out of 100, the score once every
// criterion is rated, and the criteria still to rate. Levels of criteria the model no longer has
// are ignored; a criterion added to the model after scoring shows as missing.
import type { ScoringModel } from '../../contracts/scoring.schema.ts';
import type { ProjectRating } from '../../core/scoring/scoring-types.ts';
import { normalisedLevel } from '../../core/scoring/weighted-score.ts';

export interface Breakdown {
  readonly score: number | null;
  readonly breakdown: Array<{ key: string; name: string; level: number | null; levelLabel: string | null; normalisedLevel: number | null; weight: number; contribution: number | null }>;
  readonly missing: string[];
}

/** Points out of 100, kept to four decimals so sums read cleanly. */
export const points = (share: number): number => +(share * 100).toFixed(4);

export function breakdownOf(model: ScoringModel, levels: Readonly<Record<string, number>>): Breakdown {
  const breakdown = model.criteria.map((c, i) => {
    const level = levels[c.key];
    const valid = level !== undefined && Number.isInteger(level) && level >= 1 && level <= c.levels.length;
    const normalised = valid ? normalisedLevel(level, c.levels.length, c.direction) : null;
    const weight = model.normalisedWeights[i]!;
    return { key: c.key, name: c.name, level: valid ? level : null, levelLabel: valid ? c.levels[level - 1]!.label : null, normalisedLevel: normalised, weight, contribution: normalised === null ? null : points(weight * normalised) };
  });
  const missing = breakdown.filter((b) => b.level === null).map((b) => b.name);
  const score = missing.length === 0 ? points(breakdown.reduce((sum, b) => sum + b.weight * b.normalisedLevel!, 0)) : null;
  return { score, breakdown, missing };
}

/** The core's rating of a subject whose every criterion is rated, with only the model's criteria. */
export function ratingOf(model: ScoringModel, subjectId: string, levels: Readonly<Record<string, number>>, mandatory: boolean): ProjectRating {
  return { projectId: subjectId, mandatory, levels: Object.fromEntries(model.criteria.map((c) => [c.key, levels[c.key]!])) };
}
