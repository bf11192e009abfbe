// The methodology editor's values and the PUT body they become. The form keeps what people edit
// (names, texts, the mandatory flags) and a little more: a stable id per row for React, whether a
// key still follows its name (new phases and deliverables), and a phase's gate while "ends with a
// gate" is off, so switching it back on restores it. Criterion and new gate keys are derived from
// their text on sending; keys already saved are kept, since reviews and projects refer to them.
import type { UseFormReturnType } from '@mantine/form';
import type { ApproverRole, Lifecycle, Methodology, MethodologyBody } from '../../api/types.ts';
import { KEY_HINT, KEY_PATTERN, suggestKey, uniqueKey } from './library-keys.ts';

export interface CriterionValues {
  id: string;
  /** Empty for a new criterion: derived from its text on sending. */
  key: string;
  text: string;
  mandatory: boolean;
}

export interface DeliverableValues {
  id: string;
  key: string;
  /** A new deliverable's key follows its name until the key is typed by hand. */
  keyFollowsName: boolean;
  name: string;
  description: string;
  mandatory: boolean;
}

export interface GateValues {
  /** Empty for a new gate: derived from its name on sending. */
  key: string;
  name: string;
  purpose: string;
  approverRoles: ApproverRole[];
  criteria: CriterionValues[];
  deliverables: DeliverableValues[];
}

export interface PhaseValues {
  id: string;
  key: string;
  /** A new phase's key follows its name until the key is typed by hand; a saved phase keeps its key. */
  keyFollowsName: boolean;
  name: string;
  description: string;
  hasGate: boolean;
  gate: GateValues;
}

export interface MethodologyFormValues {
  key: string;
  name: string;
  description: string;
  lifecycle: Lifecycle;
  phases: PhaseValues[];
}

/** The editor's form, as its parts receive it. */
export type MethodologyForm = UseFormReturnType<MethodologyFormValues>;

let lastId = 0;
/** A row id for React's keys, unique in this page's life. */
export const rowId = (): string => `row${++lastId}`;

export const emptyGate = (): GateValues => ({ key: '', name: '', purpose: '', approverRoles: ['sponsor', 'pmo'], criteria: [], deliverables: [] });
export const emptyPhase = (): PhaseValues => ({ id: rowId(), key: '', keyFollowsName: true, name: '', description: '', hasGate: false, gate: emptyGate() });
export const emptyCriterion = (): CriterionValues => ({ id: rowId(), key: '', text: '', mandatory: true });
export const newDeliverable = (known?: { key: string; name: string; description: string }): DeliverableValues => ({
  id: rowId(),
  key: known?.key ?? '',
  keyFollowsName: known === undefined,
  name: known?.name ?? '',
  description: known?.description ?? '',
  mandatory: true,
});

/** The form for editing a methodology as it is saved. */
export function methodologyFormValues(m: Methodology): MethodologyFormValues {
  return {
    key: m.key,
    name: m.name,
    description: m.description,
    lifecycle: m.lifecycle,
    phases: m.phases.map((p) => ({
      id: rowId(),
      key: p.key,
      keyFollowsName: false,
      name: p.name,
      description: p.description,
      hasGate: p.gate !== null,
      gate: p.gate
        ? {
            key: p.gate.key,
            name: p.gate.name,
            purpose: p.gate.purpose,
            approverRoles: [...p.gate.approverRoles],
            criteria: p.gate.criteria.map((c) => ({ id: rowId(), key: c.key, text: c.text, mandatory: c.mandatory })),
            deliverables: p.gate.deliverables.map((d) => ({ id: rowId(), key: d.key, keyFollowsName: false, name: d.name, description: d.description, mandatory: d.mandatory })),
          }
        : emptyGate(),
    })),
  };
}

/** A copy under a new key ("predictive_copy", or _2 … when taken) and name, to make the PMO's own. */
export function duplicateFormValues(m: Methodology, takenKeys: readonly string[]): MethodologyFormValues {
  return { ...methodologyFormValues(m), key: uniqueKey(suggestKey(`${m.key}_copy`, 'methodology'), new Set(takenKeys)), name: `${m.name} (copy)` };
}

export const blankMethodologyValues = (): MethodologyFormValues => ({ key: '', name: '', description: '', lifecycle: 'predictive', phases: [emptyPhase()] });

