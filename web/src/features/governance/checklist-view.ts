// A gate review's checklist as the screen edits it: one row per criterion of the gate (answered or
// not), and the answers to send, only those that changed, so two people answering different
// criteria do not undo each other's work (the server merges answers by criterion).
import type { CriterionOutcome, Gate, GateReview, GateReviewUpdate } from '../../api/types.ts';

export interface ChecklistRow {
  criterionKey: string;
  text: string;
  mandatory: boolean;
  outcome: CriterionOutcome | null;
  comment: string;
}

export function checklistRows(gate: Gate, answers: GateReview['checklist']): ChecklistRow[] {
  return gate.criteria.map((c) => {
    const answer = answers.find((a) => a.criterionKey === c.key);
    return { criterionKey: c.key, text: c.text, mandatory: c.mandatory, outcome: answer?.outcome ?? null, comment: answer?.comment ?? '' };
  });
}

type Answer = NonNullable<GateReviewUpdate['checklist']>[number];

/** The answers that differ from what was loaded, ready for PATCH …/gate-reviews/:id. */
export function changedAnswers(rows: readonly ChecklistRow[], loaded: readonly ChecklistRow[]): Answer[] {
  return rows
    .filter((row) => {
      const before = loaded.find((l) => l.criterionKey === row.criterionKey);
      return !before || before.outcome !== row.outcome || before.comment !== row.comment;
    })
    .map((row) => ({ criterionKey: row.criterionKey, outcome: row.outcome, comment: row.comment }));
}

/** "4 of 6 answered · 1 mandatory criterion not met". */
export function checklistProgress(rows: readonly ChecklistRow[]): string {
  const answered = rows.filter((r) => r.outcome !== null).length;
  const unmet = rows.filter((r) => r.mandatory && r.outcome === 'not_met').length;
  const parts = [`${answered} of ${rows.length} answered`];
  if (unmet) parts.push(`${unmet} mandatory ${unmet === 1 ? 'criterion' : 'criteria'} not met`);
  return parts.join(' · ');
}
