// The timesheet pages' state in the URL: which week my timesheet shows (?week=<its Monday>; any
// date names the week holding it; none: this week) and which sheet the approvals page has open
// (?open=<id>, where a notification leads). Weeks are UTC days, so no time zone moves them.

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const addDays = (date: string, n: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** Today's date where the person is. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export interface TimesheetSearch {
  week?: string;
}
export interface ApprovalsSearch {
  open?: string;
}

export function parseTimesheetSearch(raw: Record<string, unknown>): TimesheetSearch {
  const week = raw.week;
  return typeof week === 'string' && ISO_DATE.test(week) && !Number.isNaN(Date.parse(`${week}T00:00:00Z`)) ? { week: mondayOf(week) } : {};
}

export function parseApprovalsSearch(raw: Record<string, unknown>): ApprovalsSearch {
  return typeof raw.open === 'string' && UUID.test(raw.open) ? { open: raw.open } : {};
}
