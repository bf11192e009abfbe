// Pure helpers of the schedule page: our schedule (local `YYYY-MM-DDTHH:MM` text, working minutes)
// turned into what people read (days, "2FS+1d", a summary's percent complete rolled up) and into
// SVAR Gantt's tasks and links (each bar filled to its percent complete).
//
// The chart draws whole days: a task covers every day it works in (start's day to finish's day),
// a milestone sits at the start or the end of its day. The grid shows the exact times.
//
// The way back: a bar dragged or resized in the chart, or a link drawn between two bars, becomes
// the API request that makes that change (snapped to whole days on the task's calendar).
import type { LinkType, Schedule, ScheduleLink, ScheduleLinkCreate, ScheduleTask, ScheduleTaskUpdate } from '../../api/types.ts';

const DAY_MS = 86_400_000;

/** A local date-time as a Date in the browser's time zone (the chart has no zone of its own). */
export function parseLocal(value: string): Date {
  const [date = '', time = '00:00'] = value.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
}

const dayOf = (value: string): Date => parseLocal(value.slice(0, 10));
const nextDay = (date: Date): Date => new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
const hasTime = (value: string): boolean => value.slice(11) !== '00:00';

/** Whole days from a to b (both local midnights; DST-safe by rounding). */
export const daysBetween = (a: Date, b: Date): number => Math.round((b.getTime() - a.getTime()) / DAY_MS);

/** The chart's span of a task: the days it works in; a milestone is a point at its day's start or end. */
export function chartSpan(start: string, finish: string, milestone: boolean): { start: Date; end: Date } {
  if (milestone) {
    const point = Number(start.slice(11, 13)) >= 12 ? nextDay(dayOf(start)) : dayOf(start);
    return { start: point, end: point };
  }
  const from = dayOf(start);
  const to = hasTime(finish) ? nextDay(dayOf(finish)) : dayOf(finish);
  return { start: from, end: to > from ? to : nextDay(from) };
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** "Mon, 2 Mar 26, 08:00": the project's wall-clock time as written, never shifted by a zone. */
export function formatLocal(value: string | null | undefined): string {
  if (!value) return '—';
  const parsed = new Date(`${value}:00Z`);
  return Number.isNaN(parsed.getTime()) ? value : dateTimeFormat.format(parsed);
}

/** Working minutes as days of the project's working day, at most two decimals: 720 → 1.5. */
export const minutesToDays = (minutes: number, minutesPerDay: number): number => Math.round((minutes / minutesPerDay) * 100) / 100;
export const daysToMinutes = (days: number, minutesPerDay: number): number => Math.round(days * minutesPerDay);

/** "3d", "1.5d", "0d". */
export const formatDays = (minutes: number | null | undefined, minutesPerDay: number): string =>
  minutes === null || minutes === undefined ? '—' : `${minutesToDays(minutes, minutesPerDay)}d`;

export const LINK_TYPE_LABELS: Record<LinkType, string> = {
  FS: 'Finish-to-start (FS)',
  SS: 'Start-to-start (SS)',
  FF: 'Finish-to-finish (FF)',
  SF: 'Start-to-finish (SF)',
};

/** The task's predecessors as MS Project writes them, by row number: "2, 3SS+1d". */
export function predecessorsLabel(task: ScheduleTask, schedule: Schedule, rowOf: ReadonlyMap<string, number>): string {
  const perDay = schedule.settings.minutesPerDay;
  return schedule.links
    .filter((link) => link.successorId === task.id)
    .map((link) => {
      const row = rowOf.get(link.predecessorId) ?? '?';
      const type = link.type === 'FS' && link.lagMinutes === 0 ? '' : link.type;
      const lag = link.lagMinutes === 0 ? '' : `${link.lagMinutes > 0 ? '+' : ''}${minutesToDays(link.lagMinutes, perDay)}d`;
      return `${row}${type}${lag}`;
    })
    .join(', ');
}

/** "1 task moved", "3 tasks moved: Design, Build, Launch and 2 more". */
export function movedMessage(moved: readonly { name: string }[]): string {
  const count = `${moved.length} ${moved.length === 1 ? 'task' : 'tasks'} moved`;
  if (moved.length === 0) return 'No other task moved';
  const names = moved.slice(0, 3).map((m) => m.name);
  const rest = moved.length > 3 ? ` and ${moved.length - 3} more` : '';
  return `${count}: ${names.join(', ')}${rest}`;
}

export interface GanttBar {
  id: string;
  text: string;
  start: Date;
  end: Date;
  type: 'task' | 'summary' | 'milestone';
  parent: string | 0;
  /** Only on a task with bars under it: SVAR walks into the children of every open task. */
  open?: true;
  progress: number;
  critical: boolean;
  /** The baseline's span on the chart, when the task has one. */
  baseStart?: Date;
  baseEnd?: Date;
}

export interface GanttLink {
  id: string;
  source: string;
  target: string;
  type: 'e2s' | 's2s' | 'e2e' | 's2e';
}

const SVAR_LINK_TYPES: Record<LinkType, GanttLink['type']> = { FS: 'e2s', SS: 's2s', FF: 'e2e', SF: 's2e' };
const API_LINK_TYPES: Record<GanttLink['type'], LinkType> = { e2s: 'FS', s2s: 'SS', e2e: 'FF', s2e: 'SF' };

export interface BaselineDates {
  baselineStart: string | null;
  baselineFinish: string | null;
}

/**
 * The schedule as SVAR Gantt's tree: the parent of a task is the nearest task above it with a
 * smaller outline level. Tasks without dates (none yet computed) are left off the chart.
 */
export function toGanttBars(schedule: Schedule, baseline?: ReadonlyMap<string, BaselineDates>): GanttBar[] {
  const bars: GanttBar[] = [];
  const percent = percentByTask(schedule);
  const ancestors: Array<{ id: string; level: number }> = [];
  for (const task of schedule.tasks) {
    while (ancestors.length > 0 && (ancestors.at(-1)?.level ?? 0) >= task.outlineLevel) ancestors.pop();
    if (!task.start || !task.finish) continue;
    const type = task.summary ? 'summary' : task.milestone ? 'milestone' : 'task';
    const span = chartSpan(task.start, task.finish, type === 'milestone');
    const base = baseline?.get(task.id);
    const baseSpan = base?.baselineStart && base.baselineFinish ? chartSpan(base.baselineStart, base.baselineFinish, type === 'milestone') : undefined;
    bars.push({
      id: task.id,
      text: task.name,
      ...span,
      type,
      parent: ancestors.at(-1)?.id ?? 0,
      progress: percent.get(task.id) ?? task.percentComplete,
      critical: task.critical,
      ...(baseSpan ? { baseStart: baseSpan.start, baseEnd: baseSpan.end } : {}),
    });
    if (task.summary) ancestors.push({ id: task.id, level: task.outlineLevel });
  }
  const parents = new Set(bars.map((b) => b.parent));
  return bars.map((bar) => (parents.has(bar.id) ? { ...bar, open: true } : bar));
}

/**
 * Each task's percent complete, summaries rolled up from the leaf tasks under them weighted by
 * duration (MS Project's done duration over duration; a plain average when none has a duration).
 */
export function percentByTask(schedule: Schedule): Map<string, number> {
  const percent = new Map<string, number>();
  const tasks = schedule.tasks;
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i]!;
    if (!task.summary) {
      percent.set(task.id, task.percentComplete);
      continue;
    }
    let done = 0;
    let duration = 0;
    let sum = 0;
    let count = 0;
    for (let j = i + 1; j < tasks.length && tasks[j]!.outlineLevel > task.outlineLevel; j++) {
      const child = tasks[j]!;
      if (child.summary) continue;
      done += child.durationMinutes * child.percentComplete;
      duration += child.durationMinutes;
      sum += child.percentComplete;
      count++;
    }
    percent.set(task.id, duration > 0 ? Math.floor(done / duration) : count > 0 ? Math.floor(sum / count) : 0);
  }
  return percent;
}

