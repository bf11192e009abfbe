// Timesheets, their approvals and entries, and the labour cost they add up to.
import type { Generated } from 'kysely';
import type { Versioned } from './versioned.ts';

/** A person's week of time (week_start: its Monday): draft → submitted → approved | returned. */
export interface TimesheetsTable extends Versioned {
  id: string;
  userId: string;
  weekStart: string;
  status: string;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  /** The approver's comment when returning it ('' otherwise). */
  comment: string;
}

/** One project's hours on a submitted (or approved) sheet, approved: by its manager, the line manager or the PMO. */
export interface TimesheetApprovalsTable {
  timesheetId: string;
  projectId: string;
  /** null: Orrery itself. */
  approvedBy: string | null;
  approvedAt: string;
}

/** Minutes on one day against a project (and a task of it, or none), denormalised for reads at scale. */
export interface TimesheetEntriesTable {
  id: string;
  timesheetId: string;
  userId: string;
  projectId: string;
  taskId: string | null;
  /** YYYY-MM-DD */
  date: string;
  minutes: number;
  /** 1: overtime hours. */
  overtime: number;
  note: string;
  /** Set when its sheet is approved: only these count as actual work. */
  approvedAt: string | null;
  /** What it cost, priced when approved (or re-priced when a rate changes); null: no rate that day. */
  costMinor: Generated<number | null>;
  costCurrency: Generated<string | null>;
  createdAt: string;
  updatedAt: string;
}

/** Approved labour cost of a project on a day (currency '' : minutes nobody could price). */
export interface LabourCostDaysTable {
  projectId: string;
  date: string;
  currency: string;
  amountMinor: number;
  minutes: number;
}

/** The same per month (YYYY-MM). */
export interface LabourCostMonthsTable {
  projectId: string;
  month: string;
  currency: string;
  amountMinor: number;
  minutes: number;
}
