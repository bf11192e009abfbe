// The dashboard's pure view logic: URL filters, chart rows and KPI tiles from the API's buckets.
import { describe, expect, it } from 'vitest';
import { hasFilters, kpiTiles, parseDashboardSearch, performanceRows, phaseRows, ragRows, slipLabel, statusRows } from './dashboard-view.ts';

const ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const ref = (code: string) => ({ id: ID, code });

describe('parseDashboardSearch', () => {
  it('keeps well-formed ids and a trimmed tag, drops the rest', () => {
    expect(parseDashboardSearch({ portfolioId: ID, managerId: 'nope', tag: '  cloud ', extra: 1 })).toEqual({ portfolioId: ID, tag: 'cloud' });
    expect(parseDashboardSearch({ tag: '   ' })).toEqual({});
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ tag: 'x' })).toBe(true);
  });
});

describe('chart rows', () => {
  it('names phases with their methodology only when several appear', () => {
    const one = { methodologyKey: 'predictive', methodologyName: 'Predictive', phaseKey: 'plan', phaseName: 'Planning', position: 1, count: 2, projects: [ref('PRJ-1'), ref('PRJ-2')] };
    expect(phaseRows([one]).map((r) => r.label)).toEqual(['Planning']);
    const two = { ...one, methodologyKey: 'agile', methodologyName: 'Agile', phaseKey: 'sprint', phaseName: 'Sprints', count: 1 };
    expect(phaseRows([one, two]).map((r) => [r.key, r.label, r.count])).toEqual([
      ['predictive:plan', 'Planning (Predictive)', 2],
      ['agile:sprint', 'Sprints (Agile)', 1],
    ]);
  });

  it('orders RAG red first with its colours, and labels statuses', () => {
    const rows = ragRows({
      notAssessed: null,
      buckets: [
        { rag: 'green', count: 1, projects: [ref('PRJ-1')] },
        { rag: 'not_reported', count: 0, projects: [] },
        { rag: 'red', count: 2, projects: [] },
        { rag: 'amber', count: 0, projects: [] },
      ],
    });
    expect(rows.map((r) => r.label)).toEqual(['Red', 'Amber', 'Green', 'Not reported']);
    expect(rows[0]?.hex).toBe('#e03131');
    expect(statusRows([{ status: 'on_hold', count: 1, projects: [] }, { status: 'odd', count: 0, projects: [] }]).map((r) => r.label)).toEqual(['On hold', 'odd']);
  });
});

describe('kpiTiles', () => {
  it('counts projects, colours, not reported and critical breaches', () => {
    const tiles = kpiTiles({
      projectCount: 3,
      byRag: { notAssessed: null, buckets: [{ rag: 'red', count: 1, projects: [] }] },
      notReported: { notAssessed: null, count: 2, projects: [] },
      compliance: { projects: 3, byState: [{ state: 'critical', count: 1, projects: [] }], byPolicy: [] },
    });
    expect(Object.fromEntries(tiles.map((t) => [t.key, t.count]))).toEqual({ projects: 3, red: 1, amber: 0, green: 0, 'not-reported': 2, 'critical-breaches': 1 });
  });
});

describe('slipLabel', () => {
  it('says how late or early a milestone is', () => {
    expect(slipLabel({ varianceDays: 3, lateness: 'forecast_after_baseline' })).toBe('+3 days');
    expect(slipLabel({ varianceDays: 1, lateness: 'forecast_after_baseline' })).toBe('+1 day');
    expect(slipLabel({ varianceDays: -2, lateness: null })).toBe('2 days early');
    expect(slipLabel({ varianceDays: 0, lateness: 'baseline_passed' })).toBe('Baseline passed');
    expect(slipLabel({ varianceDays: null, lateness: null })).toBe('—');
  });
});

describe('performanceRows', () => {
  it('lists the projects with earned value, the worst index first, and leaves out those without', () => {
    const rows = performanceRows([
      { code: 'PRJ-1', cpi: 1.1, spi: 0.8 },
      { code: 'PRJ-2', cpi: 0.95, spi: 1 },
      { code: 'PRJ-3', cpi: null, spi: null },
      { code: 'PRJ-4', cpi: null, spi: 0.95 },
      { code: 'PRJ-0', cpi: 1.2, spi: 1.2 },
    ]);
    expect(rows.map((r) => r.code)).toEqual(['PRJ-1', 'PRJ-2', 'PRJ-4', 'PRJ-0']);
  });
});
