// An assessment's scores, computed from its answers. A question scores the mean of the levels its
// respondents gave ("don't know" counts nowhere); a dimension the mean of its answered questions,
// which is what a radar chart draws. Levels are stricter than means, as in P3M3: a dimension has
// reached level n only when every answered question has, and the organisation only the lowest of
// its dimensions' levels. Respondents two or more levels apart on a question are flagged, since a
// mean hides a disagreement worth talking through.
import type {
  AssessmentResult, DimensionChange, DimensionResult, ImprovementStep, MaturityModel, MaturityQuestion, MaturityResponse, QuestionResult,
} from './maturity-types.ts';
import { LEVEL_COUNT } from './maturity-types.ts';

/** Respondents this many levels apart on one question disagree. */
export const DISPUTE_SPREAD = 2;

const mean = (xs: ReadonlyArray<number>): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
/** Scores to two decimals, so the same answers always print the same figures. */
const round2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);

function questionResult(q: MaturityQuestion, responses: ReadonlyArray<MaturityResponse>): QuestionResult {
  const given = responses.map((r) => r.answers[q.key]).filter((x): x is number => typeof x === 'number');
  const lowest = given.length ? Math.min(...given) : null;
  const highest = given.length ? Math.max(...given) : null;
  return {
    key: q.key, text: q.text, score: round2(mean(given)), answered: given.length, lowest, highest,
    disputed: lowest !== null && highest !== null && highest - lowest >= DISPUTE_SPREAD,
  };
}

/** The highest level n (1 … 5) that every score reaches; null without scores. */
function levelReached(scores: ReadonlyArray<number>): number | null {
  if (scores.length === 0) return null;
  return Math.max(1, Math.min(LEVEL_COUNT, Math.floor(Math.min(...scores) + 1e-9)));
}

/**
 * Scores an assessment; answers should have passed `responseProblems`.
 * @example scoreAssessment(model, [{ respondentId: 'a', answers: { gate_reviews: 3 } }]).dimensions[0].score // 3
 */
export function scoreAssessment(model: MaturityModel, responses: ReadonlyArray<MaturityResponse>): AssessmentResult {
  const dimensions: DimensionResult[] = model.dimensions.map((d) => {
    const questions = d.questions.map((q) => questionResult(q, responses));
    const scores = questions.map((q) => q.score).filter((s): s is number => s !== null);
    return { key: d.key, name: d.name, score: round2(mean(scores)), level: levelReached(scores), questions };
  });
  const scored = dimensions.filter((d) => d.score !== null);
  const levels = scored.map((d) => d.level!);
  return {
    respondents: responses.length,
    score: round2(mean(scored.map((d) => d.score!))),
    level: levels.length ? Math.min(...levels) : null,
    dimensions,
  };
}

/** Each dimension of `after` against the same dimension `before` (an earlier assessment), in `after`'s order. */
export function changeSince(before: AssessmentResult | null, after: AssessmentResult): DimensionChange[] {
  const earlier = new Map((before?.dimensions ?? []).map((d) => [d.key, d.score]));
  return after.dimensions.map((d) => {
    const was = earlier.get(d.key) ?? null;
    return { key: d.key, name: d.name, before: was, after: d.score, change: was === null || d.score === null ? null : round2(d.score - was) };
  });
}

/**
 * What to work on next: every answered question scoring below the level aimed at in its dimension
 * (the PMO's target, else one level above where the dimension stands), with the practice of the next
 * level up from the question's score, largest gap first.
 */
export function improvementSteps(model: MaturityModel, result: AssessmentResult, targets: Readonly<Record<string, number>> = {}): ImprovementStep[] {
  const steps: ImprovementStep[] = [];
  model.dimensions.forEach((d, i) => {
    const scored = result.dimensions[i]!;
    if (scored.level === null) return;
    const target = Math.min(LEVEL_COUNT, targets[d.key] ?? scored.level + 1);
    d.questions.forEach((q, j) => {
      const score = scored.questions[j]!.score;
      if (score === null || score >= target) return;
      const nextLevel = Math.min(LEVEL_COUNT, Math.floor(score + 1e-9) + 1);
      steps.push({
        dimensionKey: d.key, questionKey: q.key, question: q.text, score, targetLevel: target,
        nextLevel, nextPractice: q.levels[nextLevel - 1]!, gap: round2(target - score)!,
      });
    });
  });
  return steps.sort((a, b) => b.gap - a.gap || a.dimensionKey.localeCompare(b.dimensionKey) || a.questionKey.localeCompare(b.questionKey));
}
