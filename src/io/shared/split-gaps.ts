// Split tasks. MS Project files show a split task by where its work lies: segments of work with
// pauses between them. MS Project keeps a split task's pauses when it moves the task, so the
// engine takes them as pauses in the task's own time (SplitGap): after so much work, so long a
// pause. These are read here from the stored segments, on the task's calendar.
import { WorkCalendar } from '../../core/calendar/work-calendar.ts';
import type { ScheduleInput, SplitGap, TaskInput } from '../../core/schedule/schedule-types.ts';
import type { ImportedTaskDetail } from '../imported-project.ts';

export interface WorkSegment {
  readonly start: number;
  readonly finish: number;
}

/**
 * The schedule with each split task's pauses on its task, and the details with each task's
 * segments joined where no working time lies between them (a weekend is no pause): null when
 * that leaves one.
 */
export function withSplits(
  schedule: ScheduleInput,
  details: Map<number, ImportedTaskDetail>,
): { readonly schedule: ScheduleInput; readonly details: Map<number, ImportedTaskDetail> } {
  const calendars = new Map<string, WorkCalendar>();
  const calendarOf = (task: TaskInput): WorkCalendar => {
    const id = task.calendarId ?? schedule.projectCalendarId;
    let calendar = calendars.get(id);
    if (!calendar) calendars.set(id, (calendar = new WorkCalendar(id, schedule.calendars, schedule.projectStart)));
    return calendar;
  };
  let changed = false;
  const tasks = schedule.tasks.map((task) => {
    const detail = details.get(task.uid);
    if (!detail?.splits) return task;
    const segments = task.summary || task.manual ? [] : joined(task, detail.splits, calendarOf(task));
    details.set(task.uid, { ...detail, splits: segments.length > 1 ? segments : null });
    if (segments.length < 2) return task;
    changed = true;
    return { ...task, splitGaps: gapsBetween(task, segments, calendarOf(task)) };
  });
  return { schedule: changed ? { ...schedule, tasks } : schedule, details };
}

/** Time of `task` (working, or wall when elapsed) from `from` to `to`. */
function between(task: TaskInput, calendar: WorkCalendar, from: number, to: number): number {
  return task.elapsed ? to - from : calendar.workingBetween(from, to);
}

/** Segments in order, joined where no time of the task lies between them. */
function joined(task: TaskInput, segments: ReadonlyArray<WorkSegment>, calendar: WorkCalendar): WorkSegment[] {
  const result: WorkSegment[] = [];
  for (const segment of [...segments].sort((a, b) => a.start - b.start)) {
    const last = result[result.length - 1];
    if (last && between(task, calendar, last.finish, segment.start) <= 0) result[result.length - 1] = { start: last.start, finish: Math.max(last.finish, segment.finish) };
    else result.push(segment);
  }
  return result;
}

/** The pauses between joined segments: after how much work, and how long. */
function gapsBetween(task: TaskInput, segments: ReadonlyArray<WorkSegment>, calendar: WorkCalendar): SplitGap[] {
  const gaps: SplitGap[] = [];
  let work = 0;
  for (let i = 0; i < segments.length - 1; i++) {
    work += between(task, calendar, segments[i]!.start, segments[i]!.finish);
    gaps.push({ work, length: between(task, calendar, segments[i]!.finish, segments[i + 1]!.start) });
  }
  return gaps;
}
