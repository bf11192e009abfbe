// What the maturity pages show, worked out apart from the components: level names, scores and
// changes as text, the radar's axes and series (this assessment against the one before), and the
// answers on screen (the respondent's saved ones with their edits on top).
import type { MaturityAssessment } from '../../api/types.ts';

export const LEVEL_NAMES = ['Initial', 'Repeatable', 'Defined', 'Managed', 'Optimising'] as const;

/** "Level 3 · Defined", or a dash when there is no level yet. */
export const levelLabel = (level: number | null | undefined): string => (level ? `Level ${level} · ${LEVEL_NAMES[level - 1]}` : '—');

export const scoreText = (score: number | null | undefined): string => (score === null || score === undefined ? '—' : score.toFixed(2));

/** A change as a signed figure, "+0.50" or "−0.25"; a dash without a previous score. */
export function changeText(change: number | null): string {
  if (change === null) return '—';
  if (change === 0) return '±0.00';
  return `${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(2)}`;
}

export interface RadarSeries {
  readonly name: string;
  /** One value per axis; null where the dimension has no score. */
  readonly values: ReadonlyArray<number | null>;
}

/** The radar's axes (one per dimension, 0–5) and its series: this assessment, and the previous one when there is one. */
export function radarOf(assessment: Pick<MaturityAssessment, 'code' | 'result' | 'previous' | 'changes'>): { axes: string[]; series: RadarSeries[] } {
  const axes = assessment.result.dimensions.map((d) => d.name);
  const series: RadarSeries[] = [{ name: assessment.code, values: assessment.result.dimensions.map((d) => d.score) }];
  if (assessment.previous) series.push({ name: assessment.previous.code, values: assessment.changes.map((c) => c.before) });
  return { axes, series };
}

export type Answers = Record<string, number | null>;

/** The answers on screen: the saved ones with the edits on top. */
export const answersOnScreen = (saved: Answers | null, edits: Answers): Answers => ({ ...(saved ?? {}), ...edits });

/** Questions of the model without an answer on screen ("don't know" counts as answered). */
export function unansweredQuestions(assessment: Pick<MaturityAssessment, 'model'>, answers: Answers): string[] {
  return assessment.model.dimensions.flatMap((d) => d.questions.map((q) => q.key)).filter((k) => !(k in answers));
}

/** The value of a question's choice control: a level as "1"…"5", "unknown" for don't know, null when unanswered. */
export const choiceOf = (answers: Answers, key: string): string | null => (!(key in answers) ? null : answers[key] === null ? 'unknown' : String(answers[key]));
export const answerOf = (choice: string): number | null => (choice === 'unknown' ? null : Number(choice));
