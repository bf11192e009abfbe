// Writes a schedule as MS Project XML (MSPDI) that MS Project 2013+ opens and that readMspdi reads
// back to the same engine input: the export half of "an export re-imported gives the same schedule".
import { XMLBuilder } from 'fast-xml-parser';
import type { ScheduleInput, ScheduleResult } from '../../core/schedule/schedule-types.ts';
import type { ImportedAssignment, ImportedBaselineTask, ImportedResource, ImportedTaskDetail, ImportMeta, OracleTask } from '../imported-project.ts';
import { calendarsXml } from './write-mspdi-calendars.ts';
import { assignmentsXml, resourcesXml } from './write-mspdi-resources.ts';
import { splitPeriods } from './write-mspdi-splits.ts';
import { scheduleXml, tasksXml, type TaskDates } from './write-mspdi-tasks.ts';
import { dateTime, flag, FORMAT_DAYS, limit, optionalDateTime, timeOfDay, whole, xmlText, type XmlOut } from './write-mspdi-values.ts';

/** What the writer needs: an ImportedProject fits, and so does a plan built in Orrery (only name and schedule are required). */
export interface MspdiExportInput {
  readonly name: string;
  readonly schedule: ScheduleInput;
  readonly resources?: ReadonlyArray<ImportedResource>;
  readonly assignments?: ReadonlyArray<ImportedAssignment>;
  readonly taskDetails?: ReadonlyMap<number, ImportedTaskDetail>;
  /** Saved baselines (0–10) per task. */
  readonly baselines?: ReadonlyArray<ImportedBaselineTask>;
  /** MS Project's stored dates, written when no computed schedule is given (an import exported unchanged). */
  readonly oracle?: ReadonlyMap<number, OracleTask> | null;
  /** ISO 4217; the schema requires one. Else the imported file's (meta), else USD. */
  readonly currencyCode?: string;
  readonly meta?: Partial<Pick<ImportMeta, 'defaultStartTime' | 'defaultFinishTime' | 'criticalSlackLimit' | 'honorConstraints' | 'multipleCriticalPaths' | 'currentDate' | 'projectSummary' | 'currencyCode'>>;
}

/** MS Project 2010's save version: its format (with <Exceptions> and manual tasks) is what 2013–2019 still write. */
const SAVE_VERSION = '14';
const NAMESPACE = 'http://schemas.microsoft.com/project';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '\t', suppressEmptyNode: true });

/**
 * MSPDI text for a project. With `computed` (a successful `schedule()` result) the tasks carry
 * its start, finish, early and late dates, slack and critical flags; without it, the dates MS
 * Project stored (`project.oracle`), if any. Instants are wall minutes written as local date-times.
 *
 * @example
 * const imported = readMspdi(xml);
 * if (imported.ok) writeFileSync('out.xml', writeMspdi(imported.project, schedule(imported.project.schedule)));
 */
