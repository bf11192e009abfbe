// The organisation's base calendars, which every resource calendar derives from: MS Project's
// Standard, 24 Hours and Night Shift until the PMO changes them (an organisation setting, so the
// PMO can add public holidays to Standard once for everyone, or add a shift calendar). Each is
// checked by the same rules as a project's calendars; Standard stays, since a resource without a
// calendar of its own works by it, and a calendar a resource derives from cannot be removed.
import type { z } from 'zod';
import type { BaseCalendar, BaseCalendarsBody } from '../../contracts/resource.schema.ts';
import type { CalendarDefinition } from '../../core/calendar/calendar-types.ts';
import { DEFAULT_BASE_CALENDAR_ID, DEFAULT_BASE_CALENDARS } from '../../core/resources/resource-calendars.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { AppError, type FieldProblem } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadSetting, saveSetting, type Setting } from '../settings/org-settings.ts';
import { checkCalendar } from '../schedules/calendar-rules.ts';
import { fromEngineCalendar, toEngineCalendar, type StoredCalendar } from '../schedules/schedule-state.ts';

const KEY = 'base_calendars';
type Base = z.infer<typeof BaseCalendar>;

const DEFAULTS: Base[] = DEFAULT_BASE_CALENDARS.map((c) => { const { id, name, definition } = fromEngineCalendar(c); return { id, name, definition }; });

/** A base calendar as the schedule's calendar rules and the engine take it. */
export const asStored = (c: Base): StoredCalendar => ({ id: c.id, name: c.name, baseCalendarId: null, definition: c.definition, version: 1 });

export async function loadBaseCalendars(db: Db): Promise<Setting<Base[]>> {
  return loadSetting(db, KEY, DEFAULTS);
}

/** The base calendars as engine calendars, for resolving resource calendars. */
export async function baseEngineCalendars(db: Db): Promise<CalendarDefinition[]> {
  return (await loadBaseCalendars(db)).value.map((c) => toEngineCalendar(asStored(c)));
}

const toApi = ({ value, version }: Setting<Base[]>) => ({ items: structuredClone(value), version });

export async function getBaseCalendars(ctx: AppContext): Promise<ReturnType<typeof toApi>> {
  return toApi(await loadBaseCalendars(ctx.db));
}

/** Replaces the base calendars (PMO, admin). */
export function setBaseCalendars(ctx: AppContext, expectedVersion: number, body: BaseCalendarsBody): Promise<ReturnType<typeof toApi>> {
  requireRegisterEditor(ctx.actor, 'change the base calendars');
  return inTransaction(ctx, async (trx) => {
    const errors: FieldProblem[] = [];
    const ids = body.items.map((c) => c.id);
    ids.forEach((id, i) => { if (ids.indexOf(id) !== i) errors.push({ path: `items.${i}.id`, message: `"${id}" is used twice` }); });
    if (!ids.includes(DEFAULT_BASE_CALENDAR_ID)) errors.push({ path: 'items', message: `keep the calendar "${DEFAULT_BASE_CALENDAR_ID}": resources without a calendar of their own work by it` });
    const inUse = await trx.selectFrom('resourceCalendars as c').innerJoin('resources as r', 'r.id', 'c.resourceId').select(['c.baseCalendarId', 'r.code']).where('c.baseCalendarId', 'not in', ids).execute();
    for (const row of inUse) errors.push({ path: 'items', message: `"${row.baseCalendarId}" is the base of ${row.code}'s calendar; move it to another base first` });
    if (errors.length > 0) throw new AppError('validation_failed', `The base calendars need fixing: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`, { errors });
    const stored = body.items.map(asStored);
    for (const c of stored) checkCalendar(stored, c);
    return toApi(await saveSetting(trx, ctx, KEY, 'The base calendars', expectedVersion, await loadBaseCalendars(trx), body.items, toApi));
  });
}
