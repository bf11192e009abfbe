// The life of a closure report: the project's manager drafts it (figures live), submits it (its
// figures freeze at that moment), and the PMO accepts it (final) or sends it back with a comment
// (a draft again, its frozen figures dropped). A refused step is a tagged result, not a fault.

export const CLOSURE_STATUSES = ['draft', 'submitted', 'accepted'] as const;
export type ClosureStatus = (typeof CLOSURE_STATUSES)[number];
export type ClosureAction = 'submit' | 'accept' | 'send_back';

const STEPS: { readonly [S in ClosureStatus]: Partial<Record<ClosureAction, ClosureStatus>> } = {
  draft: { submit: 'submitted' },
  submitted: { accept: 'accepted', send_back: 'draft' },
  accepted: {},
};

const HINT: Record<ClosureAction, string> = {
  submit: 'only a draft is submitted; ask the PMO to send the report back to change it',
  accept: 'the PMO accepts submitted reports only',
  send_back: 'the PMO sends back submitted reports only',
};

export type ClosureStep = { readonly ok: true; readonly status: ClosureStatus } | { readonly ok: false; readonly message: string };

/**
 * The status an action leads to, or why it cannot be taken.
 * @example
 * nextClosureStatus('submitted', 'send_back'); // { ok: true, status: 'draft' }
 * nextClosureStatus('accepted', 'submit').ok;   // false
 */
export function nextClosureStatus(status: ClosureStatus, action: ClosureAction): ClosureStep {
  const next = STEPS[status][action];
  return next ? { ok: true, status: next } : { ok: false, message: `The report is ${status}: ${HINT[action]}.` };
}
