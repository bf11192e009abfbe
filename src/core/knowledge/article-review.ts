// When an article must be looked at again. A standard nobody reviews drifts from practice, so each
// article carries a review date; past it the article is flagged overdue (and "due soon" within the
// PMO's warning window), until its owner reviews it and sets the next date. Retired articles are
// no longer offered, so they are never flagged.
import { daysBetween } from '../raid/raid-states.ts';
import type { ArticleFacts } from './knowledge-types.ts';

export type ReviewState = 'overdue' | 'due_soon' | 'current' | 'not_scheduled' | 'retired';

/** Days before the review date from which an article counts as due soon. */
export const REVIEW_WARNING_DAYS = 30;

/**
 * The review state of an article on `today` (YYYY-MM-DD).
 * @example
 * reviewState({ status: 'published', reviewDueOn: '2026-01-31', title: 'x', tags: [] }, '2026-02-01') // 'overdue'
 */
export function reviewState(article: Pick<ArticleFacts, 'status' | 'reviewDueOn'>, today: string, warningDays = REVIEW_WARNING_DAYS): ReviewState {
  if (article.status === 'retired') return 'retired';
  if (article.reviewDueOn === null) return 'not_scheduled';
  const left = daysBetween(today, article.reviewDueOn);
  if (left < 0) return 'overdue';
  return left <= warningDays ? 'due_soon' : 'current';
}
