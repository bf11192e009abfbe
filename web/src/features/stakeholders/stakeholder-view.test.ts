// The stakeholders page's URL state, the register as shown (status, search words, column order),
// and the grid placement and engagement gap a form previews before saving.
import { describe, expect, it } from 'vitest';
import { stakeholder } from './stakeholder-fixtures.ts';
import { engagementGapOf, gapText, nextSort, parseStakeholderSearch, quadrantOf, sortDirectionOf, visibleStakeholders } from './stakeholder-view.ts';

const ID = '0190a0c0-0000-7000-8000-000000000001';

describe('stakeholder search params', () => {
  it('keeps valid params and drops the rest (the default order leaves no sort)', () => {
    expect(parseStakeholderSearch({ view: 'grid', q: '  cfo ', status: 'all', sort: '-influence', open: ID, junk: 1 })).toEqual({ view: 'grid', q: 'cfo', status: 'all', sort: '-influence', open: ID });
    expect(parseStakeholderSearch({ view: 'list', q: ' ', status: 'active', sort: 'code', open: 'STK-1' })).toEqual({});
    expect(parseStakeholderSearch({ sort: 'budget' })).toEqual({});
    expect(parseStakeholderSearch({ sort: '-code' })).toEqual({ sort: '-code' });
  });

  it('sorts ascending on the first click, descending on the second', () => {
    expect(nextSort(undefined, 'influence')).toBe('influence');
    expect(nextSort('influence', 'influence')).toBe('-influence');
    expect(nextSort('-influence', 'influence')).toBe('influence');
    expect(nextSort(undefined, 'code')).toBe('-code');
    expect(nextSort('-code', 'code')).toBeUndefined();
    expect(sortDirectionOf(undefined, 'code')).toBe('ascending');
    expect(sortDirectionOf('-gap', 'gap')).toBe('descending');
    expect(sortDirectionOf('-gap', 'code')).toBe('none');
  });
});

describe('the register as shown', () => {
  const cfo = stakeholder({ id: 'a', code: 'STK-002', title: 'Dana Finch', organisation: 'Acme', role: 'CFO', influence: 5, interest: 2, engagementGap: 2 });
  const council = stakeholder({ id: 'b', code: 'STK-001', title: 'Works council', influence: 2, interest: 4, engagementGap: 0 });
  const gone = stakeholder({ id: 'c', code: 'STK-010', title: 'Old supplier', status: 'inactive', contactEmail: 'ops@old.example' });
  const all = [cfo, council, gone];

  it('shows active stakeholders by default, by code, and inactive or all when asked', () => {
    expect(visibleStakeholders(all, {}).map((s) => s.code)).toEqual(['STK-001', 'STK-002']);
    expect(visibleStakeholders(all, { status: 'inactive' }).map((s) => s.code)).toEqual(['STK-010']);
    expect(visibleStakeholders(all, { status: 'all' }).map((s) => s.code)).toEqual(['STK-001', 'STK-002', 'STK-010']);
  });

  it('finds every search word in the name, organisation, role or address', () => {
    expect(visibleStakeholders(all, { q: 'acme cfo' }).map((s) => s.code)).toEqual(['STK-002']);
    expect(visibleStakeholders(all, { q: 'OLD.example', status: 'all' }).map((s) => s.code)).toEqual(['STK-010']);
    expect(visibleStakeholders(all, { q: 'nobody' })).toEqual([]);
  });

  it('orders by the chosen column, then by code', () => {
    expect(visibleStakeholders(all, { sort: '-influence' }).map((s) => s.code)).toEqual(['STK-002', 'STK-001']);
    expect(visibleStakeholders(all, { sort: 'interest' }).map((s) => s.code)).toEqual(['STK-002', 'STK-001']);
    expect(visibleStakeholders(all, { sort: '-gap' }).map((s) => s.title)).toEqual(['Dana Finch', 'Works council']);
  });
});

describe('grid placement and engagement gap', () => {
  it('places scores on the grid, high from 3 unless the grid says otherwise', () => {
    expect(quadrantOf(3, 3)).toBe('manage_closely');
    expect(quadrantOf(5, 2)).toBe('keep_satisfied');
    expect(quadrantOf(2, 5)).toBe('keep_informed');
    expect(quadrantOf(2, 2)).toBe('monitor');
    expect(quadrantOf(3, 3, 4)).toBe('monitor');
  });

  it('counts levels from current to desired engagement and says so', () => {
    expect(engagementGapOf('resistant', 'leading')).toBe(3);
    expect(engagementGapOf('supportive', 'supportive')).toBe(0);
    expect(engagementGapOf('leading', 'supportive')).toBe(-1);
    expect(gapText(3)).toBe('3 levels to go');
    expect(gapText(1)).toBe('1 level to go');
    expect(gapText(0)).toBe('On target');
    expect(gapText(-1)).toBe('1 level above');
  });
});
