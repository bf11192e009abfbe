// A project's schedule as stored: loading it, turning it into the engine's input, and into the
// API's value. Instants are stored as local `YYYY-MM-DDTHH:MM` text; the engine uses wall minutes.
import type { Db } from '../../db/database.ts';
import type { ProjectSchedulesTable, ScheduleLinkRow, ScheduleTaskRow } from '../../db/tables.ts';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Schedule, ScheduleCalendar, ScheduleLink, ScheduleTask } from '../../contracts/schedule.schema.ts';
import type { CalendarDefinition } from '../../core/calendar/calendar-types.ts';
import type { ConstraintType, LinkType, ScheduleInput, SplitGap, TaskInput } from '../../core/schedule/schedule-types.ts';
import { isoFromWall, wallFromIso } from '../../core/calendar/wall-time.ts';

export type SettingsRow = Selectable<ProjectSchedulesTable>;

/** A calendar as the API shows it; `null` days mean "as the base calendar". */
export type StoredCalendar = z.infer<typeof ScheduleCalendar>;

/** API calendar → engine calendar (`null` days become `undefined`). */
export function toEngineCalendar(c: StoredCalendar): CalendarDefinition {
  return {
    id: c.id,
    name: c.name,
    baseId: c.baseCalendarId,
    week: c.definition.week.map((d) => d ?? undefined),
    workWeeks: c.definition.workWeeks.map((w) => ({ ...w, week: w.week.map((d) => d ?? undefined) })),
    exceptions: c.definition.exceptions,
  };
}

/** Engine calendar → API calendar (a new one, at version 1). */
export function fromEngineCalendar(c: CalendarDefinition): StoredCalendar {
  const week = (w: CalendarDefinition['week']) => Array.from({ length: 7 }, (_, i) => (w[i] ? w[i]!.map((r) => ({ start: r.start, end: r.end })) : null));
  return {
    id: c.id,
    name: c.name,
    baseCalendarId: c.baseId,
    definition: {
      week: week(c.week),
      workWeeks: c.workWeeks.map((w) => ({ start: w.start, end: w.end, week: week(w.week), ...(w.name !== undefined && { name: w.name }) })),
      exceptions: c.exceptions.map((e) => ({ start: e.start, end: e.end, ranges: e.ranges.map((r) => ({ start: r.start, end: r.end })), ...(e.name !== undefined && { name: e.name }) })),
    },
    version: 1,
  };
}

export interface ScheduleState {
  projectId: string;
  settings: SettingsRow;
  calendars: StoredCalendar[];
  tasks: ScheduleTaskRow[];
  links: ScheduleLinkRow[];
}

export const toWall = (local: string | null): number | null => (local === null ? null : wallFromIso(local));
export const toLocal = (wall: number | null): string | null => (wall === null ? null : isoFromWall(wall).slice(0, 16));

export async function loadScheduleState(trx: Db, projectId: string, settings: SettingsRow): Promise<ScheduleState> {
  const [calendars, tasks, links] = await Promise.all([
    trx.selectFrom('scheduleCalendars').selectAll().where('projectId', '=', projectId).orderBy('createdAt').orderBy('id').execute(),
    trx.selectFrom('scheduleTasks').selectAll().where('projectId', '=', projectId).orderBy('position').execute(),
    trx.selectFrom('scheduleLinks').selectAll().where('projectId', '=', projectId).orderBy('createdAt').orderBy('id').execute(),
  ]);
  return {
    projectId,
    settings,
    calendars: calendars.map((c) => ({ id: c.id, name: c.name, baseCalendarId: c.baseCalendarId, definition: JSON.parse(c.definitionJson) as StoredCalendar['definition'], version: c.version })),
    tasks,
    links,
  };
}

/** A split task's pauses as stored (`split_gaps_json`) and shown by the API; null when not split. */
export type StoredSplitGaps = NonNullable<ScheduleTask['splitGaps']>;

export const splitGapsOf = (t: Pick<ScheduleTaskRow, 'splitGapsJson'>): StoredSplitGaps | null => (t.splitGapsJson === null ? null : (JSON.parse(t.splitGapsJson) as StoredSplitGaps));
export const resourceCalendarIdsOf = (t: Pick<ScheduleTaskRow, 'resourceCalendarIdsJson'>): string[] =>
  t.resourceCalendarIdsJson === null ? [] : (JSON.parse(t.resourceCalendarIdsJson) as string[]);

/**
 * What a task has beyond its own fields, in the engine's terms: left out when empty, so that a
 * plain task stays on the engine's fast path.
 */
function taskExtras(t: ScheduleTaskRow): Pick<TaskInput, 'resourceCalendarIds' | 'splitGaps' | 'levelingDelay' | 'levelingDelayElapsed' | 'priority'> {
  const resourceCalendarIds = resourceCalendarIdsOf(t);
  const gaps = splitGapsOf(t) ?? [];
  return {
    ...(resourceCalendarIds.length > 0 && { resourceCalendarIds }),
    ...(gaps.length > 0 && { splitGaps: gaps.map((g): SplitGap => ({ work: g.workMinutes, length: g.lengthMinutes })) }),
    ...(t.levelingDelayMinutes !== 0 && { levelingDelay: t.levelingDelayMinutes, levelingDelayElapsed: t.levelingDelayElapsed === 1 }),
    ...(t.priority !== 500 && { priority: t.priority }),
  };
}

