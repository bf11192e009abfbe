// The life of a project request (intake), as a PMO triages it: drafted by its requester, submitted,
// screened, asked for a business case, then approved (it becomes a project), rejected (final) or
// deferred (re-opened to screening later). Until a final decision the requester may withdraw it.
// Who takes each step is part of the rule (the requester or the PMO), and so is what a step needs:
// a reason to reject or defer, a business case with at least one cost line to approve.
// A refused step is a tagged result: an expected answer to show the person, not a fault.

export type RequestStatus = 'draft' | 'submitted' | 'screening' | 'business_case' | 'approved' | 'rejected' | 'deferred' | 'withdrawn';
export type RequestAction = 'submit' | 'screen' | 'build_case' | 'approve' | 'reject' | 'defer' | 'reopen' | 'withdraw';
/** Who takes a step: the person who raised the request, or the PMO (and administrators). */
export type RequestActor = 'requester' | 'pmo';

export const REQUEST_STATUS_LIST: readonly RequestStatus[] = ['draft', 'submitted', 'screening', 'business_case', 'approved', 'rejected', 'deferred', 'withdrawn'];
export const REQUEST_ACTION_LIST: readonly RequestAction[] = ['submit', 'screen', 'build_case', 'approve', 'reject', 'defer', 'reopen', 'withdraw'];

const DECIDE = { reject: 'rejected', defer: 'deferred', withdraw: 'withdrawn' } as const;
const STEPS: { readonly [S in RequestStatus]: Partial<Record<RequestAction, RequestStatus>> } = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { screen: 'screening', ...DECIDE },
  screening: { build_case: 'business_case', ...DECIDE },
  business_case: { approve: 'approved', ...DECIDE },
  deferred: { reopen: 'screening', withdraw: 'withdrawn' },
  approved: {},
  rejected: {},
  withdrawn: {},
};

/** Who may take each action. */
export const ACTION_TAKER: Readonly<Record<RequestAction, RequestActor>> = {
  submit: 'requester',
  withdraw: 'requester',
  screen: 'pmo',
  build_case: 'pmo',
  approve: 'pmo',
  reject: 'pmo',
  defer: 'pmo',
  reopen: 'pmo',
};

const PAST: Record<RequestAction, string> = {
  submit: 'submitted',
  screen: 'moved to screening',
  build_case: 'moved to business case',
  approve: 'approved',
  reject: 'rejected',
  defer: 'deferred',
  reopen: 're-opened',
  withdraw: 'withdrawn',
};

const HINT: Record<RequestAction, string> = {
  submit: 'Only a draft is submitted.',
  screen: 'Screening starts on a submitted request.',
  build_case: 'A request moves to business case from screening.',
  approve: 'Only a request at the business case stage is approved.',
  reject: 'The PMO rejects a request it has not yet decided.',
  defer: 'The PMO defers a request it has not yet decided.',
  reopen: 'Only a deferred request is re-opened (to screening).',
  withdraw: 'Approved, rejected and withdrawn requests are closed.',
};

/** Steps that need a comment saying why: the requester and the record need the reason. */
export const REASON_REQUIRED: ReadonlySet<RequestAction> = new Set(['reject', 'defer']);

/** What the step is taken on, besides the status. */
export interface StepFacts {
  /** Cost lines of the request's business case that have an amount (0 without a case). */
  readonly costLines: number;
  /** The comment given with the step. */
  readonly comment: string;
}

export type RequestStep =
  | { readonly ok: true; readonly status: RequestStatus }
  | { readonly ok: false; readonly field: 'status' | 'comment' | 'businessCase'; readonly message: string; readonly possible: readonly RequestAction[] };

/** What a request in `status` may do next (by anyone). */
export const possibleRequestActions = (status: RequestStatus): RequestAction[] => REQUEST_ACTION_LIST.filter((a) => STEPS[status][a] !== undefined);

/** Closed requests take no more steps: approved (it is a project now), rejected, withdrawn. */
export const isRequestClosed = (status: RequestStatus): boolean => possibleRequestActions(status).length === 0;

/** Its content may change until a decision: the requester edits a draft, the PMO any open request. */
export const isRequestEditable = (status: RequestStatus): boolean => ['draft', 'submitted', 'screening', 'business_case'].includes(status);

/**
 * The status an action leads to from `status`, or why it cannot be taken.
 * @example
 * nextRequestStatus('business_case', 'approve', { costLines: 1, comment: '' }) // { ok: true, status: 'approved' }
 * nextRequestStatus('business_case', 'approve', { costLines: 0, comment: '' }).ok // false: no costed business case
 * nextRequestStatus('rejected', 'reopen', { costLines: 0, comment: '' }).ok // false: rejected is final
 */
export function nextRequestStatus(status: RequestStatus, action: RequestAction, facts: StepFacts): RequestStep {
  const next = STEPS[status][action];
  const possible = possibleRequestActions(status);
  if (!next) {
    const then = possible.length > 0 ? ` From ${label(status)} it can be: ${possible.join(', ')}.` : ' It is closed.';
    return { ok: false, field: 'status', message: `A ${label(status)} request cannot be ${PAST[action]}. ${HINT[action]}${then}`, possible };
  }
  if (REASON_REQUIRED.has(action) && facts.comment.trim() === '') {
    return { ok: false, field: 'comment', message: `Say why the request is ${PAST[action]} (comment): the requester and the record need the reason.`, possible };
  }
  if (action === 'approve' && facts.costLines === 0) {
    return { ok: false, field: 'businessCase', message: 'A request is approved on its business case: add at least one cost line with an amount first.', possible };
  }
  return { ok: true, status: next };
}

/** The status as people read it: business_case is "business case". */
export const label = (status: RequestStatus): string => status.replace('_', ' ');
