// The decision panel's values, its checks (the same rules the server applies, so most mistakes are
// caught before sending) and the body it sends. The server's 422 (a gate not ready to pass) is
// shown as it comes; its field paths ("conditions[0].text") are put on the condition they name.
import type { GateDecision, GateDecisionBody } from '../../api/types.ts';

export interface ConditionValues {
  text: string;
  /** YYYY-MM-DD or empty. */
  dueDate: string;
  ownerId: string | null;
}

export interface DecisionFormValues {
  decision: GateDecision | null;
  comment: string;
  conditions: ConditionValues[];
}

export const emptyCondition = (): ConditionValues => ({ text: '', dueDate: '', ownerId: null });
export const emptyDecision = (): DecisionFormValues => ({ decision: null, comment: '', conditions: [] });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Errors keyed by @mantine/form paths: decision, conditions, conditions.0.text, conditions.0.dueDate. */
export function validateDecision(v: DecisionFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.decision) errors.decision = 'Choose a decision.';
  if (v.decision === 'go_with_conditions') {
    if (v.conditions.length === 0) errors.conditions = 'A go with conditions needs at least one condition.';
    v.conditions.forEach((c, i) => {
      if (!c.text.trim()) errors[`conditions.${i}.text`] = 'Write what must be done.';
      else if (c.text.trim().length > 500) errors[`conditions.${i}.text`] = 'Keep it under 500 characters.';
      if (c.dueDate && !DATE.test(c.dueDate)) errors[`conditions.${i}.dueDate`] = 'Enter a date.';
    });
  }
  return errors;
}

/** Only a go with conditions carries conditions; for the other decisions they are left out. */
export function toDecisionBody(v: DecisionFormValues): GateDecisionBody {
  if (!v.decision) throw new Error('Choose a decision first.');
  const conditions = v.decision === 'go_with_conditions' ? v.conditions.map((c) => ({ text: c.text.trim(), dueDate: c.dueDate || null, ownerId: c.ownerId })) : [];
  return { decision: v.decision, comment: v.comment.trim(), conditions };
}

/** "conditions[1].text" → "conditions.1.text"; paths about the readiness have no field (null). */
export function decisionFieldOf(path: string): string | null {
  const dotted = path.replace(/\[(\d+)\]/g, '.$1');
  if (/^conditions(\.\d+\.(text|dueDate|ownerId))?$/.test(dotted)) return dotted;
  if (dotted === 'decision' || dotted === 'comment') return dotted;
  return null;
}
