// The PMO's scoring model and what it produces. A model is a list of weighted criteria, each rated
// on its own scale of levels 1 … n that say in words what each level means, so two assessors rate
// alike. A level becomes a number in [0, 1] — (level − 1) ÷ (n − 1) when higher is better,
// (n − level) ÷ (n − 1) when lower is better (risk, cost, complexity) — and a project's score is
// the sum of each criterion's normalised weight times its normalised level: a number in [0, 1]
// that the UI may show as 0–100.

export type Direction = 'higher-is-better' | 'lower-is-better';

export interface ScaleLevel {
  /** 1 … n, in order. */
  readonly level: number;
  readonly label: string;
  /** What the level means, e.g. "Pays back within a year". */
  readonly description: string;
}

export interface Criterion {
  /** A short lower-case key, e.g. `strategic_fit`; ratings refer to criteria by it. */
  readonly key: string;
  readonly name: string;
  /** Any non-negative number (points, percent, an AHP weight): weights are used relative to their sum. */
  readonly weight: number;
  readonly direction: Direction;
  readonly levels: ReadonlyArray<ScaleLevel>;
}

export interface ScoringModel {
  readonly criteria: ReadonlyArray<Criterion>;
}

/** A project's rating on the model: a level per criterion key. */
export interface ProjectRating {
  readonly projectId: string;
  /**
   * Mandatory or compliance projects (a regulator's deadline, a contract) are not up for choice:
   * they rank before every discretionary project, among themselves by score, and are flagged.
   */
  readonly mandatory?: boolean;
  readonly levels: Readonly<Record<string, number>>;
}

/** What is wrong with one field; `path` points at it (`criteria[1].levels[2].description`). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export interface ScoringError {
  readonly ok: false;
  readonly error: 'invalid_scoring';
  readonly problems: ReadonlyArray<FieldProblem>;
}

/** One criterion's part in a project's score. */
export interface CriterionScore {
  readonly key: string;
  readonly level: number;
  /** The level on [0, 1], direction applied: 1 is the best level of the scale. */
  readonly normalisedLevel: number;
  /** The criterion's weight ÷ the sum of weights. */
  readonly weight: number;
  /** weight × normalisedLevel; the contributions add up to the score. */
  readonly contribution: number;
}

export interface ProjectScore {
  readonly projectId: string;
  readonly mandatory: boolean;
  /** Σ weight × normalised level, in [0, 1]. */
  readonly score: number;
  /** One entry per criterion, in the model's order. */
  readonly breakdown: ReadonlyArray<CriterionScore>;
}

/**
 * How a project came to its place when its score equals a neighbour's: `none` (no equal score),
 * `criteria` (the heaviest criterion where the two differ decided), `id` (equal on every criterion:
 * the project id decided, so the order is stable but arbitrary).
 */
export type TieBreak = 'none' | 'criteria' | 'id';

export interface RankedProject extends ProjectScore {
  /** 1 … N, no two equal. */
  readonly rank: number;
  /** Ids of the other projects in the same group (mandatory or not) with the same score. */
  readonly tiedWith: ReadonlyArray<string>;
  readonly tieBreak: TieBreak;
}

export interface Ranking {
  readonly ok: true;
  readonly ranked: ReadonlyArray<RankedProject>;
}

/** A project's move when the weights change; `movement` > 0 is up the list. */
export interface RankChange {
  readonly projectId: string;
  readonly mandatory: boolean;
  readonly rankBefore: number;
  readonly rankAfter: number;
  /** rankBefore − rankAfter: +2 means two places up. */
  readonly movement: number;
  readonly scoreBefore: number;
  readonly scoreAfter: number;
}

export interface WeightsWhatIf {
  readonly ok: true;
  /** The model's weights and the tried ones, each ÷ its sum, by criterion key. */
  readonly weightsBefore: Readonly<Record<string, number>>;
  readonly weightsAfter: Readonly<Record<string, number>>;
  readonly before: Ranking;
  readonly after: Ranking;
  /** Every project, in the new order. */
  readonly changes: ReadonlyArray<RankChange>;
  /** How many projects changed place. */
  readonly moved: number;
}
