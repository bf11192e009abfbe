// The engine's tasks and links as MSPDI <Task> elements, in the schema's element order: outline
// numbers worked out from the levels, links under their successor, and the computed (or stored)
// schedule where there is one. Slack, lags and leveling delay are tenths of a minute.
import type { LinkInput, TaskInput } from '../../core/schedule/schedule-types.ts';
import type { ImportedBaselineTask, ImportedTaskDetail, OracleTask } from '../imported-project.ts';
import { PERCENT_LAG_SCALE, TENTHS_PER_MINUTE } from './mspdi-codes.ts';
import {
  constraintCode,
  durationFormat,
  flag,
  FORMAT_DAYS,
  FORMAT_ELAPSED_DAYS,
  isoDuration,
  lagFormat,
  limit,
  linkTypeCode,
  optionalDateTime,
  taskTypeCode,
  whole,
  wholePercent,
  xmlText,
  type XmlOut,
} from './write-mspdi-values.ts';

/** A task's schedule to write: the engine's result or the dates MS Project stored; null fields are left out. */
export type TaskDates = Pick<OracleTask, 'start' | 'finish' | 'earlyStart' | 'earlyFinish' | 'lateStart' | 'lateFinish' | 'totalSlack' | 'freeSlack' | 'critical'>;

export interface TaskWriteContext {
  readonly links: ReadonlyArray<LinkInput>;
  readonly details: ReadonlyMap<number, ImportedTaskDetail> | undefined;
  /** The schedule to write per task UID; a manually scheduled task keeps its own start and finish. */
  readonly dates: ReadonlyMap<number, TaskDates>;
  readonly calendarUid: (id: string) => number;
  /** Saved baselines by task UID. */
  readonly baselines?: ReadonlyMap<number, ReadonlyArray<ImportedBaselineTask>>;
}

/** Outline numbers ("1", "1.2", "1.2.1") from outline levels in outline order. */
export function outlineNumbers(levels: ReadonlyArray<number>): string[] {
  const counters: number[] = [];
  return levels.map((raw) => {
    const level = Math.max(1, raw);
    counters.length = Math.min(counters.length, level);
    while (counters.length < level - 1) counters.push(1);
    if (counters.length < level) counters.push(0);
    counters[level - 1] = counters[level - 1]! + 1;
    return counters.join('.');
  });
}

export function tasksXml(tasks: ReadonlyArray<TaskInput>, context: TaskWriteContext): XmlOut[] {
  const bySuccessor = new Map<number, LinkInput[]>();
  for (const link of context.links) {
    const list = bySuccessor.get(link.successorUid);
    if (list === undefined) bySuccessor.set(link.successorUid, [link]);
    else list.push(link);
  }
  const numbers = outlineNumbers(tasks.map((t) => t.outlineLevel));
  return tasks.map((task, i) => taskXml(task, numbers[i]!, bySuccessor.get(task.uid) ?? [], context));
}

