// Capacity planning's input and output as plain data, so the app can feed it straight from stored
// resources, calendars and assignments. Instants are wall minutes of local time, as the
// scheduler's (`wallFromIso('2026-03-02T08:00')`); days are `YYYY-MM-DD`; work and capacity are
// whole minutes; units are percent (100 = one person full time, 300 = three).
import type { CalendarDefinition } from '../calendar/calendar-types.ts';

/**
 * How an assignment's work is shaped over its working time. MS Project's predefined contours
 * (see `contours.ts` for their tenths and the source); `flat` is the default.
 */
export type Contour = 'flat' | 'back-loaded' | 'front-loaded' | 'double-peak' | 'bell' | 'turtle';

/** A resource on a task of a project, over the task's span. */
export interface AssignmentInput {
  readonly id: string;
  readonly resourceId: string;
  readonly taskId: string;
  readonly projectId: string;
  /** The task's start and finish, wall minutes. */
  readonly start: number;
  readonly finish: number;
  /** Peak units in percent (100 = full time). Used when `work` is absent: work = units × contour-weighted working time. */
  readonly units?: number;
  /** Total work in whole minutes; when given, this is what is spread (units then follow from it). */
  readonly work?: number;
  readonly contour?: Contour;
  /** Belongs to a project not yet approved: counted only when the caller includes proposed work. */
  readonly proposed?: boolean;
  /** Belongs to a scenario plan: counted only when the caller includes that scenario. */
  readonly scenarioId?: string | null;
}

/** From `from` (YYYY-MM-DD) on, until the next row, the resource is available at `units` percent. */
export interface MaxUnitsRow {
  readonly from: string;
  readonly units: number;
}

export interface ResourceSkill {
  readonly skill: string;
  /** The PMO's scale (e.g. 1–5); higher is better. */
  readonly proficiency: number;
}

/** A work resource (a person, a generic role, equipment) with what the groupings need. */
export interface ResourceInput {
  readonly id: string;
  readonly calendarId: string;
  /** Dated maximum units; before the first row (or with none) the resource gives `defaultMaxUnits`. */
  readonly maxUnits?: ReadonlyArray<MaxUnitsRow>;
  /** Percent before the first dated row: 100 (the default) for a person or machine, a role's headcount × 100. */
  readonly defaultMaxUnits?: number;
  readonly role?: string | null;
  readonly department?: string | null;
  readonly skills?: ReadonlyArray<ResourceSkill>;
}

/** Which assignments beyond the committed ones count: proposed projects' and those of the named scenarios. */
export interface IncludeOptions {
  readonly proposed?: boolean;
  readonly scenarioIds?: ReadonlyArray<string>;
}

export interface CapacityInput {
  readonly calendars: ReadonlyArray<CalendarDefinition>;
  readonly resources: ReadonlyArray<ResourceInput>;
  readonly assignments: ReadonlyArray<AssignmentInput>;
  /** The days looked at, inclusive, YYYY-MM-DD. */
  readonly from: string;
  readonly to: string;
  /** Default: committed work only (no proposed projects, no scenarios). */
  readonly include?: IncludeOptions;
}

/** What the engine refuses, naming the record at fault. */
export interface CapacityError {
  readonly ok: false;
  readonly error: 'invalid_input' | 'invalid_resource' | 'invalid_assignment';
  readonly id?: string;
  readonly message: string;
}

export type PeriodUnit = 'day' | 'week' | 'month';

export type GroupBy = 'resource' | 'role' | 'skill' | 'department';

/** A period of a report, clipped to the days looked at (so a month may start mid-month at the edge). */
export interface LoadPeriod {
  readonly index: number;
  readonly firstDay: string;
  readonly lastDay: string;
}

/** A row of a capacity view: a resource, or the resources sharing a role, skill or department. */
export interface GroupRow {
  /** The resource id, role, skill or department; null for resources without a role or department. */
  readonly key: string | null;
  readonly resourceIds: ReadonlyArray<string>;
}

/** One row of a heat map: demand and capacity per period (minutes). */
export interface LoadRow extends GroupRow {
  readonly demand: ReadonlyArray<number>;
  readonly capacity: ReadonlyArray<number>;
}

export interface CapacityReport {
  readonly unit: PeriodUnit;
  readonly groupBy: GroupBy;
  readonly periods: ReadonlyArray<LoadPeriod>;
  readonly rows: ReadonlyArray<LoadRow>;
}
