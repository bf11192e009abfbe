// The PMO's own fields on the intake form (beyond the fixed ones): each with a key, a label, a type
// (text, number, date or a choice among options) and whether it is required. The definitions are
// checked when the PMO saves them; a request's values are checked against them whenever it is saved
// (types, choices, unknown keys) and, on submit, for required fields too, so a draft may be partial.
import { isIsoDate } from '../resources/capacity.ts';

export type IntakeFieldType = 'text' | 'number' | 'date' | 'choice';
export const INTAKE_FIELD_TYPES: readonly IntakeFieldType[] = ['text', 'number', 'date', 'choice'];

export interface IntakeField {
  readonly key: string;
  readonly label: string;
  readonly type: IntakeFieldType;
  readonly required: boolean;
  /** The choices of a `choice` field (none for other types). */
  readonly options: readonly string[];
  readonly help: string;
}

export type IntakeValue = string | number;

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

const KEY = /^[a-z][a-z0-9_]{0,39}$/;

/** What is wrong with the PMO's field definitions (empty: nothing). */
export function intakeFieldProblems(fields: readonly IntakeField[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    const at = `fields[${i}]`;
    if (!KEY.test(f.key)) problems.push({ path: `${at}.key`, message: `"${f.key}" is not a field key: use lower-case letters, digits and _, starting with a letter (such as regulatory_deadline).` });
    else if (seen.has(f.key)) problems.push({ path: `${at}.key`, message: `The key "${f.key}" is used twice: each field needs its own key.` });
    seen.add(f.key);
    if (f.label.trim() === '') problems.push({ path: `${at}.label`, message: `Field "${f.key}" needs a label the requester reads on the form.` });
    if (f.type === 'choice') {
      if (f.options.length < 2) problems.push({ path: `${at}.options`, message: `Choice field "${f.label || f.key}" needs at least two options.` });
      if (new Set(f.options.map((o) => o.trim())).size !== f.options.length || f.options.some((o) => o.trim() === '')) {
        problems.push({ path: `${at}.options`, message: `The options of "${f.label || f.key}" must be distinct and not blank.` });
      }
    } else if (f.options.length > 0) {
      problems.push({ path: `${at}.options`, message: `Only choice fields have options; "${f.label || f.key}" is a ${f.type} field.` });
    }
  });
  return problems;
}

const isBlank = (v: IntakeValue | undefined): boolean => v === undefined || (typeof v === 'string' && v.trim() === '');

/** Why one value does not fit its field (null: it fits). Blank values fit here; `required` is separate. */
function valueProblem(field: IntakeField, value: IntakeValue): string | null {
  switch (field.type) {
    case 'text':
      return typeof value === 'string' ? null : `"${field.label}" is text; give it as a string.`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : `"${field.label}" is a number; ${JSON.stringify(value)} is not one.`;
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? null : `"${field.label}" is a date: give it as YYYY-MM-DD, not ${JSON.stringify(value)}.`;
    case 'choice':
      return typeof value === 'string' && field.options.includes(value) ? null : `"${field.label}" is one of ${field.options.map((o) => `"${o}"`).join(', ')}, not ${JSON.stringify(value)}.`;
  }
}

/**
 * What is wrong with a request's values for the PMO's fields (empty: nothing). Paths are
 * `fields.<key>`. With `requireAll` (on submit) a required field left blank is a problem too.
 * @example
 * intakeValueProblems([{ key: 'deadline', label: 'Regulatory deadline', type: 'date', required: true, options: [], help: '' }], {}, { requireAll: true })
 * // [{ path: 'fields.deadline', message: '"Regulatory deadline" is required: fill it in before submitting.' }]
 */
export function intakeValueProblems(fields: readonly IntakeField[], values: Readonly<Record<string, IntakeValue>>, options: { requireAll: boolean }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(values)) {
    if (!byKey.has(key)) problems.push({ path: `fields.${key}`, message: `The intake form has no field "${key}"${fields.length > 0 ? `; its fields are ${fields.map((f) => f.key).join(', ')}` : ''}.` });
  }
  for (const field of fields) {
    const value = values[field.key];
    if (isBlank(value)) {
      if (options.requireAll && field.required) problems.push({ path: `fields.${field.key}`, message: `"${field.label}" is required: fill it in before submitting.` });
      continue;
    }
    const problem = valueProblem(field, value!);
    if (problem) problems.push({ path: `fields.${field.key}`, message: problem });
  }
  return problems;
}
