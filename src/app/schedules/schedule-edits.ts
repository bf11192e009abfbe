// Edits of a schedule held in memory: add or change a task, add or remove a link. Each checks the
// schedule's rules and returns the new state with the one write it implies, touching no database.
// The task and link commands persist that write and reschedule; a change request runs the same
// edits on a copy for its what-if and, once approved, on the real schedule (so there is one
// implementation of each edit).
import type { ScheduleLinkCreate, ScheduleTaskCreate, ScheduleTaskUpdate } from '../../contracts/schedule.schema.ts';
import type { ScheduleLinkRow, ScheduleTaskRow } from '../../db/tables.ts';
import { AppError, notFound } from '../errors.ts';
import { checkOutline, checkTask } from './schedule-rules.ts';
import type { ScheduleState } from './schedule-state.ts';

/** The columns of a task a person edits. */
export type TaskColumns = ReturnType<typeof taskColumns>;

/** What an edit changes in the database. */
export type ScheduleWrite =
  | { kind: 'insert_task'; row: ScheduleTaskRow }
  | { kind: 'update_task'; before: ScheduleTaskRow; columns: TaskColumns & { updatedAt: string; version: number } }
  | { kind: 'insert_link'; row: ScheduleLinkRow }
  | { kind: 'delete_link'; row: ScheduleLinkRow };

export interface Edited<K extends ScheduleWrite['kind'] = ScheduleWrite['kind']> {
  state: ScheduleState;
  write: Extract<ScheduleWrite, { kind: K }>;
}

/** A new record's id and the time of the change. */
export interface Stamp {
  id: string;
  now: string;
}

const flag = (value: boolean | undefined, fallback: number): number => (value === undefined ? fallback : value ? 1 : 0);
const given = <T>(value: T | undefined, fallback: T): T => (value !== undefined ? value : fallback);

/** A task's editable columns: the input's where given, else the base row's, else the defaults. */
function taskColumns(input: ScheduleTaskUpdate, base: Partial<ScheduleTaskRow>) {
  const columns = {
    name: input.name ?? base.name!,
    outlineLevel: input.outlineLevel ?? base.outlineLevel ?? 1,
    milestone: flag(input.milestone, base.milestone ?? 0),
    manual: flag(input.manual, base.manual ?? 0),
    active: flag(input.active, base.active ?? 1),
    durationMinutes: input.durationMinutes ?? base.durationMinutes ?? 480,
    durationElapsed: flag(input.durationElapsed, base.durationElapsed ?? 0),
    estimated: flag(input.estimated, base.estimated ?? 0),
    calendarId: given(input.calendarId, base.calendarId ?? null),
    constraintType: input.constraintType ?? base.constraintType ?? 'ASAP',
    constraintDate: given(input.constraintDate, base.constraintDate ?? null),
    deadline: given(input.deadline, base.deadline ?? null),
    actualStart: given(input.actualStart, base.actualStart ?? null),
    actualFinish: given(input.actualFinish, base.actualFinish ?? null),
    percentComplete: input.percentComplete ?? base.percentComplete ?? 0,
    remainingMinutes: given(input.remainingMinutes, base.remainingMinutes ?? null),
    priority: input.priority ?? base.priority ?? 500,
    manualStart: given(input.start, base.manualStart ?? null),
    manualFinish: given(input.finish, base.manualFinish ?? null),
  };
  if (columns.constraintType === 'ASAP' || columns.constraintType === 'ALAP') columns.constraintDate = null;
  return columns;
}

export function findTask(state: ScheduleState, taskId: string): ScheduleTaskRow {
  const task = state.tasks.find((t) => t.id === taskId);
  if (!task) throw notFound('Task', taskId);
  return task;
}

export function findLink(state: ScheduleState, linkId: string): ScheduleLinkRow {
  const link = state.links.find((l) => l.id === linkId);
  if (!link) throw notFound('Link', linkId);
  return link;
}

/** Adds a task at the end of the plan. */
export function addTask(state: ScheduleState, input: ScheduleTaskCreate, stamp: Stamp): Edited<'insert_task'> {
  const columns = taskColumns(input, {});
  checkTask(state, columns);
  checkOutline([...state.tasks, columns]);
  const row: ScheduleTaskRow = {
    ...columns,
    id: stamp.id,
    projectId: state.projectId,
    uid: state.tasks.reduce((max, t) => Math.max(max, t.uid), 0) + 1,
    position: state.tasks.reduce((max, t) => Math.max(max, t.position), 0) + 1,
    start: null, finish: null, earlyStart: null, earlyFinish: null, lateStart: null, lateFinish: null, totalSlack: null, freeSlack: null, critical: 0,
    levelingDelayMinutes: 0, levelingDelayElapsed: 0, splitGapsJson: null, resourceCalendarIdsJson: null, actualWorkMinutes: 0,
    createdAt: stamp.now, updatedAt: stamp.now, version: 1,
  };
  return { state: { ...state, tasks: [...state.tasks, row] }, write: { kind: 'insert_task', row } };
}

/** Changes a task's fields (the caller has checked the version it was shown). */
export function updateTask(state: ScheduleState, taskId: string, input: ScheduleTaskUpdate, now: string): Edited<'update_task'> {
  const before = findTask(state, taskId);
  const columns = { ...taskColumns(input, before), updatedAt: now, version: before.version + 1 };
  checkTask(state, columns);
  const tasks = state.tasks.map((t) => (t.id === taskId ? { ...t, ...columns } : t));
  checkOutline(tasks);
  return { state: { ...state, tasks }, write: { kind: 'update_task', before, columns } };
}

/** Links two tasks of the project (a loop shows when the edited schedule is computed). */
export function addLink(state: ScheduleState, input: ScheduleLinkCreate, stamp: Stamp): Edited<'insert_link'> {
  const predecessor = state.tasks.find((t) => t.id === input.predecessorId);
  const successor = state.tasks.find((t) => t.id === input.successorId);
  const errors = [
    ...(predecessor ? [] : [{ path: 'predecessorId', message: 'no task of this project has this id' }]),
    ...(successor ? [] : [{ path: 'successorId', message: 'no task of this project has this id' }]),
  ];
  if (errors.length > 0) throw new AppError('invalid_reference', 'A link joins two tasks of the same project.', { errors });
  if (input.predecessorId === input.successorId) throw new AppError('validation_failed', 'A task cannot be linked to itself.', { errors: [{ path: 'successorId', message: 'same as predecessorId' }] });
  const existing = state.links.find((l) => (l.predecessorId === input.predecessorId && l.successorId === input.successorId) || (l.predecessorId === input.successorId && l.successorId === input.predecessorId));
  if (existing) throw new AppError('duplicate', `"${predecessor!.name}" and "${successor!.name}" are already linked. Change or remove that link instead.`, { errors: [{ path: 'successorId', message: 'already linked' }] });
  const row: ScheduleLinkRow = {
    id: stamp.id,
    projectId: state.projectId,
    predecessorId: input.predecessorId,
    successorId: input.successorId,
    type: input.type,
    lagMinutes: input.lagMinutes,
    lagElapsed: input.lagElapsed ? 1 : 0,
    lagPercent: input.lagPercent,
    createdAt: stamp.now,
    updatedAt: null,
    version: 1,
  };
  return { state: { ...state, links: [...state.links, row] }, write: { kind: 'insert_link', row } };
}

export function removeLink(state: ScheduleState, linkId: string): Edited<'delete_link'> {
  const row = findLink(state, linkId);
  return { state: { ...state, links: state.links.filter((l) => l !== row) }, write: { kind: 'delete_link', row } };
}
