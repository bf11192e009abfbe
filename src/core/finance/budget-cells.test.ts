// Budget cells: revisions add deltas onto the original, reserve draws net to zero, and a change
// may not take a cell below zero.
import { describe, expect, it } from 'vitest';
import { addLines, applyChange, duplicateCells, isMonth, netOf, reserveDrawOf, revisionKindOf, totalsBy, type BudgetLineValue } from './budget-cells.ts';
import { bottomUpForecast, varianceAtCompletion } from './cost-forecast.ts';

const RESERVES = new Set(['contingency', 'management_reserve']);
const line = (category: string, month: string, amountMinor: number, costType = 'opex'): BudgetLineValue => ({ category, costType, month, amountMinor });

describe('budget cells', () => {
  const original = [line('labour', '2026-03', 50_000), line('labour', '2026-04', 50_000), line('contingency', '2026-03', 10_000), line('equipment', '2026-03', 20_000, 'capex')];

  it('adds deltas onto the original and totals by category and month', () => {
    const approved = addLines(new Map(), original);
    const current = applyChange(approved, [line('labour', '2026-04', 5_000)]);
    expect(current.ok).toBe(true);
    if (!current.ok) return;
    expect(Object.fromEntries(totalsBy(current.cells.values(), (c) => c.category))).toEqual({ labour: 105_000, contingency: 10_000, equipment: 20_000 });
    expect(Object.fromEntries(totalsBy(current.cells.values(), (c) => c.month))).toEqual({ '2026-03': 80_000, '2026-04': 55_000 });
    expect(approved.get('labour|opex|2026-04')!.amountMinor).toBe(50_000); // the approved budget is untouched
  });

  it('calls a net-zero move out of reserve a draw on reserve', () => {
    const draw = [line('contingency', '2026-03', -4_000), line('services', '2026-04', 4_000)];
    expect(netOf(draw)).toBe(0);
    expect(reserveDrawOf(draw, RESERVES)).toBe(4_000);
    expect(revisionKindOf(false, draw, RESERVES)).toBe('reserve_draw');
    expect(revisionKindOf(false, [line('services', '2026-04', 4_000)], RESERVES)).toBe('change');
    expect(revisionKindOf(false, [line('contingency', '2026-03', 4_000), line('services', '2026-04', -4_000)], RESERVES)).toBe('change');
    expect(revisionKindOf(true, original, RESERVES)).toBe('original');
  });

  it('refuses a change that takes a cell below zero, naming the cell', () => {
    const approved = addLines(new Map(), original);
    const result = applyChange(approved, [line('contingency', '2026-03', -12_000), line('services', '2026-03', 12_000)]);
    expect(result).toEqual({ ok: false, negative: [line('contingency', '2026-03', -2_000)] });
    expect(applyChange(approved, [line('services', '2026-05', -1)]).ok).toBe(false);
  });

  it('finds cells said twice and reads months', () => {
    expect(duplicateCells([...original, line('labour', '2026-03', 1)])).toEqual(['labour|opex|2026-03']);
    expect(duplicateCells([...original, line('labour', '2026-03', 1, 'capex')])).toEqual([]);
    expect(['2026-01', '2026-12'].every(isMonth)).toBe(true);
    expect(['2026-13', '2026-1', '26-01', '2026-00'].some(isMonth)).toBe(false);
  });
});

describe('bottom-up forecast', () => {
  it('adds what the planned costs still need to what was spent', () => {
    expect(bottomUpForecast(40_000, [{ amountMinor: 100_000, percentComplete: 25 }, { amountMinor: 30_000, percentComplete: 100 }])).toEqual({ remainingMinor: 75_000, atCompletionMinor: 115_000 });
    expect(bottomUpForecast(40_000, [])).toBeNull();
    expect(varianceAtCompletion(120_000, 115_000)).toBe(5_000);
    expect(varianceAtCompletion(100_000, 115_000)).toBe(-15_000);
    expect(varianceAtCompletion(null, 115_000)).toBeNull();
  });
});
