// A split task's pauses as MSPDI shows them (it has no split field): timephased remaining work on
// one of the task's assignments, with a period of no work for each pause. MS Project and
// readMspdi (mspdi-splits.ts) read splits back from it.
import { WorkCalendar } from '../../core/calendar/work-calendar.ts';
import type { ScheduleInput, TaskInput } from '../../core/schedule/schedule-types.ts';
import { dateTime, isoDuration, type XmlOut } from './write-mspdi-values.ts';

const REMAINING_WORK = '1';
/** <Unit> 2: the period's value is shown in days. */
const DAYS = '2';

export interface SplitPeriod {
  readonly start: number;
  readonly finish: number;
  readonly work: number;
}

/**
 * The periods of work and of pause of every split task, by task UID, on its calendar: from its
 * written start, else its own, else the project start (the pauses are what matters: they keep
 * their place in the task's work wherever it starts).
 */
export function splitPeriods(schedule: ScheduleInput, writtenStart: (task: TaskInput) => number | null): Map<number, SplitPeriod[]> {
  const calendars = new Map<string, WorkCalendar>();
  const result = new Map<number, SplitPeriod[]>();
  for (const task of schedule.tasks) {
    if (!task.splitGaps?.length) continue;
    const start = writtenStart(task) ?? task.start ?? task.actualStart ?? schedule.projectStart;
    const id = task.calendarId ?? schedule.projectCalendarId;
    let calendar = calendars.get(id);
    if (!calendar) calendars.set(id, (calendar = new WorkCalendar(id, schedule.calendars, schedule.projectStart)));
    result.set(task.uid, periodsOf(task, start, calendar));
  }
  return result;
}

function periodsOf(task: TaskInput, start: number, calendar: WorkCalendar): SplitPeriod[] {
  const after = (from: number, minutes: number): number => (task.elapsed ? from + minutes : calendar.addWorking(from, minutes));
  const next = (instant: number): number => (task.elapsed ? instant : calendar.nextWorkingMinute(instant));
  const periods: SplitPeriod[] = [];
  let at = next(start);
  let done = 0;
  for (const gap of task.splitGaps!) {
    const workEnd = after(at, gap.work - done);
    const pauseEnd = after(workEnd, gap.length);
    periods.push({ start: at, finish: workEnd, work: gap.work - done }, { start: workEnd, finish: pauseEnd, work: 0 });
    at = next(pauseEnd);
    done = gap.work;
  }
  periods.push({ start: at, finish: after(at, task.duration - done), work: task.duration - done });
  return periods;
}

/** <TimephasedData> elements for an assignment (UID `assignmentUid`) carrying the periods. */
export function timephasedXml(assignmentUid: string, periods: ReadonlyArray<SplitPeriod>): XmlOut[] {
  return periods.map((period) => ({
    Type: REMAINING_WORK,
    UID: assignmentUid,
    Start: dateTime(period.start),
    Finish: dateTime(period.finish),
    Unit: DAYS,
    Value: isoDuration(period.work),
  }));
}