/** Summary tasks are those followed by a deeper task: the outline, not a stored flag, decides. */
export function summaryFlags(tasks: ReadonlyArray<Pick<ScheduleTaskRow, 'outlineLevel'>>): boolean[] {
  return tasks.map((t, i) => (tasks[i + 1]?.outlineLevel ?? 0) > t.outlineLevel);
}

export function toScheduleInput(state: ScheduleState): ScheduleInput {
  const uidOf = new Map(state.tasks.map((t) => [t.id, t.uid]));
  const summary = summaryFlags(state.tasks);
  const s = state.settings;
  return {
    scheduleFromStart: s.scheduleFrom === 'start',
    projectStart: wallFromIso(s.start),
    projectFinish: toWall(s.finish),
    statusDate: toWall(s.statusDate),
    calendars: state.calendars.map(toEngineCalendar),
    projectCalendarId: s.calendarId,
    minutesPerDay: s.minutesPerDay,
    minutesPerWeek: s.minutesPerWeek,
    daysPerMonth: s.daysPerMonth,
    tasks: state.tasks.map((t, i) => ({
      uid: t.uid,
      id: i + 1,
      name: t.name,
      outlineLevel: t.outlineLevel,
      summary: summary[i]!,
      milestone: t.milestone === 1,
      manual: t.manual === 1,
      estimated: t.estimated === 1,
      duration: t.durationMinutes,
      elapsed: t.durationElapsed === 1,
      calendarId: t.calendarId,
      constraintType: t.constraintType as ConstraintType,
      constraintDate: toWall(t.constraintDate),
      deadline: toWall(t.deadline),
      actualStart: toWall(t.actualStart),
      actualFinish: toWall(t.actualFinish),
      percentComplete: t.percentComplete,
      remainingDuration: t.remainingMinutes,
      start: toWall(t.manualStart),
      finish: toWall(t.manualFinish),
      active: t.active === 1,
      ...taskExtras(t),
    })),
    links: state.links.map((l) => ({
      predecessorUid: uidOf.get(l.predecessorId)!,
      successorUid: uidOf.get(l.successorId)!,
      type: l.type as LinkType,
      lag: l.lagMinutes,
      lagElapsed: l.lagElapsed === 1,
      lagPercent: l.lagPercent,
    })),
  };
}

export function toApiTask(t: ScheduleTaskRow, summary: boolean): ScheduleTask {
  return {
    id: t.id,
    uid: t.uid,
    position: t.position,
    outlineLevel: t.outlineLevel,
    summary,
    name: t.name,
    milestone: t.milestone === 1,
    manual: t.manual === 1,
    active: t.active === 1,
    durationMinutes: t.durationMinutes,
    durationElapsed: t.durationElapsed === 1,
    estimated: t.estimated === 1,
    calendarId: t.calendarId,
    constraintType: t.constraintType as ScheduleTask['constraintType'],
    constraintDate: t.constraintDate,
    deadline: t.deadline,
    actualStart: t.actualStart,
    actualFinish: t.actualFinish,
    percentComplete: t.percentComplete,
    remainingMinutes: t.remainingMinutes,
    priority: t.priority,
    start: t.start,
    finish: t.finish,
    earlyStart: t.earlyStart,
    earlyFinish: t.earlyFinish,
    lateStart: t.lateStart,
    lateFinish: t.lateFinish,
    totalSlack: t.totalSlack,
    freeSlack: t.freeSlack,
    critical: t.critical === 1,
    levelingDelayMinutes: t.levelingDelayMinutes,
    levelingDelayElapsed: t.levelingDelayElapsed === 1,
    splitGaps: splitGapsOf(t),
    resourceCalendarIds: resourceCalendarIdsOf(t),
    actualWorkMinutes: t.actualWorkMinutes,
    version: t.version,
  };
}

/** A task of the state as the API shows it, or null when the state has no such task. */
export function apiTaskOf(state: ScheduleState, taskId: string): ScheduleTask | null {
  const summary = summaryFlags(state.tasks);
  const i = state.tasks.findIndex((t) => t.id === taskId);
  return i < 0 ? null : toApiTask(state.tasks[i]!, summary[i]!);
}

export const toApiLink = (l: ScheduleLinkRow): ScheduleLink => ({
  id: l.id,
  predecessorId: l.predecessorId,
  successorId: l.successorId,
  type: l.type as ScheduleLink['type'],
  lagMinutes: l.lagMinutes,
  lagElapsed: l.lagElapsed === 1,
  lagPercent: l.lagPercent,
  version: l.version,
});

export function toApiSchedule(state: ScheduleState): Schedule {
  const summary = summaryFlags(state.tasks);
  const tasks = state.tasks.map((t, i) => toApiTask(t, summary[i]!));
  const s = state.settings;
  return {
    projectId: state.projectId,
    settings: {
      calendarId: s.calendarId,
      scheduleFrom: s.scheduleFrom as 'start' | 'finish',
      start: s.start,
      finish: s.finish,
      statusDate: s.statusDate,
      minutesPerDay: s.minutesPerDay,
      minutesPerWeek: s.minutesPerWeek,
      daysPerMonth: s.daysPerMonth,
      progressFromTimesheets: s.progressFromTimesheets === 1,
      version: s.version,
    },
    calendars: state.calendars,
    tasks,
    links: state.links.map(toApiLink),
    projectStart: s.computedStart,
    projectFinish: s.computedFinish,
    criticalPath: tasks
      .filter((t) => t.critical && !t.summary && t.active)
      .sort((a, b) => (a.earlyStart ?? '').localeCompare(b.earlyStart ?? '') || a.position - b.position)
      .map((t) => t.id),
  };
}
