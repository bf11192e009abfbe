// A PMO maturity model and the assessments taken against it. A model has dimensions (governance,
// scheduling, risk …), each a few questions; every question describes in words what each of the
// five levels looks like, so respondents answer by recognising their practice rather than by
// guessing a number. An assessment is several respondents' answers, taken on a date; its scores are
// computed, never entered.

/** The five levels, as P3M3 and CMMI name them. */
export const MATURITY_LEVELS = [
  { level: 1, name: 'Initial' },
  { level: 2, name: 'Repeatable' },
  { level: 3, name: 'Defined' },
  { level: 4, name: 'Managed' },
  { level: 5, name: 'Optimising' },
] as const;
export const LEVEL_COUNT = MATURITY_LEVELS.length;

export interface MaturityQuestion {
  /** A short lower-case key, unique in the model, e.g. `gate_reviews`. */
  readonly key: string;
  readonly text: string;
  /** What the practice looks like at levels 1 … 5, in order: exactly five descriptions. */
  readonly levels: ReadonlyArray<string>;
}

export interface MaturityDimension {
  readonly key: string;
  readonly name: string;
  readonly questions: ReadonlyArray<MaturityQuestion>;
}

export interface MaturityModel {
  readonly dimensions: ReadonlyArray<MaturityDimension>;
}

/** One respondent's answers: a level per question key; null means "don't know" and counts nowhere. */
export interface MaturityResponse {
  readonly respondentId: string;
  readonly answers: Readonly<Record<string, number | null>>;
}

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export interface QuestionResult {
  readonly key: string;
  readonly text: string;
  /** Mean of the answers given, null when nobody answered. */
  readonly score: number | null;
  readonly answered: number;
  readonly lowest: number | null;
  readonly highest: number | null;
  /** Respondents two or more levels apart: worth talking through before acting on the score. */
  readonly disputed: boolean;
}

export interface DimensionResult {
  readonly key: string;
  readonly name: string;
  /** Mean of the answered questions' scores (what the radar chart draws), null with no answers. */
  readonly score: number | null;
  /** The level fully reached: the highest n that every answered question's score reaches. */
  readonly level: number | null;
  readonly questions: ReadonlyArray<QuestionResult>;
}

export interface AssessmentResult {
  readonly respondents: number;
  /** Mean of the dimensions' scores, null when no dimension has an answer. */
  readonly score: number | null;
  /** The organisation's level: the lowest of the dimensions' levels. */
  readonly level: number | null;
  readonly dimensions: ReadonlyArray<DimensionResult>;
}

export interface DimensionChange {
  readonly key: string;
  readonly name: string;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before, null when either is missing. */
  readonly change: number | null;
}

/** A next step: a question below the level aimed at, with what that level looks like. */
export interface ImprovementStep {
  readonly dimensionKey: string;
  readonly questionKey: string;
  readonly question: string;
  readonly score: number;
  readonly targetLevel: number;
  /** The description of the next level up from where the question stands. */
  readonly nextLevel: number;
  readonly nextPractice: string;
  /** How far the question is below the target, in levels. */
  readonly gap: number;
}
