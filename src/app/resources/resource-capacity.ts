// What resources can give, read once for everyone who plans with them: each resource's working
// calendar as an engine calendar (its own on top of its base, or Standard), its maximum units on a
// day, and day-by-day availability. Capacity planning and levelling ask here, nowhere else.
import type { CalendarDefinition } from '../../core/calendar/calendar-types.ts';
import { availability, DEFAULT_BASE_CALENDAR_ID, type DayAvailability } from '../../core/resources/resource-calendars.ts';
import { defaultMaxUnits, hasCapacity, type ResourceKind } from '../../core/resources/resource-kinds.ts';
import { maxUnitsOn } from '../../core/resources/capacity.ts';
import type { MaxUnitsRow } from '../../core/resources/resource-types.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { toEngineCalendar } from '../schedules/schedule-state.ts';
import { baseEngineCalendars } from './base-calendars.ts';
import { inheritedDefinition, requireWorkingResource, storedResourceCalendars } from './resource-calendars.ts';
import { loadResource } from './resource-store.ts';

export interface CapacityTable {
  /** The base calendars and one calendar per working resource, whose id is the resource's id. */
  readonly calendars: ReadonlyArray<CalendarDefinition>;
  /** Maximum units in percent on a day (the latest row on or before it, else the kind's default); null: material, cost or unknown. */
  maxUnitsOn(resourceId: string, day: string): number | null;
  /** The dated maximum-units rows, oldest first, and the percent before the first; null: material, cost or unknown. */
  maxUnits(resourceId: string): { readonly rows: ReadonlyArray<MaxUnitsRow>; readonly fallback: number } | null;
  /** Working minutes, maximum units and capacity minutes of each day from `from` to `to` (inclusive); [] for resources without capacity. */
  availability(resourceId: string, from: string, to: string): DayAvailability[];
}

/**
 * The capacity of these resources in three queries. Every person, role and equipment gets a
 * calendar with its own id in `calendars`, so a schedule or the levelling engine can take them as
 * they are (`new WorkCalendar(resourceId, table.calendars, instant)`).
 */
export async function capacityTable(db: Db, resourceIds: readonly string[]): Promise<CapacityTable> {
  const ids = [...new Set(resourceIds)];
  const [resources, units, stored, bases] = await Promise.all([
    ids.length === 0 ? [] : db.selectFrom('resources').select(['id', 'name', 'kind', 'headcount']).where('id', 'in', ids).execute(),
    ids.length === 0 ? [] : db.selectFrom('resourceMaxUnits').selectAll().where('resourceId', 'in', ids).execute(),
    storedResourceCalendars(db, ids),
    baseEngineCalendars(db),
  ]);
  const working = resources.filter((r) => hasCapacity(r.kind as ResourceKind));
  const own = working.map((r) => {
    const s = stored.get(r.id) ?? { baseCalendarId: DEFAULT_BASE_CALENDAR_ID, definition: inheritedDefinition() };
    return toEngineCalendar({ id: r.id, name: r.name, baseCalendarId: s.baseCalendarId, definition: s.definition, version: 1 });
  });
  const calendars = [...bases, ...own];
  const rowsOf = new Map<string, MaxUnitsRow[]>();
  units.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  for (const u of units) rowsOf.set(u.resourceId, [...(rowsOf.get(u.resourceId) ?? []), { from: u.effectiveFrom, units: u.units }]);
  const fallbackOf = new Map(working.map((r) => [r.id, defaultMaxUnits(r.kind as ResourceKind, r.headcount)!]));
  return {
    calendars,
    maxUnitsOn: (resourceId, day) => {
      const fallback = fallbackOf.get(resourceId);
      return fallback === undefined ? null : maxUnitsOn(rowsOf.get(resourceId) ?? [], day, fallback);
    },
    maxUnits: (resourceId) => {
      const fallback = fallbackOf.get(resourceId);
      return fallback === undefined ? null : { rows: rowsOf.get(resourceId) ?? [], fallback };
    },
    availability: (resourceId, from, to) => {
      const fallback = fallbackOf.get(resourceId);
      return fallback === undefined ? [] : availability({ calendars, calendarId: resourceId, maxUnits: rowsOf.get(resourceId) ?? [], fallback }, from, to);
    },
  };
}

const MAX_DAYS = 366;

/** A resource's availability day by day, for a year at most. */
export async function getResourceAvailability(ctx: AppContext, resourceId: string, query: { from: string; to: string }): Promise<{ resourceId: string; days: DayAvailability[] }> {
  const row = await loadResource(ctx.db, resourceId);
  requireWorkingResource(row);
  const span = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
  if (span < 0 || span >= MAX_DAYS) {
    throw new AppError('validation_failed', span < 0 ? `to (${query.to}) is before from (${query.from}); give a period that ends on or after it starts.` : `Ask for ${MAX_DAYS} days at most at a time (${query.from} to ${query.to} is ${span + 1}).`, { errors: [{ path: 'to', message: span < 0 ? 'before from' : `more than ${MAX_DAYS} days after from` }] });
  }
  const table = await capacityTable(ctx.db, [resourceId]);
  return { resourceId, days: table.availability(resourceId, query.from, query.to) };
}