export function writeMspdi(input: MspdiExportInput, computed?: ScheduleResult): string {
  const [project, result] = withoutTaskUidZero(input, computed?.ok === true ? computed : null);
  const { schedule } = project;
  const calendarUid = calendarUids(schedule);
  const dates = result === null ? storedDates(project.oracle ?? null) : computedDates(result);
  const tasks = tasksXml(schedule.tasks, { links: schedule.links, details: project.taskDetails, dates, calendarUid, baselines: byTask(project.baselines ?? []) });
  const resources = project.resources ?? [];
  const assignments = project.assignments ?? [];
  const root: XmlOut = {
    '@_xmlns': NAMESPACE,
    ...propertiesXml(project, result, calendarUid),
    Calendars: schedule.calendars.length > 0 ? calendarsXml(schedule.calendars, calendarUid) : undefined,
    Tasks: { Task: [projectSummaryXml(project, result), ...tasks] },
    Resources: resources.length > 0 ? { Resource: resourcesXml(resources, calendarUid) } : undefined,
    Assignments: assignments.length > 0 ? { Assignment: assignmentsXml(assignments, splitPeriods(schedule, (t) => dates.get(t.uid)?.start ?? null)) } : undefined,
  };
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${builder.build({ Project: root })}`;
}

function propertiesXml(project: MspdiExportInput, result: ComputedSchedule | null, calendarUid: (id: string) => number): XmlOut {
  const { schedule, meta } = project;
  const name = xmlText(project.name);
  const code = project.currencyCode ?? project.meta?.currencyCode ?? '';
  const currency = /^[A-Z]{3}$/.test(code) ? code : 'USD';
  // A forward-scheduled project's finish is an output: the computed one when there is one.
  const finish = result !== null && schedule.scheduleFromStart ? result.projectFinish : schedule.projectFinish;
  const optional = <T>(value: T | null | undefined, format: (v: T) => string): string | undefined => (value === null || value === undefined ? undefined : format(value));
  return {
    SaveVersion: SAVE_VERSION,
    // <Name> is the file name in MS Project (at most 255 characters); the reader prefers <Title>.
    Name: name === '' ? undefined : limit(name, 255),
    Title: name === '' ? undefined : limit(name, 512),
    ScheduleFromStart: flag(schedule.scheduleFromStart),
    StartDate: dateTime(schedule.projectStart),
    FinishDate: optionalDateTime(finish),
    // Stored in days.
    CriticalSlackLimit: optional(meta?.criticalSlackLimit, (minutes) => whole(minutes / schedule.minutesPerDay)),
    CurrencyCode: currency,
    CalendarUID: String(calendarUid(schedule.projectCalendarId)),
    DefaultStartTime: optional(meta?.defaultStartTime, timeOfDay),
    DefaultFinishTime: optional(meta?.defaultFinishTime, timeOfDay),
    MinutesPerDay: whole(schedule.minutesPerDay),
    MinutesPerWeek: whole(schedule.minutesPerWeek),
    DaysPerMonth: whole(schedule.daysPerMonth),
    DurationFormat: String(FORMAT_DAYS),
    HonorConstraints: optional(meta?.honorConstraints, flag),
    MultipleCriticalPaths: optional(meta?.multipleCriticalPaths, flag),
    NewTasksAreManual: '0',
    StatusDate: optionalDateTime(schedule.statusDate),
    CurrentDate: optional(meta?.currentDate, dateTime),
  };
}

/**
 * Task UID 0, the project summary MS Project keeps. Its start is written only when it is not before
 * the project start: the reader takes an earlier summary start as the real project start.
 */
function projectSummaryXml(project: MspdiExportInput, result: ComputedSchedule | null): XmlOut {
  const { schedule } = project;
  const stored = project.meta?.projectSummary ?? null;
  const dates: TaskDates | undefined = result !== null ? summaryDates(result) : (stored ?? undefined);
  const start = dates?.start ?? null;
  return {
    UID: '0',
    ID: '0',
    Name: limit(xmlText(stored?.name ?? project.name), 512),
    Active: '1',
    Manual: '0',
    Type: '1',
    IsNull: '0',
    WBS: '0',
    OutlineNumber: '0',
    OutlineLevel: '0',
    Start: start !== null && start >= schedule.projectStart ? dateTime(start) : undefined,
    Finish: optionalDateTime(dates?.finish ?? null),
    Milestone: '0',
    Summary: '1',
    ...scheduleXml(dates),
  };
}

type ComputedSchedule = Extract<ScheduleResult, { ok: true }>;

function computedDates(result: ComputedSchedule): Map<number, TaskDates> {
  return new Map(result.tasks.map((t) => [t.uid, t]));
}

function storedDates(oracle: ReadonlyMap<number, OracleTask> | null): Map<number, TaskDates> {
  return new Map(oracle ?? []);
}

function summaryDates(result: ComputedSchedule): TaskDates {
  const lateStart = result.tasks.reduce((min, t) => Math.min(min, t.lateStart), Number.POSITIVE_INFINITY);
  const lateFinish = result.tasks.reduce((max, t) => Math.max(max, t.lateFinish), Number.NEGATIVE_INFINITY);
  return {
    start: result.projectStart,
    finish: result.projectFinish,
    earlyStart: result.projectStart,
    earlyFinish: result.projectFinish,
    lateStart: Number.isFinite(lateStart) ? lateStart : null,
    lateFinish: Number.isFinite(lateFinish) ? lateFinish : null,
    totalSlack: null,
    freeSlack: null,
    critical: result.tasks.some((t) => t.critical),
  };
}

/**
 * MSPDI calendar UIDs are integers. Numeric ids (all that the readers produce from files) are kept;
 * any other id, such as the reader's stand-in "standard" calendar, gets the next free number.
 */
function calendarUids(schedule: ScheduleInput): (id: string) => number {
  const uids = new Map<string, number>();
  let next = 1;
  for (const { id } of schedule.calendars) {
    if (/^(0|[1-9]\d{0,8})$/.test(id)) {
      uids.set(id, Number(id));
      next = Math.max(next, Number(id) + 1);
    }
  }
  for (const { id } of schedule.calendars) if (!uids.has(id)) uids.set(id, next++);
  // A calendar id that names no calendar is written as -1 (none): the engine falls back to the project calendar too.
  return (id) => uids.get(id) ?? -1;
}

/**
 * MSPDI keeps task UID 0 for the project summary, and the reader drops any other task numbered 0.
 * A plan's task 0 is renumbered to the next free UID (with its links, assignments, details and
 * dates) so that it is not lost on re-import.
 */
function withoutTaskUidZero(project: MspdiExportInput, result: ComputedSchedule | null): [MspdiExportInput, ComputedSchedule | null] {
  const { tasks, links } = project.schedule;
  if (!tasks.some((t) => t.uid === 0)) return [project, result];
  const free = tasks.reduce((max, t) => Math.max(max, t.uid), 0) + 1;
  const uid = (u: number): number => (u === 0 ? free : u);
  const rekey = <V extends { readonly uid: number }>(map: ReadonlyMap<number, V> | null | undefined): Map<number, V> | undefined =>
    map === null || map === undefined ? undefined : new Map([...map].map(([k, v]) => [uid(k), { ...v, uid: uid(v.uid) }]));
  const schedule: ScheduleInput = {
    ...project.schedule,
    tasks: tasks.map((t) => ({ ...t, uid: uid(t.uid) })),
    links: links.map((l) => ({ ...l, predecessorUid: uid(l.predecessorUid), successorUid: uid(l.successorUid) })),
  };
  return [
    { ...project, schedule, taskDetails: rekey(project.taskDetails), oracle: rekey(project.oracle), assignments: project.assignments?.map((a) => ({ ...a, taskUid: uid(a.taskUid) })) },
    result === null ? null : { ...result, tasks: result.tasks.map((t) => ({ ...t, uid: uid(t.uid) })) },
  ];
}

function byTask(baselines: ReadonlyArray<ImportedBaselineTask>): Map<number, ImportedBaselineTask[]> {
  const map = new Map<number, ImportedBaselineTask[]>();
  for (const b of baselines) map.set(b.uid, [...(map.get(b.uid) ?? []), b]);
  return map;
}

