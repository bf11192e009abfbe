// The greedy rule: value ÷ cost, mandatory first, prerequisites brought along, the earliest start
// that fits, and what it cannot place said plainly.
import { describe, expect, it } from 'vitest';
import { greedySelection } from './greedy-selection.ts';
import type { SelectionModel } from './selection-types.ts';
import { breachesOf } from './selection-validation.ts';
import { startsOf } from './selection-usage.ts';
import { problemOf } from './selection-fixtures.ts';


describe('greedy selection', () => {
  it('ranks by value ÷ cost, free candidates first, ties by value then model order', () => {
    const problem = problemOf({
      quarters: 1, budgetPerYear: [1000], capacity: [],
      candidates: [
        { id: 'half', value: 10, costPerQuarter: [20] },
        { id: 'double', value: 20, costPerQuarter: [10] },
        { id: 'free', value: 1, costPerQuarter: [0] },
        { id: 'half-big', value: 30, costPerQuarter: [60] },
        { id: 'half-too', value: 10, costPerQuarter: [20] },
      ],
    });
    expect(greedySelection(problem).ranking).toEqual(['free', 'double', 'half-big', 'half', 'half-too']);
  });

  it('places the mandatory first, then brings a candidate\'s prerequisite along, after it finishes', () => {
    const model: SelectionModel = {
      quarters: 4, budgetPerYear: [100], capacity: [],
      candidates: [
        { id: 'must', value: 1, costPerQuarter: [40], mandatory: true },
        { id: 'platform', value: 1, costPerQuarter: [10, 10], starts: [0, 1] },
        { id: 'app', value: 50, costPerQuarter: [10], starts: [0, 1, 2, 3] },
        { id: 'other', value: 30, costPerQuarter: [35] },
      ],
      prerequisites: [{ candidate: 'app', requires: 'platform', afterFinish: true }],
    };
    const greedy = greedySelection(problemOf(model));
    expect(greedy.chosen).toEqual([{ id: 'must', start: 0 }, { id: 'platform', start: 0 }, { id: 'app', start: 2 }]);
    expect(greedy).toMatchObject({ value: 52, excluded: ['other'], spendPerYear: [70], missingMandatory: [] });
  });

  it('skips a candidate whose bundle does not fit, and one excluded by a chosen rival', () => {
    const model: SelectionModel = {
      quarters: 1, budgetPerYear: [50], capacity: [],
      candidates: [
        { id: 'cheap-rival', value: 10, costPerQuarter: [5] },
        { id: 'rival', value: 40, costPerQuarter: [10] },
        { id: 'needs-big', value: 30, costPerQuarter: [5] },
        { id: 'big', value: 5, costPerQuarter: [50] },
        { id: 'last', value: 1, costPerQuarter: [30] },
      ],
      exclusiveGroups: [{ id: 'G', members: ['rival', 'cheap-rival'] }],
      prerequisites: [{ candidate: 'needs-big', requires: 'big' }],
    };
    const greedy = greedySelection(problemOf(model));
    // needs-big (6 a unit) comes first but brings big along, 55 in all: too much. Then rival (4 a unit),
    // which excludes cheap-rival; big alone is too much; last fits.
    expect(greedy.chosen.map((c) => c.id)).toEqual(['rival', 'last']);
  });

  it('starts a candidate later when its role is full earlier', () => {
    const model: SelectionModel = {
      quarters: 3, budgetPerYear: [100], capacity: [{ role: 'DBA', perQuarter: [1, 1, 1] }],
      candidates: [
        { id: 'first', value: 12, costPerQuarter: [1, 1], demand: [{ role: 'DBA', perQuarter: [1, 1] }] },
        { id: 'second', value: 5, costPerQuarter: [1], demand: [{ role: 'DBA', perQuarter: [1] }], starts: [0, 1, 2] },
      ],
    };
    expect(greedySelection(problemOf(model)).chosen).toEqual([{ id: 'first', start: 0 }, { id: 'second', start: 2 }]);
  });

  it('reports mandatory candidates it could not place, and everything it places is otherwise valid', () => {
    const problem = problemOf({
      quarters: 1, budgetPerYear: [10], capacity: [],
      candidates: [{ id: 'a', value: 1, costPerQuarter: [8], mandatory: true }, { id: 'b', value: 1, costPerQuarter: [8], mandatory: true }, { id: 'c', value: 1, costPerQuarter: [2] }],
    });
    const greedy = greedySelection(problem);
    expect(greedy.missingMandatory).toEqual(['b']);
    expect(breachesOf(problem, startsOf(problem, greedy.chosen)).map((b) => b.row)).toEqual(['must_b']);
  });
});
