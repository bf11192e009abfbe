// A PMO's scoring model for tests: three criteria on scales of different lengths, one where lower
// is better. Kept apart from the tests so ranking, what-if and validation tests share it.
import type { Criterion, ScaleLevel, ScoringModel } from './scoring-types.ts';

const scale = (...labels: string[]): ScaleLevel[] => labels.map((label, i) => ({ level: i + 1, label, description: `${label}: what a level ${i + 1} project looks like` }));

export const criterion = (key: string, weight: number, direction: Criterion['direction'], levels: number): Criterion => ({
  key,
  name: key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
  weight,
  direction,
  levels: scale(...['Very low', 'Low', 'Medium', 'High', 'Very high', 'Extreme'].slice(0, levels)),
});

/** Strategic fit 50, value 30 (both 1–5, higher is better), risk 20 (1–4, lower is better). */
export const MODEL: ScoringModel = {
  criteria: [criterion('strategic_fit', 50, 'higher-is-better', 5), criterion('value', 30, 'higher-is-better', 5), criterion('risk', 20, 'lower-is-better', 4)],
};
