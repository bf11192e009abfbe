// TaskJuggler's answer to a project written by `toTaskJuggler`, back in periods: the CSV task
// report (`"Id";"Start";"End"`, dates as `YYYY-MM-DD HH:MM` in UTC) read into each activity's
// start and finish. TaskJuggler may pause an effort task (see to-taskjuggler.ts): such an activity
// spans more periods than its duration and is listed in `interrupted`, so the caller can tell a
// preemptive schedule from a valid one instead of taking its makespan at face value.
import type { RcpspInstance } from '../../core/rcpsp/rcpsp-types.ts';
import { PERIOD_ZERO, taskId } from './to-taskjuggler.ts';

export interface TaskJugglerSchedule {
  /** The slot of each activity's first booking (its start date), in periods. */
  readonly start: Int32Array;
  /** Each activity's end date in periods: start + duration unless it was interrupted. */
  readonly finish: Int32Array;
  /** TaskJuggler's makespan: the latest end date. */
  readonly makespan: number;
  /** Activities (0-based) whose end comes later than start + duration: TaskJuggler paused them. */
  readonly interrupted: number[];
}

const HOUR_MS = 3_600_000;
const zeroMs = Date.parse(`${PERIOD_ZERO.slice(0, 10)}T${PERIOD_ZERO.slice(11)}Z`);

function period(date: string, what: string): number {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/.exec(date);
  const ms = m ? Date.parse(`${m[1]}T${m[2]}Z`) : NaN;
  if (!Number.isFinite(ms) || (ms - zeroMs) % HOUR_MS !== 0) throw new Error(`${what} is "${date}", not a whole hour written as YYYY-MM-DD HH:MM; was the report made from toTaskJuggler's project?`);
  return (ms - zeroMs) / HOUR_MS;
}

/**
 * Start and end periods of every activity from tj3's CSV report START_REPORT.
 * @example
 * readTaskJugglerSchedule(readFileSync('out/starts.csv', 'utf8'), instance).makespan; // 47
 */
export function readTaskJugglerSchedule(csv: string, instance: RcpspInstance): TaskJugglerSchedule {
  const n = instance.activityCount;
  const row = new Map<string, [string, string]>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    if (line.trim() === '') continue;
    const cells = line.split(';').map((c) => c.replace(/^"|"$/g, ''));
    if (cells.length !== 3) throw new Error(`The TaskJuggler report line "${line}" should hold an id, a start and an end separated by ";".`);
    row.set(cells[0]!, [cells[1]!, cells[2]!]);
  }
  const start = new Int32Array(n);
  const finish = new Int32Array(n);
  const interrupted: number[] = [];
  let makespan = 0;
  for (let a = 0; a < n; a++) {
    const dates = row.get(taskId(a));
    if (!dates) throw new Error(`${instance.name}: TaskJuggler's report has no row for task ${taskId(a)}; did tj3 fail to schedule it?`);
    start[a] = period(dates[0], `${instance.name}: the start of ${taskId(a)}`);
    finish[a] = period(dates[1], `${instance.name}: the end of ${taskId(a)}`);
    if (finish[a]! - start[a]! !== instance.duration[a]!) {
      if (finish[a]! - start[a]! < instance.duration[a]!) throw new Error(`${instance.name}: TaskJuggler ran ${taskId(a)} for ${finish[a]! - start[a]!} periods, shorter than its duration ${instance.duration[a]}.`);
      interrupted.push(a);
    }
    makespan = Math.max(makespan, finish[a]!);
  }
  return { start, finish, makespan, interrupted };
}
