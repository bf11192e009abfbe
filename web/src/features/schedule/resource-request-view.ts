// What the dialog's "request a person" form shows and sends for a generic role on a task: the skill
// the person needs (and at least what proficiency), their units and the days they are needed (the
// assignment's units and the task's days to start with) and a note for the PMO. The role is the
// assignment's, so it is not asked. Checked here as the server checks them, so a mistake is named
// on its field before anything is sent.
import type { Assignment, ResourceRequestCreate, ScheduleTask } from '../../api/types.ts';
import { sameNameFields } from '../../ui/form-problems.ts';
import { parseDecimal } from './assignment-view.ts';

export interface RequestValues {
  skill: string;
  /** '1'–'5', or null for any proficiency. */
  minProficiency: string | null;
  units: string;
  from: string;
  to: string;
  note: string;
}

const MAX_UNITS = 100_000;
const MAX_NOTE = 2000;
const MAX_SKILL = 80;

/** The role assignment's units and the task's days, as the server would default them. */
export function requestValues(a: Pick<Assignment, 'units'>, task: Pick<ScheduleTask, 'start' | 'finish'>): RequestValues {
  return {
    skill: '',
    minProficiency: null,
    units: a.units !== null ? String(Math.round(a.units * 10) / 10) : '100',
    from: task.start?.slice(0, 10) ?? '',
    to: task.finish?.slice(0, 10) ?? '',
    note: '',
  };
}

export function validateRequest(v: RequestValues): Partial<Record<keyof RequestValues, string>> {
  const errors: Partial<Record<keyof RequestValues, string>> = {};
  if (v.skill.trim().length > MAX_SKILL) errors.skill = `A skill's name is at most ${MAX_SKILL} characters.`;
  const units = parseDecimal(v.units);
  if (units === null || units < 0 || units > MAX_UNITS) errors.units = 'Units are a percentage: 100 is full time, 50 half time.';
  if (!v.from) errors.from = 'Pick the first day the person is needed.';
  if (!v.to) errors.to = 'Pick the last day the person is needed.';
  else if (v.from && v.to < v.from) errors.to = 'This is before the first day: pick a day on or after it.';
  if (v.note.length > MAX_NOTE) errors.note = `Keep the note to ${MAX_NOTE} characters.`;
  return errors;
}

/** The request's body: no skill when none was named, and a proficiency only with a skill (the form greys it out without one). */
export function toRequestCreate(v: RequestValues): ResourceRequestCreate {
  const skill = v.skill.trim();
  return {
    ...(skill && { skill, ...(v.minProficiency && { minProficiency: Number(v.minProficiency) }) }),
    units: parseDecimal(v.units)!,
    from: v.from,
    to: v.to,
    note: v.note.trim(),
  };
}

/** The form field a server error's path names (the rest goes to the form's alert). */
export const requestFieldOf = sameNameFields(['skill', 'minProficiency', 'units', 'from', 'to', 'note']);
