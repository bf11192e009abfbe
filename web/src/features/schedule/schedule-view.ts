// Pure helpers of the schedule page: our schedule (local `YYYY-MM-DDTHH:MM` text, working minutes)
// turned into what people read (days, "2FS+1d") and into SVAR Gantt's tasks and links.
//
// The chart draws whole days: a task covers every day it works in (start's day to finish's day),
// a milestone sits at the start or the end of its day. The grid shows the exact times.
import type { LinkType, Schedule, ScheduleLink, ScheduleTask } from '../../api/types.ts';

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
      progress: task.percentComplete,
      critical: task.critical,
      ...(baseSpan ? { baseStart: baseSpan.start, baseEnd: baseSpan.end } : {}),
    });
    if (task.summary) ancestors.push({ id: task.id, level: task.outlineLevel });
  }
  const parents = new Set(bars.map((b) => b.parent));
  return bars.map((bar) => (parents.has(bar.id) ? { ...bar, open: true } : bar));
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
