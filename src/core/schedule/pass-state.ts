// Everything the CPM passes share: the network, each task's calendar, the task and link tables,
// and the dates, in Float64Arrays by node. Next to each date, where it is known, its working
// total in the task's own calendar (see WorkCalendar.roundTrips): a later pass that needs the
// total then reads it instead of converting the date again. A total is read only while its
// calendar's totals are exact; while they are, a total never changes.
import { CalendarHasNoWorkingTime, WorkCalendar } from '../calendar/work-calendar.ts';
import type { CalendarCombination } from '../calendar/day-ranges.ts';
import type { ScheduleInput, TaskInput } from './schedule-types.ts';
import type { Network } from './network.ts';
import type { LinkTable, TaskTable } from './pass-tables.ts';

const NEVER = Number.POSITIVE_INFINITY;

/** Marks a total not kept (no real total is this far from a calendar's reference point). */
const UNKNOWN = -0x80000000;

/** Working totals by node, kept as 32-bit integers (half the memory of doubles); any other value is not kept. */
export class Totals {
  private readonly values: Int32Array;

  constructor(size: number) {
    this.values = new Int32Array(size).fill(UNKNOWN);
  }

  /** The total kept at i, or NaN. */
  get(i: number): number {
    const v = this.values[i]!;
    return v === UNKNOWN ? NaN : v;
  }

  set(i: number, total: number): void {
    this.values[i] = (total | 0) === total && total !== UNKNOWN && (total !== 0 || 1 / total > 0) ? total : UNKNOWN;
  }
}

export class PassState {
  readonly n: number;
  readonly tasks: ReadonlyArray<TaskInput>;
  readonly order: Int32Array;
  readonly link: LinkTable;
  readonly task: TaskTable;
  /** Each task's calendar. */
  readonly calendarOf: ReadonlyArray<WorkCalendar>;
  /** Early dates by node (a summary's at its roll-up node), late dates by task. */
  readonly es: Float64Array;
  readonly ef: Float64Array;
  readonly ls: Float64Array;
  readonly lf: Float64Array;
  /** Their working totals in the task's calendar, where known. */
  readonly esTotal: Totals;
  readonly efTotal: Totals;
  readonly lsTotal: Totals;
  readonly lfTotal: Totals;
  /** By roll-up (node n + r): the start bound a summary's entry passes down to its children … */
  readonly startBound: Float64Array;
  /** … and the finish bound its roll-up passes down to them. */
  readonly finishBound: Float64Array;
  /**
   * By task, where a constraint holds it earlier than its links allow: by how many working
   * minutes (MS Project shows that conflict as negative total slack on the task).
   */
  readonly constraintOverrun = new Map<number, number>();
  private readonly calendars = new Map<string, WorkCalendar>();

  constructor(
    readonly input: ScheduleInput,
    table: TaskTable,
    readonly net: Network,
    order: Int32Array,
  ) {
    const n = table.tasks.length;
    this.n = n;
    this.tasks = table.tasks;
    this.order = order;
    this.task = table;
    this.link = net.link;
    this.calendarOf = this.calendarsOfTasks(table);
    const nodes = n + net.summaries.length;
    this.es = new Float64Array(nodes);
    this.ef = new Float64Array(nodes);
    this.ls = new Float64Array(n);
    this.lf = new Float64Array(n);
    this.esTotal = new Totals(nodes);
    this.efTotal = new Totals(nodes);
    this.lsTotal = new Totals(n);
    this.lfTotal = new Totals(n);
    this.startBound = new Float64Array(net.summaries.length).fill(-NEVER);
    this.finishBound = new Float64Array(net.summaries.length).fill(NEVER);
  }

  private calendar(id: string): WorkCalendar {
    let c = this.calendars.get(id);
    if (!c) {
      const known = this.input.calendars.some((d) => d.id === id);
      c = new WorkCalendar(known ? id : this.input.projectCalendarId, this.input.calendars, this.input.projectStart);
      this.calendars.set(id, c);
    }
    return c;
  }

  /**
   * The working time of a combination of calendars (unknown ones stand for the project calendar).
   * When the resources never work while the task's own calendar does, the task keeps to its own.
   */
  private combined(combination: CalendarCombination): WorkCalendar {
    const known = (id: string): string => (this.input.calendars.some((d) => d.id === id) ? id : this.input.projectCalendarId);
    const anyOf = [...new Set(combination.anyOf.map(known))];
    const within = combination.within === null ? null : known(combination.within);
    const cal = new WorkCalendar({ anyOf, within }, this.input.calendars, this.input.projectStart);
    if (within === null) return cal;
    try {
      cal.nextWorkingMinute(this.input.projectStart);
      return cal;
    } catch (error) {
      if (error instanceof CalendarHasNoWorkingTime) return this.calendar(within);
      throw error;
    }
  }

  /** Each task's calendar; made in the order the tasks first use them, after the project's. */
  private calendarsOfTasks(table: TaskTable): WorkCalendar[] {
    const projectCalendar = this.calendar(this.input.projectCalendarId);
    const own = table.calendars.map((spec) => (typeof spec === 'string' ? this.calendar(spec) : this.combined(spec)));
    const result: WorkCalendar[] = new Array(this.n);
    for (let t = 0; t < this.n; t++) result[t] = table.calendar[t]! < 0 ? projectCalendar : own[table.calendar[t]!]!;
    return result;
  }

  /** `instant` moved by `lag` (link m's, or its negation), in `cal`'s working time or in wall time when the lag is elapsed. */
  shift(instant: number, m: number, lag: number, cal: WorkCalendar): number {
    if (lag === 0) return instant;
    if (this.link.elapsed[m]) return instant + lag;
    return cal.addWorking(instant, lag); // a negative lag works back, as subtractWorking(instant, -lag)
  }

  /**
   * The working total in `cal` of `instant`, a date of a task on calendar `owner` whose total
   * there is `known` (or NaN): read when it may be, converted (as the plain passes do) otherwise.
   */
  totalOf(cal: WorkCalendar, instant: number, owner: WorkCalendar, known: number): number {
    return owner === cal && known === known && cal.exactTotals ? known : cal.workingTotal(instant);
  }

  /** As `totalOf`, but never converting: NaN when the total is neither known nor resolved. */
  readTotal(cal: WorkCalendar, instant: number, owner: WorkCalendar, known: number): number {
    return owner === cal && known === known && cal.exactTotals ? known : cal.resolvedTotal(instant);
  }
}
