import { describe, expect, it } from 'vitest';
import { ACTION_TAKER, isRequestClosed, nextRequestStatus, possibleRequestActions, REQUEST_ACTION_LIST, REQUEST_STATUS_LIST, type RequestAction, type RequestStatus } from './request-workflow.ts';

const costed = { costLines: 1, comment: 'because' };
const walk = (from: RequestStatus, ...actions: RequestAction[]): RequestStatus =>
  actions.reduce((status, action) => {
    const step = nextRequestStatus(status, action, costed);
    if (!step.ok) throw new Error(step.message);
    return step.status;
  }, from);

describe('the life of a project request', () => {
  it('goes from draft through screening and business case to approved', () => {
    expect(walk('draft', 'submit', 'screen', 'build_case', 'approve')).toBe('approved');
  });

  it('may be rejected or deferred at any triage stage, and a deferred request re-opens to screening', () => {
    for (const at of ['submitted', 'screening', 'business_case'] as const) {
      expect(walk(at, 'reject')).toBe('rejected');
      expect(walk(at, 'defer', 'reopen')).toBe('screening');
    }
  });

  it('is withdrawn by its requester until a final decision, never after', () => {
    for (const at of ['draft', 'submitted', 'screening', 'business_case', 'deferred'] as const) expect(walk(at, 'withdraw')).toBe('withdrawn');
    for (const at of ['approved', 'rejected', 'withdrawn'] as const) expect(nextRequestStatus(at, 'withdraw', costed).ok).toBe(false);
    expect(ACTION_TAKER.withdraw).toBe('requester');
    expect(ACTION_TAKER.submit).toBe('requester');
  });

  it('leaves the triage and the decisions to the PMO', () => {
    for (const action of ['screen', 'build_case', 'approve', 'reject', 'defer', 'reopen'] as const) expect(ACTION_TAKER[action]).toBe('pmo');
  });

  it('treats rejected as final: nothing re-opens it, and it says it is closed', () => {
    const step = nextRequestStatus('rejected', 'reopen', costed);
    expect(step).toMatchObject({ ok: false, field: 'status', possible: [] });
    if (!step.ok) expect(step.message).toContain('It is closed.');
    expect(isRequestClosed('rejected')).toBe(true);
    expect(isRequestClosed('deferred')).toBe(false);
  });

  it('refuses a skipped stage and names the steps that are possible', () => {
    const step = nextRequestStatus('submitted', 'approve', costed);
    expect(step.ok).toBe(false);
    if (!step.ok) {
      expect(step.message).toBe('A submitted request cannot be approved. Only a request at the business case stage is approved. From submitted it can be: screen, reject, defer, withdraw.');
      expect(step.possible).toEqual(['screen', 'reject', 'defer', 'withdraw']);
    }
  });

  it('needs a business case with a cost line to approve', () => {
    const step = nextRequestStatus('business_case', 'approve', { costLines: 0, comment: '' });
    expect(step).toMatchObject({ ok: false, field: 'businessCase' });
    expect(nextRequestStatus('business_case', 'approve', { costLines: 2, comment: '' })).toEqual({ ok: true, status: 'approved' });
  });

  it('needs a reason to reject or defer, not to screen', () => {
    expect(nextRequestStatus('screening', 'reject', { costLines: 0, comment: '  ' })).toMatchObject({ ok: false, field: 'comment' });
    expect(nextRequestStatus('screening', 'defer', { costLines: 0, comment: '' })).toMatchObject({ ok: false, field: 'comment' });
    expect(nextRequestStatus('submitted', 'screen', { costLines: 0, comment: '' })).toEqual({ ok: true, status: 'screening' });
  });

  it('has every status reachable from a draft and every action used somewhere', () => {
    const reached = new Set<RequestStatus>(['draft']);
    const used = new Set<RequestAction>();
    for (let round = 0; round < REQUEST_STATUS_LIST.length; round++) {
      for (const s of [...reached]) for (const a of possibleRequestActions(s)) { const step = nextRequestStatus(s, a, costed); if (step.ok) { reached.add(step.status); used.add(a); } }
    }
    expect([...reached].sort()).toEqual([...REQUEST_STATUS_LIST].sort());
    expect([...used].sort()).toEqual([...REQUEST_ACTION_LIST].sort());
  });
});
