// A project's calendars: add one (from scratch or derived from another), change its week, work
// weeks and exceptions, or remove one nothing uses. Every change reschedules the project.
import type { ScheduleCalendarCreate, ScheduleCalendarUpdate } from '../../contracts/schedule.schema.ts';
import { standardCalendar } from '../../core/calendar/standard-calendar.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { newId } from '../shared/ids.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { checkCalendar } from './calendar-rules.ts';
import { changeSchedule, type ScheduleChangeResult } from './schedule-commands.ts';
import { fromEngineCalendar, resourceCalendarIdsOf, type ScheduleState, type StoredCalendar } from './schedule-state.ts';

const DOING = 'plan the calendars';

function findCalendar(state: ScheduleState, calendarId: string): StoredCalendar {
  const calendar = state.calendars.find((c) => c.id === calendarId);
  if (!calendar) throw notFound('Calendar', calendarId);
  return calendar;
}

/** A new calendar's week when none is given: every day as its base, or the standard week. */
function defaultDefinition(baseCalendarId: string | null): StoredCalendar['definition'] {
  if (baseCalendarId !== null) return { week: Array.from({ length: 7 }, () => null), workWeeks: [], exceptions: [] };
  return fromEngineCalendar(standardCalendar('standard')).definition;
}

export function createScheduleCalendar(ctx: AppContext, projectId: string, input: ScheduleCalendarCreate): Promise<ScheduleChangeResult & { calendarId: string }> {
  const calendarId = newId();
  return changeSchedule(ctx, projectId, DOING, async (trx, state) => {
    const calendar: StoredCalendar = { id: calendarId, name: input.name, baseCalendarId: input.baseCalendarId, definition: input.definition ?? defaultDefinition(input.baseCalendarId), version: 1 };
    checkCalendar(state.calendars, calendar);
    const now = nowIso(ctx.clock);
    await trx
      .insertInto('scheduleCalendars')
      .values({ id: calendarId, projectId, name: calendar.name, baseCalendarId: calendar.baseCalendarId, definitionJson: JSON.stringify(calendar.definition), createdAt: now, updatedAt: now, version: 1 })
      .execute();
    return { entityType: 'schedule_calendar', entityId: calendarId, action: 'create', after: () => calendar };
  }).then((r) => ({ ...r, calendarId }));
}

export function updateScheduleCalendar(ctx: AppContext, projectId: string, calendarId: string, expectedVersion: number, input: ScheduleCalendarUpdate): Promise<ScheduleChangeResult> {
  return changeSchedule(ctx, projectId, DOING, async (trx, state) => {
    const before = findCalendar(state, calendarId);
    assertVersion(`Calendar "${before.name}"`, before.version, expectedVersion);
    const after: StoredCalendar = {
      ...before,
      name: input.name ?? before.name,
      baseCalendarId: input.baseCalendarId !== undefined ? input.baseCalendarId : before.baseCalendarId,
      definition: input.definition ?? before.definition,
      version: expectedVersion + 1,
    };
    checkCalendar(state.calendars, after);
    const result = await trx
      .updateTable('scheduleCalendars')
      .set({ name: after.name, baseCalendarId: after.baseCalendarId, definitionJson: JSON.stringify(after.definition), updatedAt: nowIso(ctx.clock), version: after.version })
      .where('id', '=', calendarId)
      .where('projectId', '=', projectId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    assertUpdated(`Calendar "${before.name}"`, result.numUpdatedRows, expectedVersion);
    return { entityType: 'schedule_calendar', entityId: calendarId, action: 'update', before, after: () => after };
  });
}

/** Removes a calendar that neither the project, a task (as its own or its resources' calendar) nor another calendar uses. */
export function deleteScheduleCalendar(ctx: AppContext, projectId: string, calendarId: string): Promise<ScheduleChangeResult> {
  return changeSchedule(ctx, projectId, DOING, async (trx, state) => {
    const calendar = findCalendar(state, calendarId);
    const users = [
      ...(state.settings.calendarId === calendarId ? ['the project (choose another project calendar in the schedule settings first)'] : []),
      ...state.calendars.filter((c) => c.baseCalendarId === calendarId).map((c) => `calendar "${c.name}", which derives from it`),
      ...state.tasks.filter((t) => t.calendarId === calendarId).map((t) => `task "${t.name}"`),
      ...state.tasks.filter((t) => t.calendarId !== calendarId && resourceCalendarIdsOf(t).includes(calendarId)).map((t) => `task "${t.name}" (a resource's calendar)`),
    ];
    if (users.length > 0) {
      const shown = users.length > 5 ? [...users.slice(0, 5), `${users.length - 5} more`] : users;
      throw new AppError('validation_failed', `Calendar "${calendar.name}" is in use by ${shown.join(', ')}. Move them to another calendar, then remove it.`, {
        errors: [{ path: 'calendarId', message: 'in use' }],
      });
    }
    await trx.deleteFrom('scheduleCalendars').where('id', '=', calendarId).where('projectId', '=', projectId).execute();
    return { entityType: 'schedule_calendar', entityId: calendarId, action: 'delete', before: calendar };
  });
}
