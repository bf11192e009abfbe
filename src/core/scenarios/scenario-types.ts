// Scenario planning's input and output as plain data. A scenario is the live portfolio (its
// approved projects) with changes: a proposed project added, a live one removed, one shifted by
// whole weeks or months, one resized (cost and demand scaled by a percentage). Money is minor
// units of one currency (the caller converts), days are YYYY-MM-DD.

export const SHIFT_UNITS = ['weeks', 'months'] as const;
export type ShiftUnit = (typeof SHIFT_UNITS)[number];

export interface Shift {
  readonly amount: number;
  readonly unit: ShiftUnit;
}

/** A project as the comparison sees it. */
export interface PlanProject {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  /** In the live portfolio (approved: not proposed, not cancelled); false for a candidate to add. */
  readonly live: boolean;
  readonly start: string | null;
  readonly finish: string | null;
  /** Its budget in the comparison's currency, or null when it has none (or no rate converts it). */
  readonly costMinor: number | null;
  /** Its value in the comparison's currency (what the value basis says), 0 when none. */
  readonly valueMinor: number;
  readonly objectiveIds: readonly string[];
}

/** What a scenario does to one project; no entry: as live. */
export interface ProjectChange {
  readonly projectId: string;
  /** true adds a candidate (or keeps a live one), false removes. */
  readonly included: boolean;
  readonly shift: Shift;
  /** Cost and demand scaled, percent (100 = as planned). */
  readonly scalePct: number;
}

/** A project in a scenario with its dates and cost after the changes. */
export interface ScenarioProject extends PlanProject {
  readonly shiftDays: number;
  readonly scalePct: number;
  readonly change: 'added' | 'kept' | 'shifted' | 'resized' | 'shifted_resized';
}
