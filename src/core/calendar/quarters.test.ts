import { describe, expect, it } from 'vitest';
import { daysBetween, quarterBounds, quarterOf, quarterRange, quartersBetween } from './quarters.ts';

describe('calendar quarters', () => {
  it('names and bounds calendar quarters', () => {
    expect(quarterOf('2026-11-24')).toBe('2026-Q4');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterBounds('2024-Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(quarterBounds('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(quartersBetween('2025-11-02', '2026-04-01')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('snaps a range to whole quarters, across a year end', () => {
    expect(quarterRange('2027-05-17', 4)).toEqual({ from: '2027-04-01', to: '2028-03-31' });
    expect(quarterRange('2026-12-31', 1)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('counts calendar days either way', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });
});
