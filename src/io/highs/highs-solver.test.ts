// The HiGHS adapter: LP text in, column values by name out, infeasibility and bad input as results.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MipSolver } from '../../core/selection/selection-types.ts';
import { loadMipSolver } from './highs-solver.ts';

let solve: MipSolver;
beforeAll(async () => {
  solve = await loadMipSolver();
});

describe('HiGHS solver', () => {
  it('solves a MIP and answers the columns by name, with the bound and the gap', () => {
    const result = solve({ lp: 'Maximize\n obj: 30 chairs + 50 tables\nSubject To\n carpentry: chairs + 2 tables <= 40\n finishing: 2 chairs + tables <= 50\nGenerals\n chairs tables\nEnd\n' });
    expect(result).toMatchObject({ status: 'optimal', objective: 1100, bound: 1100, gap: 0 });
    expect(result.status === 'optimal' && Object.fromEntries(result.columns)).toEqual({ chairs: 20, tables: 10 });
  });

  it('says infeasible', () => {
    expect(solve({ lp: 'Maximize\n obj: x\nSubject To\n c: x >= 2\nBinary\n x\nEnd\n' })).toEqual({ status: 'infeasible' });
  });

  it('reports text it cannot read as a failure, and stays usable', () => {
    expect(solve({ lp: 'this is not an LP' })).toEqual({ status: 'failed', message: 'HiGHS read no columns (is it CPLEX LP text?).' });
    expect(solve({ lp: 'Maximize\n obj: x\nSubject To\n c: x <= 1\nBinary\n x\nEnd\n' })).toMatchObject({ status: 'optimal', objective: 1 });
  });
});
