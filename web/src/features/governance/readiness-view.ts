// How a gate's readiness reads to people: a headline and counts for lists and headers, the items
// that need someone's attention, which of them an approver may waive, and the waiver list to send
// (the API replaces a review's waivers as a whole, so a new waiver is added to the ones on record).
import type { GateReview, Readiness, ReadinessItem } from '../../api/types.ts';

export interface ReadinessSummary {
  canGo: boolean;
  /** "Ready to go" or "Not ready". */
  headline: string;
  /** "5 of 8 in order · 1 needs a waiver · 2 warnings". */
  detail: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function readinessSummary(readiness: Readiness): ReadinessSummary {
  const { items } = readiness;
  const ok = items.filter((i) => i.state === 'ok').length;
  const waived = items.filter((i) => i.state === 'waived').length;
  const parts = [`${ok} of ${items.length} in order`];
  if (readiness.blocking) parts.push(`${readiness.blocking} blocking`);
  if (readiness.needsWaiver) parts.push(plural(readiness.needsWaiver, 'needs a waiver', 'need a waiver'));
  if (readiness.warnings) parts.push(plural(readiness.warnings, 'warning', 'warnings'));
  if (waived) parts.push(`${waived} waived`);
  return { canGo: readiness.canGo, headline: readiness.canGo ? 'Ready to go' : 'Not ready', detail: parts.join(' · ') };
}

/** Items that hold the gate first (blocking, then needing a waiver), then warnings; in order otherwise. */
export function itemsNeedingAttention(readiness: Readiness): ReadinessItem[] {
  const rank = { blocking: 0, needs_waiver: 1, warning: 2 } as const;
  return readiness.items
    .filter((i): i is ReadinessItem & { state: keyof typeof rank } => i.state in rank)
    .sort((a, b) => rank[a.state] - rank[b.state]);
}

/**
 * Whether an approver may waive the item: one that needs a waiver, or a warning to acknowledge.
 * Under a directive PMO blocking items cannot be waived, so they get no button.
 */
export const isWaivable = (item: ReadinessItem): boolean => item.kind !== 'policy' && (item.state === 'needs_waiver' || item.state === 'warning');

/** The whole waiver list with `itemKey` waived for `reason` (replacing an earlier waiver of it). */
export function withWaiver(waivers: GateReview['waivers'], itemKey: string, reason: string): { itemKey: string; reason: string }[] {
  return [...waivers.filter((w) => w.itemKey !== itemKey).map((w) => ({ itemKey: w.itemKey, reason: w.reason })), { itemKey, reason: reason.trim() }];
}
