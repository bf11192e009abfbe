import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_RISK_MATRIX as M, bandOf, heatMap, matrixProblems, ratingProblems, riskScore, type RiskMatrix } from './risk-matrix.ts';

describe('the risk matrix', () => {
  it('scores probability × impact and puts the score in its band', () => {
    expect(riskScore({ probability: 3, impact: 5 })).toBe(15);
    expect([1, 4, 5, 9, 10, 14, 15, 25].map((s) => bandOf(M, s).key)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });

  it('accepts the default matrix and explains what is wrong with a broken one', () => {
    expect(matrixProblems(M)).toEqual([]);
    const broken: RiskMatrix = {
      probability: [{ value: 1, label: 'Low', description: '' }],
      impact: [...M.impact.slice(0, 2), { value: 4, label: '', description: '' }],
      bands: [{ key: 'low', label: 'Low', minScore: 2, color: 'green' }, { key: 'low', label: 'Also low', minScore: 2, color: '#ffffff' }, { key: 'x', label: 'X', minScore: 99, color: '#000000' }],
    };
    const paths = matrixProblems(broken).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['probability', 'impact[2].value', 'impact[2].label', 'bands[0].minScore', 'bands[0].color', 'bands[1].key', 'bands[1].minScore', 'bands[2].minScore']));
    expect(matrixProblems(broken).find((p) => p.path === 'bands[2].minScore')!.message).toContain('the most is 3');
  });

  it('refuses ratings outside the matrix, naming the scale', () => {
    expect(ratingProblems(M, { probability: 5, impact: 1 }, { probability: 'p', impact: 'i' })).toEqual([]);
    const problems = ratingProblems(M, { probability: 6, impact: 0 }, { probability: 'p', impact: 'i' });
    expect(problems.map((p) => p.path)).toEqual(['p', 'i']);
    expect(problems[0]!.message).toContain('1 (Rare) to 5 (Almost certain)');
  });

  it('counts every rating in exactly one cell of the heat map, most likely row first', () => {
    const cells = heatMap(M, [{ probability: 4, impact: 5 }, { probability: 4, impact: 5 }, { probability: 1, impact: 1 }]);
    expect(cells).toHaveLength(25);
    expect(cells[0]).toMatchObject({ probability: 5, impact: 1 });
    expect(cells.find((c) => c.probability === 4 && c.impact === 5)).toEqual({ probability: 4, impact: 5, score: 20, band: 'critical', count: 2 });
    fc.assert(
      fc.property(fc.array(fc.record({ probability: fc.integer({ min: 0, max: 6 }), impact: fc.integer({ min: 0, max: 6 }) })), (ratings) => {
        const inside = ratings.filter((r) => r.probability >= 1 && r.probability <= 5 && r.impact >= 1 && r.impact <= 5).length;
        expect(heatMap(M, ratings).reduce((sum, c) => sum + c.count, 0)).toBe(inside);
      }),
    );
  });
});
