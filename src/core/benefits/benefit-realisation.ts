// How far a benefit has come from its baseline toward its target, pure. A measure is better
// higher (sales, satisfaction) or lower (cost, defects, cycle time); realisation is the share of
// the planned move already made: 0 % at the baseline, 100 % at the target, above 100 % when the
// measure overshoots, below 0 % when it moved the wrong way. Nothing is clamped, so a portfolio
// sum counts an overshoot's extra and a loss's shortfall. A benefit whose target equals its
// baseline holds a level (keep downtime at 2 h a month): 100 % while the measure is at or better
// than it, 0 % otherwise.

export const DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface BenefitMeasure {
  readonly baseline: number;
  readonly target: number;
  readonly direction: Direction;
}

/**
 * The move from baseline to `value` counted positive when it is toward the better side.
 *
 * @example improvementOf({ baseline: 100, target: 80, direction: 'lower_is_better' }, 90) // 10
 */
export const improvementOf = (m: BenefitMeasure, value: number): number => (m.direction === 'higher_is_better' ? value - m.baseline : m.baseline - value);

/** The move the benefit plans: target's improvement over the baseline (0 for a level to hold). */
export const plannedImprovement = (m: BenefitMeasure): number => improvementOf(m, m.target);

/** Why a measure makes no sense, or null: its target must not be worse than its baseline. */
export function measureProblem(m: BenefitMeasure): string | null {
  if (!Number.isFinite(m.baseline) || !Number.isFinite(m.target)) return 'Baseline and target must be numbers.';
  if (plannedImprovement(m) < 0) {
    const better = m.direction === 'higher_is_better' ? 'higher' : 'lower';
    return `The target (${m.target}) is worse than the baseline (${m.baseline}) for a measure where ${better} is better: swap them, or change the direction.`;
  }
  return null;
}

/**
 * Realisation in percent of the planned improvement, unclamped (see the header).
 *
 * @example realisationPct({ baseline: 0, target: 200, direction: 'higher_is_better' }, 50) // 25
 * @example realisationPct({ baseline: 40, target: 30, direction: 'lower_is_better' }, 25) // 150
 * @example realisationPct({ baseline: 2, target: 2, direction: 'lower_is_better' }, 2.5) // 0
 */
export function realisationPct(m: BenefitMeasure, value: number): number {
  const planned = plannedImprovement(m);
  const made = improvementOf(m, value);
  if (planned === 0) return made >= 0 ? 100 : 0;
  return (made / planned) * 100;
}
