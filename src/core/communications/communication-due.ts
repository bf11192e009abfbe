// When each item of a communication plan is next due, and how it stands on a given day: the
// reminders a scheduled job sends to owners, and the project's view of its plan. A periodic item
// is next due one period after it was last done (a month after 31 January is the last day of
// February); items sent per milestone or ad hoc have no period, so their owner sets the next date.
// Dates are YYYY-MM-DD text; nothing here reads the clock.

export const FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'quarterly', 'per_milestone', 'ad_hoc'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** How an item stands on a day: late, due that day, due within the look-ahead, later, without a date, or paused. */
export const DUE_STATES = ['overdue', 'due', 'upcoming', 'later', 'unscheduled', 'paused'] as const;
export type DueState = (typeof DUE_STATES)[number];

const DAY_MS = 86_400_000;
const PERIOD: Partial<Record<Frequency, { days?: number; months?: number }>> = { weekly: { days: 7 }, fortnightly: { days: 14 }, monthly: { months: 1 }, quarterly: { months: 3 } };

const toUtc = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

export const addDays = (date: string, days: number): string => fromUtc(toUtc(date) + days * DAY_MS);

/** The same day `months` later, or the last day of that month when it is shorter. */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(day, lastDay)));
}

/**
 * The date an item is next due after it was done on `doneOn`; null for items without a period.
 * @example nextDueAfter('monthly', '2027-01-31') // '2027-02-28'
 */
export function nextDueAfter(frequency: Frequency, doneOn: string): string | null {
  const period = PERIOD[frequency];
  if (!period) return null;
  return period.months ? addMonths(doneOn, period.months) : addDays(doneOn, period.days!);
}

export interface DueInput {
  readonly status: 'active' | 'paused';
  readonly nextDueOn: string | null;
}

export interface DueStanding {
  readonly state: DueState;
  /** Days past the due date on `on` (0 when due that day); null when not late. */
  readonly daysOverdue: number | null;
}

/**
 * How an item stands on `on`, looking `withinDays` ahead for upcoming ones.
 * @example dueStanding({ status: 'active', nextDueOn: '2027-03-01' }, '2027-03-04', 0) // { state: 'overdue', daysOverdue: 3 }
 */
export function dueStanding(item: DueInput, on: string, withinDays = 0): DueStanding {
  if (item.status === 'paused') return { state: 'paused', daysOverdue: null };
  if (item.nextDueOn === null) return { state: 'unscheduled', daysOverdue: null };
  const late = daysBetween(item.nextDueOn, on);
  if (late > 0) return { state: 'overdue', daysOverdue: late };
  if (late === 0) return { state: 'due', daysOverdue: 0 };
  return { state: -late <= withinDays ? 'upcoming' : 'later', daysOverdue: null };
}

/** Whether an owner should hear about the item on `on` (late, due, or due within the look-ahead). */
export const needsReminder = (item: DueInput, on: string, withinDays = 0): boolean => ['overdue', 'due', 'upcoming'].includes(dueStanding(item, on, withinDays).state);
