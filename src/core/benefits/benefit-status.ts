// Where a benefit stands on a day, pure: realised, not realised, at risk or on track, with the
// reasons in words, and which planned measurements are overdue. Dates are YYYY-MM-DD; today comes
// in as an argument.
//
// - realised: the latest measurement reaches the target (realisation ≥ 100 %);
// - not realised: not realised and the last date it was to be judged on has passed — the later
//   of the expected realisation date and the last planned measurement;
// - at risk: a planned measurement is overdue (its date has passed with no measurement on or
//   after it), or the latest measurement is worse than the baseline, or the trend of the last two
//   measurements does not reach the target by the expected realisation date, or that date has
//   passed while a later planned measurement keeps the benefit open;
// - on track: otherwise (including nothing measured yet while nothing is due).
import { daysBetween } from '../calendar/quarters.ts';
import { realisationPct, type BenefitMeasure } from './benefit-realisation.ts';

export const BENEFIT_STATUSES = ['on_track', 'at_risk', 'realised', 'not_realised'] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];

export interface BenefitMeasurementPoint {
  /** YYYY-MM-DD */
  readonly on: string;
  readonly value: number;
}

export interface BenefitPlan extends BenefitMeasure {
  /** When the benefit should be realised, YYYY-MM-DD. */
  readonly expectedBy: string;
  /** When it is to be measured, YYYY-MM-DD, in any order. */
  readonly plannedMeasurements: readonly string[];
}

export interface BenefitAssessment {
  readonly status: BenefitStatus;
  readonly reasons: readonly string[];
  /** The latest measurement (by date; the last recorded of a day) with its realisation. */
  readonly latest: (BenefitMeasurementPoint & { readonly realisationPct: number }) | null;
  /** Planned dates before today with no measurement on or after them, earliest first. */
  readonly overdueMeasurements: readonly string[];
  /** The first planned date from today on, or null. */
  readonly nextMeasurement: string | null;
  /** The trend of the last two measurements carried to the expected date, when there is one. */
  readonly projectedPct: number | null;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The latest measurement: by date, and of one day the one listed last (recorded last). */
export function latestMeasurement<T extends BenefitMeasurementPoint>(points: readonly T[]): T | null {
  let latest: T | null = null;
  for (const p of points) if (latest === null || p.on >= latest.on) latest = p;
  return latest;
}

/**
 * The benefit's standing on `today`.
 *
 * @example assessBenefit({ baseline: 0, target: 100, direction: 'higher_is_better', expectedBy: '2027-06-30', plannedMeasurements: [] }, [{ on: '2027-07-01', value: 100 }], '2027-07-02').status // 'realised'
 */
export function assessBenefit(plan: BenefitPlan, measurements: readonly BenefitMeasurementPoint[], today: string): BenefitAssessment {
  const sorted = [...measurements].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const last = latestMeasurement(measurements);
  const latest = last ? { on: last.on, value: last.value, realisationPct: realisationPct(plan, last.value) } : null;
  const planned = [...new Set(plan.plannedMeasurements)].sort();
  const lastMeasured = last?.on ?? null;
  const overdueMeasurements = planned.filter((d) => d < today && (lastMeasured === null || lastMeasured < d));
  const nextMeasurement = planned.find((d) => d >= today) ?? null;
  const finalDay = [plan.expectedBy, ...planned].reduce((a, b) => (b > a ? b : a));

  const earlier = last === null ? null : sorted.findLast((p) => p.on < last.on) ?? null;
  let projectedPct: number | null = null;
  if (last && latest && earlier && plan.expectedBy > last.on) {
    const slope = (latest.realisationPct - realisationPct(plan, earlier.value)) / daysBetween(earlier.on, last.on);
    projectedPct = latest.realisationPct + slope * daysBetween(last.on, plan.expectedBy);
  }

  const base = { latest, overdueMeasurements, nextMeasurement, projectedPct };
  if (latest && latest.realisationPct >= 100) {
    return { ...base, status: 'realised', reasons: [`Measured ${round1(latest.realisationPct)} % of the target on ${latest.on}.`] };
  }
  if (today > finalDay) {
    const got = latest ? `${round1(latest.realisationPct)} % on ${latest.on}` : 'never measured';
    return { ...base, status: 'not_realised', reasons: [`Judged by ${finalDay} and short of the target: ${got}.`] };
  }
  const reasons: string[] = [];
  if (overdueMeasurements.length) reasons.push(`Measurement overdue since ${overdueMeasurements[0]}${overdueMeasurements.length > 1 ? ` (${overdueMeasurements.length} dates missed)` : ''}.`);
  if (today > plan.expectedBy) reasons.push(`Expected by ${plan.expectedBy} and not yet realised${latest ? ` (${round1(latest.realisationPct)} % on ${latest.on})` : ''}.`);
  if (latest && latest.realisationPct < 0) reasons.push(`Worse than the baseline on ${latest.on} (${round1(latest.realisationPct)} %).`);
  else if (projectedPct !== null && projectedPct < 100) reasons.push(`On the trend of the last two measurements it reaches ${round1(projectedPct)} % by ${plan.expectedBy}.`);
  if (reasons.length) return { ...base, status: 'at_risk', reasons };
  return { ...base, status: 'on_track', reasons: [latest ? `${round1(latest.realisationPct)} % on ${latest.on}.` : 'Not measured yet; nothing due.'] };
}
