// The schedule's part of a status report: the forecast finish and each milestone against the
// baseline the PMO measures by, as slips in working days of the project calendar (so a weekend
// between two dates is not a slip). The figures come from the stored, rescheduled plan.
import type { StatusFigures } from '../../contracts/status-report.schema.ts';
import { WorkCalendar } from '../../core/calendar/work-calendar.ts';
import type { StatusFacts } from '../../core/status/status-types.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { toEngineCalendar, toWall } from '../schedules/schedule-state.ts';
import { readScheduleState } from '../schedules/schedule-settings.ts';

interface SavedTask {
  readonly taskId: string;
  readonly finish: string | null;
}

/** The latest of some local date-times (they sort as text). */
const latest = (values: ReadonlyArray<string | null>): string | null => values.reduce<string | null>((a, v) => (v !== null && (a === null || v > a) ? v : a), null);

export async function scheduleFacts(trx: Db, ctx: AppContext, project: ProjectRow, baselineNumber: number): Promise<{ facts: StatusFacts['schedule']; figures: StatusFigures['schedule'] }> {
  const [state, saved] = await Promise.all([
    readScheduleState(trx, ctx, project),
    trx.selectFrom('scheduleBaselines').select('tasksJson').where('projectId', '=', project.id).where('number', '=', baselineNumber).executeTakeFirst(),
  ]);
  const baseline = new Map(saved ? (JSON.parse(saved.tasksJson) as SavedTask[]).map((t) => [t.taskId, t]) : []);
  const { settings } = state;
  let calendar: WorkCalendar | null = null;
  const slip = (from: string | null, to: string | null): number | null => {
    if (from === null || to === null) return null;
    calendar ??= new WorkCalendar(settings.calendarId, state.calendars.map(toEngineCalendar), toWall(settings.start)!);
    return Math.round((calendar.workingBetween(toWall(from)!, toWall(to)!) / settings.minutesPerDay) * 10) / 10;
  };
  const baselineFinish = saved ? latest([...baseline.values()].map((t) => t.finish)) : null;
  const forecastFinish = settings.computedFinish ?? latest(state.tasks.map((t) => t.finish));
  const milestones = state.tasks
    .filter((t) => t.milestone === 1 && t.active === 1)
    .map((t) => {
      const b = baseline.get(t.id)?.finish ?? null;
      return { taskId: t.id, name: t.name, baselineFinish: b, forecastFinish: t.finish, slipDays: slip(b, t.finish), done: t.actualFinish !== null || t.percentComplete >= 100 };
    })
    .sort((a, b) => (a.forecastFinish ?? '').localeCompare(b.forecastFinish ?? ''));
  const figures = {
    tasks: state.tasks.length,
    baselineNumber,
    baselined: saved !== undefined,
    baselineFinish,
    forecastFinish,
    finishSlipDays: slip(baselineFinish, forecastFinish),
    milestones,
  };
  return { figures, facts: { ...figures, milestones: milestones.map(({ taskId: _id, ...m }) => m) } };
}
