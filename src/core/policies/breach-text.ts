// How a breach is worded and pointed: one sentence that names the offending items (the first few,
// then how many more), and a fix that opens the item when there is one, or the project's log of
// that kind when there are several. Shared by every rule so all breaches read alike.
import type { Breach, BreachItem, BreachItemKind, Policy, ProjectFacts } from './policy-types.ts';

/** How many items a message names before it says "and N more". */
export const NAMED_IN_MESSAGE = 5;

/** An item as a message names it: `RSK-4 'Supplier insolvency'`. */
export const named = (item: { readonly code: string; readonly title: string }): string => `${item.code} '${item.title}'`;

/**
 * Clauses joined into one list, the first few in full.
 * @example
 * listed(['a', 'b', 'c', 'd', 'e', 'f', 'g']); // 'a; b; c; d; e; and 2 more'
 */
export function listed(clauses: ReadonlyArray<string>): string {
  const shown = clauses.slice(0, NAMED_IN_MESSAGE);
  const more = clauses.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}

/** A breach of `policy` by the project of `facts`; the fix opens the item when there is only one. */
export function breachOf(policy: Policy, facts: ProjectFacts, message: string, items: ReadonlyArray<BreachItem>, fixKind: BreachItemKind): Breach {
  const only = items.length === 1 && items[0]!.kind === fixKind ? items[0]!.id : null;
  return {
    policyKey: policy.key,
    policyName: policy.name,
    severity: policy.severity,
    projectId: facts.project.id,
    message: /[.!?]$/.test(message) ? message : `${message}.`,
    items,
    fix: { kind: fixKind, id: only },
  };
}

/** Breach items for records with an id and a code. */
export const itemsOf = (kind: BreachItemKind, records: ReadonlyArray<{ readonly id: string; readonly code: string }>): BreachItem[] =>
  records.map((r) => ({ kind, id: r.id, code: r.code }));

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
