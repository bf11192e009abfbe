// The RAID pages' URL search params: parsed leniently, narrowed to the shown log, turned into the
// API query, and sorted by column clicks.
import { describe, expect, it } from 'vitest';
import { nextSort, parseRaidSearch, searchForTab, sortDirectionOf, sortOf, statusesOf, toRaidListQuery } from './raid-search.ts';

const PROJECT = '0190a0c0-0000-7000-8000-000000000001';

describe('RAID search params', () => {
  it('keeps valid params and drops the rest', () => {
    expect(parseRaidSearch({ tab: 'issues', q: ' vendor ', status: 'open,in_progress', ownerId: 'x', sort: '-dueDate', probability: '4', impact: 11, rating: 'residual', junk: 1 })).toEqual({
      tab: 'issues',
      q: 'vendor',
      status: 'open,in_progress',
      sort: '-dueDate',
      probability: 4,
      rating: 'residual',
    });
    expect(parseRaidSearch({ tab: 'nope', status: 'open;drop', sort: 'a b' })).toEqual({});
  });

  it('keeps an item to open by its id, and drops it on another tab', () => {
    expect(parseRaidSearch({ tab: 'risks', open: PROJECT })).toEqual({ tab: 'risks', open: PROJECT });
    expect(parseRaidSearch({ open: 'RSK-1' })).toEqual({});
    expect(searchForTab({ tab: 'risks', open: PROJECT }, 'issues')).toEqual({ tab: 'issues' });
  });

  it('narrows statuses and sorts to the shown log', () => {
    expect(statusesOf('risks', { status: 'open,in_progress,closed' })).toEqual(['open', 'closed']);
    expect(sortOf('risks', undefined)).toBe('-score');
    expect(sortOf('issues', '-score')).toBe('code');
    expect(sortOf('issues', '-dueDate')).toBe('-dueDate');
  });

  it('becomes the API query of the log', () => {
    const search = parseRaidSearch({ q: 'late', status: 'open', probability: '2', impact: '3' });
    expect(toRaidListQuery('risks', search, { projectId: PROJECT })).toEqual({
      projectId: PROJECT,
      q: 'late',
      status: 'open',
      sort: '-score',
      probability: 2,
      impact: 3,
      rating: 'inherent',
    });
    // Risk-only filters stay off other logs.
    expect(toRaidListQuery('issues', search, { projectId: PROJECT })).toEqual({ projectId: PROJECT, q: 'late', status: 'open', sort: 'code' });
  });

  it('opens an item named by a link, which never filters the grid', () => {
    const search = parseRaidSearch({ tab: 'actions', open: PROJECT });
    expect(search).toEqual({ tab: 'actions', open: PROJECT });
    expect(parseRaidSearch({ open: 'ACT-1' })).toEqual({});
    expect(toRaidListQuery('actions', search, { projectId: PROJECT })).toEqual({ projectId: PROJECT, sort: 'dueDate' });
  });

  it('toggles a column ascending, then descending', () => {
    expect(nextSort('risks', undefined, 'title')).toBe('title');
    expect(nextSort('risks', 'title', 'title')).toBe('-title');
    expect(nextSort('risks', undefined, 'score')).toBe('score');
    expect(sortDirectionOf('risks', undefined, 'score')).toBe('descending');
    expect(sortDirectionOf('actions', undefined, 'dueDate')).toBe('ascending');
    expect(sortDirectionOf('actions', undefined, 'code')).toBe('none');
  });

  it('drops the filters of the old tab but keeps the page scope', () => {
    expect(searchForTab({ tab: 'risks', status: 'open', portfolioId: PROJECT, probability: 2 }, 'issues')).toEqual({ tab: 'issues', portfolioId: PROJECT });
  });
});
