// Whether a gate can pass: every criterion, required deliverable and policy breach becomes one
// item with a state and a sentence saying why, so the gate review screen, the report and the API
// all tell the same story. What a failure costs depends on the PMO's operating model, because
// that is what distinguishes PMI's three PMO types: a supportive PMO advises, a controlling PMO
// requires compliance but accepts a recorded exception, a directive PMO decides.
//
// The rules, item by item:
// - A mandatory criterion fails when it is not met or not answered (no checklist entry, or a null
//   outcome). A mandatory deliverable fails when its key is not among the deliverables present.
//   A policy breach always fails; a breach of a critical policy counts as mandatory, a breach of
//   a policy the PMO rates a warning as optional.
// - A failure costs, by operating model:
//     supportive  → 'warning' (it never holds the gate);
//     controlling → 'needs_waiver' (holds the gate) until a waiver with a non-empty reason names
//                   the item, then 'waived';
//     directive   → 'blocking'; a waiver does not lift it (for criteria, deliverables and
//                   policy breaches alike).
// - An optional item that fails is a 'warning' under every model.
// - 'not_applicable' is accepted ('ok') for optional criteria under every model, and for
//   mandatory ones under supportive and controlling; under directive a mandatory criterion marked
//   not applicable is 'blocking', as if it were not met (the PMO, not the project, decides what
//   applies).
// - A waiver with a reason also acknowledges a 'warning', which becomes 'waived'; that never
//   changes whether the gate can go, it only records that someone looked.
// - The gate can go when no item is 'blocking' or 'needs_waiver'.
//
// Waivers name items by key alone (criterion, deliverable or policy key). Checklist entries whose
// key is not a criterion of the gate are ignored; when a criterion is answered twice, the last
// answer counts.
import type { Criterion, DeliverableRequirement, Gate, OperatingModel } from './methodology-types.ts';

export type CriterionOutcome = 'met' | 'not_met' | 'not_applicable' | null;

export interface ChecklistAnswer {
  readonly criterionKey: string;
  readonly outcome: CriterionOutcome;
}

export interface Waiver {
  /** The key of the criterion, deliverable or policy waived. */
  readonly itemKey: string;
  readonly reason: string;
}

export interface PolicyBreach {
  readonly policyKey: string;
  readonly message: string;
  /** 'warning': advice, like an optional item; 'critical' (the default): what the operating model says. */
  readonly severity?: 'warning' | 'critical';
}

export interface GateReadinessInput {
  readonly operatingModel: OperatingModel;
  readonly gate: Gate;
  readonly checklist: ReadonlyArray<ChecklistAnswer>;
  /** Keys of the deliverables the project has. */
  readonly deliverablesPresent: ReadonlySet<string>;
  readonly waivers: ReadonlyArray<Waiver>;
  readonly policyBreaches: ReadonlyArray<PolicyBreach>;
}

export type ReadinessState = 'ok' | 'warning' | 'needs_waiver' | 'waived' | 'blocking';

export interface ReadinessItem {
  readonly kind: 'criterion' | 'deliverable' | 'policy';
  readonly key: string;
  /** The criterion's text, the deliverable's name, or the policy breach's message. */
  readonly text: string;
  readonly state: ReadinessState;
  /** A sentence for the user: what is wrong and what to do about it. */
  readonly reason: string;
}

export interface GateReadiness {
  /** Criteria in the gate's order, then deliverables in the gate's order, then policy breaches. */
  readonly items: ReadonlyArray<ReadinessItem>;
  readonly blocking: number;
  readonly warnings: number;
  readonly needsWaiver: number;
  readonly canGo: boolean;
}

/**
 * Assesses a gate: one item per criterion, required deliverable and policy breach.
 * @example
 * const r = gateReadiness({ operatingModel: 'controlling', gate, checklist: [], deliverablesPresent: new Set(['charter']),
 *   waivers: [], policyBreaches: [] });
 * r.canGo; // false
 * r.items.find((i) => i.key === 'business_case')!.reason;
 * // 'The business case (mandatory) is missing: attach it to the project, or record a waiver.'
 */
