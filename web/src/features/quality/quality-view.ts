// Pure rules of the quality screens: the checklist grouped by area, the answers changed on screen
// and not yet saved, where a review may go next, and the status moves of a finding a person may
// make (its owner and team up to resolved; a reviewer or the PMO verifies and closes), mirroring
// the server's rules (core/quality) so the UI offers only what will be accepted.
import type { AnswerOutcome, Finding, QualityReview, User } from '../../api/types.ts';

type Question = QualityReview['questions'][number];

/** The questions by area, areas in the order they first appear. */
export function groupByArea(questions: readonly Question[]): Array<{ area: string; questions: Question[] }> {
  const areas = new Map<string, Question[]>();
  for (const q of questions) areas.set(q.area, [...(areas.get(q.area) ?? []), q]);
  return [...areas].map(([area, qs]) => ({ area, questions: qs }));
}

export interface AnswerDraft {
  outcome: AnswerOutcome | null;
  comment: string;
}

/** Answers edited on screen that differ from the saved ones, as the PATCH's `answers`. */
export function changedAnswers(review: Pick<QualityReview, 'questions'>, drafts: Readonly<Record<string, AnswerDraft>>): Array<{ questionKey: string; outcome: AnswerOutcome | null; comment: string }> {
  return review.questions.flatMap((q) => {
    const d = drafts[q.key];
    if (!d || (d.outcome === q.outcome && d.comment === q.comment)) return [];
    return [{ questionKey: q.key, outcome: d.outcome, comment: d.comment }];
  });
}

/** Answers may change until the review is completed. */
export const answersOpen = (status: QualityReview['status']): boolean => status === 'planned' || status === 'in_progress';
/** Findings are recorded while the review runs and once it is completed, until it closes. */
export const findingsOpen = (status: QualityReview['status']): boolean => status === 'in_progress' || status === 'completed';

/** The status buttons of a review: where a reviewer may move it from here (closing is automatic). */
export function reviewMoves(status: QualityReview['status']): Array<{ to: QualityReview['status']; label: string }> {
  switch (status) {
    case 'planned':
      return [{ to: 'in_progress', label: 'Start review' }, { to: 'cancelled', label: 'Cancel review' }];
    case 'in_progress':
      return [{ to: 'completed', label: 'Complete review' }, { to: 'cancelled', label: 'Cancel review' }];
    case 'completed':
      return [{ to: 'in_progress', label: 'Reopen answers' }];
    default:
      return [];
  }
}

/** A reviewer of the review, the PMO or an administrator: may record, verify and close findings. */
export const isVerifier = (user: User, reviewerIds: readonly string[]): boolean =>
  user.orgRole === 'pmo' || user.orgRole === 'admin' || reviewerIds.includes(user.id);

const FOLLOWER_MOVES: Record<Finding['status'], Finding['status'][]> = { open: ['in_progress', 'resolved'], in_progress: ['open', 'resolved'], resolved: ['open', 'in_progress'], closed: [] };
const VERIFIER_MOVES: Record<Finding['status'], Finding['status'][]> = { open: ['in_progress', 'resolved'], in_progress: ['open', 'resolved'], resolved: ['open', 'in_progress', 'closed'], closed: ['open'] };

/** Where a finding may go next for this person; closing also waits for its corrective actions. */
export function findingMoves(finding: Pick<Finding, 'status' | 'actions'>, role: 'verifier' | 'follower' | 'reader'): Array<{ to: Finding['status']; disabledReason?: string }> {
  if (role === 'reader') return [];
  const moves = (role === 'verifier' ? VERIFIER_MOVES : FOLLOWER_MOVES)[finding.status];
  const open = finding.actions.filter((a) => a.status === 'open' || a.status === 'in_progress').map((a) => a.code);
  return moves.map((to) => (to === 'closed' && open.length > 0 ? { to, disabledReason: `Finish or cancel ${open.join(', ')} first.` } : { to }));
}

/** "Score 72.5 (Amber)" or "Not scored yet". */
export const scoreText = (review: Pick<QualityReview, 'score' | 'rag'>): string =>
  review.score === null ? 'Not scored yet' : `${review.score}${review.rag ? ` (${review.rag.charAt(0).toUpperCase()}${review.rag.slice(1)})` : ''}`;
