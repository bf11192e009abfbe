// A person's own week: saving the whole grid under If-Match (the sheet is made by its first save,
// expecting version 0), submitting it to its approvers and recalling it until they have all
// approved it (recalling clears the approvals some projects' managers gave). A save writes only
// the cells that changed, and refuses cells in the locked period and new hours where the person may
// not book; submitting and recalling refuse a sheet with hours in the locked period. Each step is
// audited with the sheet's entries before and after.
import type { Timesheet, TimesheetSave } from '../../contracts/timesheet.schema.ts';
import { diffEntries, entriesOfGrid, gridProblems, lockedDatesOf, rowKeyOf, type GridRow } from '../../core/timesheets/timesheet-grid.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { newId } from '../shared/ids.ts';
import { isUniqueViolation } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { assertBookable } from './bookable-tasks.ts';
import { assertUnlocked, lockedThrough } from './timesheet-lock.ts';
import { timesheetSubmitted } from './timesheet-notices.ts';
import { NO_STANDING } from './timesheet-approvers.ts';
import { auditViewOf, isEditable, loadEntries, loadVisibleSheet, projectIdsOf, toEntry, type EntryRow, type SheetRow } from './timesheet-store.ts';
import { person, toApiTimesheet } from './timesheet-view.ts';

const label = (weekStart: string) => `Your timesheet of the week of ${weekStart}`;

function assertEditable(sheet: SheetRow | undefined): void {
  if (!sheet || isEditable(sheet.status)) return;
  const why = sheet.status === 'submitted' ? 'it is submitted: recall it first to change it' : 'it is approved, and approved hours are final';
  throw new AppError('validation_failed', `${label(sheet.weekStart)} cannot change: ${why}.`);
}

/** Replaces my week's grid with these rows. */
export function saveMyWeek(ctx: AppContext, weekStart: string, expectedVersion: number, body: TimesheetSave): Promise<Timesheet> {
  return inTransaction(ctx, async (trx) => {
    const userId = ctx.actor.userId;
    const sheet = await trx.selectFrom('timesheets').selectAll().where('userId', '=', userId).where('weekStart', '=', weekStart).executeTakeFirst();
    assertVersion(label(weekStart), sheet?.version ?? 0, expectedVersion);
    assertEditable(sheet);
    const rows: GridRow[] = body.rows.map((r) => ({ projectId: r.projectId, taskId: r.taskId, overtime: r.overtime, minutes: r.minutes, note: r.note }));
    const problems = gridProblems(weekStart, rows);
    if (problems.length > 0) throw new AppError('validation_failed', `${label(weekStart)} needs fixing: ${problems[0]!.message}.`, { errors: problems.map((p) => ({ ...p })) });
    const before = sheet ? await loadEntries(trx, sheet.id) : [];
    const diff = diffEntries(before.map(toEntry), entriesOfGrid(weekStart, rows));
    const lock = await lockedThrough(trx);
    assertUnlocked(lockedDatesOf(diff, lock), lock, 'change your timesheet');
    const touched = new Set([...diff.added, ...diff.changed.map((c) => c.after)].map(rowKeyOf));
    await assertBookable(trx, userId, rows.flatMap((r, index) => (touched.has(rowKeyOf(r)) ? [{ index, projectId: r.projectId, taskId: r.taskId }] : [])));

    const now = nowIso(ctx.clock);
    const saved = await writeSheet(trx, sheet, { userId, weekStart, now, expectedVersion });
    if (diff.removed.length > 0) await trx.deleteFrom('timesheetEntries').where('id', 'in', diff.removed.map((e) => e.id!)).execute();
    for (const { before: b, after: a } of diff.changed) await trx.updateTable('timesheetEntries').set({ minutes: a.minutes, note: a.note, updatedAt: now }).where('id', '=', b.id!).execute();
    if (diff.added.length > 0) {
      const values = diff.added.map((e) => ({ id: newId(), timesheetId: saved.id, userId, projectId: e.projectId, taskId: e.taskId, date: e.date, minutes: e.minutes, overtime: e.overtime ? 1 : 0, note: e.note, approvedAt: null, createdAt: now, updatedAt: now }));
      await trx.insertInto('timesheetEntries').values(values).execute();
    }
    const after = await loadEntries(trx, saved.id);
    await recordAudit(trx, ctx, { entityType: 'timesheet', entityId: saved.id, action: sheet ? 'update' : 'create', before: sheet ? auditViewOf(sheet, before) : null, after: auditViewOf(saved, after) });
    return toApiTimesheet(ctx, trx, { owner: (await person(trx, userId))!, weekStart, sheet: saved, entries: after, standing: NO_STANDING, lockedThrough: lock });
  });
}

