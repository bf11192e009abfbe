// The life of a quality review: planned → in progress → completed → closed. A review is completed
// only when every question is answered (not_applicable is an answer), so a score never rests on
// questions nobody looked at; it closes when its findings are closed ("follow-up until closed"),
// by itself when the last finding closes, and goes back to completed if a finding is reopened.
// A planned or running review may be cancelled; a completed one may go back to in progress to
// correct its answers.

export const REVIEW_STATUSES = ['planned', 'in_progress', 'completed', 'closed', 'cancelled'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Where a review may go from each status by a reviewer's hand. */
export const REVIEW_TRANSITIONS: { readonly [S in ReviewStatus]: ReadonlyArray<ReviewStatus> } = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: ['closed', 'in_progress'],
  closed: [],
  cancelled: [],
};

export interface Problem {
  readonly path: string;
  readonly message: string;
}
export type Check = { readonly ok: true } | { readonly ok: false; readonly message: string; readonly errors: ReadonlyArray<Problem> };

const OK: Check = { ok: true };

/** Whether answers may still change: until the review is completed. */
export const answersOpen = (status: ReviewStatus): boolean => status === 'planned' || status === 'in_progress';
/** Whether findings may be added: while the review runs and after it is completed, until it closes. */
export const findingsOpen = (status: ReviewStatus): boolean => status === 'in_progress' || status === 'completed';

/**
 * Checks a status change a reviewer asks for.
 * @example
 * checkReviewTransition('in_progress', 'completed', { unanswered: ['leads'], unclosedFindings: [] });
 * // { ok: false, message: 'Answer every question before completing the review: leads …', errors: [{ path: 'answers.leads', … }] }
 */
export function checkReviewTransition(from: ReviewStatus, to: ReviewStatus, facts: { readonly unanswered: ReadonlyArray<string>; readonly unclosedFindings: ReadonlyArray<string> }): Check {
  if (from === to) return OK;
  if (!REVIEW_TRANSITIONS[from].includes(to)) {
    const next = REVIEW_TRANSITIONS[from];
    const options = next.length === 0 ? 'it cannot change status any more' : `it can go to ${next.join(' or ')}`;
    return { ok: false, message: `A ${from.replace('_', ' ')} review cannot go to ${to}: ${options}.`, errors: [{ path: 'status', message: `not allowed from ${from}` }] };
  }
  if (to === 'completed' && facts.unanswered.length > 0) {
    return {
      ok: false,
      message: `Answer every question before completing the review: ${facts.unanswered.join(', ')} ${facts.unanswered.length === 1 ? 'is' : 'are'} unanswered (answer not_applicable where a question does not apply).`,
      errors: facts.unanswered.map((key) => ({ path: `answers.${key}`, message: 'unanswered' })),
    };
  }
  if (to === 'closed' && facts.unclosedFindings.length > 0) {
    return {
      ok: false,
      message: `Findings ${facts.unclosedFindings.join(', ')} are not closed yet; the review closes by itself when the last of them is verified and closed.`,
      errors: [{ path: 'status', message: 'findings still open' }],
    };
  }
  return OK;
}

/** A completed review closes when its last finding closes, and reopens when a finding reopens. */
export function statusAfterFindings(status: ReviewStatus, unclosedFindings: number): ReviewStatus {
  if (status === 'completed' && unclosedFindings === 0) return 'closed';
  if (status === 'closed' && unclosedFindings > 0) return 'completed';
  return status;
}
