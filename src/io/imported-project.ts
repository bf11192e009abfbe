// What a schedule file reader hands back: the engine's input, the dates MS Project stored (the
// oracle the fidelity harness compares against), and the facts around them. Shared by all readers.
import type { LinkInput, ScheduleInput, TaskInput } from '../core/schedule/schedule-types.ts';

/**
 * A task's schedule as MS Project computed and stored it. Instants are wall minutes (see
 * schedule-types.ts); slack is in minutes as stored: working minutes, or wall minutes for a task
 * whose duration is elapsed (MS Project keeps an elapsed task's slack in elapsed time).
 * A field is null when the file does not carry it.
 */
export interface OracleTask {
  readonly uid: number;
  readonly name: string;
  readonly start: number | null;
  readonly finish: number | null;
  readonly earlyStart: number | null;
  readonly earlyFinish: number | null;
  readonly lateStart: number | null;
  readonly lateFinish: number | null;
  readonly totalSlack: number | null;
  readonly freeSlack: number | null;
  readonly critical: boolean;
  readonly summary: boolean;
  readonly manual: boolean;
}

export type ResourceKind = 'work' | 'material' | 'cost';

/** A resource, kept for its calendar: work on an effort-driven task follows its resources' calendars. */
export interface ImportedResource {
  readonly uid: number;
  readonly name: string;
  readonly kind: ResourceKind;
  /** The resource's own calendar (usually derived from a base calendar), or null. */
  readonly calendarId: string | null;
}

export interface ImportedAssignment {
  readonly taskUid: number;
  readonly resourceUid: number;
  /** 1 = 100 %. */
  readonly units: number;
  /** Working minutes of work, or null when not stored. */
  readonly work: number | null;
}

export type TaskType = 'fixed-units' | 'fixed-duration' | 'fixed-work';

/** Per-task facts the engine's TaskInput does not carry but MS Project's arithmetic depends on. */
export interface ImportedTaskDetail {
  readonly uid: number;
  readonly type: TaskType;
  readonly effortDriven: boolean;
  readonly ignoreResourceCalendar: boolean;
  /** Work segments of a split task (more than one), or null when the file shows no split. */
  readonly splits: ReadonlyArray<{ readonly start: number; readonly finish: number }> | null;
}

export interface ImportMeta {
  readonly format: 'mspdi' | 'mpxj-json';
  /** MS Project's save version (MSPDI SaveVersion, MPXJ application_version), if known. */
  readonly saveVersion: number | null;
  /** Default start and finish of a working day in minutes from midnight (MS Project options). */
  readonly defaultStartTime: number | null;
  readonly defaultFinishTime: number | null;
  /** Tasks with total slack at or below this many minutes are critical (0 by default). */
  readonly criticalSlackLimit: number | null;
  /** ISO 4217 code of the file's currency (costs, baseline costs), if it says. */
  readonly currencyCode: string | null;
  readonly honorConstraints: boolean | null;
  readonly multipleCriticalPaths: boolean | null;
  readonly currentDate: number | null;
  /** The project summary task (UID 0) as MS Project stored it; it is not in `schedule.tasks`. */
  readonly projectSummary: OracleTask | null;
  /** Things read but set aside (links to missing tasks, unknown recurrences …), one line each. */
  readonly warnings: ReadonlyArray<string>;
}

/** What a reader's task pass gives back: the engine's tasks and links with everything read alongside them. */
export interface ReadTasks {
  readonly tasks: TaskInput[];
  readonly links: LinkInput[];
  readonly oracle: Map<number, OracleTask>;
  readonly details: Map<number, ImportedTaskDetail>;
  readonly baselines: ImportedBaselineTask[];
  readonly projectSummary: OracleTask | null;
}

/** A task's values in one of MS Project's baselines (0–10), as the file stores them. */
export interface ImportedBaselineTask {
  readonly number: number;
  readonly uid: number;
  readonly start: number | null;
  readonly finish: number | null;
  /** Working minutes. */
  readonly duration: number | null;
  /** Minutes of work. */
  readonly work: number | null;
  /** In the project's currency units (2.5 = 2.50). */
  readonly cost: number | null;
}

export interface ImportedProject {
  readonly name: string;
  readonly schedule: ScheduleInput;
  /** MS Project's stored dates by task UID, or null when no task carries them. */
  readonly oracle: ReadonlyMap<number, OracleTask> | null;
  readonly resources: ReadonlyArray<ImportedResource>;
  readonly assignments: ReadonlyArray<ImportedAssignment>;
  readonly taskDetails: ReadonlyMap<number, ImportedTaskDetail>;
  /** The baselines saved in the file, per task and baseline number (empty when none). */
  readonly baselines: ReadonlyArray<ImportedBaselineTask>;
  readonly meta: ImportMeta;
}

/** Where a file went wrong: a line and column in the text, or a path to the offending element or field. */
export interface ImportErrorLocation {
  readonly line?: number;
  readonly column?: number;
  /** `Project/Tasks/Task[12]/Duration` (MSPDI, 1-based) or `tasks[11].duration` (JSON, 0-based). */
  readonly path?: string;
  /** The location in words, e.g. "line 3, column 14" or "Project/Tasks/Task[12]/Duration". */
  readonly text: string;
}

export interface ImportError {
  readonly message: string;
  readonly location: ImportErrorLocation;
}

export type ImportResult =
  | { readonly ok: true; readonly project: ImportedProject }
  | { readonly ok: false; readonly error: ImportError };

/** The MSPDI reader's result; the same shape as every reader's. */
export type MspdiReadResult = ImportResult;

export function importFailure(message: string, location: Omit<ImportErrorLocation, 'text'> & { text?: string }): ImportResult {
  return { ok: false, error: { message, location: { ...location, text: location.text ?? describeLocation(location) } } };
}

function describeLocation(location: Omit<ImportErrorLocation, 'text'>): string {
  const where = location.line === undefined ? null : `line ${location.line}` + (location.column === undefined ? '' : `, column ${location.column}`);
  if (where !== null && location.path !== undefined) return `${where} (${location.path})`;
  return where ?? location.path ?? 'unknown location';
}
