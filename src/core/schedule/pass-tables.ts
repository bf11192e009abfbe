// What the network and the CPM passes need of each task and link, read once from the input
// objects into typed arrays (one pass over the tasks; the network reads the links). The passes
// visit tasks in topological order, which jumps about the input: a few compact arrays there
// instead of the large input objects keep them in cache, and most tasks (no constraint, no
// progress, not manual) then take a short path that needs no object at all.
//
// The modules that use these constants copy them into module-level consts: their hot loops then
// read constants rather than import bindings, which some loaders (tsx among them) turn into
// getter calls.
import type { CalendarCombination } from '../calendar/day-ranges.ts';
import type { LinkInput, LinkType, TaskInput } from './schedule-types.ts';

/**
 * Task flags. PLAIN: no constraint date, deadline, actuals, split or leveling delay, automatic, a
 * working-time duration; LATE: shown at its late dates (as late as possible, automatic, not started); OPEN: not finished
 * (no actual finish, under 100 %); MANUAL: manually scheduled.
 */
export const TASK_FLAG = { PLAIN: 1, LATE: 2, OPEN: 4, MANUAL: 8 } as const;
const { PLAIN, LATE, OPEN, MANUAL } = TASK_FLAG;

export interface TaskTable {
  /** The active tasks, in input order (the input's own array when every task is active). */
  readonly tasks: ReadonlyArray<TaskInput>;
  /** uid → task index (-1: none), when every uid is a small non-negative integer; else null. */
  readonly uidIndex: Int32Array | null;
  /** Each task's parent from the outline levels: the nearest earlier task one level up, or -1. */
  readonly parent: Int32Array;
  /** The calendar each task is scheduled on, as an index into calendars (in order of first use), or -1: the project's. */
  readonly calendar: Int32Array;
  /** A calendar's id, or the combination of calendars a task with resources works on. */
  readonly calendars: ReadonlyArray<string | CalendarCombination>;
  readonly flags: Uint8Array;
  /** Duration of the plain tasks (others read their own). */
  readonly duration: Float64Array;
}

/** One pass over the tasks: everything the network and the passes need of each active one. */
export function readTasks(all: ReadonlyArray<TaskInput>): TaskTable {
  const size = all.length;
  let active: TaskInput[] | null = null;
  const uids = new DenseIndex(4 * size + 1024, size);
  const parent = new Int32Array(size);
  const stack: number[] = [];
  const calendar = new Int32Array(size);
  const calendars: Array<string | CalendarCombination> = [];
  const calendarIndex = new Map<string, number>();
  /** The index of the calendar with this key, added (as `spec`) on first use. */
  const indexOf = (key: string, spec: () => string | CalendarCombination): number => {
    let index = calendarIndex.get(key);
    if (index === undefined) calendarIndex.set(key, (index = calendars.push(spec()) - 1));
    return index;
  };
  let lastId: string | null = null;
  let lastIndex = -1;
  const flags = new Uint8Array(size);
  const duration = new Float64Array(size);
  let n = 0;
  for (let i = 0; i < size; i++) {
    const task = all[i]!;
    if (!task.active) {
      active ??= all.slice(0, i);
      continue;
    }
    active?.push(task);
    const t = n++;
    uids.set(task.uid, t);
    const level = Math.max(1, task.outlineLevel);
    while (stack.length >= level) stack.pop();
    parent[t] = stack.length > 0 ? stack[stack.length - 1]! : -1;
    stack.push(t);
    const id = task.calendarId;
    const resources = task.resourceCalendarIds;
    if (resources !== undefined && resources.length > 0 && !task.elapsed) calendar[t] = resourceCalendarIndex(id ?? null, resources, indexOf);
    else if (!id) calendar[t] = -1;
    else {
      if (id !== lastId) {
        lastId = id;
        lastIndex = indexOf(id, () => id);
      }
      calendar[t] = lastIndex;
    }
    const plain =
      typeof task.duration === 'number' &&
      !task.elapsed &&
      !task.manual &&
      task.constraintDate === null &&
      task.deadline === null &&
      task.actualStart === null &&
      task.actualFinish === null &&
      !task.splitGaps?.length &&
      !task.levelingDelay;
    if (plain) duration[t] = task.duration;
    flags[t] =
      (plain ? PLAIN : 0) |
      (task.constraintType === 'ALAP' && !task.manual && task.actualStart === null ? LATE : 0) |
      (task.actualFinish === null && task.percentComplete < 100 ? OPEN : 0) |
      (task.manual ? MANUAL : 0);
  }
  return {
    tasks: active ?? all,
    uidIndex: uids.table(4 * n + 1024),
    parent: parent.subarray(0, n),
    calendar: calendar.subarray(0, n),
    calendars,
    flags: flags.subarray(0, n),
    duration: duration.subarray(0, n),
  };
}

/**
 * The calendar a task with resources is scheduled on: its one resource's calendar, or the
 * combination of its resources' calendars (within its own calendar, if it has one).
 */
function resourceCalendarIndex(own: string | null, resources: ReadonlyArray<string>, indexOf: (key: string, spec: () => string | CalendarCombination) => number): number {
  const anyOf = resources.length === 1 ? resources : [...new Set(resources)].sort();
  if (own === null && anyOf.length === 1) return indexOf(anyOf[0]!, () => anyOf[0]!);
  // Keys of combinations start with a character no plain id key does (ids are written as they are).
  return indexOf(`\u0000${own ?? ''}\u0000${anyOf.join('\u0000')}`, () => ({ anyOf, within: own }));
}

/** A table from small non-negative integer keys to indexes, given up when a key is anything else or too large. */
class DenseIndex {
  private index: Int32Array;
  private max = -1;
  private dense = true;

  /** `expected`: the key count to make room for at first (uids mostly run 1 … n). */
  constructor(
    private readonly limit: number,
    expected: number,
  ) {
    this.index = new Int32Array(Math.min(expected + 2, limit + 1)).fill(-1);
  }

  set(key: number, value: number): void {
    if (!this.dense) return;
    if (!Number.isInteger(key) || key < 0 || key > this.limit) {
      this.dense = false;
      return;
    }
    if (key >= this.index.length) {
      const grown = new Int32Array(Math.min(Math.max(2 * this.index.length, key + 1), this.limit + 1)).fill(-1);
      grown.set(this.index);
      this.index = grown;
    }
    this.index[key] = value;
    if (key > this.max) this.max = key;
  }

  /** The table, when every key was dense and the largest is within `limit`; else null. */
  table(limit: number): Int32Array | null {
    return this.dense && this.max <= limit ? this.index.subarray(0, this.max + 1) : null;
  }
}

/** Link types as small integers; any other value (OTHER) takes part in no pass, and counts as SF for free slack. */
export const LINK_TYPE = { FS: 0, SS: 1, FF: 2, SF: 3, OTHER: 4 } as const;
const { FS, SS, FF, SF, OTHER } = LINK_TYPE;

export const typeCode = (type: LinkType): number => (type === 'FS' ? FS : type === 'SS' ? SS : type === 'FF' ? FF : type === 'SF' ? SF : OTHER);

/** Each link's type, lag and flags, by link index. */
export interface LinkTable {
  readonly type: Uint8Array;
  /** Lag in minutes, percentages already applied to the predecessor's duration. */
  readonly lag: Float64Array;
  readonly elapsed: Uint8Array;
}

/** A link's lag in minutes: its own, or its percentage of the predecessor's duration. */
export const lagOf = (link: LinkInput, predecessor: TaskInput): number =>
  link.lagPercent !== null ? Math.round((link.lagPercent / 100) * predecessor.duration) : link.lag;
