// An approver's decision on a submitted timesheet, for the whole sheet. Approved, its hours become
// actual work: every entry is marked approved (what the finance layer reads, approved-actuals.ts)
// and each task's actual_work_minutes grows by its hours, in the same transaction; the task's own
// version does not move, since planners did not change it. Returned, it goes back to its owner
// with the approver's comment (required) and a notification; a sheet with hours in the locked
// period cannot be returned (it could not be corrected), only approved. Where a project asks for
// it, the approved hours also move its tasks' percent complete (progress-from-hours.ts).
import type { Timesheet, TimesheetDecision } from '../../contracts/timesheet.schema.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertVersion } from '../shared/versioning.ts';
import { bump } from './timesheet-commands.ts';
import { assertUnlocked, lockedThrough } from './timesheet-lock.ts';
import { timesheetReturned } from './timesheet-notices.ts';
import { auditViewOf, loadVisibleSheet, mayDecide, type EntryRow } from './timesheet-store.ts';
import { person, toApiTimesheet } from './timesheet-view.ts';
import { priceEntries } from './entry-costs.ts';
import { progressFromHours } from './progress-from-hours.ts';

export function decideTimesheet(ctx: AppContext, id: string, expectedVersion: number, body: TimesheetDecision): Promise<Timesheet> {
  return inTransaction(ctx, async (trx) => {
    const { sheet, entries, managed } = await loadVisibleSheet(ctx, trx, id);
    const who = `the timesheet of the week of ${sheet.weekStart}`;
    if (sheet.userId === ctx.actor.userId) throw forbidden(`approve or return your own timesheet: one of its projects’ managers or the PMO decides ${who}`);
    if (!mayDecide(ctx.actor, { ...sheet, status: 'submitted' }, managed.size > 0)) throw forbidden(`approve or return ${who} (its projects’ managers and the PMO do)`);
    assertVersion(`The timesheet of the week of ${sheet.weekStart}`, sheet.version, expectedVersion);
    if (sheet.status !== 'submitted') throw new AppError('validation_failed', `The timesheet of the week of ${sheet.weekStart} is ${sheet.status}: only a submitted timesheet can be approved or returned.`);
    const comment = body.comment.trim();
    const now = nowIso(ctx.clock);
    const lock = await lockedThrough(trx);
    let actuals: Record<string, number> | undefined;
    if (body.decision === 'return') {
      if (comment === '') {
        throw new AppError('validation_failed', 'Say what to correct (comment) when returning a timesheet: its owner needs to know.', { errors: [{ path: 'comment', message: 'required to return a timesheet' }] });
      }
      assertUnlocked(entries.map((e) => e.date), lock, 'return this timesheet');
      await timesheetReturned(trx, ctx, sheet, comment);
    } else {
      actuals = await recordActualWork(trx, sheet.id, entries, now);
      await progressFromHours(ctx, trx, Object.keys(actuals));
    }
    const saved = await bump(trx, sheet, expectedVersion, { status: body.decision === 'approve' ? 'approved' : 'returned', decidedAt: now, decidedBy: ctx.actor.userId || null, comment, updatedAt: now });
    await recordAudit(trx, ctx, { entityType: 'timesheet', entityId: sheet.id, action: body.decision, before: auditViewOf(sheet), after: { ...auditViewOf(saved), ...(actuals && { actualWorkAddedToTasks: actuals }) } });
    return toApiTimesheet(ctx, trx, { owner: (await person(trx, sheet.userId))!, weekStart: sheet.weekStart, sheet: saved, entries, managed, lockedThrough: lock });
  });
}

/** Marks the entries approved, prices them, and adds their minutes to their tasks' actual work; returns minutes per task. */
async function recordActualWork(trx: Db, sheetId: string, entries: readonly EntryRow[], now: string): Promise<Record<string, number>> {
  await trx.updateTable('timesheetEntries').set({ approvedAt: now }).where('timesheetId', '=', sheetId).execute();
  await priceEntries(trx, { ids: entries.map((e) => e.id) });
  const perTask = new Map<string, number>();
  for (const e of entries) if (e.taskId) perTask.set(e.taskId, (perTask.get(e.taskId) ?? 0) + e.minutes);
  for (const [taskId, minutes] of perTask) {
    await trx
      .updateTable('scheduleTasks')
      .set((eb) => ({ actualWorkMinutes: eb('actualWorkMinutes', '+', minutes) }))
      .where('id', '=', taskId)
      .execute();
  }
  return Object.fromEntries(perTask);
}