function taskXml(task: TaskInput, outlineNumber: string, links: ReadonlyArray<LinkInput>, context: TaskWriteContext): XmlOut {
  const dates = context.dates.get(task.uid);
  const detail = context.details?.get(task.uid);
  const start = task.manual || dates === undefined ? (task.start ?? dates?.start ?? null) : dates.start;
  const finish = task.manual || dates === undefined ? (task.finish ?? dates?.finish ?? null) : dates.finish;
  const hasDate = task.constraintType !== 'ASAP' && task.constraintType !== 'ALAP';
  return {
    UID: String(task.uid),
    ID: String(task.id),
    Name: limit(xmlText(task.name), 512),
    Active: flag(task.active),
    Manual: flag(task.manual),
    Type: detail === undefined ? undefined : String(taskTypeCode(detail.type)),
    IsNull: '0',
    WBS: outlineNumber,
    OutlineNumber: outlineNumber,
    OutlineLevel: String(task.outlineLevel),
    Priority: String(task.priority ?? 500),
    Start: optionalDateTime(start),
    Finish: optionalDateTime(finish),
    Duration: isoDuration(task.duration),
    ManualStart: task.manual ? optionalDateTime(task.start) : undefined,
    ManualFinish: task.manual ? optionalDateTime(task.finish) : undefined,
    ManualDuration: task.manual ? isoDuration(task.duration) : undefined,
    DurationFormat: String(durationFormat(task.elapsed)),
    EffortDriven: detail === undefined ? undefined : flag(detail.effortDriven),
    Estimated: flag(task.estimated),
    Milestone: flag(task.milestone),
    Summary: flag(task.summary),
    ...scheduleXml(dates),
    PercentComplete: wholePercent(task.percentComplete),
    ActualStart: optionalDateTime(task.actualStart),
    ActualFinish: optionalDateTime(task.actualFinish),
    RemainingDuration: task.remainingDuration === null ? undefined : isoDuration(task.remainingDuration),
    ConstraintType: String(constraintCode(task.constraintType)),
    CalendarUID: String(task.calendarId === null ? -1 : context.calendarUid(task.calendarId)),
    ConstraintDate: hasDate ? optionalDateTime(task.constraintDate) : undefined,
    Deadline: optionalDateTime(task.deadline),
    LevelingDelay: task.levelingDelay ? whole(task.levelingDelay * TENTHS_PER_MINUTE) : undefined,
    LevelingDelayFormat: task.levelingDelay ? String(task.levelingDelayElapsed ? FORMAT_ELAPSED_DAYS : FORMAT_DAYS) : undefined,
    IgnoreResourceCalendar: detail === undefined ? undefined : flag(detail.ignoreResourceCalendar),
    PredecessorLink: links.length > 0 ? links.map(linkXml) : undefined,
    Baseline: baselinesXml(context.baselines?.get(task.uid)),
  };
}

/** Critical, early and late dates, slack: in the order the schema puts them between <Summary> and <PercentComplete>. */
export function scheduleXml(dates: TaskDates | undefined): XmlOut {
  if (dates === undefined) return {};
  const tenths = (minutes: number | null): string | undefined => (minutes === null ? undefined : whole(minutes * TENTHS_PER_MINUTE));
  return {
    Critical: flag(dates.critical),
    EarlyStart: optionalDateTime(dates.earlyStart),
    EarlyFinish: optionalDateTime(dates.earlyFinish),
    LateStart: optionalDateTime(dates.lateStart),
    LateFinish: optionalDateTime(dates.lateFinish),
    FreeSlack: tenths(dates.freeSlack),
    TotalSlack: tenths(dates.totalSlack),
  };
}

/** A percentage lag's <LinkLag> is the percentage itself; a time lag is tenths of a minute (negative: a lead). */
function linkXml(link: LinkInput): XmlOut {
  const percent = link.lagPercent !== null;
  return {
    PredecessorUID: String(link.predecessorUid),
    Type: String(linkTypeCode(link.type)),
    CrossProject: '0',
    LinkLag: whole(percent ? link.lagPercent! * PERCENT_LAG_SCALE : link.lag * TENTHS_PER_MINUTE),
    LagFormat: String(lagFormat(link.lagElapsed, percent)),
  };
}

/** A task's <Baseline> elements: what each saved baseline holds (MSPDI keeps costs in hundredths). */
function baselinesXml(baselines: ReadonlyArray<ImportedBaselineTask> | undefined): XmlOut[] | undefined {
  if (!baselines || baselines.length === 0) return undefined;
  return [...baselines]
    .sort((a, b) => a.number - b.number)
    .map((b) => ({
      Number: String(b.number),
      Start: optionalDateTime(b.start),
      Finish: optionalDateTime(b.finish),
      Duration: b.duration === null ? undefined : isoDuration(b.duration),
      DurationFormat: b.duration === null ? undefined : String(durationFormat(false)),
      Work: b.work === null ? undefined : isoDuration(b.work),
      Cost: b.cost === null ? undefined : String(Math.round(b.cost * 100)),
    }));
}