/** The key a renamed phase gets while its key follows its name: unique among the other phases. */
export function suggestPhaseKey(phases: readonly PhaseValues[], index: number, name: string): string {
  return uniqueKey(suggestKey(name, 'phase'), new Set(phases.filter((_, i) => i !== index).map((p) => p.key)));
}

/** The whole methodology for PUT (the server replaces it), with derived keys filled in. */
export function toMethodologyBody(v: MethodologyFormValues): MethodologyBody {
  const gateKeys = new Set(v.phases.filter((p) => p.hasGate && p.gate.key).map((p) => p.gate.key));
  return {
    name: v.name.trim(),
    description: v.description.trim(),
    lifecycle: v.lifecycle,
    phases: v.phases.map((p) => {
      if (!p.hasGate) return { key: p.key.trim(), name: p.name.trim(), description: p.description.trim(), gate: null };
      const g = p.gate;
      let gateKey = g.key;
      if (!gateKey) {
        gateKey = uniqueKey(suggestKey(g.name, 'gate'), gateKeys);
        gateKeys.add(gateKey);
      }
      // Criteria and deliverables of a gate share one key space (waivers name either by key).
      const itemKeys = new Set([...g.criteria.map((c) => c.key), ...g.deliverables.map((d) => d.key.trim())].filter(Boolean));
      const criteria = g.criteria.map((c) => {
        let key = c.key;
        if (!key) {
          key = uniqueKey(suggestKey(c.text, 'criterion'), itemKeys);
          itemKeys.add(key);
        }
        return { key, text: c.text.trim(), mandatory: c.mandatory };
      });
      const deliverables = g.deliverables.map((d) => ({ key: d.key.trim(), name: d.name.trim(), description: d.description.trim(), mandatory: d.mandatory }));
      return {
        key: p.key.trim(),
        name: p.name.trim(),
        description: p.description.trim(),
        gate: { key: gateKey, name: g.name.trim(), purpose: g.purpose.trim(), approverRoles: g.approverRoles, criteria, deliverables },
      };
    }),
  };
}

/**
 * Errors by form path, for what the client can see alone. Duplicate keys are left to the server,
 * whose message lands on the same field (see methodologyFieldOf).
 * @param takenKeys when creating, the keys already in the library; null when editing.
 */
export function validateMethodologyForm(v: MethodologyFormValues, takenKeys: readonly string[] | null): Record<string, string> {
  const errors: Record<string, string> = {};
  if (takenKeys !== null) {
    if (!KEY_PATTERN.test(v.key)) errors.key = KEY_HINT;
    else if (takenKeys.includes(v.key)) errors.key = 'The library has a methodology with this key already; choose another.';
  }
  if (!v.name.trim()) errors.name = 'Give the methodology a name.';
  if (v.phases.length === 0) errors.phases = 'A methodology needs at least one phase.';
  v.phases.forEach((p, i) => {
    const at = `phases.${i}`;
    if (!p.name.trim()) errors[`${at}.name`] = 'Give the phase a name.';
    if (!KEY_PATTERN.test(p.key.trim())) errors[`${at}.key`] = KEY_HINT;
    if (!p.hasGate) return;
    const g = p.gate;
    if (!g.name.trim()) errors[`${at}.gate.name`] = 'Give the gate a name.';
    if (g.approverRoles.length === 0) errors[`${at}.gate.approverRoles`] = 'Choose who decides the gate.';
    g.criteria.forEach((c, j) => {
      if (!c.text.trim()) errors[`${at}.gate.criteria.${j}.text`] = 'Write what the criterion checks.';
    });
    g.deliverables.forEach((d, j) => {
      if (!d.name.trim()) errors[`${at}.gate.deliverables.${j}.name`] = 'Name the deliverable.';
      if (!KEY_PATTERN.test(d.key.trim())) errors[`${at}.gate.deliverables.${j}.key`] = KEY_HINT;
    });
  });
  return errors;
}

export interface KnownDeliverable {
  key: string;
  name: string;
  description: string;
}

/** Every deliverable the library's gates require, once per key (the first name wins), by name. */
export function knownDeliverables(methodologies: readonly Methodology[]): KnownDeliverable[] {
  const byKey = new Map<string, KnownDeliverable>();
  for (const m of methodologies) {
    for (const p of m.phases) {
      for (const d of p.gate?.deliverables ?? []) if (!byKey.has(d.key)) byKey.set(d.key, { key: d.key, name: d.name, description: d.description });
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
}
