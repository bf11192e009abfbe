import { describe, expect, it } from 'vitest';
import { delayLabel, overloadSummary, previewHeadline } from './levelling-view.ts';

describe('levelling words', () => {
  it('says how long a task waits, or that it only follows its predecessors', () => {
    expect(delayLabel({ levelingDelayDays: 3 })).toBe('3 working days');
    expect(delayLabel({ levelingDelayDays: 1 })).toBe('1 working day');
    expect(delayLabel({ levelingDelayDays: 0 })).toBe('follows its predecessors');
  });

  it('sums up over-allocations before and after, with "none" for zero', () => {
    expect(overloadSummary({ overAllocatedBefore: 4, overAllocatedAfter: 0 })).toBe('Over-allocated resource-days: 4 before, none after.');
  });

  it('heads the preview with what would move, what moved, or why nothing does', () => {
    const move = { levelingDelayDays: 2 } as never;
    expect(previewHeadline({ moved: [move, move], overAllocatedBefore: 2, applied: false })).toBe('2 tasks would be moved.');
    expect(previewHeadline({ moved: [move], overAllocatedBefore: 2, applied: true })).toBe('1 task was moved.');
    expect(previewHeadline({ moved: [], overAllocatedBefore: 0, applied: false })).toBe('Nobody is over-allocated: nothing needs to move.');
    expect(previewHeadline({ moved: [], overAllocatedBefore: 3, applied: false })).toMatch(/^Nothing can move to help/);
  });
});
