// Which RAID items still call for attention: an open risk, an action not yet done, an issue not
// yet resolved, a dependency still awaited. The logs' views (overdue, threatened) and the PMO's
// policies must agree on this, so it is said once, here.

/** Actions still to be done. */
export const OPEN_ACTION_STATUSES: ReadonlyArray<string> = ['open', 'in_progress'];
/** Issues dealt with: they need a resolution on record. */
export const DONE_ISSUE_STATUSES: ReadonlyArray<string> = ['resolved', 'closed'];
/** Dependencies the consumer still waits on. */
export const WAITING_DEPENDENCY_STATUSES: ReadonlyArray<string> = ['open', 'at_risk'];

export const isOpenRisk = (status: string): boolean => status === 'open';
export const isOpenAction = (status: string): boolean => OPEN_ACTION_STATUSES.includes(status);
export const isOpenIssue = (status: string): boolean => !DONE_ISSUE_STATUSES.includes(status);
export const isWaitingDependency = (status: string): boolean => WAITING_DEPENDENCY_STATUSES.includes(status);

const DAY_MS = 86_400_000;

/**
 * Whole days from one date to another (YYYY-MM-DD); negative when `to` is earlier.
 * @example
 * daysBetween('2026-11-01', '2026-11-24'); // 23
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00Z`)) / DAY_MS);
}

export interface AwaitedDependency {
  readonly status: string;
  /** YYYY-MM-DD. */
  readonly neededBy: string;
  /** When the provider's task now finishes (YYYY-MM-DD); null when no task is named. */
  readonly forecastDate: string | null;
}

/**
 * A dependency is threatened when it is still awaited and either the provider's forecast is after
 * the date it is needed by, or that date has passed.
 * @example
 * dependencyThreatened({ status: 'open', neededBy: '2027-01-10', forecastDate: '2027-01-12' }, '2026-11-24'); // true
 */
export function dependencyThreatened(d: AwaitedDependency, today: string): boolean {
  if (!isWaitingDependency(d.status)) return false;
  return (d.forecastDate !== null && daysBetween(d.neededBy, d.forecastDate) > 0) || d.neededBy < today;
}
