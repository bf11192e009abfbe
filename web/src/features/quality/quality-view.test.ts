// The quality screens' pure rules: checklist areas, unsaved answers, review and finding moves.
import { describe, expect, it } from 'vitest';
import type { QualityReview, User } from '../../api/types.ts';
import { changedAnswers, findingMoves, groupByArea, isVerifier, reviewMoves, scoreText } from './quality-view.ts';

const q = (key: string, area: string, outcome: QualityReview['questions'][number]['outcome'] = null) => ({ key, area, text: key, guidance: '', outcome, comment: '' });
const user = (id: string, orgRole: User['orgRole']) => ({ id, orgRole }) as User;

describe('quality view', () => {
  it('groups the checklist by area in order', () => {
    const groups = groupByArea([q('a', 'Plan'), q('b', 'Risk'), q('c', 'Plan')]);
    expect(groups.map((g) => [g.area, g.questions.map((x) => x.key)])).toEqual([['Plan', ['a', 'c']], ['Risk', ['b']]]);
  });

  it('sends only answers that changed', () => {
    const review = { questions: [q('a', 'Plan', 'compliant'), q('b', 'Plan')] };
    expect(changedAnswers(review, { a: { outcome: 'compliant', comment: '' }, b: { outcome: 'partially', comment: 'half' } })).toEqual([{ questionKey: 'b', outcome: 'partially', comment: 'half' }]);
    expect(changedAnswers(review, {})).toEqual([]);
  });

  it('moves reviews and findings the way the server allows', () => {
    expect(reviewMoves('planned').map((m) => m.to)).toEqual(['in_progress', 'cancelled']);
    expect(reviewMoves('closed')).toEqual([]);
    const finding = { status: 'resolved' as const, actions: [{ id: 'x', code: 'ACT-3', title: 't', status: 'open', ownerId: null, dueDate: null, overdue: false }] };
    expect(findingMoves(finding, 'follower')).toEqual([{ to: 'open' }, { to: 'in_progress' }]);
    expect(findingMoves(finding, 'verifier')).toEqual([{ to: 'open' }, { to: 'in_progress' }, { to: 'closed', disabledReason: 'Finish or cancel ACT-3 first.' }]);
    expect(findingMoves({ ...finding, actions: [] }, 'verifier').at(-1)).toEqual({ to: 'closed' });
    expect(findingMoves(finding, 'reader')).toEqual([]);
  });

  it('knows verifiers and words the score', () => {
    expect(isVerifier(user('u1', 'member'), ['u1'])).toBe(true);
    expect(isVerifier(user('u2', 'member'), ['u1'])).toBe(false);
    expect(isVerifier(user('u3', 'pmo'), [])).toBe(true);
    expect(scoreText({ score: 72.5, rag: 'amber' })).toBe('72.5 (Amber)');
    expect(scoreText({ score: null, rag: null })).toBe('Not scored yet');
  });
});
