// The critical path method with MS Project's arithmetic: a forward pass for early dates, a
// backward pass for late dates, slack in working minutes of each task's calendar, and the
// critical flag. Pure: everything it needs arrives in the input.
//
// Plans reach a million tasks, so the work is spread over small modules built for speed: the
// graph in typed arrays (network.ts), each task's and link's facts read once (pass-tables.ts),
// the passes over Float64Arrays of dates (pass-state.ts, forward-pass.ts, backward-pass.ts)
// with a short path for plain tasks that works in calendar totals, one task's rules for the
// others (task-dates.ts), and the result objects built once (slack.ts). The short path skips a
// calendar conversion only where its answer is known exactly and asking would change nothing;
// every other conversion the straightforward passes make, it makes in the same order. So the
// results are theirs to the minute (and to the window a calendar has resolved).
import { CalendarHasNoWorkingTime } from '../calendar/work-calendar.ts';
import type { ScheduleInput, ScheduleResult } from './schedule-types.ts';
import { buildNetwork } from './network.ts';
import { readTasks } from './pass-tables.ts';
import { PassState } from './pass-state.ts';
import { forwardPass } from './forward-pass.ts';
import { backwardPass } from './backward-pass.ts';
import { taskSchedules } from './slack.ts';

const NEVER = Number.POSITIVE_INFINITY;

/**
 * Schedules a project.
 * @example
 * const result = schedule(input);
 * if (result.ok) for (const t of result.tasks) console.log(t.uid, t.earlyStart, t.totalSlack);
 * else console.log(result.message); // e.g. a dependency cycle
 */
export function schedule(input: ScheduleInput): ScheduleResult {
  const table = readTasks(input.tasks);
  const tasks = table.tasks;
  const net = buildNetwork(input, table);
  if (!net.order) {
    const names = (net.cycle ?? []).map((t) => `${tasks[t]!.name} (${tasks[t]!.uid})`);
    return { ok: false, error: 'cycle', cycle: (net.cycle ?? []).map((t) => tasks[t]!.uid), message: `The links form a loop: ${names.join(' → ')} → back to the first. Remove one of these links.` };
  }
  try {
    if (!input.scheduleFromStart && input.projectFinish !== null) {
      const start = startToFinishBy(new PassState(input, table, net, net.order), input.projectFinish);
      return run(new PassState({ ...input, projectStart: start }, table, net, net.order), input.projectFinish);
    }
    return run(new PassState(input, table, net, net.order));
  } catch (error) {
    if (error instanceof CalendarHasNoWorkingTime) {
      return { ok: false, error: 'cycle', cycle: [], message: `Calendar ${error.calendarId} has no working time at all; give it working hours.` };
    }
    throw error;
  }
}

/**
 * Schedules the passes; the project finish is where the early dates end, or, for a project
 * scheduled back from its finish date, that date (work that cannot fit before it shows as
 * negative slack).
 */
function run(state: PassState, fixedFinish?: number): ScheduleResult {
  forwardPass(state);
  const projectFinish = fixedFinish ?? projectFinishOf(state);
  backwardPass(state, projectFinish);
  const tasks = taskSchedules(state, projectFinish);
  let projectStart = NEVER;
  for (const r of tasks) projectStart = Math.min(projectStart, r.start);
  return { ok: true, tasks, projectStart: Number.isFinite(projectStart) ? projectStart : state.input.projectStart, projectFinish };
}

/**
 * Scheduling back from the finish date, as MS Project does: the late dates are worked back from
 * that date, and the project starts at the earliest of them, so that the work finishes by the
 * finish date (tasks as late as possible sit at their late dates; the others start as early as
 * that start allows).
 */
function startToFinishBy(state: PassState, finish: number): number {
  forwardPass(state);
  backwardPass(state, finish);
  let start = NEVER;
  for (let t = 0; t < state.n; t++) if (!state.net.isSummary[t]) start = Math.min(start, state.ls[t]!);
  return Number.isFinite(start) ? start : finish;
}

/** The latest early finish of a leaf task (or the project start when there is none). */
function projectFinishOf(state: PassState): number {
  let finish = -NEVER;
  for (let t = 0; t < state.n; t++) if (!state.net.isSummary[t]) finish = Math.max(finish, state.ef[t]!);
  return Number.isFinite(finish) ? finish : state.input.projectStart;
}
