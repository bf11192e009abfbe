import { describe, expect, it } from 'vitest';
import { basisText, kpiText, kpiTone, trendSeries } from './pmo-performance-view.ts';

describe('PMO performance view', () => {
  it('shows shares as percentages and variances signed', () => {
    expect(kpiText({ unit: 'share' }, 0.6667)).toBe('67 %');
    expect(kpiText({ unit: 'variance' }, 0.2)).toBe('+20.0 %');
    expect(kpiText({ unit: 'variance' }, -0.05)).toBe('−5.0 %');
    expect(kpiText({ unit: 'share' }, null)).toBe('—');
  });

  it('says what a figure rests on and colours it', () => {
    expect(basisText({ unit: 'share', key: 'on_time' }, { numerator: 2, denominator: 3 })).toBe('2 of 3');
    expect(basisText({ unit: 'variance', key: 'cost_variance' }, { numerator: 1, denominator: 4 })).toBe('1 of 4 over budget');
    expect(basisText({ unit: 'share', key: 'on_time' }, { numerator: 0, denominator: 0 })).toBe('nothing to assess');
    expect([kpiTone({ unit: 'share' }, 0.95), kpiTone({ unit: 'share' }, 0.75), kpiTone({ unit: 'share' }, 0.5), kpiTone({ unit: 'variance' }, 0.2), kpiTone({ unit: 'variance' }, null)])
      .toEqual(['green', 'orange', 'red', 'red', 'gray']);
  });

  it('draws only the shares as trend lines, in percent', () => {
    const kpis = [
      { key: 'on_time' as const, name: 'Delivered on time', unit: 'share' as const, definition: '', values: [{ quarter: '2026-Q3', value: 0.5, numerator: 1, denominator: 2, projects: [] }, { quarter: '2026-Q4', value: null, numerator: 0, denominator: 0, projects: [] }] },
      { key: 'cost_variance' as const, name: 'Average cost variance', unit: 'variance' as const, definition: '', values: [] },
    ];
    expect(trendSeries(kpis)).toEqual([{ name: 'Delivered on time', data: [50, null] }]);
  });
});
