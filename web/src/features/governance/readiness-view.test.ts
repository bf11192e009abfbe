// Readiness in words, the items needing attention, what an approver may waive, the waivers sent,
// and the checklist rows and their changed answers.
import { describe, expect, it } from 'vitest';
import { changedAnswers, checklistProgress, checklistRows } from './checklist-view.ts';
import { GATE_1, READINESS, REVIEW } from './governance-fixtures.ts';
import { isWaivable, itemsNeedingAttention, readinessSummary, withWaiver } from './readiness-view.ts';

describe('readiness view', () => {
  it('sums a readiness up in a headline and counts', () => {
    expect(readinessSummary(READINESS)).toEqual({ canGo: false, headline: 'Not ready', detail: '1 of 5 in order · 1 blocking · 1 needs a waiver · 1 warning · 1 waived' });
    const ready = { ...READINESS, items: READINESS.items.slice(0, 1), blocking: 0, warnings: 0, needsWaiver: 0, canGo: true };
    expect(readinessSummary(ready)).toEqual({ canGo: true, headline: 'Ready to go', detail: '1 of 1 in order' });
  });

  it('lists what holds the gate first, then warnings', () => {
    expect(itemsNeedingAttention(READINESS).map((i) => i.key)).toEqual(['budget_cap', 'charter', 'options_considered']);
  });

  it('lets approvers waive items needing a waiver and warnings, never blocking items or policies', () => {
    expect(READINESS.items.filter(isWaivable).map((i) => i.key)).toEqual(['options_considered', 'charter']);
  });

  it('sends the waivers on record plus the new one, replacing an earlier waiver of the same item', () => {
    expect(withWaiver(REVIEW.waivers, 'charter', ' Signed next week ')).toEqual([
      { itemKey: 'business_case', reason: 'later' },
      { itemKey: 'charter', reason: 'Signed next week' },
    ]);
    expect(withWaiver(REVIEW.waivers, 'business_case', 'now')).toEqual([{ itemKey: 'business_case', reason: 'now' }]);
  });
});

describe('checklist view', () => {
  it('has a row per criterion, answered or not', () => {
    const rows = checklistRows(GATE_1, REVIEW.checklist);
    expect(rows).toEqual([
      { criterionKey: 'strategic_fit', text: 'Supports a strategic objective.', mandatory: true, outcome: 'met', comment: 'OBJ-1' },
      { criterionKey: 'options_considered', text: 'Alternatives were considered.', mandatory: false, outcome: null, comment: '' },
    ]);
    expect(checklistProgress(rows)).toBe('1 of 2 answered');
    expect(checklistProgress([{ ...rows[0]!, outcome: 'not_met' }, rows[1]!])).toBe('1 of 2 answered · 1 mandatory criterion not met');
  });

  it('sends only the answers that changed', () => {
    const loaded = checklistRows(GATE_1, REVIEW.checklist);
    expect(changedAnswers(loaded, loaded)).toEqual([]);
    const edited = loaded.map((r) => (r.criterionKey === 'options_considered' ? { ...r, outcome: 'not_applicable' as const, comment: 'No options' } : r));
    expect(changedAnswers(edited, loaded)).toEqual([{ criterionKey: 'options_considered', outcome: 'not_applicable', comment: 'No options' }]);
  });
});
