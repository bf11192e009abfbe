// The fields of each RAID log's form, described once: what to show (label, input, section), what a
// new item starts with, which fields the user must fill, and how form text becomes the API's body
// (a whole body to create, only what changed to edit). One generic form renders these descriptions.
// Pure, so the conversions are unit-tested.
import type { RaidItem, RaidKind } from '../../api/types.ts';
import {
  ACTION_SOURCE_LABELS,
  ESCALATION_LABELS,
  ISSUE_PRIORITY_LABELS,
  ISSUE_SEVERITY_LABELS,
  RAID_STATUS_LABELS,
  RISK_STRATEGY_LABELS,
} from './raid-labels.ts';

/** `tasks`: several tasks of the item's own project, held in the form as comma-separated ids. */
export type FieldType = 'text' | 'textarea' | 'date' | 'select' | 'person' | 'rating' | 'project' | 'task' | 'tasks';

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  /** The fieldset the field sits in. */
  section: string;
  required?: boolean;
  /** Select: its options (value → label). */
  options?: Readonly<Record<string, string>>;
  /** Select: may be left empty (sent as null). */
  nullable?: boolean;
  /** Rating: the axis of the matrix its levels come from. */
  axis?: 'probability' | 'impact';
  /** Shown only when adding (create-only fields) or only when editing. */
  only?: 'create' | 'edit';
  description?: string;
  /** Spans the whole row of its section. */
  wide?: boolean;
}

/** Every form value is text, as the inputs hold it: '' is empty. */
export type FormValues = Record<string, string>;
export type FormMode = 'create' | 'edit';

const code: FieldSpec = { name: 'code', label: 'Code', type: 'text', section: 'main', only: 'create', description: 'Leave empty for the next free code.' };
const title: FieldSpec = { name: 'title', label: 'Title', type: 'text', section: 'main', required: true, wide: true };
const owner: FieldSpec = { name: 'ownerId', label: 'Owner', type: 'person', section: 'main' };
const status = (kind: RaidKind): FieldSpec => ({ name: 'status', label: 'Status', type: 'select', section: 'main', options: RAID_STATUS_LABELS[kind] });
const text = (name: string, label: string, section = 'main', description?: string): FieldSpec => ({
  name, label, type: 'textarea', section, wide: true, ...(description ? { description } : {}),
});
const date = (name: string, label: string, section = 'main'): FieldSpec => ({ name, label, type: 'date', section });

const CEE = 'Cause, event and effect';

export const RAID_FIELDS: { readonly [K in RaidKind]: readonly FieldSpec[] } = {
  risks: [
    code, title,
    { name: 'category', label: 'Category', type: 'text', section: 'main', required: true, description: 'Such as technical, supplier, people.' },
    status('risks'), owner,
    { name: 'probability', label: 'Probability', type: 'rating', axis: 'probability', section: 'Rating', required: true },
    { name: 'impact', label: 'Impact', type: 'rating', axis: 'impact', section: 'Rating', required: true },
    { name: 'residualProbability', label: 'Residual probability', type: 'rating', axis: 'probability', section: 'Rating', description: 'Expected after the response.' },
    { name: 'residualImpact', label: 'Residual impact', type: 'rating', axis: 'impact', section: 'Rating', description: 'Expected after the response.' },
    text('cause', 'Cause', CEE, 'Because of …'),
    text('description', 'Event', CEE, 'What may happen.'),
    text('effect', 'Effect', CEE, 'Which would lead to …'),
    { name: 'strategy', label: 'Strategy', type: 'select', section: 'Response', options: RISK_STRATEGY_LABELS, nullable: true },
    date('reviewDate', 'Review date', 'Response'),
    text('response', 'Response plan', 'Response'),
    text('triggers', 'Triggers', 'Response', 'Early warning signs that the risk is about to happen.'),
    { name: 'taskIds', label: 'Threatened tasks', type: 'tasks', section: 'Response', wide: true, description: 'The tasks of the project’s schedule this risk would hit.' },
  ],
  issues: [
    code, title, status('issues'), owner,
    { name: 'priority', label: 'Priority', type: 'select', section: 'main', options: ISSUE_PRIORITY_LABELS },
    { name: 'severity', label: 'Severity', type: 'select', section: 'main', options: ISSUE_SEVERITY_LABELS },
    { name: 'escalationLevel', label: 'Escalated to', type: 'select', section: 'main', options: ESCALATION_LABELS },
    date('dueDate', 'Due date'),
    text('description', 'Description'),
    text('resolution', 'Resolution', 'main', 'Required to mark the issue resolved or closed.'),
  ],
  assumptions: [code, title, status('assumptions'), owner, date('validateBy', 'Validate by'), text('description', 'Description'), text('validationNotes', 'Validation notes')],
  decisions: [
    code, title, status('decisions'), owner,
    { name: 'decidedBy', label: 'Decided by', type: 'person', section: 'main' },
    date('decidedOn', 'Decided on'),
    text('description', 'Question and context'),
    text('outcome', 'Outcome', 'main', 'What was decided.'),
    text('rationale', 'Rationale'),
  ],
  actions: [
    code, title, status('actions'), owner, date('dueDate', 'Due date'),
    { name: 'sourceType', label: 'Source', type: 'select', section: 'main', options: ACTION_SOURCE_LABELS, nullable: true, only: 'create' },
    text('description', 'Description'),
  ],
  dependencies: [
    code, title, status('dependencies'), owner,
    { name: 'providerProjectId', label: 'Provider project', type: 'project', section: 'main', required: true },
    { name: 'providerTaskId', label: 'Provider task', type: 'task', section: 'main', description: 'The task of the provider’s schedule that delivers it.' },
    { ...date('neededBy', 'Needed by'), required: true },
    text('description', 'What is needed'),
  ],
};