/** Links between tasks both on the chart, in SVAR's words (e2s = finish-to-start …). */
export function toGanttLinks(links: readonly ScheduleLink[], bars: readonly GanttBar[]): GanttLink[] {
  const onChart = new Set(bars.map((b) => b.id));
  return links
    .filter((l) => onChart.has(l.predecessorId) && onChart.has(l.successorId))
    .map((l) => ({ id: l.id, source: l.predecessorId, target: l.successorId, type: SVAR_LINK_TYPES[l.type] }));
}

/** The chart's window: a couple of days before the first bar to a week after the last. */
export function chartWindow(bars: readonly GanttBar[]): { start: Date; end: Date; days: number } | null {
  if (bars.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const bar of bars) {
    min = Math.min(min, bar.start.getTime(), bar.baseStart?.getTime() ?? Infinity);
    max = Math.max(max, bar.end.getTime(), bar.baseEnd?.getTime() ?? -Infinity);
  }
  const first = new Date(min);
  const last = new Date(max);
  const start = new Date(first.getFullYear(), first.getMonth(), first.getDate() - 2);
  const end = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 7);
  return { start, end, days: daysBetween(start, end) };
}

/** Pixels per day: roomy for a few weeks, dense for years. */
export const dayWidth = (days: number): number => (days <= 70 ? 30 : days <= 200 ? 14 : days <= 500 ? 6 : 3);

// ——— From the chart back to the API ———

type Ranges = ReadonlyArray<{ start: number; end: number }>;
type Calendar = Schedule['calendars'][number];

