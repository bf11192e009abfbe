// The life of a change request, as a change board runs it: drafted, submitted to the board,
// approved, rejected or deferred (a deferred request may be submitted again), and, once approved,
// applied to the plan. Until it is applied or rejected, whoever raised it may withdraw it. Only an
// approved request is ever applied, and applied, rejected and withdrawn requests are closed.
// A refused step is a tagged result: an expected answer to show the person, not a fault.

export type ChangeStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'deferred' | 'applied' | 'withdrawn';
export type ChangeAction = 'submit' | 'approve' | 'reject' | 'defer' | 'apply' | 'withdraw';

export const CHANGE_STATUS_LIST: readonly ChangeStatus[] = ['draft', 'submitted', 'approved', 'rejected', 'deferred', 'applied', 'withdrawn'];
export const CHANGE_ACTION_LIST: readonly ChangeAction[] = ['submit', 'approve', 'reject', 'defer', 'apply', 'withdraw'];

const STEPS: { readonly [S in ChangeStatus]: Partial<Record<ChangeAction, ChangeStatus>> } = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { approve: 'approved', reject: 'rejected', defer: 'deferred', withdraw: 'withdrawn' },
  deferred: { submit: 'submitted', withdraw: 'withdrawn' },
  approved: { apply: 'applied', withdraw: 'withdrawn' },
  rejected: {},
  applied: {},
  withdrawn: {},
};

const PAST: Record<ChangeAction, string> = { submit: 'submitted', approve: 'approved', reject: 'rejected', defer: 'deferred', apply: 'applied', withdraw: 'withdrawn' };

const HINT: Partial<Record<ChangeAction, string>> = {
  submit: 'Only a draft or deferred request goes to the change board.',
  approve: 'The change board decides submitted requests only.',
  reject: 'The change board decides submitted requests only.',
  defer: 'The change board decides submitted requests only.',
  apply: 'Only an approved request is applied to the plan.',
  withdraw: 'Applied, rejected and withdrawn requests are closed.',
};

export type ChangeStep = { readonly ok: true; readonly status: ChangeStatus } | { readonly ok: false; readonly message: string; readonly possible: readonly ChangeAction[] };

/** What the request's status may do next. */
export const possibleActions = (status: ChangeStatus): ChangeAction[] => CHANGE_ACTION_LIST.filter((a) => STEPS[status][a] !== undefined);

/** A closed request takes no more steps. */
export const isClosed = (status: ChangeStatus): boolean => possibleActions(status).length === 0;

/** While the board has not decided, the request's content may still change. */
export const isEditable = (status: ChangeStatus): boolean => status === 'draft' || status === 'submitted';

/**
 * The status an action leads to from `status`, or why it cannot be taken.
 * @example
 * nextChangeStatus('submitted', 'approve') // { ok: true, status: 'approved' }
 * nextChangeStatus('draft', 'apply').ok    // false: only approved requests are applied
 */
export function nextChangeStatus(status: ChangeStatus, action: ChangeAction): ChangeStep {
  const next = STEPS[status][action];
  if (next) return { ok: true, status: next };
  const possible = possibleActions(status);
  const then = possible.length > 0 ? ` From ${status} it can be: ${possible.join(', ')}.` : ' It is closed.';
  return { ok: false, message: `A ${status} change request cannot be ${PAST[action]}. ${HINT[action] ?? ''}${then}`, possible };
}
