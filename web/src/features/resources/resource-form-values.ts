// The resource form's values and conversions, pure: what each kind shows (an account, a role and
// an e-mail for persons, a unit for material, a headcount for roles, maximum units for those with
// capacity), skills and dated maximum units as rows, the body to add one, the patch of what
// changed, the client's checks and which field a server error's path lands on.
import type { Resource, ResourceCreate, ResourceKind, ResourceUpdate } from '../../api/types.ts';

export const KIND_LABELS: Record<ResourceKind, string> = { person: 'Person', role: 'Role', equipment: 'Equipment', material: 'Material', cost: 'Cost' };
/** A skill's proficiency, 1 to 5, as the pool's forms and filters offer it. */
export const PROFICIENCY_OPTIONS = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: `${value} – ${['aware', 'working', 'practitioner', 'advanced', 'expert'][Number(value) - 1]}` }));
export const hasCapacity = (kind: ResourceKind): boolean => kind === 'person' || kind === 'role' || kind === 'equipment';

export interface ResourceFormValues {
  kind: ResourceKind;
  name: string;
  userId: string | null;
  roleId: string | null;
  department: string;
  team: string;
  managerId: string | null;
  email: string;
  unit: string;
  headcount: string;
  notes: string;
  skills: Array<{ skill: string; proficiency: string }>;
  maxUnits: Array<{ from: string; units: string }>;
}

export function resourceFormValues(r?: Resource): ResourceFormValues {
  return {
    kind: r?.kind ?? 'person',
    name: r?.name ?? '',
    userId: r?.userId ?? null,
    roleId: r?.roleId ?? null,
    department: r?.department ?? '',
    team: r?.team ?? '',
    managerId: r?.managerId ?? null,
    email: r && r.userId === null ? (r.email ?? '') : '',
    unit: r?.unit ?? '',
    headcount: r?.headcount === null || r?.headcount === undefined ? '' : String(r.headcount),
    notes: r?.notes ?? '',
    skills: (r?.skills ?? []).map((s) => ({ skill: s.skill, proficiency: String(s.proficiency) })),
    maxUnits: (r?.maxUnits ?? []).map((u) => ({ from: u.from, units: String(u.units) })),
  };
}

type Errors = Record<string, string>;

export function validateResource(v: ResourceFormValues): Errors {
  const errors: Errors = {};
  if (v.name.trim() === '' && !(v.kind === 'person' && v.userId)) errors.name = 'Give it a name.';
  if (v.kind === 'material' && v.unit.trim() === '') errors.unit = 'Give the unit it is counted in, e.g. t, m³, pcs.';
  if (v.kind === 'role' && v.headcount !== '' && !/^[1-9]\d{0,3}$/.test(v.headcount)) errors.headcount = 'A whole number of people, 1 or more.';
  const seen = new Set<string>();
  v.skills.forEach((s, i) => {
    const key = s.skill.trim().toLowerCase();
    if (key === '') errors[`skills.${i}.skill`] = 'Name the skill, or remove the row.';
    else if (seen.has(key)) errors[`skills.${i}.skill`] = 'Listed twice.';
    seen.add(key);
  });
  v.maxUnits.forEach((u, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(u.from)) errors[`maxUnits.${i}.from`] = 'Pick the day it starts.';
    if (!/^\d{1,6}$/.test(u.units)) errors[`maxUnits.${i}.units`] = 'Percent, e.g. 50.';
  });
  return errors;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The fields this kind keeps; the others are sent as null (or left out on create). */
function fieldsOf(v: ResourceFormValues) {
  const person = v.kind === 'person';
  return {
    userId: person ? v.userId : null,
    roleId: person ? v.roleId : null,
    department: orNull(v.department),
    team: orNull(v.team),
    managerId: v.managerId,
    email: person && !v.userId ? orNull(v.email) : null,
    unit: v.kind === 'material' ? orNull(v.unit) : null,
    headcount: v.kind === 'role' && v.headcount !== '' ? Number(v.headcount) : null,
    notes: v.notes,
    skills: v.skills.map((s) => ({ skill: s.skill.trim(), proficiency: Number(s.proficiency) })),
    maxUnits: hasCapacity(v.kind) ? v.maxUnits.map((u) => ({ from: u.from, units: Number(u.units) })) : [],
  };
}

export function toResourceCreate(v: ResourceFormValues): ResourceCreate {
  const name = orNull(v.name);
  return { kind: v.kind, ...(name !== null && { name }), ...fieldsOf(v) };
}

/** Only what changed; skills and maximum units go as whole lists when either changed. */
export function toResourcePatch(v: ResourceFormValues, original: Resource): ResourceUpdate {
  const next = fieldsOf(v);
  const before = fieldsOf(resourceFormValues(original));
  const patch: ResourceUpdate = {};
  const name = v.name.trim();
  if (name !== '' && name !== original.name) patch.name = name;
  for (const key of Object.keys(next) as Array<keyof typeof next>) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) (patch as Record<string, unknown>)[key] = next[key];
  }
  return patch;
}

/** `skills.1.skill` and `maxUnits.0.from` land on their rows; the rest on their fields. */
export function resourceFieldOf(path: string): string | null {
  if (/^(skills|maxUnits)\.\d+\.\w+$/.test(path)) return path;
  const top = path.split('.')[0]!;
  return ['name', 'userId', 'roleId', 'department', 'team', 'managerId', 'email', 'unit', 'headcount', 'notes', 'skills', 'maxUnits'].includes(top) ? top : null;
}
