// A change request's proposed schedule edits, run one after another on a schedule in memory with
// the very edits the task and link commands use (schedule-edits.ts). The what-if runs them on a
// copy; applying an approved request runs them on the loaded schedule and persists the writes.
// Every id is checked against the schedule as it is now, so an edit that no longer fits (its task
// was deleted since the request was written) is a 422 naming the edit, before anything changes.
import type { ScheduleEdit } from '../../contracts/change-request.schema.ts';
import { AppError } from '../errors.ts';
import { addLink, addTask, removeLink, updateTask, type ScheduleWrite } from '../schedules/schedule-edits.ts';
import type { ScheduleAudit } from '../schedules/schedule-commands.ts';
import { apiTaskOf, toApiLink, type ScheduleState } from '../schedules/schedule-state.ts';

export interface EditEnv {
  /** The time of the change. */
  readonly now: string;
  /** Ids for the tasks and links the edits add. */
  readonly newId: () => string;
}

export interface AppliedEdits {
  state: ScheduleState;
  writes: ScheduleWrite[];
  /** Ids of the tasks the edits add. */
  addedTaskIds: string[];
}

type Step = (state: ScheduleState) => { state: ScheduleState; write: ScheduleWrite };

function requireTask(state: ScheduleState, taskId: string | null, field: string): void {
  if (taskId !== null && !state.tasks.some((t) => t.id === taskId)) {
    throw new AppError('invalid_reference', `No task of the project's schedule has id ${taskId} (it may have been deleted since the request was written). Change the request's edits.`, { errors: [{ path: field, message: 'no task of this schedule' }] });
  }
}

const fsLink = (predecessorId: string, successorId: string) => ({ predecessorId, successorId, type: 'FS' as const, lagMinutes: 0, lagElapsed: false, lagPercent: null });

/** The schedule edits one proposed edit is made of, after checking the ids it names. */
function stepsOf(state: ScheduleState, edit: ScheduleEdit, env: EditEnv): { steps: Step[]; addedTaskId?: string } {
  switch (edit.op) {
    case 'set_duration':
      requireTask(state, edit.taskId, 'taskId');
      return { steps: [(s) => updateTask(s, edit.taskId, { durationMinutes: edit.durationMinutes }, env.now)] };
    case 'set_constraint':
      requireTask(state, edit.taskId, 'taskId');
      if (edit.date === null && edit.type !== 'ASAP' && edit.type !== 'ALAP') {
        throw new AppError('validation_failed', `A ${edit.type} constraint needs a date.`, { errors: [{ path: 'date', message: `required for ${edit.type}` }] });
      }
      return { steps: [(s) => updateTask(s, edit.taskId, { constraintType: edit.type, constraintDate: edit.date }, env.now)] };
    case 'add_task': {
      requireTask(state, edit.afterTaskId, 'afterTaskId');
      requireTask(state, edit.beforeTaskId, 'beforeTaskId');
      const id = env.newId();
      const { afterTaskId: after, beforeTaskId: before } = edit;
      return {
        addedTaskId: id,
        steps: [
          (s) => addTask(s, { name: edit.name, durationMinutes: edit.durationMinutes, milestone: edit.milestone }, { id, now: env.now }),
          ...(after === null ? [] : [(s: ScheduleState) => addLink(s, fsLink(after, id), { id: env.newId(), now: env.now })]),
          ...(before === null ? [] : [(s: ScheduleState) => addLink(s, fsLink(id, before), { id: env.newId(), now: env.now })]),
        ],
      };
    }
    case 'add_link':
      requireTask(state, edit.predecessorId, 'predecessorId');
      requireTask(state, edit.successorId, 'successorId');
      return { steps: [(s) => addLink(s, { ...fsLink(edit.predecessorId, edit.successorId), type: edit.type, lagMinutes: edit.lagMinutes }, { id: env.newId(), now: env.now })] };
    case 'remove_link':
      if (!state.links.some((l) => l.id === edit.linkId)) {
        throw new AppError('invalid_reference', `No link of the project's schedule has id ${edit.linkId} (it may have been removed since the request was written). Change the request's edits.`, { errors: [{ path: 'linkId', message: 'no link of this schedule' }] });
      }
      return { steps: [(s) => removeLink(s, edit.linkId)] };
  }
}

/** A failure of edit `i`, said as such: its paths under `scheduleEdits[i]`, a 422 not a 404 or 409. */
function inEdit(error: unknown, i: number, edit: ScheduleEdit): unknown {
  if (!(error instanceof AppError)) return error;
  const code = error.code === 'not_found' ? 'invalid_reference' : error.code === 'duplicate' ? 'validation_failed' : error.code;
  const path = `scheduleEdits[${i}]`;
  const errors = error.errors?.length ? error.errors.map((e) => ({ path: `${path}.${e.path}`, message: e.message })) : [{ path, message: error.message }];
  return new AppError(code, `Edit ${i + 1} (${edit.op}): ${error.message}`, { errors });
}

/** Runs `edits` in order on `state`; throws (naming the edit) when one does not apply. */
export function applyChangeEdits(state: ScheduleState, edits: ReadonlyArray<ScheduleEdit>, env: EditEnv): AppliedEdits {
  let current = state;
  const writes: ScheduleWrite[] = [];
  const addedTaskIds: string[] = [];
  edits.forEach((edit, i) => {
    try {
      const { steps, addedTaskId } = stepsOf(current, edit, env);
      for (const step of steps) {
        const edited = step(current);
        current = edited.state;
        writes.push(edited.write);
      }
      if (addedTaskId) addedTaskIds.push(addedTaskId);
    } catch (error) {
      throw inEdit(error, i, edit);
    }
  });
  return { state: current, writes, addedTaskIds };
}

/** One audit event per task or link the writes touch (a task changed twice is one event). */
export function auditsOf(before: ScheduleState, writes: ReadonlyArray<ScheduleWrite>): ScheduleAudit[] {
  const audits = new Map<string, ScheduleAudit>();
  for (const w of writes) {
    if (w.kind === 'insert_task') audits.set(w.row.id, { entityType: 'schedule_task', entityId: w.row.id, action: 'create', after: (s) => apiTaskOf(s, w.row.id) });
    if (w.kind === 'update_task' && !audits.has(w.before.id)) audits.set(w.before.id, { entityType: 'schedule_task', entityId: w.before.id, action: 'update', before: apiTaskOf(before, w.before.id), after: (s) => apiTaskOf(s, w.before.id) });
    if (w.kind === 'insert_link') audits.set(w.row.id, { entityType: 'schedule_link', entityId: w.row.id, action: 'create', after: () => toApiLink(w.row) });
    if (w.kind === 'delete_link') audits.set(w.row.id, { entityType: 'schedule_link', entityId: w.row.id, action: 'delete', before: toApiLink(w.row) });
  }
  return [...audits.values()];
}
