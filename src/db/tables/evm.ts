// Earned value: per-project summaries and snapshots, how tasks earn value, and estimates to complete.

/** A project's earned-value inputs, refreshed with its schedule (src/app/evm/evm-summaries.ts). */
export interface ProjectEvmSummariesTable {
  projectId: string;
  currency: string;
  bacMinor: number;
  evMinor: number;
  /** Wall minutes of the midnight the curve starts at. */
  origin: number;
  /** PV at the end of each day from the origin, minor units: `[day 0, day 1, …]`. */
  pvCurveJson: string;
  notAssessed: string | null;
  /** The project's bottom-up estimate to complete: its manager's for the whole project when given, else its tasks' estimates summed (null unless every unfinished costed task has one). */
  etcMinor: number | null;
  updatedAt: string;
}

/** A project's EV as recorded on a day (the last change of the day stands), with the BAC it was measured against. */
export interface ProjectEvSnapshotsTable {
  projectId: string;
  /** YYYY-MM-DD. */
  day: string;
  currency: string;
  bacMinor: number;
  evMinor: number;
  updatedAt: string;
  /** JSON of [taskId, percentComplete, evMinor] per costed task of the day; null on days recorded before tasks were kept. */
  tasksJson: string | null;
}

/** How a task earns value and its manager's estimate to complete; no row: percent complete, no estimate. */
export interface TaskEarningTable {
  taskId: string;
  projectId: string;
  method: string;
  /** `[{ name, weight, done }]`. */
  milestonesJson: string;
  etcMinor: number | null;
  etcCurrency: string | null;
  etcAsOf: string | null;
  updatedBy: string | null;
  updatedAt: string;
  version: number;
}

/** A project manager's estimate to complete the whole project (no row: none, at version 0; a null amount: withdrawn). */
export interface ProjectEstimatesTable {
  projectId: string;
  etcMinor: number | null;
  etcCurrency: string | null;
  /** YYYY-MM-DD: when the estimate was made. */
  asOf: string | null;
  note: string;
  updatedBy: string | null;
  updatedAt: string;
  version: number;
}