async function writeSheet(trx: Db, sheet: SheetRow | undefined, w: { userId: string; weekStart: string; now: string; expectedVersion: number }): Promise<SheetRow> {
  if (!sheet) {
    const row: SheetRow = { id: newId(), userId: w.userId, weekStart: w.weekStart, status: 'draft', submittedAt: null, submittedBy: null, decidedAt: null, decidedBy: null, comment: '', createdAt: w.now, updatedAt: w.now, version: 1 };
    try {
      await trx.insertInto('timesheets').values(row).execute();
    } catch (error) {
      // Saved first from another tab or device a moment ago: the same as a stale version.
      if (isUniqueViolation(error)) throw new AppError('version_conflict', `${label(w.weekStart)} was saved elsewhere while you saved. Reload it and try again.`, { currentVersion: 1 });
      throw error;
    }
    return row;
  }
  return bump(trx, sheet, w.expectedVersion, { updatedAt: w.now });
}

/** Writes a sheet's new state under its version; a concurrent writer makes it a 409. */
export async function bump(trx: Db, sheet: SheetRow, expectedVersion: number, changes: Partial<SheetRow>): Promise<SheetRow> {
  const next = { ...sheet, ...changes, version: expectedVersion + 1 };
  const { id: _id, ...columns } = next;
  const result = await trx.updateTable('timesheets').set(columns).where('id', '=', sheet.id).where('version', '=', expectedVersion).executeTakeFirst();
  assertUpdated(label(sheet.weekStart), result.numUpdatedRows, expectedVersion);
  return next;
}

/** A step of my own sheet, under If-Match, with its audit event. */
async function ownStep(ctx: AppContext, id: string, expectedVersion: number, doing: string, step: (trx: Db, sheet: SheetRow, entries: EntryRow[], lock: string | null) => Promise<Partial<SheetRow>>, action: string): Promise<Timesheet> {
  return inTransaction(ctx, async (trx) => {
    const { sheet, entries } = await loadVisibleSheet(ctx, trx, id);
    if (sheet.userId !== ctx.actor.userId) throw forbidden(`${doing} someone else’s timesheet`);
    assertVersion(label(sheet.weekStart), sheet.version, expectedVersion);
    const lock = await lockedThrough(trx);
    const changes = await step(trx, sheet, entries, lock);
    const saved = await bump(trx, sheet, expectedVersion, { ...changes, updatedAt: nowIso(ctx.clock) });
    await recordAudit(trx, ctx, { entityType: 'timesheet', entityId: sheet.id, action, before: auditViewOf(sheet), after: auditViewOf(saved) });
    return toApiTimesheet(ctx, trx, { owner: (await person(trx, sheet.userId))!, weekStart: sheet.weekStart, sheet: saved, entries, standing: NO_STANDING, lockedThrough: lock });
  });
}

/** Submits my sheet to its approvers (it needs some hours, none of them locked). */
export function submitTimesheet(ctx: AppContext, id: string, expectedVersion: number): Promise<Timesheet> {
  return ownStep(ctx, id, expectedVersion, 'submit', async (trx, sheet, entries, lock) => {
    assertEditable(sheet);
    if (entries.length === 0) throw new AppError('validation_failed', `${label(sheet.weekStart)} has no hours yet: record some before submitting it.`);
    assertUnlocked(entries.map((e) => e.date), lock, 'submit this timesheet');
    await timesheetSubmitted(trx, ctx, sheet, projectIdsOf(entries), expectedVersion + 1);
    return { status: 'submitted', submittedAt: nowIso(ctx.clock), submittedBy: ctx.actor.userId };
  }, 'submit');
}

/** Takes my submitted sheet back to draft before it is fully approved; approvals of some of its projects lapse. */
export function recallTimesheet(ctx: AppContext, id: string, expectedVersion: number): Promise<Timesheet> {
  return ownStep(ctx, id, expectedVersion, 'recall', async (trx, sheet, entries, lock) => {
    if (sheet.status !== 'submitted') throw new AppError('validation_failed', `${label(sheet.weekStart)} is ${sheet.status}: only a submitted timesheet can be recalled.`);
    assertUnlocked(entries.map((e) => e.date), lock, 'recall this timesheet');
    await trx.deleteFrom('timesheetApprovals').where('timesheetId', '=', sheet.id).execute();
    return { status: 'draft' };
  }, 'recall');
}
