// An RCPSP instance as a TaskJuggler 3 project (`.tjp`), so Debian's `tj3` can schedule the same
// PSPLIB instances as our engine (issue 7's side-by-side benchmark). TaskJuggler books individual
// resources slot by slot, so the model is:
// - time: one period is one TaskJuggler slot (`timingresolution 60min`) on a 24-hour, 7-day week in
//   UTC, counted from PERIOD_ZERO; the project lasts the sum of the durations and one period, more
//   than any of its schedules needs (TaskJuggler never leaves a period with nothing running);
// - a resource of capacity k is k interchangeable resources `rR_1 … rR_k`;
// - an activity needing d units of it has d allocations, each `mandatory` with the k resources as
//   alternatives, so in any slot the task books all its units on every resource or none;
// - its `effort` is duration × total units in hours, so it is done after exactly `duration` booked
//   slots; an activity with no demand has a `duration`, a zero-length one is a `milestone`;
// - precedences are `depends` (finish-to-start, no lag); activities without predecessors start at
//   the project start.
// TaskJuggler 3 has no way to keep an effort task from pausing: it places one task at a time, slot
// by slot from its earliest start, and skips any slot whose units a task placed earlier already
// holds, resuming after it with all its units again. Its schedules are therefore preemptive;
// `readTaskJugglerSchedule` names the paused activities and the benchmark counts them.
import type { RcpspInstance } from '../../core/rcpsp/rcpsp-types.ts';

/** The instant of period 0, as TaskJuggler writes dates (UTC). */
export const PERIOD_ZERO = '2000-01-03-00:00';

/** The report whose CSV `readTaskJugglerSchedule` reads: `<name>.csv` in tj3's output folder. */
export const START_REPORT = 'starts';

/** The `.tjp` id of activity `a` (0-based): PSPLIB's job number with a letter in front. */
export const taskId = (a: number): string => `a${a + 1}`;

const resourceId = (r: number, unit: number): string => `r${r + 1}_${unit}`;

function allocations(instance: RcpspInstance, a: number): string[] {
  const { resourceCount: k, demand, capacity } = instance;
  const lines: string[] = [];
  for (let r = 0; r < k; r++) {
    const units = demand[a * k + r]!;
    if (units > capacity[r]!) throw new Error(`${instance.name}: activity ${a + 1} needs ${units} of resource ${r + 1}, which has only ${capacity[r]}; TaskJuggler could never schedule it.`);
    if (units === 0) continue;
    const others = Array.from({ length: capacity[r]! - 1 }, (_, u) => resourceId(r, u + 2));
    const unit = `${resourceId(r, 1)} { ${others.length > 0 ? `alternative ${others.join(', ')} ` : ''}mandatory }`;
    lines.push(`  allocate ${Array.from({ length: units }, () => unit).join(', ')}`);
  }
  return lines;
}

/**
 * The TaskJuggler 3 project of an instance, with a CSV task report named START_REPORT.
 * @example
 * writeFileSync('j301_1.tjp', toTaskJuggler(instance)); // then: tj3 --silent -o out j301_1.tjp
 */
export function toTaskJuggler(instance: RcpspInstance): string {
  const { activityCount: n, resourceCount: k, duration, demand, capacity, successors } = instance;
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  successors.forEach((succ, a) => succ.forEach((s) => predecessors[s]!.push(a)));
  const horizon = duration.reduce((sum, d) => sum + d, 1);
  const out = [
    `project rcpsp ${JSON.stringify(instance.name)} ${PERIOD_ZERO} +${horizon}h {`,
    '  timezone "UTC"',
    '  timingresolution 60min',
    '  workinghours mon, tue, wed, thu, fri, sat, sun 00:00 - 24:00',
    '  dailyworkinghours 24',
    '}',
  ];
  for (let r = 0; r < k; r++) for (let u = 1; u <= capacity[r]!; u++) out.push(`resource ${resourceId(r, u)} "R${r + 1} unit ${u}"`);
  for (let a = 0; a < n; a++) {
    let units = 0;
    for (let r = 0; r < k; r++) units += demand[a * k + r]!;
    const preds = predecessors[a]!;
    out.push(`task ${taskId(a)} "${a + 1}" {`);
    out.push(preds.length > 0 ? `  depends ${preds.map(taskId).join(', ')}` : '  start ${projectstart}');
    if (duration[a] === 0) out.push('  milestone');
    else if (units === 0) out.push(`  duration ${duration[a]}h`);
    else out.push(`  effort ${duration[a]! * units}h`, ...allocations(instance, a));
    out.push('}');
  }
  out.push(`taskreport ${START_REPORT} "${START_REPORT}" {`, '  formats csv', '  columns id, start, end', '  timeformat "%Y-%m-%d %H:%M"', '  hidetask 0', '}', '');
  return out.join('\n');
}
