// Words and colours for change requests' enum values, typed by the API so a new server value fails
// the type check until it has a label.
import type { ChangeRequest, ScheduleEdit } from '../../api/types.ts';

type Labels<K extends string> = Readonly<Record<K, string>>;

export const CHANGE_STATUS_LABELS: Labels<ChangeRequest['status']> = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  rejected: 'Rejected',
  deferred: 'Deferred',
  applied: 'Applied',
  withdrawn: 'Withdrawn',
};

export const CHANGE_STATUS_COLORS: Readonly<Record<ChangeRequest['status'], string>> = {
  draft: 'gray',
  submitted: 'blue',
  approved: 'teal',
  rejected: 'red',
  deferred: 'yellow',
  applied: 'indigo',
  withdrawn: 'gray',
};

export const CHANGE_CATEGORY_LABELS: Labels<ChangeRequest['category']> = { scope: 'Scope', schedule: 'Schedule', cost: 'Cost', quality: 'Quality', other: 'Other' };
export const CHANGE_PRIORITY_LABELS: Labels<ChangeRequest['priority']> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };
export const DECISION_LABELS: Labels<NonNullable<ChangeRequest['decision']>> = { approved: 'Approved', rejected: 'Rejected', deferred: 'Deferred' };

export const EDIT_OP_LABELS: Labels<ScheduleEdit['op']> = {
  add_task: 'Add a task',
  set_duration: 'Change a duration',
  set_constraint: 'Set a constraint',
  add_link: 'Add a link',
  remove_link: 'Remove a link',
};

export const HISTORY_ACTION_LABELS: Labels<ChangeRequest['history'][number]['action']> = {
  create: 'Raised',
  submit: 'Submitted',
  approve: 'Approved',
  reject: 'Rejected',
  defer: 'Deferred',
  apply: 'Applied',
  withdraw: 'Withdrawn',
};

export const CONSTRAINT_LABELS: Labels<Extract<ScheduleEdit, { op: 'set_constraint' }>['type']> = {
  ASAP: 'As soon as possible',
  ALAP: 'As late as possible',
  SNET: 'Start no earlier than',
  SNLT: 'Start no later than',
  FNET: 'Finish no earlier than',
  FNLT: 'Finish no later than',
  MSO: 'Must start on',
  MFO: 'Must finish on',
};
