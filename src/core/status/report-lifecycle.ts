// The life of a status report: the project manager drafts it, submits it (its figures freeze at
// that moment), and the PMO reviews it: accepted, it is final; sent back with a comment, it is a
// draft again (live figures, open to change) until it is submitted anew. A refused step is a
// tagged result to show the person, not a fault.

export const REPORT_STATUSES = ['draft', 'submitted', 'reviewed', 'sent_back'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
/** The reports counted as made (for the due list and the status-report policy): submitted, reviewed or not. */
export const SUBMITTED_STATUSES: ReadonlyArray<ReportStatus> = ['submitted', 'reviewed'];
export type ReportAction = 'submit' | 'accept' | 'send_back';

const STEPS: { readonly [S in ReportStatus]: Partial<Record<ReportAction, ReportStatus>> } = {
  draft: { submit: 'submitted' },
  sent_back: { submit: 'submitted' },
  submitted: { accept: 'reviewed', send_back: 'sent_back' },
  reviewed: {},
};

const HINT: Record<ReportAction, string> = {
  submit: 'Only a draft, or a report sent back by the PMO, is submitted.',
  accept: 'The PMO reviews submitted reports only.',
  send_back: 'The PMO reviews submitted reports only.',
};

/** A report open to change: its narrative and overrides may be edited, and its figures are live. */
export const isOpen = (status: ReportStatus): boolean => status === 'draft' || status === 'sent_back';

/** A report whose figures are frozen: submitted, or reviewed. */
export const isFrozen = (status: ReportStatus): boolean => SUBMITTED_STATUSES.includes(status);

export type ReportStep = { readonly ok: true; readonly status: ReportStatus } | { readonly ok: false; readonly message: string };

/**
 * The status an action leads to, or why it cannot be taken.
 * @example
 * nextReportStatus('submitted', 'send_back'); // { ok: true, status: 'sent_back' }
 * nextReportStatus('reviewed', 'submit').ok;  // false: a reviewed report is final
 */
export function nextReportStatus(status: ReportStatus, action: ReportAction): ReportStep {
  const next = STEPS[status][action];
  if (next) return { ok: true, status: next };
  const final = status === 'reviewed' ? ' A reviewed report is final: report on the next period instead.' : '';
  return { ok: false, message: `A ${status.replace('_', ' ')} status report cannot be ${action === 'send_back' ? 'sent back' : action === 'accept' ? 'accepted' : 'submitted'}. ${HINT[action]}${final}` };
}
