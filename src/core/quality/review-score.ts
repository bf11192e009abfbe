// How well a project did in a review, as one number and a colour. The score is the share of the
// applicable questions answered compliant, a partial answer counting half; questions that do not
// apply (and, while the review runs, those not answered yet) are left out, so a project is not
// punished for what it need not do. The RAG thresholds are the PMO's usual ones, kept here as
// constants so the web app, reports and tests agree on them.

export const OUTCOMES = ['compliant', 'partially', 'non_compliant', 'not_applicable'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type Rag = 'green' | 'amber' | 'red';

/** A score at or above this is green. */
export const RAG_GREEN_MIN = 80;
/** A score at or above this (and below green) is amber; below it, red. */
export const RAG_AMBER_MIN = 60;
/** What a partially compliant answer is worth against a compliant one. */
export const PARTIAL_WEIGHT = 0.5;

export interface Answer {
  readonly questionKey: string;
  readonly outcome: Outcome | null;
}

export interface Tally {
  readonly compliant: number;
  readonly partially: number;
  readonly nonCompliant: number;
  readonly notApplicable: number;
  readonly unanswered: number;
}

export interface AreaScore {
  readonly area: string;
  readonly score: number | null;
  readonly rag: Rag | null;
  readonly tally: Tally;
}

export interface ReviewScore {
  /** 0–100 with one decimal; null while no applicable question is answered. */
  readonly score: number | null;
  readonly rag: Rag | null;
  readonly tally: Tally;
  /** Keys of the questions not answered yet, in checklist order. */
  readonly unanswered: ReadonlyArray<string>;
  /** The same per area, in the order the areas first appear. */
  readonly areas: ReadonlyArray<AreaScore>;
}

/** The colour of a score: green ≥ 80, amber ≥ 60, else red. */
export function ragOf(score: number): Rag {
  if (score >= RAG_GREEN_MIN) return 'green';
  if (score >= RAG_AMBER_MIN) return 'amber';
  return 'red';
}

function tallyOf(outcomes: ReadonlyArray<Outcome | null>): Tally {
  const count = (o: Outcome | null) => outcomes.filter((x) => x === o).length;
  return { compliant: count('compliant'), partially: count('partially'), nonCompliant: count('non_compliant'), notApplicable: count('not_applicable'), unanswered: count(null) };
}

/** Rounded to one decimal, so the RAG matches the number people see. */
function scoreOf(t: Tally): { score: number | null; rag: Rag | null } {
  const applicable = t.compliant + t.partially + t.nonCompliant;
  if (applicable === 0) return { score: null, rag: null };
  const score = Math.round(((t.compliant + PARTIAL_WEIGHT * t.partially) / applicable) * 1000) / 10;
  return { score, rag: ragOf(score) };
}

/**
 * Scores a checklist. Answers to questions not on it are ignored; the last answer to a question counts.
 * @example
 * scoreReview([{ key: 'a', area: 'X' }, { key: 'b', area: 'X' }], [{ questionKey: 'a', outcome: 'compliant' }, { questionKey: 'b', outcome: 'partially' }]);
 * // { score: 75, rag: 'amber', unanswered: [], … }
 */
export function scoreReview(questions: ReadonlyArray<{ readonly key: string; readonly area: string }>, answers: ReadonlyArray<Answer>): ReviewScore {
  const given = new Map(answers.map((a) => [a.questionKey, a.outcome]));
  const outcomeOf = (key: string): Outcome | null => given.get(key) ?? null;
  const tally = tallyOf(questions.map((q) => outcomeOf(q.key)));
  const areas = [...new Set(questions.map((q) => q.area))].map((area) => {
    const t = tallyOf(questions.filter((q) => q.area === area).map((q) => outcomeOf(q.key)));
    return { area, ...scoreOf(t), tally: t };
  });
  return { ...scoreOf(tally), tally, unanswered: questions.filter((q) => outcomeOf(q.key) === null).map((q) => q.key), areas };
}