export function gateReadiness(input: GateReadinessInput): GateReadiness {
  const answers = new Map<string, CriterionOutcome>();
  for (const a of input.checklist) answers.set(a.criterionKey, a.outcome);
  const waivers = new Map<string, string>();
  for (const w of input.waivers) if (w.reason.trim() !== '') waivers.set(w.itemKey, w.reason.trim());
  const model = input.operatingModel;
  const items: ReadinessItem[] = [
    ...input.gate.criteria.map((c) => criterionItem(c, answers.get(c.key) ?? null, model, waivers.get(c.key))),
    ...input.gate.deliverables.map((d) => deliverableItem(d, input.deliverablesPresent.has(d.key), model, waivers.get(d.key))),
    ...input.policyBreaches.map((b) => policyItem(b, model, waivers.get(b.policyKey))),
  ];
  const count = (state: ReadinessState) => items.filter((i) => i.state === state).length;
  const blocking = count('blocking');
  const needsWaiver = count('needs_waiver');
  return { items, blocking, warnings: count('warning'), needsWaiver, canGo: blocking === 0 && needsWaiver === 0 };
}

/** What is wrong with an item, and what would put it right. */
interface Failure {
  /** A clause naming the problem, e.g. `The business case (mandatory) is missing`. */
  readonly problem: string;
  /** What to do, e.g. `attach it to the project`. */
  readonly fix: string;
}

function criterionItem(c: Criterion, outcome: CriterionOutcome, model: OperatingModel, waiver: string | undefined): ReadinessItem {
  const item = { kind: 'criterion', key: c.key, text: c.text } as const;
  const label = `This ${c.mandatory ? 'mandatory' : 'optional'} criterion`;
  if (outcome === 'met') return { ...item, state: 'ok', reason: 'Met.' };
  if (outcome === 'not_applicable') {
    if (!c.mandatory || model !== 'directive') return { ...item, state: 'ok', reason: 'Marked not applicable.' };
    return { ...item, ...failed(true, model, waiver, { problem: `${label} is marked not applicable, but under a directive PMO mandatory criteria always apply`, fix: 'meet it' }) };
  }
  const failure: Failure =
    outcome === 'not_met' ? { problem: `${label} is not met`, fix: 'meet it' } : { problem: `${label} has not been answered`, fix: 'answer it in the checklist' };
  return { ...item, ...failed(c.mandatory, model, waiver, failure) };
}

function deliverableItem(d: DeliverableRequirement, present: boolean, model: OperatingModel, waiver: string | undefined): ReadinessItem {
  const item = { kind: 'deliverable', key: d.key, text: d.name } as const;
  const name = inSentence(d.name);
  if (present) return { ...item, state: 'ok', reason: `The ${name} is attached.` };
  const failure = { problem: `The ${name} (${d.mandatory ? 'mandatory' : 'optional'}) is missing`, fix: 'attach it to the project' };
  return { ...item, ...failed(d.mandatory, model, waiver, failure) };
}

function policyItem(b: PolicyBreach, model: OperatingModel, waiver: string | undefined): ReadinessItem {
  const item = { kind: 'policy', key: b.policyKey, text: b.message } as const;
  return { ...item, ...failed(b.severity !== 'warning', model, waiver, { problem: `The project breaches the PMO policy "${b.policyKey}"`, fix: 'put it right' }) };
}

/** The state and reason of an item that fails, by the rules in the header. */
function failed(mandatory: boolean, model: OperatingModel, waiver: string | undefined, f: Failure): { state: ReadinessState; reason: string } {
  if (!mandatory || model === 'supportive') {
    if (waiver !== undefined) return { state: 'waived', reason: `${f.problem}; waived: ${sentence(waiver)}` };
    const consequence = mandatory ? 'a supportive PMO does not hold the gate for it' : 'the gate can go ahead';
    return { state: 'warning', reason: `${f.problem}: ${consequence}, but ${f.fix} when you can.` };
  }
  if (model === 'controlling') {
    if (waiver !== undefined) return { state: 'waived', reason: `${f.problem}; waived: ${sentence(waiver)}` };
    return { state: 'needs_waiver', reason: `${f.problem}: ${f.fix}, or record a waiver.` };
  }
  const ignored = waiver !== undefined ? 'the waiver recorded for it does not count, because ' : '';
  return { state: 'blocking', reason: `${f.problem}: ${f.fix} before the gate can pass; ${ignored}a directive PMO does not accept waivers for it.` };
}

/** A name as it reads inside a sentence: 'Business case' → 'business case', 'RAID log' stays. */
function inSentence(name: string): string {
  const first = name.charAt(0);
  const second = name.charAt(1);
  return second !== '' && second === second.toUpperCase() && second !== second.toLowerCase() ? name : first.toLowerCase() + name.slice(1);
}

/** Text ending with a full stop, unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
