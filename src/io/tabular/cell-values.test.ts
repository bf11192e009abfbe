// The shared cell rules: strict numbers and real calendar dates only.
import { describe, expect, it } from 'vitest';
import { isoLocalToUtcDate, numberFromText } from './cell-values.ts';

describe('cell values', () => {
  it('reads plain numbers and nothing a spreadsheet might evaluate', () => {
    expect(['12', '-12.5', '+.5', '1e3'].map(numberFromText)).toEqual([12, -12.5, 0.5, 1000]);
    expect(['', '1,5', '=1+1', '-2+3', '0x10', 'Infinity', '1e999'].map(numberFromText)).toEqual(Array(7).fill(undefined));
  });

  it('reads ISO local dates as the same wall-clock time in UTC, and rejects impossible ones', () => {
    expect(isoLocalToUtcDate('2026-03-02T08:30')?.toISOString()).toBe('2026-03-02T08:30:00.000Z');
    expect(isoLocalToUtcDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(isoLocalToUtcDate('0099-12-31')?.getUTCFullYear()).toBe(99);
    expect(['2026-02-29', '2026-13-01', '2026-03-02T24:00', '2026-03-02T08:30Z', '02/03/2026'].map(isoLocalToUtcDate)).toEqual(Array(5).fill(undefined));
  });
});
