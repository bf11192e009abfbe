// The vocabulary of project status reports: the colours, the six dimensions a project is judged on,
// the facts each dimension is computed from (gathered from live data by the app, or read back from
// a frozen snapshot), and the PMO's thresholds. Everything here is data so that a report taken a
// year ago can be read, and re-explained, without the code that computed it changing its meaning.

/** grey: not assessed (no data to judge on), never a judgement of the project. */
export const COLOURS = ['green', 'amber', 'red', 'grey'] as const;
export type Colour = (typeof COLOURS)[number];
/** The colours a person may set by hand: a judgement, so never grey. */
export const JUDGED_COLOURS = ['green', 'amber', 'red'] as const;
export type JudgedColour = (typeof JUDGED_COLOURS)[number];

export const DIMENSIONS = ['schedule', 'cost', 'scope', 'risk', 'resources', 'quality'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** A colour and the sentences (with their figures) that explain it. */
export interface Assessment {
  readonly colour: Colour;
  readonly reasons: ReadonlyArray<string>;
}

export interface StatusRag {
  readonly overall: Assessment;
  readonly dimensions: { readonly [D in Dimension]: Assessment };
}

// ---------------------------------------------------------------------------------------------
// Thresholds

/** For a measure (a slip, an overrun): amber when it is above amberAbove, red when above redAbove. */
export interface MeasureBands {
  readonly amberAbove: number;
  readonly redAbove: number;
}

/** For a count: amber from amberAtLeast, red from redAtLeast; null leaves that colour unused. */
export interface CountBands {
  readonly amberAtLeast: number | null;
  readonly redAtLeast: number | null;
}

export interface StatusThresholds {
  readonly schedule: {
    /** The baseline slips are measured against (0: the original plan). */
    readonly baselineNumber: number;
    /** The forecast finish's slip against the baseline, in working days. */
    readonly finishSlipDays: MeasureBands;
    /** The worst slip of a milestone not yet reached, in working days. */
    readonly milestoneSlipDays: MeasureBands;
  };
  readonly cost: {
    /** The forecast's overrun of the budget, in per cent of the budget. */
    readonly overrunPercent: MeasureBands;
  };
  readonly scope: {
    /** Change requests affecting scope that wait for the change board. */
    readonly awaitingBoard: CountBands;
    /** Change requests affecting scope approved within the reporting period. */
    readonly approvedInPeriod: CountBands;
  };
  readonly risk: {
    /** Open risks in the top band of the risk matrix without a response. */
    readonly criticalWithoutResponse: CountBands;
    /** Open risks in the band below the top without a response. */
    readonly highWithoutResponse: CountBands;
    /** Open actions past their due date. */
    readonly overdueActions: CountBands;
  };
  readonly quality: {
    readonly openCriticalFindings: CountBands;
    readonly openHighFindings: CountBands;
    /** Findings not resolved by their due date. */
    readonly overdueFindings: CountBands;
  };
}

// ---------------------------------------------------------------------------------------------
// Facts

export interface ItemRef {
  readonly code: string;
  readonly title: string;
}

export interface MilestoneFact {
  readonly name: string;
  /** Local date-times (YYYY-MM-DDTHH:MM) or dates; null when unknown. */
  readonly baselineFinish: string | null;
  readonly forecastFinish: string | null;
  /** Working days from the baseline finish to the forecast (positive: late); null without a baseline. */
  readonly slipDays: number | null;
  /** Reached (finished or 100 % complete). */
  readonly done: boolean;
}

/** Where a risk's score falls on the PMO's matrix: its top band, the band below it, or lower. */
export type RiskTier = 'critical' | 'high' | 'other';

export interface RiskLine extends ItemRef {
  readonly score: number;
  readonly tier: RiskTier;
  readonly bandLabel: string;
  readonly strategy: string | null;
  readonly response: string;
}

export interface ActionLine extends ItemRef {
  readonly dueDate: string;
  readonly daysOverdue: number;
}

export interface FindingLine extends ItemRef {
  readonly severity: string;
  readonly overdue: boolean;
}

/**
 * Where a cost forecast comes from: the project manager's estimate to complete (for the whole
 * project, or the tasks' summed) plus actual cost; earned value's EAC (BAC / CPI); or actual cost
 * plus the planned cost not yet earned.
 */
export type CostForecastBasis = 'project-estimate' | 'task-estimates' | 'earned-value' | 'planned-costs';

export interface MoneyFact {
  readonly amountMinor: number;
  readonly currency: string;
}

export interface StatusFacts {
  /** The reporting period, YYYY-MM-DD. */
  readonly period: { readonly start: string; readonly end: string };
  readonly schedule: {
    readonly tasks: number;
    /** Whether the baseline named by the thresholds is saved. */
    readonly baselined: boolean;
    readonly baselineFinish: string | null;
    readonly forecastFinish: string | null;
    readonly finishSlipDays: number | null;
    readonly milestones: ReadonlyArray<MilestoneFact>;
  };
  readonly cost: {
    readonly budget: MoneyFact | null;
    /** The forecast cost at completion; null while Orrery keeps no cost forecast. */
    readonly forecast: MoneyFact | null;
    /** Where the forecast comes from, for the reason to say; absent in facts that did not keep it. */
    readonly forecastBasis?: CostForecastBasis | null;
  };
  readonly scope: {
    readonly awaitingBoard: ReadonlyArray<ItemRef>;
    readonly approvedInPeriod: ReadonlyArray<ItemRef>;
  };
  readonly risk: {
    /** Open risks only. */
    readonly risks: ReadonlyArray<RiskLine>;
    readonly overdueActions: ReadonlyArray<ActionLine>;
  };
  readonly quality: {
    /** Quality reviews completed (or closed) on the project. */
    readonly reviewsDone: number;
    /** Findings not yet closed. */
    readonly openFindings: ReadonlyArray<FindingLine>;
  };
}

/** A problem found in a value, at a path such as `schedule.finishSlipDays.redAbove`. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}
