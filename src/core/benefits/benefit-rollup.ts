// Benefits planned against realised per project and in total, pure. Money benefits are summed in
// one currency (the caller converts them first); the others are counted by status. A project's
// realised money is each money benefit's improvement at its latest measurement (unmeasured: 0),
// overshoots and losses included, so the total says what the portfolio has actually gained.
import { sumMinor } from '../finance/money.ts';
import { BENEFIT_STATUSES, type BenefitStatus } from './benefit-status.ts';

export interface RollupBenefit {
  readonly projectId: string;
  readonly status: BenefitStatus;
  /** Money benefits only: the planned and the realised improvement in the roll-up's currency (minor units). */
  readonly money: { readonly plannedMinor: number; readonly realisedMinor: number } | null;
  readonly overdueMeasurements: number;
}

export interface BenefitTotals {
  readonly benefits: number;
  readonly byStatus: Readonly<Record<BenefitStatus, number>>;
  readonly plannedMinor: number;
  readonly realisedMinor: number;
  /** Realised money as a percentage of planned money; null without planned money. */
  readonly realisedPct: number | null;
  readonly overdueMeasurements: number;
}

/**
 * Totals of a set of benefits.
 *
 * @example benefitTotals([{ projectId: 'p', status: 'on_track', money: { plannedMinor: 1000, realisedMinor: 250 }, overdueMeasurements: 0 }]).realisedPct // 25
 */
export function benefitTotals(benefits: readonly RollupBenefit[]): BenefitTotals {
  const byStatus = Object.fromEntries(BENEFIT_STATUSES.map((s) => [s, 0])) as Record<BenefitStatus, number>;
  for (const b of benefits) byStatus[b.status] += 1;
  const plannedMinor = sumMinor(benefits.map((b) => b.money?.plannedMinor ?? 0));
  const realisedMinor = sumMinor(benefits.map((b) => b.money?.realisedMinor ?? 0));
  return {
    benefits: benefits.length,
    byStatus,
    plannedMinor,
    realisedMinor,
    realisedPct: plannedMinor > 0 ? Math.round((realisedMinor / plannedMinor) * 1000) / 10 : null,
    overdueMeasurements: benefits.reduce((n, b) => n + b.overdueMeasurements, 0),
  };
}

/** Totals per project, in the order projects first appear, and over all of them. */
export function benefitRollup(benefits: readonly RollupBenefit[]): { readonly perProject: ReadonlyMap<string, BenefitTotals>; readonly total: BenefitTotals } {
  const groups = new Map<string, RollupBenefit[]>();
  for (const b of benefits) groups.set(b.projectId, [...(groups.get(b.projectId) ?? []), b]);
  return { perProject: new Map([...groups].map(([id, list]) => [id, benefitTotals(list)])), total: benefitTotals(benefits) };
}
