// The deliverable form's values and conversions: which requirement it meets (the options are the
// deliverables the methodology's gates ask for, the current gate's first), the body to add one,
// the patch to change one (only what changed) and the client's checks.
import type { Deliverable, DeliverableCreate, DeliverableStatus, DeliverableUpdate, Gate, Methodology } from '../../api/types.ts';
import { humanizeKey } from '../../ui/phase-labels.ts';

export interface DeliverableFormValues {
  requirementKey: string | null;
  title: string;
  status: DeliverableStatus;
  url: string;
  body: string;
}

export type DeliverableField = keyof DeliverableFormValues;

export function deliverableFormValues(d?: Deliverable, requirementKey: string | null = null): DeliverableFormValues {
  return { requirementKey: d?.requirementKey ?? requirementKey, title: d?.title ?? '', status: d?.status ?? 'draft', url: d?.url ?? '', body: d?.body ?? '' };
}

interface OptionGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * The requirements a deliverable can meet, grouped by gate: the current gate's first, then every
 * other gate in lifecycle order; a requirement asked for by several gates appears once, at its
 * first gate. A key the methodology does not ask for (kept from an earlier one) is kept as an option.
 */
export function requirementOptions(methodology: Methodology | undefined, currentGate: Gate | null, keep?: string | null): OptionGroup[] {
  const gates = [currentGate, ...(methodology?.phases ?? []).map((p) => p.gate)].filter((g): g is Gate => g !== null && g !== undefined);
  const seen = new Set<string>();
  const groups: OptionGroup[] = [];
  for (const gate of gates) {
    const items = gate.deliverables.filter((d) => !seen.has(d.key)).map((d) => ({ value: d.key, label: d.name }));
    items.forEach((i) => seen.add(i.value));
    if (items.length > 0) groups.push({ group: gate === currentGate ? `${gate.name} (current)` : gate.name, items });
  }
  if (keep && !seen.has(keep)) groups.push({ group: 'Other', items: [{ value: keep, label: humanizeKey(keep) }] });
  return groups;
}

/** The requirement's name in the methodology, or its key humanised. */
export function requirementName(methodology: Methodology | undefined, key: string): string {
  for (const phase of methodology?.phases ?? []) {
    const found = phase.gate?.deliverables.find((d) => d.key === key);
    if (found) return found.name;
  }
  return humanizeKey(key);
}

export function validateDeliverable(v: DeliverableFormValues): Partial<Record<DeliverableField, string>> {
  const errors: Partial<Record<DeliverableField, string>> = {};
  if (!v.requirementKey) errors.requirementKey = 'Choose the requirement it meets.';
  if (!v.title.trim()) errors.title = 'Give the deliverable a title.';
  else if (v.title.trim().length > 200) errors.title = 'Keep the title under 200 characters.';
  if (v.url.trim() && !/^https?:\/\/\S+$/i.test(v.url.trim())) errors.url = 'Links start with http:// or https://.';
  return errors;
}

export function toDeliverableCreate(v: DeliverableFormValues): DeliverableCreate {
  return { requirementKey: v.requirementKey ?? '', title: v.title.trim(), status: v.status, url: v.url.trim() || null, body: v.body };
}

export function toDeliverablePatch(v: DeliverableFormValues, original: Deliverable): DeliverableUpdate {
  const next = toDeliverableCreate(v);
  const patch: DeliverableUpdate = {};
  if (next.requirementKey !== original.requirementKey) patch.requirementKey = next.requirementKey;
  if (next.title !== original.title) patch.title = next.title;
  if (next.status !== original.status) patch.status = next.status;
  if ((next.url ?? null) !== original.url) patch.url = next.url ?? null;
  if (next.body !== original.body) patch.body = next.body;
  return patch;
}

const FIELDS: readonly string[] = ['requirementKey', 'title', 'status', 'url', 'body'];
/** Which field a server error path names. */
export const deliverableFieldOf = (path: string): string | null => {
  const head = path.split('.')[0] ?? '';
  return FIELDS.includes(head) ? head : null;
};
