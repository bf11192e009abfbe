// What a timesheet's status is called and its colour, on both pages.
import type { TimesheetStatus } from '../../api/timesheets.ts';

export const TIMESHEET_STATUS: Record<TimesheetStatus, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  submitted: { label: 'Submitted', color: 'blue' },
  approved: { label: 'Approved', color: 'teal' },
  returned: { label: 'Returned', color: 'orange' },
};

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** `Mon 2 Mar` for the grid's column heads. */
export const dayHeading = (date: string, day: number): string => `${DAY_NAMES[day]} ${dayMonth.format(new Date(`${date}T00:00:00Z`))}`;
