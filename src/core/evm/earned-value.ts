// Earned value: the budget of the work done. Each item earns by its own rule, chosen by the PMO
// for the kind of work: percent complete where progress can be measured, 0/100 or 50/50 for short
// tasks where it cannot honestly be, weighted milestones for long work with clear checkpoints.
// Rounded once per item, so EV never exceeds BAC.
import type { EarningRule, Progress, WeightedMilestone } from './evm-types.ts';
import { roundMinor } from './money.ts';

/** The default rule. */
export const PERCENT_COMPLETE: EarningRule = { method: 'percent-complete' };

/**
 * The share of the budget earned, from 0 to 1.
 * @example
 * earnedShare({ method: '50/50' }, { percentComplete: 10 });  // 0.5
 * earnedShare({ method: '0/100' }, { percentComplete: 90 });  // 0
 * earnedShare({ method: 'milestones', milestones: [{ weight: 0.3, done: true }, { weight: 0.7, done: false }] }, { percentComplete: 0 }); // 0.3
 */
export function earnedShare(rule: EarningRule, progress: Progress): number {
  const done = progress.percentComplete >= 100;
  switch (rule.method) {
    case 'percent-complete':
      return Math.min(1, Math.max(0, progress.percentComplete / 100));
    case '0/100':
      return done ? 1 : 0;
    case '50/50':
      return done ? 1 : (progress.started ?? progress.percentComplete > 0) ? 0.5 : 0;
    case 'milestones':
      return milestoneShare(rule.milestones);
  }
}

function milestoneShare(milestones: ReadonlyArray<WeightedMilestone>): number {
  let total = 0;
  let done = 0;
  for (const m of milestones) {
    total += m.weight;
    if (m.done) done += m.weight;
  }
  return total > 0 ? done / total : 0;
}

/**
 * Earned value in minor units: BAC × the earned share, rounded half away from zero.
 * @example
 * earnedValue(1000_00, { percentComplete: 50 });                        // 500_00
 * earnedValue(1000_00, { percentComplete: 50 }, { method: '0/100' });   // 0
 */
export function earnedValue(bac: number, progress: Progress, rule: EarningRule = PERCENT_COMPLETE): number {
  return roundMinor(bac * earnedShare(rule, progress));
}

/**
 * Why an earning rule or progress cannot be used, or null when they can: percent complete must lie
 * in 0–100, milestone weights must be finite, non-negative and not all zero.
 * @example
 * earningProblem({ method: 'milestones', milestones: [] }, { percentComplete: 0 }); // 'has no milestones with weight'
 */
export function earningProblem(rule: EarningRule, progress: Progress): string | null {
  const pct = progress.percentComplete;
  if (!(Number.isFinite(pct) && pct >= 0 && pct <= 100)) return `percent complete ${pct} is not between 0 and 100`;
  if (rule.method !== 'milestones') return null;
  if (rule.milestones.some((m) => !(Number.isFinite(m.weight) && m.weight >= 0))) return 'has a milestone weight that is negative or not a number';
  if (!rule.milestones.some((m) => m.weight > 0)) return 'has no milestones with weight';
  return null;
}
