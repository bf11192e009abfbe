// The bottom-up cost forecast of a project: what was spent to date plus what its planned costs
// still need (each task's planned cost less the part its percent complete has earned). No planned
// costs means no bottom-up estimate: the answer is null, never a forecast equal to what was spent.
// The EVM formulas (EAC from CPI and SPI) are a separate engine; this is the project manager's view.
import { remainingShare, sumMinor } from './money.ts';

export interface PlannedCostProgress {
  readonly amountMinor: number;
  /** The task's percent complete, 0–100. */
  readonly percentComplete: number;
}

export interface BottomUpForecast {
  /** Estimate to complete: planned costs not yet earned. */
  readonly remainingMinor: number;
  /** Estimate at completion: actual cost to date + remaining. */
  readonly atCompletionMinor: number;
}

/**
 * @example bottomUpForecast(40_000, [{ amountMinor: 100_000, percentComplete: 25 }]) // { remainingMinor: 75_000, atCompletionMinor: 115_000 }
 */
export function bottomUpForecast(actualMinor: number, planned: ReadonlyArray<PlannedCostProgress>): BottomUpForecast | null {
  if (planned.length === 0) return null;
  const remainingMinor = sumMinor(planned.map((p) => remainingShare(p.amountMinor, p.percentComplete)));
  return { remainingMinor, atCompletionMinor: sumMinor([actualMinor, remainingMinor]) };
}

/** Budget at completion less the estimate at completion: negative is an overrun. Null when either is unknown. */
export const varianceAtCompletion = (budgetMinor: number | null, atCompletionMinor: number | null): number | null =>
  budgetMinor === null || atCompletionMinor === null ? null : budgetMinor - atCompletionMinor;
