import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from './default-scoring-model.ts';
import { modelProblems } from './scoring-validation.ts';
import { normalisedWeights } from './weighted-score.ts';

describe('the built-in scoring model', () => {
  it('is valid, covers the six criteria of issue 8 on five described levels, and its weights add up to 100', () => {
    expect(modelProblems({ criteria: DEFAULT_CRITERIA })).toEqual([]);
    expect(DEFAULT_CRITERIA.map((c) => c.key)).toEqual(['strategic_alignment', 'financial_value', 'risk', 'urgency', 'compliance', 'resource_fit']);
    expect(DEFAULT_CRITERIA.every((c) => c.levels.length === 5)).toBe(true);
    expect(DEFAULT_CRITERIA.find((c) => c.key === 'risk')!.direction).toBe('lower-is-better');
    expect(DEFAULT_CRITERIA.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(normalisedWeights({ criteria: DEFAULT_CRITERIA })[0]).toBeCloseTo(0.3, 12);
  });
});
