// The change board's workflow: the steps it allows, the ones it refuses with a reason, and the
// invariants of every path through it (only an approved request is applied; closed stays closed).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHANGE_ACTION_LIST, CHANGE_STATUS_LIST, isClosed, isEditable, nextChangeStatus, possibleActions, type ChangeAction, type ChangeStatus } from './change-workflow.ts';

describe('change request workflow', () => {
  it('takes a request from draft through the board to the plan', () => {
    const path: Array<[ChangeAction, ChangeStatus]> = [['submit', 'submitted'], ['defer', 'deferred'], ['submit', 'submitted'], ['approve', 'approved'], ['apply', 'applied']];
    let status: ChangeStatus = 'draft';
    for (const [action, expected] of path) {
      const step = nextChangeStatus(status, action);
      expect(step).toEqual({ ok: true, status: expected });
      if (step.ok) status = step.status;
    }
    expect(isClosed(status)).toBe(true);
  });

  it('refuses to apply what the board has not approved, and says what can be done instead', () => {
    const step = nextChangeStatus('submitted', 'apply');
    expect(step.ok).toBe(false);
    if (!step.ok) {
      expect(step.message).toContain('Only an approved request is applied');
      expect(step.possible).toEqual(['approve', 'reject', 'defer', 'withdraw']);
    }
    const closed = nextChangeStatus('rejected', 'submit');
    expect(closed.ok || closed.message).toContain('It is closed');
  });

  it('lets the content change only before the board decides', () => {
    expect(CHANGE_STATUS_LIST.filter(isEditable)).toEqual(['draft', 'submitted']);
  });

  it('never applies a request that was not approved just before, and never reopens a closed one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHANGE_ACTION_LIST), { maxLength: 30 }), (actions) => {
        let status: ChangeStatus = 'draft';
        for (const action of actions) {
          const step = nextChangeStatus(status, action);
          expect(step.ok).toBe(possibleActions(status).includes(action));
          if (!step.ok) continue;
          if (step.status === 'applied') expect(status).toBe('approved');
          expect(isClosed(status)).toBe(false);
          status = step.status;
        }
        expect(CHANGE_STATUS_LIST).toContain(status);
      }),
    );
  });

  it('can withdraw every open request', () => {
    for (const status of CHANGE_STATUS_LIST.filter((s) => !isClosed(s))) expect(nextChangeStatus(status, 'withdraw')).toEqual({ ok: true, status: 'withdrawn' });
  });
});
