// Projects in order of preference. Mandatory and compliance projects come first (they are not up
// for choice, so scoring them against discretionary work would only hide them), among themselves
// by score; then every other project by score. Equal scores are separated deterministically, so
// the same ratings always give the same list: first by the criteria from the heaviest down (the
// project better on what matters most goes first; equal weights in the model's order), then by
// project id. Scores are compared to 1e-9, so 0.1 + 0.2 and 0.3 are equal, as they should be.
import type { ProjectRating, ProjectScore, RankedProject, Ranking, ScoringError, ScoringModel, TieBreak } from './scoring-types.ts';
import { modelProblems, ratingsProblems } from './scoring-validation.ts';
import { normalisedWeights, scoreProject } from './weighted-score.ts';

const quantum = (x: number): number => Math.round(x * 1e9);

/** The order of criteria for breaking ties: heaviest first, the model's order among equals. */
function tieOrder(weights: ReadonlyArray<number>): number[] {
  return weights.map((w, i) => ({ w: quantum(w), i })).sort((a, b) => b.w - a.w || a.i - b.i).map((x) => x.i);
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Ranks scored projects; `weights` are the normalised weights the scores were made with. */
export function rankScores(scores: ReadonlyArray<ProjectScore>, weights: ReadonlyArray<number>): RankedProject[] {
  const order = tieOrder(weights);
  const criteriaCompare = (a: ProjectScore, b: ProjectScore): number => {
    for (const i of order) {
      const d = quantum(b.breakdown[i]!.contribution) - quantum(a.breakdown[i]!.contribution);
      if (d !== 0) return d;
    }
    return 0;
  };
  const sorted = [...scores].sort(
    (a, b) => Number(b.mandatory) - Number(a.mandatory) || quantum(b.score) - quantum(a.score) || criteriaCompare(a, b) || byId(a.projectId, b.projectId),
  );
  const groups = new Map<string, ProjectScore[]>();
  for (const p of sorted) {
    const key = `${p.mandatory}:${quantum(p.score)}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  return sorted.map((p, i) => {
    const ties = groups.get(`${p.mandatory}:${quantum(p.score)}`)!.filter((q) => q !== p);
    const tieBreak: TieBreak = ties.length === 0 ? 'none' : ties.some((q) => criteriaCompare(p, q) === 0) ? 'id' : 'criteria';
    return { ...p, rank: i + 1, tiedWith: ties.map((q) => q.projectId), tieBreak };
  });
}

/**
 * Scores and ranks projects on a model, or lists every problem of the model and the ratings.
 * `weights` override the model's weights by criterion key (used by the what-if).
 * @example
 * rankProjects(model, [{ projectId: 'P1', levels: { value: 3, risk: 1 } }, { projectId: 'P2', mandatory: true, levels: { value: 1, risk: 5 } }])
 * // ranked: P2 (rank 1, mandatory), P1 (rank 2)
 */
export function rankProjects(model: ScoringModel, ratings: ReadonlyArray<ProjectRating>, weights: Readonly<Record<string, number>> = {}): Ranking | ScoringError {
  const problems = modelProblems(model);
  if (problems.length === 0) problems.push(...ratingsProblems(model, ratings));
  if (problems.length > 0) return { ok: false, error: 'invalid_scoring', problems };
  const w = normalisedWeights(model, weights);
  return { ok: true, ranked: rankScores(ratings.map((r) => scoreProject(model, r, w)), w) };
}
