// What-if on the weights: the same ratings under other weights, and who moves where.
import { describe, expect, it } from 'vitest';
import { whatIfWeights } from './weights-what-if.ts';
import type { ProjectRating } from './scoring-types.ts';
import { MODEL } from './scoring-fixtures.ts';

const RATINGS: ProjectRating[] = [
  { projectId: 'BOLD', levels: { strategic_fit: 5, value: 5, risk: 4 } }, // strong but risky
  { projectId: 'SAFE', levels: { strategic_fit: 3, value: 3, risk: 1 } },
  { projectId: 'REG', mandatory: true, levels: { strategic_fit: 1, value: 1, risk: 2 } },
  { projectId: 'MEH', levels: { strategic_fit: 2, value: 2, risk: 2 } },
];

describe('what-if on the weights', () => {
  it('reports each project’s rank before and after, in the new order', () => {
    const w = whatIfWeights(MODEL, RATINGS, { risk: 150 });
    if (!w.ok) throw new Error(JSON.stringify(w.problems));
    expect(w.before.ranked.map((p) => p.projectId)).toEqual(['REG', 'BOLD', 'SAFE', 'MEH']);
    expect(w.changes.map((c) => [c.projectId, c.rankBefore, c.rankAfter, c.movement])).toEqual([
      ['REG', 1, 1, 0],
      ['SAFE', 3, 2, 1],
      ['MEH', 4, 3, 1],
      ['BOLD', 2, 4, -2],
    ]);
    expect(w.moved).toBe(3);
    expect(w.weightsBefore).toEqual({ strategic_fit: 0.5, value: 0.3, risk: 0.2 });
    expect(w.weightsAfter).toEqual({ strategic_fit: 50 / 230, value: 30 / 230, risk: 150 / 230 });
    const bold = w.changes.find((c) => c.projectId === 'BOLD')!;
    expect([bold.scoreBefore, bold.scoreAfter]).toEqual([expect.closeTo(0.8, 15), expect.closeTo(80 / 230, 15)]);
  });

  it('moves nobody when the weights keep their proportions', () => {
    const w = whatIfWeights(MODEL, RATINGS, { strategic_fit: 5, value: 3, risk: 2 });
    expect(w.ok && w.moved).toBe(0);
  });

  it('refuses weights for unknown criteria, negative weights and all-zero weights', () => {
    expect(whatIfWeights(MODEL, RATINGS, { colour: 5, value: -1 })).toEqual({
      ok: false,
      error: 'invalid_scoring',
      problems: [
        { path: 'weights.colour', message: 'The model has no criterion "colour" to weigh.' },
        { path: 'weights.value', message: 'The weight -1 of "value" must be a number of 0 or more.' },
      ],
    });
    expect(whatIfWeights(MODEL, RATINGS, { strategic_fit: 0, value: 0, risk: 0 })).toMatchObject({ ok: false, problems: [{ path: 'weights', message: 'Every weight would be 0: give at least one criterion a weight above 0.' }] });
    expect(whatIfWeights(MODEL, [{ projectId: 'X', levels: {} }], {})).toMatchObject({ ok: false, problems: [{ path: 'ratings[0].levels.strategic_fit' }, { path: 'ratings[0].levels.value' }, { path: 'ratings[0].levels.risk' }] });
  });
});
