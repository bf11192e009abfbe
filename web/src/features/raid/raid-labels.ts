// Words and badge colours for the RAID logs' enum values. Each map is typed by the generated API
// types, so a value the server adds fails the type check here until it has a label.
import type { Assumption, Decision, Dependency, Issue, RaidAction, RaidKind, Risk } from '../../api/types.ts';

type Labels<K extends string> = Readonly<Record<K, string>>;

export const RISK_STATUS_LABELS: Labels<Risk['status']> = { open: 'Open', occurred: 'Occurred', closed: 'Closed' };
export const ISSUE_STATUS_LABELS: Labels<Issue['status']> = { open: 'Open', in_progress: 'In progress', resolved: 'Resolved', closed: 'Closed' };
export const ASSUMPTION_STATUS_LABELS: Labels<Assumption['status']> = { unvalidated: 'Unvalidated', valid: 'Valid', invalid: 'Invalid' };
export const DECISION_STATUS_LABELS: Labels<Decision['status']> = { proposed: 'Proposed', decided: 'Decided', superseded: 'Superseded', withdrawn: 'Withdrawn' };
export const ACTION_STATUS_LABELS: Labels<RaidAction['status']> = { open: 'Open', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' };
export const DEPENDENCY_STATUS_LABELS: Labels<Dependency['status']> = { open: 'Open', at_risk: 'At risk', delivered: 'Delivered', cancelled: 'Cancelled' };

/** The statuses of each log, in the order the server lists them (the first is a new item's). */
export const RAID_STATUS_LABELS: { readonly [K in RaidKind]: Labels<string> } = {
  risks: RISK_STATUS_LABELS,
  issues: ISSUE_STATUS_LABELS,
  assumptions: ASSUMPTION_STATUS_LABELS,
  decisions: DECISION_STATUS_LABELS,
  actions: ACTION_STATUS_LABELS,
  dependencies: DEPENDENCY_STATUS_LABELS,
};

/** Badge colours by status value (values repeat across logs with the same meaning). */
export const STATUS_COLORS: Readonly<Record<string, string>> = {
  open: 'blue',
  in_progress: 'cyan',
  occurred: 'red',
  at_risk: 'orange',
  unvalidated: 'yellow',
  proposed: 'yellow',
  valid: 'teal',
  decided: 'teal',
  resolved: 'teal',
  done: 'teal',
  delivered: 'teal',
  invalid: 'red',
  closed: 'gray',
  cancelled: 'gray',
  superseded: 'gray',
  withdrawn: 'gray',
};

export const RISK_STRATEGY_LABELS: Labels<NonNullable<Risk['strategy']>> = {
  avoid: 'Avoid',
  transfer: 'Transfer',
  mitigate: 'Mitigate',
  accept: 'Accept',
  escalate: 'Escalate',
  exploit: 'Exploit (opportunity)',
  enhance: 'Enhance (opportunity)',
  share: 'Share (opportunity)',
};

export const ISSUE_PRIORITY_LABELS: Labels<Issue['priority']> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };
export const ISSUE_SEVERITY_LABELS: Labels<Issue['severity']> = { critical: 'Critical', major: 'Major', moderate: 'Moderate', minor: 'Minor' };
export const ESCALATION_LABELS: Labels<Issue['escalationLevel']> = { project: 'Project', program: 'Program', pmo: 'PMO', executive: 'Executive' };
export const PRIORITY_COLORS: Readonly<Record<Issue['priority'], string>> = { critical: 'red', high: 'orange', medium: 'indigo', low: 'gray' };

export const ACTION_SOURCE_LABELS: Labels<NonNullable<RaidAction['sourceType']>> = {
  risk: 'Risk response',
  issue: 'Issue',
  gate: 'Gate condition',
  meeting: 'Meeting',
  review: 'Review',
  change: 'Change request',
  maturity: 'Maturity assessment',
};

/** The tab, the noun for buttons and dialogs ("Add risk"), and the CSV's file stem. */
export const RAID_KIND_META: { readonly [K in RaidKind]: { tab: string; noun: string } } = {
  risks: { tab: 'Risks', noun: 'risk' },
  issues: { tab: 'Issues', noun: 'issue' },
  assumptions: { tab: 'Assumptions', noun: 'assumption' },
  decisions: { tab: 'Decisions', noun: 'decision' },
  actions: { tab: 'Actions', noun: 'action' },
  dependencies: { tab: 'Dependencies', noun: 'dependency' },
};

export const RAID_KINDS = Object.keys(RAID_KIND_META) as RaidKind[];

export const isRaidKind = (value: unknown): value is RaidKind => typeof value === 'string' && Object.hasOwn(RAID_KIND_META, value);

/** The label of a value in a map, or the value itself when the map does not know it. */
export const labelOf = (labels: Labels<string>, value: string | null | undefined): string => (value ? labels[value] ?? value : '—');
