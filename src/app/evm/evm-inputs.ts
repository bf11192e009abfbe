// Projects' earned-value inputs from what Orrery stores, for many projects in a constant number of
// queries: the cost baseline is baseline 0 — each leaf task's baseline dates and cost (summary
// tasks roll their children up and would count twice); progress is each task's percent complete
// now; the calendar is the project's. Tasks added since the baseline have no budget and earn
// nothing: their cost shows as actual cost without value, which is what earned value should reveal.
// Each task earns by its own rule and carries its manager's estimate to complete (task-earning.ts);
// a finished task (100 % or an actual finish, or one deleted since the baseline) counts 0 to
// complete whatever was entered, and estimates on tasks outside the baseline count in the project's
// sum. The project's bottom-up ETC is its manager's estimate for the whole project when given
// (project-estimate.ts), else that sum.
import { bottomUpEtc, type BottomUpEtc } from '../../core/evm/bottom-up-etc.ts';
import type { EarningRule, WorkItem } from '../../core/evm/evm-types.ts';
import { WorkCalendar } from '../../core/calendar/work-calendar.ts';
import type { Db } from '../../db/database.ts';
import { summaryFlags, toEngineCalendar, toWall, type StoredCalendar } from '../schedules/schedule-state.ts';

interface BaselineTask {
  taskId: string;
  start: string | null;
  finish: string | null;
  cost?: { amountMinor: number; currency: string } | null;
}

export interface EvmInputs {
  readonly items: WorkItem[];
  readonly names: ReadonlyMap<string, { name: string; percentComplete: number; etcAsOf: string | null }>;
  readonly calendar: WorkCalendar | undefined;
  /** Why there is nothing to measure, or null. */
  readonly notAssessed: string | null;
  /** The project's bottom-up ETC and where it comes from, with the project estimate's date and note when it is that. */
  readonly bottomUp: ProjectBottomUp;
}

export interface ProjectBottomUp extends BottomUpEtc {
  readonly asOf: string | null;
  readonly note: string | null;
}

export interface EvmProject {
  readonly id: string;
  readonly code: string;
  readonly currency: string;
}

/** A stored earning rule as the engine's (milestone names are for people; the engine needs weights). */
export function earningRuleOf(method: string, milestonesJson: string): EarningRule {
  if (method !== 'milestones') return { method: method as Exclude<EarningRule['method'], 'milestones'> };
  return { method, milestones: (JSON.parse(milestonesJson) as Array<{ weight: number; done: boolean }>).map((m) => ({ weight: m.weight, done: m.done })) };
}

const group = <T extends { projectId: string }>(rows: T[]) => {
  const by = new Map<string, T[]>();
  for (const r of rows) by.set(r.projectId, [...(by.get(r.projectId) ?? []), r]);
  return by;
};

