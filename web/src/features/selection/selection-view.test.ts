import { describe, expect, it } from 'vitest';
import { budgetText, groupKey, parseBudget } from './selection-view.ts';

describe('selection budgets', () => {
  it('reads one budget or one per year in the currency and shows them back', () => {
    expect(parseBudget('1500000, 2 000 000', 'EUR')).toEqual([150_000_000, 200_000_000]);
    expect(parseBudget('', 'EUR')).toEqual([]);
    expect(parseBudget('lots', 'EUR')).toBeNull();
    expect(parseBudget('5000', 'JPY')).toEqual([5000]);
    expect(budgetText([45_000_000, 180_000_000], 'EUR')).toBe('450000, 1800000');
  });
  it('keys an exclusive group by its name', () => {
    expect(groupKey('CRM options', 0)).toBe('crm_options_1');
    expect(groupKey('2027 platforms', 1)).toBe('group_2027_platforms_2');
    expect(groupKey('', 2)).toBe('group_3');
  });
});