/** A new item's values beyond empty ones: the first status, and the server's other defaults. */
const DEFAULTS: { readonly [K in RaidKind]?: FormValues } = {
  risks: { category: 'general' },
  issues: { priority: 'medium', severity: 'moderate', escalationLevel: 'project' },
};

export const fieldsFor = (kind: RaidKind, mode: FormMode): FieldSpec[] => RAID_FIELDS[kind].filter((f) => !f.only || f.only === mode);

/** The form's starting values: the item's, or a new item's defaults. */
export function initialValues(kind: RaidKind, item: RaidItem | null): FormValues {
  const values: FormValues = {};
  const source = item as unknown as Record<string, unknown> | null;
  for (const field of RAID_FIELDS[kind]) {
    const value = source ? source[field.name] : undefined;
    values[field.name] = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : Array.isArray(value) ? value.join(',') : '';
  }
  if (!item) Object.assign(values, { status: Object.keys(RAID_STATUS_LABELS[kind])[0] ?? '' }, DEFAULTS[kind]);
  return values;
}

const NULLABLE_TYPES = new Set<FieldType>(['date', 'person', 'rating', 'project', 'task']);

/** A field's form text as the API takes it. */
export function apiValue(field: FieldSpec, value: string): string | number | string[] | null {
  if (field.type === 'tasks') return value === '' ? [] : value.split(',');
  if (field.type === 'rating') return value === '' ? null : Number(value);
  if (value === '' && (NULLABLE_TYPES.has(field.type) || field.nullable)) return null;
  return value;
}

/** The API body: every filled field to create (empty ones take the server's defaults), only changes to edit. */
export function bodyOf(kind: RaidKind, mode: FormMode, values: FormValues, initial: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fieldsFor(kind, mode)) {
    const value = values[field.name] ?? '';
    if (mode === 'create' ? value === '' : value === (initial[field.name] ?? '')) continue;
    body[field.name] = apiValue(field, value);
  }
  return body;
}

/** The client's checks before sending: required fields, and residual ratings given as a pair. */
export function validateValues(kind: RaidKind, mode: FormMode, values: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fieldsFor(kind, mode)) {
    if (field.required && (values[field.name] ?? '').trim() === '') errors[field.name] = `Give the ${field.label.toLowerCase()}.`;
  }
  if (kind === 'risks' && (values.residualProbability === '') !== (values.residualImpact === '')) {
    errors[values.residualProbability === '' ? 'residualProbability' : 'residualImpact'] = 'Rate the residual probability and impact together (or clear both).';
  }
  return errors;
}

/** Maps a server error path ("probability", "taskIds[1]") to the form field it names, or null. */
export const fieldOfPath = (kind: RaidKind) => (path: string): string | null => {
  const head = path.split(/[.[]/)[0] ?? '';
  return RAID_FIELDS[kind].some((f) => f.name === head) ? head : null;
};
