// The stakeholder form's values and conversions, pure: a stakeholder is either a person in Orrery
// (picked from people; named after them unless renamed) or anyone else (a name, e-mail, phone).
// Adding sends the whole body, editing only what changed (the dialog adds If-Match); server field
// errors come back on the field their path names.
import type { EngagementLevel, Stakeholder, StakeholderCategory, StakeholderCreate, StakeholderUpdate } from '../../api/stakeholders.ts';

export type StakeholderWho = 'person' | 'other';

export interface StakeholderFormValues {
  who: StakeholderWho;
  userId: string | null;
  /** The name: required for anyone else, optional for a person (their name by default). */
  title: string;
  organisation: string;
  role: string;
  email: string;
  phone: string;
  category: StakeholderCategory;
  /** '1'–'5' as the selects hold them; '' before a score is chosen. */
  influence: string;
  interest: string;
  engagementCurrent: EngagementLevel;
  engagementDesired: EngagementLevel;
  ownerId: string | null;
  description: string;
}

export type StakeholderField = keyof StakeholderFormValues;

export function stakeholderFormValues(s?: Stakeholder | null): StakeholderFormValues {
  return {
    who: s && !s.userId ? 'other' : 'person',
    userId: s?.userId ?? null,
    title: s?.title ?? '',
    organisation: s?.organisation ?? '',
    role: s?.role ?? '',
    email: s?.email ?? '',
    phone: s?.phone ?? '',
    category: s?.category ?? 'other',
    influence: s ? String(s.influence) : '',
    interest: s ? String(s.interest) : '',
    engagementCurrent: s?.engagementCurrent ?? 'neutral',
    engagementDesired: s?.engagementDesired ?? 'supportive',
    ownerId: s?.ownerId ?? null,
    description: s?.description ?? '',
  };
}

// Loose on purpose: the server has the last word on addresses; this catches typos before sending.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateStakeholder(v: StakeholderFormValues): Partial<Record<StakeholderField, string>> {
  const errors: Partial<Record<StakeholderField, string>> = {};
  if (v.who === 'person' && !v.userId) errors.userId = 'Choose the person, or add someone outside Orrery.';
  if (v.who === 'other' && !v.title.trim()) errors.title = 'Give the stakeholder’s name.';
  if (v.title.trim().length > 200) errors.title = 'Keep the name under 200 characters.';
  if (v.email.trim() && !EMAIL.test(v.email.trim())) errors.email = 'Give a valid e-mail address, or leave it empty.';
  if (!v.influence) errors.influence = 'Score their influence (power over the project).';
  if (!v.interest) errors.interest = 'Score their interest in the project.';
  return errors;
}

/** The body to add one: a person needs no name; anyone else has no userId. */
export function toStakeholderCreate(v: StakeholderFormValues): StakeholderCreate {
  const title = v.title.trim();
  return {
    ...(title ? { title } : {}),
    userId: v.who === 'person' ? v.userId : null,
    organisation: v.organisation.trim(),
    role: v.role.trim(),
    email: v.email.trim(),
    phone: v.phone.trim(),
    category: v.category,
    influence: Number(v.influence),
    interest: Number(v.interest),
    engagementCurrent: v.engagementCurrent,
    engagementDesired: v.engagementDesired,
    ownerId: v.ownerId,
    description: v.description,
  };
}

/** Only what changed; an empty name on a person keeps the name they have. */
export function toStakeholderPatch(v: StakeholderFormValues, original: Stakeholder): StakeholderUpdate {
  const next = toStakeholderCreate(v);
  const patch: StakeholderUpdate = {};
  if (next.title !== undefined && next.title !== original.title) patch.title = next.title;
  if ((next.userId ?? null) !== original.userId) patch.userId = next.userId ?? null;
  for (const key of ['organisation', 'role', 'email', 'phone', 'category', 'engagementCurrent', 'engagementDesired', 'description'] as const) {
    if (next[key] !== original[key]) Object.assign(patch, { [key]: next[key] });
  }
  if (next.influence !== original.influence) patch.influence = next.influence;
  if (next.interest !== original.interest) patch.interest = next.interest;
  if ((next.ownerId ?? null) !== original.ownerId) patch.ownerId = next.ownerId ?? null;
  return patch;
}

const FIELDS: readonly string[] = ['userId', 'title', 'organisation', 'role', 'email', 'phone', 'category', 'influence', 'interest', 'engagementCurrent', 'engagementDesired', 'ownerId', 'description'];
/** Which field a server error path names ("email", "userId"). */
export const stakeholderFieldOf = (path: string): string | null => {
  const head = path.split('.')[0] ?? '';
  return FIELDS.includes(head) ? head : null;
};
