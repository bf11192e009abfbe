import { describe, expect, it } from 'vitest';
import type { ScenarioComparison } from '../../api/scenarios.ts';
import { demandRows, figureRows } from './scenario-view.ts';

const column = (key: string, over: boolean) => ({
  key, label: key, scenarioCode: key === 'live' ? null : 'SCN-001', projects: ['PRJ-001'], valueMinor: 1_000_000, score: key === 'live' ? 62.5 : 0, unscored: key === 'live' ? [] : ['PRJ-001'], costMinor: 2_000_000, costByYear: [2_000_000], notCosted: [],
  coverage: [], objectivesServed: 1, demand: [{ role: 'Analyst', demand: [30_000], capacity: [31_200], over: [over] }], overloads: over ? 1 : 0,
});
const comparison: ScenarioComparison = { portfolioId: 'p', portfolioCode: 'PFL-001', currency: 'EUR', valueBasis: '', scoreModel: { key: 'default', name: 'Orrery default' }, quarters: ['2027-Q1'], years: [2027], objectives: [{ id: 'o', code: 'OBJ-001', name: 'Grow' }], columns: [column('live', false), column('s', true)] };

describe('the scenario comparison on screen', () => {
  it('has a row per figure with a cell per column, overloads flagged', () => {
    const rows = figureRows(comparison);
    expect(rows.map((r) => r.label)).toEqual(['Projects', 'Value', 'Score (Orrery default)', 'Cost', 'Cost in 2027', 'Objectives served', 'Overloaded role-quarters']);
    expect(rows.find((r) => r.key === 'score')!.cells).toEqual(['62.5', '0.0 (1 unscored)']);
    expect(rows.find((r) => r.key === 'coverage')!.cells).toEqual(['1 of 1', '1 of 1']);
    expect(rows.find((r) => r.key === 'overloads')!.flagged).toEqual([false, true]);
  });

  it('shows demand against capacity in hours per role, column and quarter', () => {
    expect(demandRows(comparison)).toEqual([{ role: 'Analyst', cells: [[{ text: '500 / 520', over: false }], [{ text: '500 / 520', over: true }]] }]);
  });
});
