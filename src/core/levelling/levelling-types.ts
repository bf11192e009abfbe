// Resource levelling as MS Project users know it, "day by day": plain data in, a levelling delay per
// task out. Time is counted in whole periods (working days of the levelling calendar, period 0 the
// first day levelled, e.g. the status date); an in-progress task is given as its remaining part,
// fixed. Capacity and demand are in working minutes per period: a resource's capacity is its
// working minutes × maximum units on that day (the capacity engine's figure, 0 on holidays and
// leave), and a task's demand is the minutes per period its assignment needs, constant over the
// task. A task runs its whole duration without splitting, so it cannot straddle a day its
// resource has no room on.

export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';

export interface LevellingDemand {
  readonly resourceId: string;
  /** Working minutes needed in each period of the task, ≥ 0. */
  readonly perPeriod: number;
}

export interface LevellingTask {
  readonly id: string;
  readonly projectId: string;
  /** The project's priority, 0–1000: higher projects get resources first. */
  readonly projectPriority: number;
  /** MS Project's task priority, 0–1000: higher first; 1000 means do not level. */
  readonly priority: number;
  /** Working days (periods), ≥ 0. */
  readonly duration: number;
  /** The unlevelled early start (CPM, with constraints and links): levelling never starts a task earlier. */
  readonly earlyStart: number;
  /** Started or complete: stays at `earlyStart` whatever its links or the load say. */
  readonly fixed?: boolean;
  /** Total slack in periods: among equal priorities the task with less goes first. */
  readonly totalSlack: number;
  readonly demands?: ReadonlyArray<LevellingDemand>;
}

export interface LevellingLink {
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  /** Periods, may be negative (lead). */
  readonly lag: number;
}

export interface LevellingResource {
  readonly id: string;
  /** Working minutes available in each period from period 0; beyond its end its last value holds (none: 0). */
  readonly capacity: Int32Array;
}

export interface LevellingInput {
  readonly tasks: ReadonlyArray<LevellingTask>;
  readonly links: ReadonlyArray<LevellingLink>;
  readonly resources: ReadonlyArray<LevellingResource>;
}

export interface LevellingOptions {
  /** 'rule' (default): the standard priority order once; 'optimise': a search from it. */
  readonly mode?: 'rule' | 'optimise';
  /** The optimise budget in generated schedules (default 1000). */
  readonly schedules?: number;
  readonly seed?: number;
}

export interface LevelledTask {
  readonly id: string;
  readonly start: number;
  /** Levelled start − unlevelled early start, ≥ 0: how far the task moved. */
  readonly delay: number;
  /**
   * The wait for resources beyond what its links and early start require (MS Project's Leveling
   * Delay, in periods): what to store so the CPM reproduces the levelled start, and to clear to undo.
   */
  readonly levellingDelay: number;
}

export interface ProjectFinish {
  readonly projectId: string;
  readonly before: number;
  readonly after: number;
}

/** A period where a task that may not be levelled (fixed, or priority 1000) leaves a resource over capacity. */
export interface RemainingOverAllocation {
  readonly resourceId: string;
  readonly period: number;
  readonly load: number;
  readonly capacity: number;
}

export interface LevellingResult {
  readonly ok: true;
  /** Every task, in input order. */
  readonly tasks: ReadonlyArray<LevelledTask>;
  /** The tasks that moved, in input order. */
  readonly moved: ReadonlyArray<LevelledTask>;
  readonly projects: ReadonlyArray<ProjectFinish>;
  /** Σ over projects of (project priority + 1) × periods the project finishes later: what optimise minimises first. */
  readonly weightedDelay: number;
  /** The last finish of any task. */
  readonly makespan: number;
  readonly remaining: ReadonlyArray<RemainingOverAllocation>;
  /** Schedules generated (1 for the rule). */
  readonly generated: number;
}

export interface LevellingError {
  readonly ok: false;
  readonly error: 'invalid_input' | 'cannot_fit';
  /** The task, link or resource at fault. */
  readonly id?: string;
  readonly message: string;
}

/** Task priority that means "do not level". */
export const DO_NOT_LEVEL = 1000;
