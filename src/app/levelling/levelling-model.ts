// Stored schedules as the levelling engine's problem, and its answer back as levelling delays.
// Time is counted in working days of the levelling calendar (a day any levelled project's calendar
// works), period 0 the first day levelled. Each leaf task takes the periods its unlevelled span
// touches. Load is measured in units, as MS Project levels: a task asks for each of its resources
// the units its assignment averages (work ÷ the resource's working time in the task, in hundredths
// of a percent), and a resource offers on each day its maximum units less what other projects
// already ask of it that day; a day the resource does not work limits nothing, since no work falls
// on it. So a part-timer's days off never block a task that spans them.
// Started tasks, tasks that start before the first day levelled, and tasks pinned by a "must"
// constraint stay where they are; finished tasks and tasks over before that day drop out, with
// their links. Links into or out of a summary task join every leaf under it.
import type { CalendarDefinition } from '../../core/calendar/calendar-types.ts';
import { dayOf, isoDateFromDay, MINUTES_PER_DAY } from '../../core/calendar/wall-time.ts';
import type { LevellingDemand, LevellingInput, LevellingLink, LevellingResource, LevellingTask, LinkType } from '../../core/levelling/levelling-types.ts';
import { planAssignment } from '../../core/resources/assignment-work.ts';
import type { AssignmentInput } from '../../core/resources/resource-types.ts';
import { calendarChains, WorkingDays, type WorkingTotals } from '../../core/resources/working-days.ts';
import type { ProjectPriority } from '../../contracts/project.schema.ts';
import { summaryFlags, toEngineCalendar, toWall, type ScheduleState } from '../schedules/schedule-state.ts';

/** MS Project's 0–1000 scale for the register's priorities: higher projects get resources first. */
export const PROJECT_PRIORITY_WEIGHT: Record<ProjectPriority, number> = { critical: 900, high: 700, medium: 500, low: 300 };
/** Constraints that pin a task's dates: levelling never moves such a task. */
const PINNED = new Set(['MSO', 'MFO']);

export interface ProjectToLevel {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly priority: ProjectPriority;
  /** The schedule with its levelling delays cleared and recomputed. */
  readonly unlevelled: ScheduleState;
}

/** Load in hundredths of a percent of a resource's working time: 10,000 is one person full time. */
export const FULL_TIME = 10_000;
/** What a day the resource does not work offers: no limit, since no work falls on it. */
export const NO_LIMIT = 1_000_000_000;

/** A work resource's room for the levelled projects on a day, and the calendar its work is spread on. */
export interface ResourceRoom {
  readonly name: string;
  readonly calendar: WorkingTotals;
  /** Units free on `day` (a day number, hundredths of a percent) after other projects' demand, never below zero; NO_LIMIT when it does not work that day. */
  freeUnits(day: number): number;
}

