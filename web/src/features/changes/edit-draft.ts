// The "propose a schedule edit" form's values and their conversion into one ScheduleEdit of the
// API (days → working minutes, required tasks checked), so the editor component only draws inputs.
import type { ScheduleEdit } from '../../api/types.ts';

type Op = ScheduleEdit['op'];
type ConstraintType = Extract<ScheduleEdit, { op: 'set_constraint' }>['type'];
type LinkType = Extract<ScheduleEdit, { op: 'add_link' }>['type'];

export interface EditDraft {
  op: Op;
  name: string;
  milestone: boolean;
  /** Days as typed (a NumberInput gives '' while empty). */
  durationDays: number | string;
  taskId: string | null;
  afterTaskId: string | null;
  beforeTaskId: string | null;
  predecessorId: string | null;
  successorId: string | null;
  linkType: LinkType;
  lagDays: number | string;
  linkId: string | null;
  constraintType: ConstraintType;
  /** `YYYY-MM-DDTHH:MM` from a datetime-local input, or ''. */
  constraintDate: string;
}

export const emptyDraft = (op: Op = 'add_task'): EditDraft => ({
  op,
  name: '',
  milestone: false,
  durationDays: 1,
  taskId: null,
  afterTaskId: null,
  beforeTaskId: null,
  predecessorId: null,
  successorId: null,
  linkType: 'FS',
  lagDays: 0,
  linkId: null,
  constraintType: 'SNET',
  constraintDate: '',
});

export type DraftResult = { ok: true; edit: ScheduleEdit } | { ok: false; errors: Partial<Record<keyof EditDraft, string>> };

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function minutesOf(value: number | string, perDay: number, allowNegative = false): number | null {
  const n = typeof value === 'number' ? value : Number(value);
  if (value === '' || !Number.isFinite(n) || (!allowNegative && n < 0)) return null;
  return Math.round(n * perDay);
}

/** The edit the draft describes, or the errors to show on its inputs. */
export function draftToEdit(d: EditDraft, minutesPerDay: number): DraftResult {
  const errors: Partial<Record<keyof EditDraft, string>> = {};
  const need = (field: keyof EditDraft, value: string | null, message = 'Choose a task.') => {
    if (!value) errors[field] = message;
    return value ?? '';
  };
  let edit: ScheduleEdit | null = null;
  switch (d.op) {
    case 'add_task': {
      if (!d.name.trim()) errors.name = 'Give the task a name.';
      const minutes = d.milestone ? 0 : minutesOf(d.durationDays, minutesPerDay);
      if (minutes === null) errors.durationDays = 'Enter the duration in days.';
      if (d.afterTaskId && d.afterTaskId === d.beforeTaskId) errors.beforeTaskId = 'A task cannot come both before and after the new one.';
      edit = { op: 'add_task', name: d.name.trim(), durationMinutes: minutes ?? 0, milestone: d.milestone, afterTaskId: d.afterTaskId, beforeTaskId: d.beforeTaskId };
      break;
    }
    case 'set_duration': {
      const minutes = minutesOf(d.durationDays, minutesPerDay);
      if (minutes === null) errors.durationDays = 'Enter the duration in days.';
      edit = { op: 'set_duration', taskId: need('taskId', d.taskId), durationMinutes: minutes ?? 0 };
      break;
    }
    case 'set_constraint': {
      const dated = d.constraintType !== 'ASAP' && d.constraintType !== 'ALAP';
      if (dated && !LOCAL.test(d.constraintDate)) errors.constraintDate = 'Enter the date and time of the constraint.';
      edit = { op: 'set_constraint', taskId: need('taskId', d.taskId), type: d.constraintType, date: dated ? d.constraintDate : null };
      break;
    }
    case 'add_link': {
      const lag = minutesOf(d.lagDays, minutesPerDay, true);
      if (lag === null) errors.lagDays = 'Enter the lag in days (negative for a lead).';
      const predecessorId = need('predecessorId', d.predecessorId);
      const successorId = need('successorId', d.successorId);
      if (predecessorId && predecessorId === successorId) errors.successorId = 'A task cannot follow itself.';
      edit = { op: 'add_link', predecessorId, successorId, type: d.linkType, lagMinutes: lag ?? 0 };
      break;
    }
    case 'remove_link':
      edit = { op: 'remove_link', linkId: need('linkId', d.linkId, 'Choose a link.') };
      break;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, edit };
}

/** Where a server error on `scheduleEdits.<i>.<field>` belongs: the index and the draft's input. */
export function editErrorOf(path: string): { index: number; field: string } | null {
  const match = /^scheduleEdits\.(\d+)(?:\.(\w+))?/.exec(path.replace(/^body\./, ''));
  return match ? { index: Number(match[1]), field: match[2] ?? '' } : null;
}
