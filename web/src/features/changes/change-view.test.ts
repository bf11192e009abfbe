// The change request screens' pure rules: steps by status and rights, the finish delta, and edits
// described by task names.
import { describe, expect, it } from 'vitest';
import { availableSteps, describeEdit, formatDelta, isContentEditable, namesFromSchedule } from './change-view.ts';

const A = '0190a0c0-0000-7000-8000-00000000000a';
const B = '0190a0c0-0000-7000-8000-00000000000b';
const L = '0190a0c0-0000-7000-8000-00000000000c';
const schedule = {
  tasks: [{ id: A, name: 'Design' }, { id: B, name: 'Build' }],
  links: [{ id: L, predecessorId: A, successorId: B, type: 'FS' }],
  settings: { minutesPerDay: 480 },
};
const manager = { mayContribute: true, mayManage: true };
const member = { mayContribute: true, mayManage: false };

describe('change request view', () => {
  it('offers the steps the status allows to those who may take them', () => {
    expect(availableSteps({ status: 'draft', canDecide: false }, manager)).toEqual(['submit', 'withdraw']);
    expect(availableSteps({ status: 'draft', canDecide: false }, member)).toEqual([]);
    expect(availableSteps({ status: 'submitted', canDecide: true }, member)).toEqual(['decide']);
    expect(availableSteps({ status: 'submitted', canDecide: false }, manager)).toEqual(['withdraw']);
    expect(availableSteps({ status: 'approved', canDecide: false }, manager)).toEqual(['apply', 'withdraw']);
    expect(availableSteps({ status: 'deferred', canDecide: false }, manager)).toEqual(['submit', 'withdraw']);
    expect(availableSteps({ status: 'applied', canDecide: true }, manager)).toEqual([]);
    expect(isContentEditable('submitted')).toBe(true);
    expect(isContentEditable('approved')).toBe(false);
  });

  it('words the finish delta', () => {
    expect(formatDelta(3)).toBe('+3 working days');
    expect(formatDelta(-1)).toBe('−1 working day');
    expect(formatDelta(0)).toBe('No change');
  });

  it('describes edits by task names', () => {
    const names = namesFromSchedule(schedule);
    expect(describeEdit({ op: 'add_task', name: 'Security review', durationMinutes: 1440, milestone: false, afterTaskId: A, beforeTaskId: B }, names))
      .toBe('Add task (3 days) ‘Security review’ after ‘Design’ and before ‘Build’');
    expect(describeEdit({ op: 'set_duration', taskId: B, durationMinutes: 480 }, names)).toBe('Set the duration of ‘Build’ to 1 day');
    expect(describeEdit({ op: 'add_link', predecessorId: A, successorId: B, type: 'SS', lagMinutes: -960 }, names)).toBe('Link ‘Design’ → ‘Build’ (SS) with a lead of 2 days');
    expect(describeEdit({ op: 'remove_link', linkId: L }, names)).toBe('Remove the link ‘Design’ → ‘Build’ (FS)');
    expect(describeEdit({ op: 'set_constraint', taskId: 'gone', type: 'SNET', date: '2026-03-02T08:00' }, names))
      .toBe('Constrain ‘a task no longer in the plan’: start no earlier than 2026-03-02 08:00');
  });
});