/** The working days levelled, as day numbers in order, and the period of a day. */
export class LevellingPeriods {
  readonly days: Int32Array;
  constructor(days: ReadonlyArray<number>) {
    this.days = Int32Array.from(days);
  }
  /** The first period on or after `day` (the count of periods when none). */
  onOrAfter(day: number): number {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.days[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** The last period on or before `day` (−1 when none). */
  onOrBefore(day: number): number {
    return this.onOrAfter(day + 1) - 1;
  }
  isoDay(period: number): string {
    return isoDateFromDay(this.days[Math.min(period, this.days.length - 1)]!);
  }
}

/** The days from `firstDay`, `count` of them, on which any of the projects' calendars has working time. */
export function levellingPeriods(projects: ReadonlyArray<ProjectToLevel>, firstDay: number, count: number): LevellingPeriods {
  const calendars = projects.map((p) => {
    const definitions: CalendarDefinition[] = p.unlevelled.calendars.map(toEngineCalendar);
    return new WorkingDays(p.unlevelled.settings.calendarId, calendarChains(definitions)(p.unlevelled.settings.calendarId), firstDay, firstDay + count);
  });
  const days: number[] = [];
  for (let day = firstDay; day < firstDay + count; day++) {
    if (calendars.some((c) => c.workingTotal((day + 1) * MINUTES_PER_DAY) > c.workingTotal(day * MINUTES_PER_DAY))) days.push(day);
  }
  return new LevellingPeriods(days);
}

/** An assignment of one of the levelled tasks. */
export interface LevelledAssignment {
  readonly taskId: string;
  readonly resourceId: string;
  readonly units?: number;
  readonly work?: number;
  readonly contour?: AssignmentInput['contour'];
}

/** A task left where it is although it needs more of a resource than the resource ever has. */
export interface LevellingWarning {
  readonly taskId: string;
  readonly projectId: string;
  readonly message: string;
}

export interface LevellingProblemOf {
  readonly input: LevellingInput;
  /** The levelled tasks, by id, with their project and the minutes a period is worth in it. */
  readonly tasks: ReadonlyMap<string, { projectId: string; minutesPerDay: number; name: string }>;
  readonly warnings: ReadonlyArray<LevellingWarning>;
}

interface LeafSpan {
  readonly projectId: string;
  readonly task: LevellingTask;
  readonly start: number;
  readonly finish: number;
}

/** The leaf tasks of a schedule that take part, with their period spans. */
function leafTasks(project: ProjectToLevel, periods: LevellingPeriods, firstDay: number): Map<string, LeafSpan> {
  const { tasks, settings } = project.unlevelled;
  const summary = summaryFlags(tasks);
  const out = new Map<string, LeafSpan>();
  tasks.forEach((t, i) => {
    if (summary[i] || t.active !== 1 || t.start === null || t.finish === null) return;
    const start = toWall(t.start)!;
    const finish = toWall(t.finish)!;
    const finished = t.actualFinish !== null || t.percentComplete >= 100;
    const lastDay = finish > start ? Math.ceil(finish / MINUTES_PER_DAY) - 1 : dayOf(start);
    if (finished || lastDay < firstDay) return;
    const fixed = t.actualStart !== null || dayOf(start) < firstDay || PINNED.has(t.constraintType) || t.manual === 1;
    const earlyStart = periods.onOrAfter(Math.max(dayOf(start), firstDay));
    const duration = finish > start ? Math.max(1, periods.onOrBefore(lastDay) - earlyStart + 1) : 0;
    out.set(t.id, {
      projectId: project.id,
      start,
      finish,
      task: {
        id: t.id,
        projectId: project.id,
        projectPriority: PROJECT_PRIORITY_WEIGHT[project.priority],
        priority: t.priority,
        duration,
        earlyStart,
        fixed,
        totalSlack: Math.round((t.totalSlack ?? 0) / settings.minutesPerDay),
      },
    });
  });
  return out;
}

/** The leaves under each summary task of a schedule (a leaf stands for itself). */
function leavesOf(state: ScheduleState): Map<string, string[]> {
  const summary = summaryFlags(state.tasks);
  const leaves = new Map<string, string[]>();
  state.tasks.forEach((t, i) => {
    if (!summary[i]) return void leaves.set(t.id, [t.id]);
    const under: string[] = [];
    for (let j = i + 1; j < state.tasks.length && state.tasks[j]!.outlineLevel > t.outlineLevel; j++) if (!summary[j]) under.push(state.tasks[j]!.id);
    leaves.set(t.id, under);
  });
  return leaves;
}

function projectLinks(project: ProjectToLevel, spans: ReadonlyMap<string, LeafSpan>): LevellingLink[] {
  const { links, settings } = project.unlevelled;
  const leaves = leavesOf(project.unlevelled);
  const seen = new Set<string>();
  const out: LevellingLink[] = [];
  for (const l of links) {
    for (const from of leaves.get(l.predecessorId) ?? []) {
      const pred = spans.get(from);
      if (!pred) continue;
      const lagMinutes = l.lagPercent !== null ? (l.lagPercent / 100) * (pred.task.duration * settings.minutesPerDay) : l.lagMinutes;
      const lag = Math.round(lagMinutes / (l.lagElapsed === 1 ? MINUTES_PER_DAY : settings.minutesPerDay));
      for (const to of leaves.get(l.successorId) ?? []) {
        const key = `${from}>${to}>${l.type}>${lag}`;
        if (from === to || !spans.has(to) || seen.has(key)) continue;
        seen.add(key);
        out.push({ from, to, type: l.type as LinkType, lag });
      }
    }
  }
  return out;
}

/**
 * The levelling problem of these projects over `periods` (from `firstDay`): their leaf tasks,
 * links and the demands of their assignments, against the resources' room.
 */
export function levellingProblem(
  projects: ReadonlyArray<ProjectToLevel>,
  assignments: ReadonlyArray<LevelledAssignment>,
  rooms: ReadonlyMap<string, ResourceRoom>,
  periods: LevellingPeriods,
  firstDay: number,
): LevellingProblemOf {
  const spans = new Map<string, LeafSpan>();
  const links: LevellingLink[] = [];
  const meta = new Map<string, { projectId: string; minutesPerDay: number; name: string }>();
  for (const project of projects) {
    const own = leafTasks(project, periods, firstDay);
    for (const [id, span] of own) spans.set(id, span);
    links.push(...projectLinks(project, own));
    for (const t of project.unlevelled.tasks) if (own.has(t.id)) meta.set(t.id, { projectId: project.id, minutesPerDay: project.unlevelled.settings.minutesPerDay, name: t.name });
  }
  const capacity = new Map<string, { units: Int32Array; most: number }>();
  const capacityOf = (resourceId: string): { units: Int32Array; most: number } => {
    let c = capacity.get(resourceId);
    if (!c) {
      const room = rooms.get(resourceId)!;
      const units = Int32Array.from(periods.days, (day) => Math.floor(room.freeUnits(day)));
      let most = 0;
      for (const u of units) if (u !== NO_LIMIT && u > most) most = u;
      // Beyond the horizon the last value holds: make it the most the resource ever offers.
      if (units.length > 0 && units[units.length - 1] !== NO_LIMIT) units[units.length - 1] = most;
      c = { units, most };
      capacity.set(resourceId, c);
    }
    return c;
  };
  const demands = new Map<string, LevellingDemand[]>();
  const warnings: LevellingWarning[] = [];
  for (const a of assignments) {
    const span = spans.get(a.taskId);
    const room = rooms.get(a.resourceId);
    if (!span || !room || span.task.duration === 0) continue;
    const { work, workingMinutes } = planAssignment({ id: a.taskId, resourceId: a.resourceId, taskId: a.taskId, projectId: span.projectId, start: span.start, finish: span.finish, ...(a.work !== undefined ? { work: a.work } : { units: a.units ?? 0 }), ...(a.contour && { contour: a.contour }) }, room.calendar);
    if (work <= 0 || workingMinutes <= 0) continue;
    const wanted = Math.ceil((work / workingMinutes) * FULL_TIME);
    const { most } = capacityOf(a.resourceId);
    if (wanted > most) {
      warnings.push({ taskId: a.taskId, projectId: span.projectId, message: `${meta.get(a.taskId)!.name} needs ${percent(wanted)} of ${room.name}, who has at most ${percent(most)} free: it is levelled as if it took all of ${room.name}'s time. Lower its units or add someone.` });
    }
    const perPeriod = Math.min(wanted, most);
    if (perPeriod > 0) demands.set(a.taskId, [...(demands.get(a.taskId) ?? []), { resourceId: a.resourceId, perPeriod }]);
  }
  const tasks = [...spans.values()].map((s) => ({ ...s.task, ...(demands.has(s.task.id) && { demands: demands.get(s.task.id)! }) }));
  const resources: LevellingResource[] = [...capacity].map(([id, c]) => ({ id, capacity: c.units }));
  return { input: { tasks, links, resources }, tasks: meta, warnings };
}

const percent = (units: number): string => `${Math.round(units / 10) / 10} %`;
