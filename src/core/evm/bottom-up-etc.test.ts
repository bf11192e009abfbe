import { describe, expect, it } from 'vitest';
import { bottomUpEtc } from './bottom-up-etc.ts';

describe('bottomUpEtc', () => {
  it('sums the items’ estimates, with work outside the items, once every item has one', () => {
    expect(bottomUpEtc([{ etc: 0 }, { etc: 600 }, { etc: 1_000 }])).toEqual({ etc: 1_600, source: 'task-estimates', unestimated: 0 });
    expect(bottomUpEtc([{ etc: 0 }, { etc: 600 }], { outside: 250 })).toEqual({ etc: 850, source: 'task-estimates', unestimated: 0 });
    expect(bottomUpEtc([{ etc: 0 }, {}, {}], { outside: 250 })).toEqual({ etc: null, source: null, unestimated: 2 });
  });
  it('takes the manager’s estimate for the whole project when given, whatever the tasks say', () => {
    expect(bottomUpEtc([{ etc: 600 }, {}], { project: 900 })).toEqual({ etc: 900, source: 'project-estimate', unestimated: 1 });
    expect(bottomUpEtc([{ etc: 600 }], { project: 0 })).toEqual({ etc: 0, source: 'project-estimate', unestimated: 0 });
    expect(bottomUpEtc([{ etc: 600 }], { project: null })).toEqual({ etc: 600, source: 'task-estimates', unestimated: 0 });
  });
  it('has no tasks’ figure without items to sum (no cost baseline), but a project estimate stands alone', () => {
    expect(bottomUpEtc([], { outside: 300 })).toEqual({ etc: null, source: null, unestimated: 0 });
    expect(bottomUpEtc([], { project: 5_000 })).toEqual({ etc: 5_000, source: 'project-estimate', unestimated: 0 });
  });
});
