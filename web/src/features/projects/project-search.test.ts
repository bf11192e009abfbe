// The project list's URL search params: parsed leniently, turned into the API query, sorted.
import { describe, expect, it } from 'vitest';
import { nextSort, parseProjectSearch, sortDirectionOf, toProjectListQuery } from './project-search.ts';

describe('project search params', () => {
  it('keeps valid filters and drops the rest', () => {
    expect(parseProjectSearch({ q: ' crm ', status: 'active', phase: 'Not a phase!', portfolioId: 'x', mine: 'true', sort: '-priority', junk: 1 })).toEqual({
      q: 'crm',
      status: 'active',
      mine: true,
      sort: '-priority',
    });
    expect(parseProjectSearch({ sort: 'budget' })).toEqual({});
    // Phases are keys of any methodology (agile's delivery, the PMO's own), not a fixed list.
    expect(parseProjectSearch({ phase: 'delivery' })).toEqual({ phase: 'delivery' });
  });

  it('becomes the API query', () => {
    expect(toProjectListQuery({ tag: 'cloud', archived: true, mine: true })).toEqual({ tag: 'cloud', includeArchived: 'true', mine: 'true', sort: 'code' });
  });

  it('toggles a column ascending, then descending', () => {
    expect(nextSort(undefined, 'name')).toBe('name');
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
    expect(sortDirectionOf(undefined, 'code')).toBe('ascending');
    expect(sortDirectionOf('-plannedStart', 'plannedStart')).toBe('descending');
    expect(sortDirectionOf('name', 'code')).toBe('none');
  });
});
