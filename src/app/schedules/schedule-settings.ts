// A project's schedule settings, created on first use: the project's planned start (or today) at
// 08:00, on a Standard calendar, scheduled from the start.
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { standardCalendar } from '../../core/calendar/standard-calendar.ts';
import { nowIso, type AppContext } from '../context.ts';
import { newId } from '../shared/ids.ts';
import { fromEngineCalendar, loadScheduleState, type ScheduleState, type SettingsRow } from './schedule-state.ts';

export function defaultSettings(ctx: AppContext, project: ProjectRow, calendarId: string): SettingsRow {
  const now = nowIso(ctx.clock);
  const day = project.plannedStart ?? now.slice(0, 10);
  return {
    projectId: project.id, calendarId, scheduleFrom: 'start', start: `${day}T08:00`, finish: null, statusDate: null,
    minutesPerDay: 480, minutesPerWeek: 2400, daysPerMonth: 20, progressFromTimesheets: 0, computedStart: null, computedFinish: null,
    createdAt: now, updatedAt: now, version: 1,
  };
}

/** The stored settings, or (for reads) the defaults a first change would store. */
export async function readSettings(trx: Db, ctx: AppContext, project: ProjectRow): Promise<{ settings: SettingsRow; stored: boolean }> {
  const row = await trx.selectFrom('projectSchedules').selectAll().where('projectId', '=', project.id).executeTakeFirst();
  return row ? { settings: row, stored: true } : { settings: defaultSettings(ctx, project, 'standard'), stored: false };
}

/** The stored schedule, or for a project without one the empty schedule a first change would create. */
export async function readScheduleState(trx: Db, ctx: AppContext, project: ProjectRow): Promise<ScheduleState> {
  const { settings, stored } = await readSettings(trx, ctx, project);
  if (stored) return loadScheduleState(trx, project.id, settings);
  return { projectId: project.id, settings, calendars: [fromEngineCalendar(standardCalendar('standard'))], tasks: [], links: [] };
}

/** The stored settings, creating them (with a Standard calendar) on a project's first schedule change. */
export async function ensureSettings(trx: Db, ctx: AppContext, project: ProjectRow): Promise<SettingsRow> {
  const existing = await trx.selectFrom('projectSchedules').selectAll().where('projectId', '=', project.id).executeTakeFirst();
  if (existing) return existing;
  const calendarId = newId();
  const now = nowIso(ctx.clock);
  const calendar = fromEngineCalendar(standardCalendar(calendarId));
  await trx
    .insertInto('scheduleCalendars')
    .values({ id: calendarId, projectId: project.id, name: calendar.name, baseCalendarId: null, definitionJson: JSON.stringify(calendar.definition), createdAt: now, updatedAt: now, version: 1 })
    .execute();
  const settings = defaultSettings(ctx, project, calendarId);
  await trx.insertInto('projectSchedules').values(settings).execute();
  return settings;
}
