// An approver's decision on a submitted timesheet; who approves what is timesheet-approvers.ts.
// Approving records as approved the hours it covers: all that still waits when the approver is the
// person's line manager or the PMO, else the waiting hours of the projects the approver manages.
// Once every project's hours are approved, so is the sheet: every entry is marked approved (what
// the finance layer reads, approved-actuals.ts) and priced, and each task's actual_work_minutes
// grows by its hours, in the same transaction; the task's own version does not move, since
// planners did not change it. Until then the sheet stays submitted, its version moving with each
// approval. Returned (a comment is required), it goes back to its owner with a notification, and
// the approvals given so far lapse. The locked period is closed to changes of actuals: a sheet
// with hours there is neither approved nor returned until the PMO moves the lock back. Where a
// project asks for it, the approved hours also move its tasks' percent complete
// (progress-from-hours.ts).
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
import { auditViewOf, loadVisibleSheet, projectIdsOf, type EntryRow, type SheetRow } from './timesheet-store.ts';
import { approvableBy, signOffsOf, waitingOf } from './timesheet-approvers.ts';
import { person, toApiTimesheet } from './timesheet-view.ts';
import { priceEntries } from './entry-costs.ts';
import { progressFromHours } from './progress-from-hours.ts';

export function decideTimesheet(ctx: AppContext, id: string, expectedVersion: number, body: TimesheetDecision): Promise<Timesheet> {
  return inTransaction(ctx, async (trx) => {
    const { sheet, entries, standing } = await loadVisibleSheet(ctx, trx, id);
    const who = `the timesheet of the week of ${sheet.weekStart}`;
    if (sheet.userId === ctx.actor.userId) throw forbidden(`approve or return your own timesheet: its projects’ managers, your line manager or the PMO decide ${who}`);
    if (!standing.wholeSheet && standing.managed.size === 0) throw forbidden(`approve or return ${who} (its projects’ managers approve their projects’ hours; the person’s line manager and the PMO the whole sheet)`);
    assertVersion(`The timesheet of the week of ${sheet.weekStart}`, sheet.version, expectedVersion);
    if (sheet.status !== 'submitted') throw new AppError('validation_failed', `The timesheet of the week of ${sheet.weekStart} is ${sheet.status}: only a submitted timesheet can be approved or returned.`);
    const signOffs = (await signOffsOf(trx, [sheet.id])).get(sheet.id)!;
    const waiting = waitingOf(projectIdsOf(entries), signOffs);
    const covered = approvableBy(ctx.actor, sheet, standing, waiting);
    if (covered.length === 0) throw new AppError('validation_failed', `The hours of your projects on ${who} are approved already; the rest waits for its projects’ managers, the person’s line manager or the PMO.`);
    const comment = body.comment.trim();
    const now = nowIso(ctx.clock);
    const lock = await lockedThrough(trx);
    let changes: Partial<SheetRow> = { updatedAt: now };
    let after: Record<string, unknown> = {};
    if (body.decision === 'return') {
      if (comment === '') {
        throw new AppError('validation_failed', 'Say what to correct (comment) when returning a timesheet: its owner needs to know.', { errors: [{ path: 'comment', message: 'required to return a timesheet' }] });
      }
      assertUnlocked(entries.map((e) => e.date), lock, 'return this timesheet');
      await trx.deleteFrom('timesheetApprovals').where('timesheetId', '=', sheet.id).execute();
      await timesheetReturned(trx, ctx, sheet, comment);
      changes = { ...changes, status: 'returned', decidedAt: now, decidedBy: ctx.actor.userId || null, comment };
      after = { approvalsCleared: [...signOffs.keys()] };
    } else {
      assertUnlocked(entries.map((e) => e.date), lock, 'approve this timesheet');
      await trx.insertInto('timesheetApprovals').values(covered.map((projectId) => ({ timesheetId: sheet.id, projectId, approvedBy: ctx.actor.userId || null, approvedAt: now }))).execute();
      const stillWaiting = waiting.filter((p) => !covered.includes(p));
      after = { approvedProjects: covered, waitingProjects: stillWaiting };
      if (stillWaiting.length === 0) {
        const actuals = await recordActualWork(trx, sheet.id, entries, now);
        await progressFromHours(ctx, trx, Object.keys(actuals));
        changes = { ...changes, status: 'approved', decidedAt: now, decidedBy: ctx.actor.userId || null, comment };
        after = { ...after, actualWorkAddedToTasks: actuals };
      }
    }
    const saved = await bump(trx, sheet, expectedVersion, changes);
    const action = body.decision === 'return' ? 'return' : saved.status === 'approved' ? 'approve' : 'approve_projects';
    await recordAudit(trx, ctx, { entityType: 'timesheet', entityId: sheet.id, action, before: auditViewOf(sheet), after: { ...auditViewOf(saved), ...after } });
    return toApiTimesheet(ctx, trx, { owner: (await person(trx, sheet.userId))!, weekStart: sheet.weekStart, sheet: saved, entries, standing, lockedThrough: lock });
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
