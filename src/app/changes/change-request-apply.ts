// Applying an approved change request to the plan, in one transaction: its schedule edits run on
// the real schedule through the same code as the what-if (change-edits.ts), the project is
// rescheduled, the result is saved as a new baseline named after the request (baseline 0 stays
// the original plan), and the request records the baseline, the finish before and after and what
// moved. If an edit no longer applies (its task was deleted since), nothing changes.
import type { ChangeApply, ChangeRequest } from '../../contracts/change-request.schema.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { newId } from '../shared/ids.ts';
import { saveBaseline } from '../schedules/baselines.ts';
import { changeSchedule, persistEdit } from '../schedules/schedule-commands.ts';
import { applyChangeEdits, auditsOf } from './change-edits.ts';
import { editsOf } from './change-requests.ts';
import { takeChangeStep } from './change-request-commands.ts';

/** Baselines 1–10 are the re-plans; 0 is the original plan and is never taken by a change. */
const REPLANS = Array.from({ length: 10 }, (_, i) => i + 1);

/** The baseline the change is saved as: the one asked for, or the first of 1–10 not yet saved. */
async function baselineNumberFor(db: Db, project: ProjectRow, code: string, requested: number | undefined): Promise<number> {
  if (requested !== undefined) return requested;
  const saved = new Set((await db.selectFrom('scheduleBaselines').select('number').where('projectId', '=', project.id).execute()).map((b) => b.number));
  const free = REPLANS.find((n) => !saved.has(n));
  if (free === undefined) {
    throw new AppError('validation_failed', `Baselines 1 to 10 of project ${project.code} are all saved (baseline 0 is the original plan), so change request ${code} has no free baseline to be saved as. Apply it again naming the baseline (1–10) it may overwrite in baselineNumber.`, {
      errors: [{ path: 'baselineNumber', message: 'no free baseline: name one of 1–10 to overwrite' }],
    });
  }
  return free;
}

export function applyChangeRequest(ctx: AppContext, id: string, expectedVersion: number, body: ChangeApply): Promise<ChangeRequest> {
  return takeChangeStep(ctx, id, expectedVersion, {
    action: 'apply',
    by: 'editor',
    comment: body.comment,
    effect: async (tctx, row, project) => {
      const number = await baselineNumberFor(tctx.db, project, row.code, body.baselineNumber);
      const now = nowIso(ctx.clock);
      let finishBefore: string | null = null;
      let addedTaskIds: string[] = [];
      const result = await changeSchedule(tctx, project.id, `apply change request ${row.code}`, async (trx, state) => {
        finishBefore = state.settings.computedFinish;
        const edited = applyChangeEdits(state, editsOf(row), { now, newId });
        for (const write of edited.writes) await persistEdit(trx, write);
        addedTaskIds = edited.addedTaskIds;
        return auditsOf(state, edited.writes);
      });
      const baseline = await saveBaseline(tctx, project.id, number, `${row.code} ${row.title}`.slice(0, 200));
      const moved = result.moved.filter((m) => !addedTaskIds.includes(m.taskId));
      const applied = { at: now, by: ctx.actor.userId || null, baselineNumber: number, baselineName: baseline.name, finishBefore, finishAfter: result.schedule.projectFinish, moved, addedTaskIds };
      return { appliedJson: JSON.stringify(applied) };
    },
  });
}
