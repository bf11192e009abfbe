import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answersOpen, checkReviewTransition, findingsOpen, REVIEW_STATUSES, REVIEW_TRANSITIONS, statusAfterFindings } from './review-lifecycle.ts';
import { checkFindingChange, FINDING_STATUSES, findingOverdue, type FindingStatus } from './finding-lifecycle.ts';

const none = { unanswered: [], unclosedFindings: [] };

describe('checkReviewTransition', () => {
  it('walks planned → in_progress → completed → closed', () => {
    expect(checkReviewTransition('planned', 'in_progress', none)).toEqual({ ok: true });
    expect(checkReviewTransition('in_progress', 'completed', none)).toEqual({ ok: true });
    expect(checkReviewTransition('completed', 'closed', none)).toEqual({ ok: true });
  });

  it('refuses to complete a review with unanswered questions, naming them', () => {
    const r = checkReviewTransition('in_progress', 'completed', { unanswered: ['leads', 'lags'], unclosedFindings: [] });
    expect(r).toEqual({ ok: false, message: expect.stringContaining('leads, lags are unanswered'), errors: [{ path: 'answers.leads', message: 'unanswered' }, { path: 'answers.lags', message: 'unanswered' }] });
  });

  it('refuses to close a review whose findings are not closed', () => {
    const r = checkReviewTransition('completed', 'closed', { unanswered: [], unclosedFindings: ['QAF-002'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('QAF-002');
  });

  it('refuses a skipped step and says where the review can go', () => {
    const r = checkReviewTransition('planned', 'completed', none);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('A planned review cannot go to completed: it can go to in_progress or cancelled.');
    const closed = checkReviewTransition('closed', 'in_progress', none);
    if (!closed.ok) expect(closed.message).toContain('cannot change status any more');
  });

  it('allows exactly the listed transitions (and staying put)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REVIEW_STATUSES), fc.constantFrom(...REVIEW_STATUSES), (from, to) => {
        expect(checkReviewTransition(from, to, none).ok).toBe(from === to || REVIEW_TRANSITIONS[from].includes(to));
      }),
    );
  });

  it('keeps answers open until completion and findings open while running or completed', () => {
    expect(REVIEW_STATUSES.filter(answersOpen)).toEqual(['planned', 'in_progress']);
    expect(REVIEW_STATUSES.filter(findingsOpen)).toEqual(['in_progress', 'completed']);
  });

  it('closes a completed review when its last finding closes and reopens it when one reopens', () => {
    expect(statusAfterFindings('completed', 0)).toBe('closed');
    expect(statusAfterFindings('completed', 1)).toBe('completed');
    expect(statusAfterFindings('closed', 1)).toBe('completed');
    expect(statusAfterFindings('in_progress', 0)).toBe('in_progress');
  });
});

describe('checkFindingChange', () => {
  const change = (from: FindingStatus, to?: FindingStatus, fields = to ? ['status'] : [], openActions: string[] = []) => ({ from, to, fields, openActions });

  it('lets the owner work a finding up to resolved, and not close it', () => {
    expect(checkFindingChange('follower', change('open', 'in_progress'))).toEqual({ ok: true });
    expect(checkFindingChange('follower', change('in_progress', 'resolved', ['status', 'resolution']))).toEqual({ ok: true });
    expect(checkFindingChange('follower', change('resolved', 'closed'))).toMatchObject({ ok: false, reason: 'forbidden', path: 'status' });
    expect(checkFindingChange('follower', change('closed', 'open'))).toMatchObject({ ok: false, reason: 'forbidden' });
  });

  it('keeps severity, due date and the rest for the verifiers', () => {
    const r = checkFindingChange('follower', change('open', undefined, ['severity', 'dueDate']));
    expect(r).toMatchObject({ ok: false, reason: 'forbidden', path: 'severity' });
    expect(checkFindingChange('verifier', change('open', undefined, ['severity', 'dueDate']))).toEqual({ ok: true });
  });

  it('lets a verifier close only a resolved finding whose actions are finished', () => {
    expect(checkFindingChange('verifier', change('resolved', 'closed'))).toEqual({ ok: true });
    expect(checkFindingChange('verifier', change('open', 'closed'))).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('Resolve it first') });
    expect(checkFindingChange('verifier', change('resolved', 'closed', ['status'], ['ACT-007']))).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringContaining('ACT-007 is still open') });
    expect(checkFindingChange('verifier', change('closed', 'open'))).toEqual({ ok: true });
    expect(checkFindingChange('verifier', change('resolved', 'in_progress'))).toEqual({ ok: true });
  });

  it('never lets a follower reach closed, whatever the start', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FINDING_STATUSES), (from) => {
        expect(checkFindingChange('follower', change(from, 'closed')).ok).toBe(from === 'closed');
      }),
    );
  });
});

describe('findingOverdue', () => {
  it('is overdue while open or in progress past the due date', () => {
    expect(findingOverdue('open', '2026-01-01', '2026-01-02')).toBe(true);
    expect(findingOverdue('in_progress', '2026-01-02', '2026-01-02')).toBe(false);
    expect(findingOverdue('resolved', '2026-01-01', '2026-01-02')).toBe(false);
    expect(findingOverdue('open', null, '2026-01-02')).toBe(false);
  });
});