/** The inputs of each project, by id; `withNames` adds task names (for a project's own page, not roll-ups). */
export async function evmInputs(db: Db, projects: ReadonlyArray<EvmProject>, withNames = false): Promise<Map<string, EvmInputs>> {
  const ids = projects.map((p) => p.id);
  if (ids.length === 0) return new Map();
  const [baselines, settings, calendars, tasks, earnings, estimates] = await Promise.all([
    db.selectFrom('scheduleBaselines').select(['projectId', 'tasksJson']).where('projectId', 'in', ids).where('number', '=', 0).execute(),
    db.selectFrom('projectSchedules').select(['projectId', 'calendarId', 'start']).where('projectId', 'in', ids).execute(),
    db.selectFrom('scheduleCalendars').select(['projectId', 'id', 'name', 'baseCalendarId', 'definitionJson', 'version']).where('projectId', 'in', ids).orderBy('createdAt').orderBy('id').execute(),
    // Answered from schedule_tasks_progress_idx alone when names are not asked for.
    db
      .selectFrom('scheduleTasks')
      .select(['projectId', 'id', 'outlineLevel', 'percentComplete', 'actualStart', 'actualFinish'])
      .$if(withNames, (q) => q.select('name'))
      .where('projectId', 'in', ids)
      .orderBy('projectId')
      .orderBy('position')
      .execute() as Promise<Array<{ projectId: string; id: string; outlineLevel: number; percentComplete: number; actualStart: string | null; actualFinish: string | null; name?: string }>>,
    db.selectFrom('taskEarning').select(['taskId', 'method', 'milestonesJson', 'etcMinor', 'etcCurrency', 'etcAsOf']).where('projectId', 'in', ids).execute(),
    db.selectFrom('projectEstimates').select(['projectId', 'etcMinor', 'etcCurrency', 'asOf', 'note']).where('projectId', 'in', ids).where('etcMinor', 'is not', null).execute(),
  ]);
  const estimateOf = new Map(estimates.map((e) => [e.projectId, e]));
  const earningOf = new Map(earnings.map((e) => [e.taskId, e]));
  const baselineOf = new Map(baselines.map((b) => [b.projectId, b.tasksJson]));
  // Most projects share a calendar's definition (the Standard one): build each distinct one once.
  const calendarCache = new Map<string, WorkCalendar>();
  // Baseline dates repeat across tasks: read each distinct one once.
  const wallCache = new Map<string, number>();
  const wall = (local: string): number => {
    let w = wallCache.get(local);
    if (w === undefined) wallCache.set(local, (w = toWall(local)!));
    return w;
  };
  const settingsOf = new Map(settings.map((s) => [s.projectId, s]));
  const calendarsOf = group(calendars);
  const tasksOf = group(tasks);
  return new Map(
    projects.map((p): [string, EvmInputs] => {
      const ownTasks = tasksOf.get(p.id) ?? [];
      const names = new Map(withNames ? ownTasks.map((t) => [t.id, { name: t.name ?? '', percentComplete: t.percentComplete, etcAsOf: earningOf.get(t.id)?.etcAsOf ?? null }]) : []);
      const estimate = estimateOf.get(p.id);
      const given = estimate && estimate.etcCurrency === p.currency ? { project: Number(estimate.etcMinor), asOf: estimate.asOf, note: estimate.note } : null;
      const bottomUpOf = (items: WorkItem[], outside = 0): ProjectBottomUp => ({ ...bottomUpEtc(items, { outside, project: given?.project ?? null }), asOf: given?.asOf ?? null, note: given?.note ?? null });
      const json = baselineOf.get(p.id);
      const s = settingsOf.get(p.id);
      if (!json || !s) return [p.id, { items: [], names, calendar: undefined, notAssessed: `${p.code} has no baseline 0: save the schedule's baseline (with task costs) to measure earned value against it.`, bottomUp: bottomUpOf([]) }];
      const own = calendarsOf.get(p.id) ?? [];
      const key = JSON.stringify([own.findIndex((c) => c.id === s.calendarId), own.map((c) => [own.findIndex((b) => b.id === c.baseCalendarId), c.definitionJson])]);
      let calendar = calendarCache.get(key);
      if (!calendar) {
        const stored = own.map((c): StoredCalendar => ({ id: c.id, name: c.name, baseCalendarId: c.baseCalendarId, definition: JSON.parse(c.definitionJson) as StoredCalendar['definition'], version: c.version }));
        calendarCache.set(key, (calendar = new WorkCalendar(s.calendarId, stored.map(toEngineCalendar), wall(s.start))));
      }
      const summary = summaryFlags(ownTasks);
      const isSummary = new Map(ownTasks.map((t, i) => [t.id, summary[i]!]));
      const now = new Map(ownTasks.map((t) => [t.id, t]));
      /** The task's estimate to complete in the project's currency: 0 once it is finished (or deleted since the baseline), else its manager's (undefined: none). */
      const etcOf = (taskId: string): number | undefined => {
        const task = now.get(taskId);
        if (!task || task.percentComplete >= 100 || task.actualFinish !== null) return 0;
        const earning = earningOf.get(taskId);
        return earning?.etcMinor != null && earning.etcCurrency === p.currency ? Number(earning.etcMinor) : undefined;
      };
      const items: WorkItem[] = [];
      for (const b of JSON.parse(json) as BaselineTask[]) {
        if (isSummary.get(b.taskId) || !b.cost || b.cost.amountMinor <= 0 || b.cost.currency !== p.currency || !b.start || !b.finish) continue;
        const task = now.get(b.taskId);
        const start = wall(b.start);
        const earning = earningOf.get(b.taskId);
        const etc = etcOf(b.taskId);
        items.push({
          id: b.taskId,
          bac: b.cost.amountMinor,
          baselineStart: start,
          baselineFinish: Math.max(wall(b.finish), start),
          progress: { percentComplete: task?.percentComplete ?? 0, started: Boolean(task?.actualStart) || (task?.percentComplete ?? 0) > 0 },
          ...(earning && { earning: earningRuleOf(earning.method, earning.milestonesJson) }),
          ...(etc !== undefined && { etc }),
        });
      }
      // Estimates on leaf tasks outside the cost baseline (added since it was saved) are work left too.
      const measured = new Set(items.map((i) => i.id));
      let outside = 0;
      for (const t of ownTasks) if (!measured.has(t.id) && !isSummary.get(t.id)) outside += etcOf(t.id) ?? 0;
      const notAssessed = items.length === 0 ? `Baseline 0 of ${p.code} holds no task costs in ${p.currency}: give tasks planned costs and save the baseline again.` : null;
      return [p.id, { items, names, calendar, notAssessed, bottomUp: bottomUpOf(items, outside) }];
    }),
  );
}
