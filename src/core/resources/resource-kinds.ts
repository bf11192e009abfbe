// The kinds of resource in the pool and what each may carry: people and generic roles work by the
// hour on a calendar and have a capacity (maximum units), as does equipment; material is consumed
// by quantity in its unit; a cost resource (travel, licences) is money only. Pure: the app layer
// checks its inputs here and turns the problems into 422s.
import type { MaxUnitsRow } from './resource-types.ts';

export const RESOURCE_KINDS = ['person', 'role', 'equipment', 'material', 'cost'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** Whether the kind works on a calendar with a capacity in percent (persons, roles, equipment). */
export const hasCapacity = (kind: ResourceKind): boolean => kind === 'person' || kind === 'role' || kind === 'equipment';

/** Whether the kind is priced by the hour (standard and overtime rates). */
export const isPricedByHour = hasCapacity;

/**
 * The maximum units in percent when no dated row applies: 100 (one full-time person or one
 * machine), a role's headcount × 100, and null for material and cost resources, which have none.
 * @example defaultMaxUnits('role', 3) // 300
 */
export function defaultMaxUnits(kind: ResourceKind, headcount: number | null): number | null {
  if (!hasCapacity(kind)) return null;
  return kind === 'role' ? (headcount ?? 1) * 100 : 100;
}

/** The fields of a resource whose presence depends on its kind. */
export interface KindFields {
  readonly kind: ResourceKind;
  readonly userId: string | null;
  readonly roleId: string | null;
  readonly email: string | null;
  readonly unit: string | null;
  readonly headcount: number | null;
  readonly maxUnitsRows: number;
}

/** What a resource of its kind may not carry, or must: each with the field and how to fix it. */
export function kindProblems(r: KindFields): FieldIssue[] {
  const problems: FieldIssue[] = [];
  const only = (field: keyof KindFields, value: unknown, kinds: string, hint = '') => {
    if (value !== null) problems.push({ path: field, message: `only ${kinds} have one; leave it out for a ${r.kind}${hint}` });
  };
  if (r.kind !== 'person') {
    only('userId', r.userId, 'persons');
    only('roleId', r.roleId, 'persons');
    only('email', r.email, 'persons');
  } else if (r.userId !== null && r.email !== null) {
    problems.push({ path: 'email', message: 'a person linked to an account uses the account’s e-mail; leave it out' });
  }
  if (r.kind === 'material' && r.unit === null) problems.push({ path: 'unit', message: 'material needs the unit it is counted in, e.g. t, m³, pcs' });
  if (r.kind !== 'material') only('unit', r.unit, 'material resources');
  if (r.kind !== 'role') only('headcount', r.headcount, 'roles', ' (its capacity is its maximum units)');
  if (!hasCapacity(r.kind) && r.maxUnitsRows > 0) problems.push({ path: 'maxUnits', message: `a ${r.kind} resource has no capacity; leave maximum units out` });
  return problems;
}


/** Rows in date order with one row per day at most. */
export function maxUnitsProblems(rows: ReadonlyArray<MaxUnitsRow>): FieldIssue[] {
  const seen = new Map<string, number>();
  const problems: FieldIssue[] = [];
  rows.forEach((row, i) => {
    const first = seen.get(row.from);
    if (first !== undefined) problems.push({ path: `maxUnits.${i}.from`, message: `row ${first + 1} already starts on ${row.from}; give one row per day` });
    else seen.set(row.from, i);
  });
  return problems;
}

/** A skill as matched: case and surrounding spaces do not make two skills. */
export const skillKey = (skill: string): string => skill.trim().toLowerCase();

/** One entry per skill (case-insensitive). */
export function skillProblems(skills: ReadonlyArray<{ skill: string }>): FieldIssue[] {
  const seen = new Map<string, number>();
  const problems: FieldIssue[] = [];
  skills.forEach((s, i) => {
    const key = skillKey(s.skill);
    const first = seen.get(key);
    if (first !== undefined) problems.push({ path: `skills.${i}.skill`, message: `"${s.skill}" is listed twice; give each skill once with its proficiency` });
    else seen.set(key, i);
  });
  return problems;
}

/** The rate parts a resource of a kind may have: hourly rates work on a calendar, material costs per unit, any kind may cost per use. */
export interface RateParts {
  readonly standard: boolean;
  readonly overtime: boolean;
  readonly perUse: boolean;
  readonly perUnit: boolean;
}

/**
 * What a dated rate of this resource may not hold. A person linked to an account keeps their hourly
 * rates in the people's rates (the PMO's Rates page), so only a cost per use goes here.
 */
export function rateProblems(kind: ResourceKind, linkedToAccount: boolean, parts: RateParts): FieldIssue[] {
  const problems: FieldIssue[] = [];
  const hourly = isPricedByHour(kind) && !linkedToAccount;
  for (const part of ['standard', 'overtime'] as const) {
    if (!parts[part]) continue;
    if (linkedToAccount) problems.push({ path: part, message: 'this person is linked to an account: their hourly rates are kept on the Rates page (POST /api/v1/rates); give only a cost per use here' });
    else if (!hourly) problems.push({ path: part, message: `a ${kind} resource has no hourly rate${kind === 'material' ? '; give its cost per unit (perUnit)' : ''}` });
  }
  if (parts.perUnit && kind !== 'material') problems.push({ path: 'perUnit', message: 'only material has a cost per unit' });
  if (problems.length === 0 && !parts.standard && !parts.overtime && !parts.perUse && !parts.perUnit) {
    problems.push({ path: 'effectiveFrom', message: 'a rate needs an amount: give standard, overtime, perUse or perUnit' });
  }
  if (problems.length === 0 && parts.overtime && !parts.standard) problems.push({ path: 'overtime', message: 'give the standard rate with the overtime rate' });
  return problems;
}
