// The earned-value engine's input and output. Money is integer minor units of one currency (cents
// of EUR: 1000.00 EUR is 100000); instants are wall minutes of the project's local time, as the
// scheduler's (`wallFromIso('2026-03-02T08:00')`). Everything a computation needs arrives here, so
// the app can feed it from stored tasks, baselines, approved timesheets and expenses, and the core
// never reads a clock or a database.

/** An amount of money in integer minor units (cents); negative only for variances. */
export type MinorUnits = number;

/** ISO 4217 code, e.g. `EUR`. Amounts of different currencies never add: conversion is the caller's job. */
export type CurrencyCode = string;

/** Anything that can say how much working time lies between two instants; a `WorkCalendar` is one. */
export interface WorkingTime {
  /** Working minutes from `from` to `to` (negative when `to` is earlier). */
  workingBetween(from: number, to: number): number;
}

/** The length of the periods of curves and of earned schedule: calendar days, ISO weeks (Monday first) or calendar months. */
export type PeriodUnit = 'day' | 'week' | 'month';

/**
 * A stretch of a time-phased budget: `amount` is planned from `start` to `finish`, spread evenly
 * over the working minutes between them (all of it at `finish` when there are none, e.g. a
 * dated lump sum with start = finish).
 */
export interface PlanSegment {
  readonly start: number;
  readonly finish: number;
  readonly amount: MinorUnits;
}

/** One milestone of the weighted-milestones method: its share of the budget is weight / sum of weights. */
export interface WeightedMilestone {
  readonly weight: number;
  readonly done: boolean;
}

/**
 * How an item earns its budget:
 * - `percent-complete` (default): percent complete × BAC;
 * - `0/100`: nothing until 100 % complete;
 * - `50/50`: half once started, the rest at 100 %;
 * - `milestones`: the weights of the milestones done (percent complete is ignored).
 */
export type EarningRule =
  | { readonly method: 'percent-complete' }
  | { readonly method: '0/100' }
  | { readonly method: '50/50' }
  | { readonly method: 'milestones'; readonly milestones: ReadonlyArray<WeightedMilestone> };

/** Progress of an item at the status date. */
export interface Progress {
  /** 0–100. */
  readonly percentComplete: number;
  /** Whether work has begun (for 50/50); when absent, an item counts as started once its percent complete is above 0. */
  readonly started?: boolean;
}

/** A work item: a task or a cost account. */
export interface WorkItem {
  readonly id: string;
  /** When given, it must be the project's currency. */
  readonly currency?: CurrencyCode;
  /** Budget at completion, integer minor units, ≥ 0. */
  readonly bac: MinorUnits;
  /** Baseline dates (wall minutes); finish ≥ start. */
  readonly baselineStart: number;
  readonly baselineFinish: number;
  /**
   * An explicit time-phased budget (amounts per period or date) summing to `bac`; when absent the
   * budget is spread linearly over the working minutes from baseline start to finish.
   */
  readonly plan?: ReadonlyArray<PlanSegment>;
  /** Working time for linear phasing; the project's when absent. */
  readonly calendar?: WorkingTime;
  readonly progress: Progress;
  /** Default `percent-complete`. */
  readonly earning?: EarningRule;
  /** The manager's bottom-up estimate to complete, minor units; absent when there is none. */
  readonly etc?: MinorUnits;
  /** The item's EV as recorded at a past status date; when given it stands instead of its progress × earning rule. */
  readonly earnedValue?: MinorUnits;
}

/** Cost incurred at an instant (a day's approved timesheet × rate, an expense, an invoice). */
export interface ActualCost {
  /** When the cost was incurred; it counts towards AC at every status date after this instant. */
  readonly at: number;
  readonly amount: MinorUnits;
  /** The item it was booked to; absent (or unknown) for project-level costs, which count only in the project's AC. */
  readonly itemId?: string;
  /** When given, it must be the project's currency. */
  readonly currency?: CurrencyCode;
}

/** The PMBOK estimates at completion; `primary` picks which one fills `eac`, `etc` and `vac`. */
export type EacMethod = 'cpi' | 'budget-rate' | 'cpi-spi' | 'bottom-up';

