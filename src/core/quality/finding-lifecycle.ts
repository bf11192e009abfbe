// Following a finding up until it is closed. The finding's owner (and the project's team) work it:
// open → in progress → resolved, with a note of what was done. Only a verifier (a reviewer of the
// review, or the PMO) closes it, and only once it is resolved and its corrective actions are done
// or cancelled: the person who fixed a problem does not certify the fix. A verifier who is not
// satisfied sends it back; a closed finding may be reopened by a verifier.

export const FINDING_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export const FINDING_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** verifier: a reviewer of the finding's review, the PMO or an administrator; follower: its owner or the project's team. */
export type FollowUpRole = 'verifier' | 'follower';

/** What a follower may change; everything else is the verifier's. */
export const FOLLOWER_FIELDS: ReadonlyArray<string> = ['status', 'resolution'];

const TRANSITIONS: { readonly [S in FindingStatus]: ReadonlyArray<FindingStatus> } = {
  open: ['in_progress', 'resolved'],
  in_progress: ['open', 'resolved'],
  resolved: ['open', 'in_progress', 'closed'],
  closed: ['open'],
};

export type FindingCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'forbidden' | 'invalid'; readonly message: string; readonly path: string };

export interface FindingChange {
  readonly from: FindingStatus;
  readonly to?: FindingStatus | undefined;
  /** Names of the fields the change sets. */
  readonly fields: ReadonlyArray<string>;
  /** Codes of the finding's corrective actions that are neither done nor cancelled. */
  readonly openActions: ReadonlyArray<string>;
}

/**
 * Whether a person in `role` may make `change` to a finding.
 * @example
 * checkFindingChange('follower', { from: 'resolved', to: 'closed', fields: ['status'], openActions: [] });
 * // { ok: false, reason: 'forbidden', message: 'Only the review’s reviewers or the PMO close a finding …', path: 'status' }
 */
export function checkFindingChange(role: FollowUpRole, change: FindingChange): FindingCheck {
  const { from, to, fields, openActions } = change;
  const moving = to !== undefined && to !== from;
  if (role === 'follower') {
    const theirs = fields.filter((f) => !FOLLOWER_FIELDS.includes(f));
    if (theirs.length > 0) {
      return { ok: false, reason: 'forbidden', message: `The reviewers and the PMO set ${theirs.join(', ')} of a finding; its owner and the project's team update its status and resolution.`, path: theirs[0]! };
    }
    if (moving && (to === 'closed' || from === 'closed')) {
      return { ok: false, reason: 'forbidden', message: 'Only the review’s reviewers or the PMO close (or reopen) a finding, after verifying the fix. Set it to resolved when the work is done.', path: 'status' };
    }
  }
  if (!moving) return { ok: true };
  if (!TRANSITIONS[from].includes(to)) {
    const hint = to === 'closed' ? ' Resolve it first, then a reviewer verifies and closes it.' : '';
    return { ok: false, reason: 'invalid', message: `A finding goes open → in_progress → resolved → closed; it cannot go from ${from} to ${to}.${hint}`, path: 'status' };
  }
  if (to === 'closed' && openActions.length > 0) {
    return { ok: false, reason: 'invalid', message: `Corrective action${openActions.length === 1 ? '' : 's'} ${openActions.join(', ')} ${openActions.length === 1 ? 'is' : 'are'} still open: finish or cancel ${openActions.length === 1 ? 'it' : 'them'} before closing the finding.`, path: 'status' };
  }
  return { ok: true };
}

/** Not yet resolved and past its due date (a resolved finding waits for its verifier, not its owner). */
export const findingOverdue = (status: FindingStatus, dueDate: string | null, today: string): boolean =>
  (status === 'open' || status === 'in_progress') && dueDate !== null && dueDate < today;
