// The capacity page's view logic: bands and their words, cell text, the default window, headings.
import { describe, expect, it } from 'vitest';
import { cellText, defaultWindow, histogramSeries, loadBand, periodLabel } from './capacity-view.ts';

const row = { key: 'r', label: 'Ana', resourceIds: ['r'], demand: [10, 34, 40, 60, 5], capacity: [40, 40, 40, 40, 0], load: [25, 85, 100, 150, null], overAllocated: [false, false, false, true, true] };

describe('capacity view', () => {
  it('bands a load green under 80 %, amber to 100 %, red over capacity, and says it in words', () => {
    expect([0, 1, 2, 3, 4].map((p) => loadBand(row, p))).toEqual(['under', 'near', 'near', 'over', 'over']);
    expect(loadBand({ load: [null], overAllocated: [false] }, 0)).toBe('idle');
    expect([0, 1, 3, 4].map((p) => cellText(row, p))).toEqual(['25 %', '85 %', '150 % over', '5 h over']);
    expect(cellText({ ...row, demand: [0], load: [null], overAllocated: [false] }, 0)).toBe('—');
  });

  it('opens on this week’s Monday for twelve weeks and heads periods by their first day', () => {
    expect(defaultWindow('2026-11-26')).toEqual({ from: '2026-11-23', to: '2027-02-14' });
    expect(defaultWindow('2026-11-23', 1)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodLabel({ firstDay: '2026-03-02' }, 'week')).toBe('2 Mar');
    expect(periodLabel({ firstDay: '2026-03-01' }, 'month')).toBe('Mar 2026');
  });

  it('gives the histogram demand against capacity per period with the over ones marked', () => {
    const periods = ['2026-03-02', '2026-03-09'].map((firstDay, index) => ({ index, firstDay, lastDay: firstDay }));
    expect(histogramSeries({ ...row, demand: [60, 10], capacity: [40, 40], overAllocated: [true, false] }, periods, 'week')).toEqual({
      labels: ['2 Mar', '9 Mar'],
      demand: [{ value: 60, over: true }, { value: 10, over: false }],
      capacity: [40, 40],
    });
  });
});