export interface ProjectEvmInput {
  readonly currency: CurrencyCode;
  /** The status date as an instant: the end of a status day is `statusAtEndOf('2026-03-04')`. */
  readonly statusDate: number;
  readonly items: ReadonlyArray<WorkItem>;
  readonly actuals: ReadonlyArray<ActualCost>;
  /** The project calendar: linear phasing of items without their own, and fractions of periods in earned schedule. Default: Monday to Friday, 08:00–12:00 and 13:00–17:00. */
  readonly calendar?: WorkingTime;
  /** Periods of earned schedule and of the curves; default `day`. */
  readonly period?: PeriodUnit;
  /** Where period 0 starts; default the start of the period holding the earliest baseline start. */
  readonly origin?: number;
  /** Which estimate is the project's EAC; default `cpi` (BAC / CPI). */
  readonly eacMethod?: EacMethod;
  /** The project's EV as recorded at a past status date; default the sum of the items' EV from their progress now. Items keep their own. */
  readonly earnedValue?: MinorUnits;
  /** The project's bottom-up ETC as the caller decided it (`bottomUpEtc`: the manager's estimate for the whole project, or the items' with work outside them); default the items' sum (null unless every item has one). Items keep their own. */
  readonly etcBottomUp?: MinorUnits | null;
}

/** The additive figures of an item, a project or a roll-up at a status date: they sum across parts. */
export interface EvmAmounts {
  readonly currency: CurrencyCode;
  readonly bac: MinorUnits;
  readonly pv: MinorUnits;
  readonly ev: MinorUnits;
  readonly ac: MinorUnits;
  /** Sum of the bottom-up estimates to complete; null unless every part has one. */
  readonly etcBottomUp: MinorUnits | null;
}

/** Figures derived from amounts. Ratios are plain numbers; null where a denominator is zero (see `evmIndices`). */
export interface EvmIndices {
  /** EV − AC. */
  readonly cv: MinorUnits;
  /** EV − PV. */
  readonly sv: MinorUnits;
  readonly cpi: number | null;
  readonly spi: number | null;
  /** Every estimate at completion, rounded half away from zero; null where it cannot be computed. */
  readonly eacs: { readonly [M in EacMethod]: MinorUnits | null };
  /** The chosen estimate at completion, ETC = EAC − AC and VAC = BAC − EAC. */
  readonly eacMethod: EacMethod;
  readonly eac: MinorUnits | null;
  readonly etc: MinorUnits | null;
  readonly vac: MinorUnits | null;
  readonly tcpiToBac: number | null;
  readonly tcpiToEac: number | null;
}

/** Earned schedule (Lipke): durations in periods of `period`, counted from `origin`. */
export interface EarnedSchedule {
  readonly period: PeriodUnit;
  readonly origin: number;
  /** Planned duration: from the origin to the latest baseline finish. */
  readonly pd: number;
  /** Actual time: from the origin to the status date (0 before the origin). */
  readonly at: number;
  /** Earned schedule: when the plan had earned what has been earned; null when the budget is zero. */
  readonly es: number | null;
  /** ES − AT. */
  readonly svT: number | null;
  /** ES / AT. */
  readonly spiT: number | null;
  /** Independent estimate of duration: PD / SPI(t). */
  readonly ieacT: number | null;
  /** AT + (PD − ES): the rest goes as planned (performance factor 1). */
  readonly ieacTPlanRate: number | null;
  /** (PD − ES) / (PD − AT): the schedule efficiency needed to finish on the planned date. */
  readonly tspi: number | null;
  /** (PD − ES) / (IEAC(t) − AT): the efficiency needed to finish at the estimated duration. */
  readonly tspiToIeac: number | null;
}

/** The cumulative planned value and actual cost at the end of each period, for S-curves. */
export interface EvmPeriod {
  readonly start: number;
  readonly end: number;
  /** Planned value at `end`. */
  readonly pv: MinorUnits;
  /** Actual cost up to `end` or the status date, whichever is earlier; null for periods starting at or after the status date. */
  readonly ac: MinorUnits | null;
}

export interface ItemEvm {
  readonly id: string;
  readonly amounts: EvmAmounts;
  readonly indices: EvmIndices;
}

export interface ProjectEvm {
  readonly ok: true;
  readonly statusDate: number;
  /** Every item and the project-level costs together. */
  readonly amounts: EvmAmounts;
  readonly indices: EvmIndices;
  readonly schedule: EarnedSchedule;
  readonly items: ReadonlyArray<ItemEvm>;
  /** Actual cost up to the status date booked to no item (or an unknown one). */
  readonly unassignedAc: MinorUnits;
}

/** Expected failures, returned rather than thrown. */
export type EvmError =
  | { readonly ok: false; readonly error: 'mixed_currency'; readonly currencies: ReadonlyArray<CurrencyCode>; readonly message: string }
  | { readonly ok: false; readonly error: 'invalid_item'; readonly itemId: string; readonly message: string }
  | { readonly ok: false; readonly error: 'invalid_input'; readonly message: string };

export type ProjectEvmResult = ProjectEvm | EvmError;
