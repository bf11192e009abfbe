// A resource's working calendar: one of the organisation's base calendars with the resource's own
// week, work weeks (part time) and exceptions (holidays, leave), in exactly the JSON shape of a
// project's schedule calendars and checked by the same rules. A resource without a row works by
// the Standard base calendar (version 0). Leave is a convenience: a named non-working exception.
import type { LeaveCreate, ResourceCalendar, ResourceCalendarBody } from '../../contracts/resource.schema.ts';
import { addLeave, DEFAULT_BASE_CALENDAR_ID } from '../../core/resources/resource-calendars.ts';
import { hasCapacity, type ResourceKind } from '../../core/resources/resource-kinds.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { writeKeyedRow } from '../shared/keyed-rows.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/versioning.ts';
import { checkCalendar } from '../schedules/calendar-rules.ts';
import type { StoredCalendar } from '../schedules/schedule-state.ts';
import { asStored, loadBaseCalendars } from './base-calendars.ts';
import { loadResource, type ResourceRow } from './resource-store.ts';

type Definition = StoredCalendar['definition'];
/** A calendar that takes every day from its base. */
export const inheritedDefinition = (): Definition => ({ week: Array.from({ length: 7 }, () => null), workWeeks: [], exceptions: [] });

/** The stored calendars of these resources (id → base and definition); a resource without one is missing. */
export async function storedResourceCalendars(db: Db, resourceIds: readonly string[]): Promise<Map<string, { baseCalendarId: string; definition: Definition; version: number }>> {
  const rows = resourceIds.length === 0 ? [] : await db.selectFrom('resourceCalendars').selectAll().where('resourceId', 'in', [...resourceIds]).execute();
  return new Map(rows.map((r) => [r.resourceId, { baseCalendarId: r.baseCalendarId, definition: JSON.parse(r.definitionJson) as Definition, version: r.version }]));
}

/** Refuses material and cost resources, which have no working time. */
export function requireWorkingResource(row: Pick<ResourceRow, 'kind' | 'code' | 'name'>): void {
  if (!hasCapacity(row.kind as ResourceKind)) {
    throw new AppError('validation_failed', `${row.code} ${row.name} is a ${row.kind} resource: it has no calendar or capacity. Only persons, roles and equipment work on a calendar.`, { errors: [{ path: 'id', message: `a ${row.kind} resource has no calendar` }] });
  }
}

async function readCalendar(db: Db, row: ResourceRow): Promise<ResourceCalendar> {
  const stored = (await storedResourceCalendars(db, [row.id])).get(row.id) ?? { baseCalendarId: DEFAULT_BASE_CALENDAR_ID, definition: inheritedDefinition(), version: 0 };
  const base = (await loadBaseCalendars(db)).value.find((c) => c.id === stored.baseCalendarId);
  return { resourceId: row.id, baseCalendarId: stored.baseCalendarId, baseCalendarName: base?.name ?? stored.baseCalendarId, definition: stored.definition, version: stored.version };
}

export async function getResourceCalendar(ctx: AppContext, resourceId: string): Promise<ResourceCalendar> {
  const row = await loadResource(ctx.db, resourceId);
  requireWorkingResource(row);
  return readCalendar(ctx.db, row);
}

/** Checks the calendar against the base calendars and saves it under the version read, with its audit event. */
async function saveCalendar(trx: Db, ctx: AppContext, row: ResourceRow, before: ResourceCalendar, expectedVersion: number, body: ResourceCalendarBody, action: string): Promise<ResourceCalendar> {
  assertVersion(`The calendar of ${row.code}`, before.version, expectedVersion);
  const bases = (await loadBaseCalendars(trx)).value;
  if (!bases.some((c) => c.id === body.baseCalendarId)) {
    throw new AppError('invalid_reference', `baseCalendarId "${body.baseCalendarId}" is none of the organisation's base calendars (${bases.map((c) => c.id).join(', ')}).`, { errors: [{ path: 'baseCalendarId', message: 'no base calendar with this id' }] });
  }
  checkCalendar(bases.map(asStored), { id: row.id, name: `of ${row.code} ${row.name}`, baseCalendarId: body.baseCalendarId, definition: body.definition, version: expectedVersion + 1 });
  await writeKeyedRow(trx, 'resourceCalendars', row.id, `The calendar of ${row.code}`, expectedVersion, { baseCalendarId: body.baseCalendarId, definitionJson: JSON.stringify(body.definition), updatedAt: nowIso(ctx.clock) });
  const after = await readCalendar(trx, row);
  await recordAudit(trx, ctx, { entityType: 'resource_calendar', entityId: row.id, action, before, after });
  return after;
}

/** Replaces a resource's calendar (PMO, admin); If-Match 0 for one never set. */
export function setResourceCalendar(ctx: AppContext, resourceId: string, expectedVersion: number, body: ResourceCalendarBody): Promise<ResourceCalendar> {
  requireRegisterEditor(ctx.actor, 'change resource calendars');
  return inTransaction(ctx, async (trx) => {
    const row = await loadResource(trx, resourceId);
    requireWorkingResource(row);
    return saveCalendar(trx, ctx, row, await readCalendar(trx, row), expectedVersion, body, 'update');
  });
}

/** Adds a period of leave (a named non-working exception) to a resource's calendar. */
export function addResourceLeave(ctx: AppContext, resourceId: string, leave: LeaveCreate): Promise<ResourceCalendar> {
  requireRegisterEditor(ctx.actor, 'record leave');
  return inTransaction(ctx, async (trx) => {
    const row = await loadResource(trx, resourceId);
    requireWorkingResource(row);
    const before = await readCalendar(trx, row);
    const added = addLeave(before.definition.exceptions, leave);
    if ('problems' in added) {
      throw new AppError('validation_failed', `The leave "${leave.name}" cannot be added: ${added.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}.`, { errors: added.problems.map((p) => ({ ...p })) });
    }
    return saveCalendar(trx, ctx, row, before, before.version, { baseCalendarId: before.baseCalendarId, definition: { ...before.definition, exceptions: added.exceptions.map((e) => ({ ...e, ranges: [...e.ranges] })) } }, 'add_leave');
  });
}