/** `YYYY-MM-DD` moved by whole days (UTC arithmetic: no zone, no daylight-saving shift). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The calendar and its base calendars, most specific first (as the engine resolves them). */
function layersOf(schedule: Schedule, calendarId: string): Calendar[] {
  const byId = new Map(schedule.calendars.map((c) => [c.id, c]));
  const layers: Calendar[] = [];
  for (let c = byId.get(calendarId); c && !layers.includes(c); c = c.baseCalendarId ? byId.get(c.baseCalendarId) : undefined) layers.push(c);
  return layers;
}

/** A day's working time: exceptions (own, then inherited) win over work weeks, which win over the week. */
export function rangesOfDay(schedule: Schedule, calendarId: string, date: string): Ranges {
  const layers = layersOf(schedule, calendarId);
  for (const layer of layers) {
    const exception = layer.definition.exceptions.find((e) => e.start <= date && date <= e.end);
    if (exception) return exception.ranges;
  }
  const weekday = weekdayOf(date);
  for (const layer of layers) {
    const workWeek = layer.definition.workWeeks.find((w) => w.start <= date && date <= w.end && w.week[weekday]);
    const ranges = workWeek?.week[weekday] ?? layer.definition.week[weekday];
    if (ranges) return ranges;
  }
  return [];
}

/** Where a working day begins, in minutes from midnight; a day off gets the week's usual start (08:00 if none). */
export function dayStart(schedule: Schedule, calendarId: string, date: string): number {
  const own = rangesOfDay(schedule, calendarId, date)[0];
  if (own) return own.start;
  for (let i = 1; i <= 7; i++) {
    const next = rangesOfDay(schedule, calendarId, addDays(date, i))[0];
    if (next) return next.start;
  }
  return 480;
}

/** Working days from `from` to `to` (`YYYY-MM-DD`, `to` excluded); negative when `to` is earlier. */
export function workingDaysBetween(schedule: Schedule, calendarId: string, from: string, to: string): number {
  const sign = to < from ? -1 : 1;
  const [first, last] = sign > 0 ? [from, to] : [to, from];
  let count = 0;
  for (let day = first; day < last; day = addDays(day, 1)) if (rangesOfDay(schedule, calendarId, day).length > 0) count++;
  return sign * count;
}

/** What the user did to a bar: moved it, or dragged its end, by whole days on the chart. */
export type BarDrag = 'move' | 'end';

/**
 * The change a dragged bar asks for, as MS Project makes it: moving an automatically scheduled
 * task sets "start no earlier than" its new day at the calendar's day start (a milestone keeps its
 * time of day); moving a manually scheduled one moves its start and finish; dragging the end sets
 * the duration in whole working days (elapsed days for an elapsed duration). Null: nothing to change.
 */
export function barDragToUpdate(schedule: Schedule, task: ScheduleTask, drag: BarDrag, days: number): ScheduleTaskUpdate | null {
  if (days === 0 || task.summary || !task.start || !task.finish) return null;
  const calendarId = task.calendarId ?? schedule.settings.calendarId;
  const shift = (value: string) => `${addDays(value.slice(0, 10), days)}T${value.slice(11)}`;
  if (drag === 'move') {
    if (task.manual) return { start: shift(task.start), finish: shift(task.finish) };
    const day = addDays(task.start.slice(0, 10), days);
    const time = task.milestone ? task.start.slice(11) : clock(dayStart(schedule, calendarId, day));
    return { constraintType: 'SNET', constraintDate: `${day}T${time}` };
  }
  if (task.milestone) return null;
  const perDay = task.durationElapsed ? 1440 : schedule.settings.minutesPerDay;
  const end = chartSpan(task.start, task.finish, false).end;
  const endDay = `${end.getFullYear()}-${String(end.getMonth() + 1).padStart(2, '0')}-${String(end.getDate()).padStart(2, '0')}`;
  const delta = task.durationElapsed ? days : workingDaysBetween(schedule, calendarId, endDay, addDays(endDay, days));
  const durationMinutes = Math.max(1, Math.round(task.durationMinutes / perDay) + delta) * perDay;
  if (durationMinutes === task.durationMinutes) return null;
  return task.manual ? { durationMinutes, finish: shift(task.finish) } : { durationMinutes };
}

/** A link drawn in the chart as the API's new link (e2s → FS …); null for a link to itself. */
export function ganttLinkToCreate(link: { source?: unknown; target?: unknown; type?: string }): ScheduleLinkCreate | null {
  const type = API_LINK_TYPES[(link.type ?? 'e2s') as GanttLink['type']];
  if (typeof link.source !== 'string' || typeof link.target !== 'string' || link.source === link.target || !type) return null;
  return { predecessorId: link.source, successorId: link.target, type };
}
