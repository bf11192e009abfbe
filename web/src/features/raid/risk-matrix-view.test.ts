// The heat map's layout and words: rows from the most likely down, columns from the least severe,
// every cell present and counted, coloured by its band, and read aloud as a sentence.
import { describe, expect, it } from 'vitest';
import type { HeatMap } from '../../api/types.ts';
import { bandOfScore, heatGrid, levelLabel, levelOptions, readableOn } from './risk-matrix-view.ts';

const level = (value: number, label: string) => ({ value, label, description: '' });
const matrix: HeatMap['matrix'] = {
  probability: [level(1, 'Rare'), level(2, 'Unlikely'), level(3, 'Likely')],
  impact: [level(1, 'Minor'), level(2, 'Severe')],
  bands: [
    { key: 'low', label: 'Low', minScore: 1, color: '#2f9e44' },
    { key: 'high', label: 'High', minScore: 4, color: '#e03131' },
  ],
  version: 0,
};

describe('risk matrix view', () => {
  it('labels levels for selects', () => {
    expect(levelLabel(level(4, 'Likely'))).toBe('4 – Likely');
    expect(levelOptions(matrix.impact)).toEqual([{ value: '1', label: '1 – Minor' }, { value: '2', label: '2 – Severe' }]);
  });

  it('finds the band of a score', () => {
    expect(bandOfScore(matrix, 3)?.key).toBe('low');
    expect(bandOfScore(matrix, 4)?.key).toBe('high');
    expect(bandOfScore(matrix, 99)?.key).toBe('high');
  });

  it('lays the grid out with the most likely row on top and counts every cell', () => {
    const grid = heatGrid({ matrix, cells: [{ probability: 3, impact: 2, score: 6, band: 'high', count: 2 }, { probability: 1, impact: 1, score: 1, band: 'low', count: 1 }] });
    expect(grid.columns.map((c) => c.value)).toEqual([1, 2]);
    expect(grid.rows.map((r) => r.level.value)).toEqual([3, 2, 1]);
    const top = grid.rows[0]!.cells;
    expect(top.map((c) => [c.score, c.count, c.band?.key])).toEqual([[3, 0, 'low'], [6, 2, 'high']]);
    expect(top[1]!.label).toBe('Probability 3 Likely, impact 2 Severe: 2 risks');
    expect(grid.rows[2]!.cells[0]!.label).toBe('Probability 1 Rare, impact 1 Minor: 1 risk');
    expect(grid.rows[1]!.cells[1]!.label).toBe('Probability 2 Unlikely, impact 2 Severe: 0 risks');
  });

  it('picks a readable text colour on each band', () => {
    expect(readableOn('#e03131')).toBe('#ffffff');
    expect(readableOn('#f59f00')).toBe('#000000');
    expect(readableOn('#ffffff')).toBe('#000000');
    expect(readableOn('#000000')).toBe('#ffffff');
    expect(readableOn('not a colour')).toBe('#000000');
  });
});
