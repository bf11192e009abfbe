// The figures of a post-project evaluation, computed from what the project's data says: the finish
// against the baseline the PMO measures by (slip in working days, and as a share of the baselined
// duration), actual cost against the current budget, the scope changes approved, and the risks that
// happened (risks an issue was raised from). Sign conventions follow earned value: a positive cost
// variance is money left (under budget), a positive slip is a late finish.

export interface ScheduleInput {
  readonly baselineNumber: number;
  /** The baselined start and finish (local date-times); null when nothing was baselined. */
  readonly baselineStart: string | null;
  readonly baselineFinish: string | null;
  /** The finish the plan shows now (actual when the work is done). */
  readonly finish: string | null;
  /** Working days from the baselined finish to the finish (negative: early); null without both. */
  readonly slipDays: number | null;
  /** Working days from the baselined start to the baselined finish; null without a baseline. */
  readonly baselineDays: number | null;
}

export interface MoneyInput {
  readonly currency: string;
  /** The current approved budget; null when the project has none. */
  readonly budgetMinor: number | null;
  readonly actualMinor: number;
}

export interface ChangeInput {
  readonly code: string;
  readonly title: string;
  readonly status: string;
  readonly costImpactMinor: number | null;
}

export interface HappenedRisk {
  readonly riskCode: string;
  readonly riskTitle: string;
  readonly issueCode: string;
  readonly issueTitle: string;
}

export interface ClosureInputs {
  readonly schedule: ScheduleInput;
  /** Null when the project's money cannot be read in one currency (a missing exchange rate). */
  readonly cost: MoneyInput | null;
  readonly changes: ReadonlyArray<ChangeInput>;
  readonly happenedRisks: ReadonlyArray<HappenedRisk>;
  readonly risksIdentified: number;
}

export interface ClosureFigures {
  readonly schedule: ScheduleInput & { readonly slipPercent: number | null };
  readonly cost: (MoneyInput & { readonly varianceMinor: number | null; readonly variancePercent: number | null }) | null;
  readonly scope: { readonly approvedChanges: number; readonly costImpactMinor: number; readonly changes: ReadonlyArray<ChangeInput> };
  readonly risks: { readonly identified: number; readonly happened: number; readonly items: ReadonlyArray<HappenedRisk> };
}

/** The status of a change request that counts as an approved scope change. */
export const APPROVED_CHANGE_STATUSES = ['approved', 'applied'] as const;

const oneDecimal = (x: number): number => Math.round(x * 10) / 10;

/**
 * The closure report's figures.
 * @example
 * closureFigures({ schedule: { baselineNumber: 0, baselineStart: '2026-01-05T08:00', baselineFinish: '2026-03-27T17:00',
 *   finish: '2026-04-03T17:00', slipDays: 5, baselineDays: 60 }, cost: { currency: 'EUR', budgetMinor: 100_000_00, actualMinor: 110_000_00 },
 *   changes: [], happenedRisks: [], risksIdentified: 0 }).schedule.slipPercent; // 8.3
 */
export function closureFigures(input: ClosureInputs): ClosureFigures {
  const { schedule, cost } = input;
  const slipPercent = schedule.slipDays !== null && schedule.baselineDays !== null && schedule.baselineDays > 0 ? oneDecimal((schedule.slipDays / schedule.baselineDays) * 100) : null;
  const varianceMinor = cost && cost.budgetMinor !== null ? cost.budgetMinor - cost.actualMinor : null;
  const variancePercent = cost && cost.budgetMinor !== null && cost.budgetMinor > 0 && varianceMinor !== null ? oneDecimal((varianceMinor / cost.budgetMinor) * 100) : null;
  const approved = input.changes.filter((c) => (APPROVED_CHANGE_STATUSES as readonly string[]).includes(c.status));
  return {
    schedule: { ...schedule, slipPercent },
    cost: cost ? { ...cost, varianceMinor, variancePercent } : null,
    scope: { approvedChanges: approved.length, costImpactMinor: approved.reduce((a, c) => a + (c.costImpactMinor ?? 0), 0), changes: approved },
    risks: { identified: input.risksIdentified, happened: input.happenedRisks.length, items: input.happenedRisks },
  };
}
