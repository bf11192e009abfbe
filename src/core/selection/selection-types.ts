// Portfolio selection (issue 8) as plain data: which candidate projects to fund, and in which
// quarter each starts, to maximise the total score within a budget per year and a capacity per
// role per quarter, with mandatory projects, mutually exclusive options and prerequisites.
//
// Time is counted in quarters of the planning horizon (quarter 0 first). A candidate's cost and
// demand are profiles counted from its own start, so starting it later moves both; a start is
// allowed only where the whole profile fits in the horizon. Quarters fall into budget years:
// quarter q is in year ⌊(q + firstQuarterOfYear) / 4⌋, so a horizon may begin mid-year.
// Money is integer minor units; demand and capacity share one unit the caller picks (hours, FTE).

export const QUARTERS_PER_YEAR = 4;

export interface RoleDemand {
  readonly role: string;
  /** Demand in each quarter from the candidate's start (index 0 = its first quarter), ≥ 0. */
  readonly perQuarter: ReadonlyArray<number>;
}

export interface SelectionCandidate {
  readonly id: string;
  /** The score the selection maximises, ≥ 0. */
  readonly value: number;
  /** Cost in integer minor units in each quarter from its start, ≥ 0. */
  readonly costPerQuarter: ReadonlyArray<number>;
  readonly demand?: ReadonlyArray<RoleDemand>;
  /** Quarters it may start in (default [0]); each must leave room for the whole profile. */
  readonly starts?: ReadonlyArray<number>;
  /** Must be in every selection. */
  readonly mandatory?: boolean;
}

/** "`candidate` only if `requires`": and with `afterFinish`, it starts no earlier than `requires` ends. */
export interface Prerequisite {
  readonly candidate: string;
  readonly requires: string;
  readonly afterFinish?: boolean;
}

/** Options of which at most one may be chosen. */
export interface ExclusiveGroup {
  readonly id: string;
  readonly members: ReadonlyArray<string>;
}

export interface RoleCapacity {
  readonly role: string;
  /** Capacity in each quarter of the horizon, ≥ 0 (length = quarters). */
  readonly perQuarter: ReadonlyArray<number>;
}

export interface SelectionModel {
  /** Quarters in the horizon, ≥ 1. */
  readonly quarters: number;
  /** Quarter of the budget year that quarter 0 is (0 = Q1, the default … 3 = Q4). */
  readonly firstQuarterOfYear?: number;
  /** Integer minor units per budget year the horizon touches (see `budgetYears`). */
  readonly budgetPerYear: ReadonlyArray<number>;
  readonly capacity: ReadonlyArray<RoleCapacity>;
  readonly candidates: ReadonlyArray<SelectionCandidate>;
  readonly exclusiveGroups?: ReadonlyArray<ExclusiveGroup>;
  readonly prerequisites?: ReadonlyArray<Prerequisite>;
}

/** A chosen candidate and its start quarter. */
export interface ChosenCandidate {
  readonly id: string;
  readonly start: number;
}

/** One constraint of the programme, named as the LP names its row. */
export type ConstraintRef =
  | { readonly kind: 'budget'; readonly year: number }
  | { readonly kind: 'capacity'; readonly role: string; readonly quarter: number }
  | { readonly kind: 'mandatory'; readonly candidate: string }
  | { readonly kind: 'forced'; readonly candidate: string }
  | { readonly kind: 'one-start'; readonly candidate: string }
  | { readonly kind: 'exclusive'; readonly group: string }
  | { readonly kind: 'prerequisite'; readonly candidate: string; readonly requires: string }
  | { readonly kind: 'order'; readonly candidate: string; readonly requires: string; readonly quarter: number };

/** A constraint a selection breaks, or would have to break: what it uses against what it allows. */
export interface ConstraintBreach {
  readonly constraint: ConstraintRef;
  /** The LP row's name, e.g. `budget_y1`, `cap_Developer_q3`. */
  readonly row: string;
  readonly message: string;
  /** For budget and capacity: the amount over the limit (money in minor units, demand in its unit). */
  readonly over?: number;
}

/** Refusals and outcomes without a selection, as tagged results. */
export type SelectionFailure =
  | { readonly ok: false; readonly error: 'invalid_input'; readonly id?: string; readonly message: string }
  | { readonly ok: false; readonly error: 'infeasible'; readonly message: string; readonly conflicts: ReadonlyArray<ConstraintBreach> }
  | { readonly ok: false; readonly error: 'solver_failed'; readonly message: string };

// The solver port: the core writes the programme as CPLEX LP text and reads column values back by
// name. An adapter (src/io/highs) implements it with HiGHS; any MIP solver reading LP files would do.

export interface MipRequest {
  readonly lp: string;
  /** Stop when (best bound − incumbent) / incumbent ≤ this; 0 proves the optimum (the default here). */
  readonly relativeGap?: number;
  readonly timeLimitSeconds?: number;
}

export type MipResult =
  | {
      /** 'optimal': proven within the gap; 'stopped': a limit ended the search with a solution. */
      readonly status: 'optimal' | 'stopped';
      readonly objective: number;
      /** The solver's best bound on the objective. */
      readonly bound: number;
      /** The relative gap between objective and bound (0.01 = 1 %). */
      readonly gap: number;
      /** Column values by LP name; a column absent is 0. */
      readonly columns: ReadonlyMap<string, number>;
    }
  | { readonly status: 'infeasible' }
  | { readonly status: 'failed'; readonly message: string };

export type MipSolver = (request: MipRequest) => MipResult;

export interface SolveOptions {
  /** Relative MIP gap at which to stop (default 0: a proven optimum). */
  readonly relativeGap?: number;
  readonly timeLimitSeconds?: number;
}
