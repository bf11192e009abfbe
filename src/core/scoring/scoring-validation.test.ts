// What a PMO is told when its scoring model is not usable: every problem, where it is, and how to fix it.
import { describe, expect, it } from 'vitest';
import { modelProblems } from './scoring-validation.ts';
import type { ScoringModel } from './scoring-types.ts';
import { criterion, MODEL } from './scoring-fixtures.ts';

describe('scoring model validation', () => {
  it('accepts a well-formed model', () => {
    expect(modelProblems(MODEL)).toEqual([]);
  });

  it('names each broken field of a criterion and its scale', () => {
    const model: ScoringModel = {
      criteria: [
        { key: 'Strategic Fit', name: ' ', weight: -2, direction: 'up' as never, levels: [{ level: 1, label: 'Low', description: 'Barely related' }] },
        { ...criterion('value', 10, 'higher-is-better', 3), levels: [{ level: 1, label: 'Low', description: 'Under 100k' }, { level: 3, label: '', description: ' ' }] },
        criterion('value', 10, 'higher-is-better', 3),
      ],
    };
    expect(modelProblems(model)).toEqual([
      { path: 'criteria[0].key', message: '"Strategic Fit" is not a criterion key: use a short lower-case word such as strategic_fit (letters, digits, _).' },
      { path: 'criteria[0].name', message: 'Give the criterion a name, such as "Strategic fit".' },
      { path: 'criteria[0].weight', message: 'Criterion Strategic Fit: the weight -2 must be a number of 0 or more.' },
      { path: 'criteria[0].direction', message: 'Criterion Strategic Fit: the direction is "higher-is-better" or "lower-is-better" (for risk or cost), not "up".' },
      { path: 'criteria[0].levels', message: 'Criterion Strategic Fit: give the scale 2 to 10 levels (it has 1).' },
      { path: 'criteria[1].levels[1].level', message: '"Value": levels are numbered 1, 2, 3 … in order; this one should be 2, not 3.' },
      { path: 'criteria[1].levels[1].label', message: '"Value": give level 2 a label, such as "High".' },
      { path: 'criteria[1].levels[1].description', message: '"Value": say what level 2 means, so that assessors rate alike.' },
      { path: 'criteria[2].key', message: 'The key "value" is used twice; give each criterion its own.' },
    ]);
  });

  it('refuses a model whose weights are all zero', () => {
    const model: ScoringModel = { criteria: [criterion('a', 0, 'higher-is-better', 3), criterion('b', 0, 'lower-is-better', 3)] };
    expect(modelProblems(model)).toEqual([{ path: 'criteria', message: 'Every weight is 0: give at least one criterion a weight above 0.' }]);
  });

  it('limits a model to 30 criteria and a scale to 10 levels', () => {
    const many: ScoringModel = { criteria: Array.from({ length: 31 }, (_, i) => criterion(`c${i}`, 1, 'higher-is-better', 3)) };
    expect(modelProblems(many)).toEqual([{ path: 'criteria', message: 'A model has at most 30 criteria (this one has 31).' }]);
    const long = { ...criterion('c', 1, 'higher-is-better', 2), levels: Array.from({ length: 11 }, (_, i) => ({ level: i + 1, label: `L${i + 1}`, description: 'd' })) };
    expect(modelProblems({ criteria: [long] })).toEqual([{ path: 'criteria[0].levels', message: '"C": give the scale 2 to 10 levels (it has 11).' }]);
  });
});
