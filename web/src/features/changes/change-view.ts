// Pure rules of the change request screens: which steps the reader may take from the request's
// status and their rights (mirroring the server, which still decides), how the finish moves, and
// a proposed schedule edit as a sentence that names tasks rather than ids.
import type { ChangeRequest, ScheduleEdit } from '../../api/types.ts';
import { CONSTRAINT_LABELS } from './change-labels.ts';

export type ChangeStepName = 'submit' | 'decide' | 'apply' | 'withdraw';

export interface ChangeRights {
  /** The project's team (manager, contributors), PMO, admin: may change a draft or submitted request. */
  mayContribute: boolean;
  /** The project's manager, PMO, admin: submit, apply, withdraw. */
  mayManage: boolean;
}

/** The request's content may change until the board decides. */
export const isContentEditable = (status: ChangeRequest['status']): boolean => status === 'draft' || status === 'submitted';

/** The buttons to show: what the status allows and the reader may do (decide: the server says, in canDecide). */
export function availableSteps(request: Pick<ChangeRequest, 'status' | 'canDecide'>, rights: ChangeRights): ChangeStepName[] {
  const { status } = request;
  const steps: ChangeStepName[] = [];
  if (rights.mayManage && (status === 'draft' || status === 'deferred')) steps.push('submit');
  if (request.canDecide && status === 'submitted') steps.push('decide');
  if (rights.mayManage && status === 'approved') steps.push('apply');
  if (rights.mayManage && ['draft', 'submitted', 'deferred', 'approved'].includes(status)) steps.push('withdraw');
  return steps;
}

/** "+3 working days", "−1 working day", "No change". */
export function formatDelta(days: number): string {
  if (days === 0) return 'No change';
  const abs = Math.abs(days);
  return `${days > 0 ? '+' : '−'}${abs} working ${abs === 1 ? 'day' : 'days'}`;
}

export interface EditNames {
  /** A task's name by id ("a removed task" when it is gone). */
  task: (id: string | null) => string;
  /** A link as "Design → Build (FS)". */
  link: (id: string) => string;
  minutesPerDay: number;
}

const days = (minutes: number, perDay: number): string => {
  const d = Math.round((minutes / perDay) * 100) / 100;
  return `${d} ${d === 1 ? 'day' : 'days'}`;
};

/** One edit as people read it. */
export function describeEdit(edit: ScheduleEdit, names: EditNames): string {
  switch (edit.op) {
    case 'add_task': {
      const where = [edit.afterTaskId ? `after ‘${names.task(edit.afterTaskId)}’` : null, edit.beforeTaskId ? `before ‘${names.task(edit.beforeTaskId)}’` : null].filter(Boolean).join(' and ');
      const what = edit.milestone ? 'milestone' : `task (${days(edit.durationMinutes, names.minutesPerDay)})`;
      return `Add ${what} ‘${edit.name}’${where ? ` ${where}` : ''}`;
    }
    case 'set_duration':
      return `Set the duration of ‘${names.task(edit.taskId)}’ to ${days(edit.durationMinutes, names.minutesPerDay)}`;
    case 'set_constraint':
      return `Constrain ‘${names.task(edit.taskId)}’: ${CONSTRAINT_LABELS[edit.type].toLowerCase()}${edit.date ? ` ${edit.date.replace('T', ' ')}` : ''}`;
    case 'add_link': {
      const lag = edit.lagMinutes ? ` with ${edit.lagMinutes > 0 ? 'a lag' : 'a lead'} of ${days(Math.abs(edit.lagMinutes), names.minutesPerDay)}` : '';
      return `Link ‘${names.task(edit.predecessorId)}’ → ‘${names.task(edit.successorId)}’ (${edit.type})${lag}`;
    }
    case 'remove_link':
      return `Remove the link ${names.link(edit.linkId)}`;
  }
}

/** Names from the project's schedule, for describeEdit. */
export function namesFromSchedule(schedule: { tasks: ReadonlyArray<{ id: string; name: string }>; links: ReadonlyArray<{ id: string; predecessorId: string; successorId: string; type: string }>; settings: { minutesPerDay: number } } | undefined): EditNames {
  const tasks = new Map((schedule?.tasks ?? []).map((t) => [t.id, t.name]));
  const task = (id: string | null) => (id ? tasks.get(id) ?? 'a task no longer in the plan' : '—');
  const links = new Map((schedule?.links ?? []).map((l) => [l.id, l]));
  return {
    task,
    link: (id) => {
      const l = links.get(id);
      return l ? `‘${task(l.predecessorId)}’ → ‘${task(l.successorId)}’ (${l.type})` : 'no longer in the plan';
    },
    minutesPerDay: schedule?.settings.minutesPerDay ?? 480,
  };
}
