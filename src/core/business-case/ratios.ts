// Return on investment and the benefit–cost ratio. ROI is the plain, undiscounted one sponsors
// quote ("we get 2.4 back for every 1 spent, net of the 1"); the benefit–cost ratio compares
// present values, as cost–benefit analysis does (HM Treasury's Green Book, the US OMB's A-94), so
// the two answer different questions and a case can have a good ROI and a BCR below 1. Neither
// is a number without costs: null then, never Infinity.
import { sumMinor } from '../finance/money.ts';
import { compensatedSum, presentValues } from './discounting.ts';
import { assertFlowsAndRate } from './flow-checks.ts';

/**
 * (total benefits − total costs) ÷ total costs, from non-negative amounts in minor units; null
 * when there are no costs.
 * @example returnOnInvestment([100_000, 20_000], [0, 60_000, 90_000]) // 0.25
 */
export function returnOnInvestment(costsMinor: ReadonlyArray<number>, benefitsMinor: ReadonlyArray<number>): number | null {
  const costs = sumMinor(costsMinor);
  if (costs === 0) return null;
  return (sumMinor(benefitsMinor) - costs) / costs;
}

/**
 * Present value of the benefits ÷ present value of the costs at `rate` per period (period 0 now);
 * null when the costs' present value is zero.
 * @example benefitCostRatio([100_000], [0, 66_000, 60_500], 0.1) // 1.1
 */
export function benefitCostRatio(costsMinor: ReadonlyArray<number>, benefitsMinor: ReadonlyArray<number>, rate: number): number | null {
  assertFlowsAndRate(costsMinor, rate);
  assertFlowsAndRate(benefitsMinor);
  const pvCosts = compensatedSum(presentValues(costsMinor, rate));
  if (pvCosts === 0) return null;
  return compensatedSum(presentValues(benefitsMinor, rate)) / pvCosts;
}
