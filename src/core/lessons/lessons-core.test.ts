import { describe, expect, it } from 'vitest';
import { closureFigures } from './closure-figures.ts';
import { nextClosureStatus } from './closure-lifecycle.ts';
import { lessonMove } from './lesson-lifecycle.ts';
import { suggestLessons, textSimilarity } from './lesson-relevance.ts';
import { MARK_END, MARK_START, parseSearchText, snippetParts, toFts5Query } from './search-text.ts';

const schedule = { baselineNumber: 0, baselineStart: '2026-01-05T08:00', baselineFinish: '2026-03-27T17:00', finish: '2026-04-03T17:00', slipDays: 5, baselineDays: 60 };

describe('closure figures', () => {
  it('gives the slip as a share of the baselined duration and the cost variance against the current budget', () => {
    const f = closureFigures({
      schedule,
      cost: { currency: 'EUR', budgetMinor: 200_000_00, actualMinor: 230_000_00 },
      changes: [
        { code: 'CR-1', title: 'More reports', status: 'approved', costImpactMinor: 10_000_00 },
        { code: 'CR-2', title: 'Dropped', status: 'rejected', costImpactMinor: 5_000_00 },
        { code: 'CR-3', title: 'Applied', status: 'applied', costImpactMinor: -2_000_00 },
      ],
      happenedRisks: [{ riskCode: 'RSK-1', riskTitle: 'Vendor late', issueCode: 'ISS-4', issueTitle: 'Vendor is late' }],
      risksIdentified: 4,
    });
    expect(f.schedule.slipPercent).toBe(8.3);
    expect(f.cost).toMatchObject({ varianceMinor: -30_000_00, variancePercent: -15 });
    expect(f.scope).toMatchObject({ approvedChanges: 2, costImpactMinor: 8_000_00 });
    expect(f.scope.changes.map((c) => c.code)).toEqual(['CR-1', 'CR-3']);
    expect(f.risks).toMatchObject({ identified: 4, happened: 1 });
  });

  it('leaves out what cannot be measured instead of inventing zero', () => {
    const f = closureFigures({ schedule: { ...schedule, baselineStart: null, baselineFinish: null, slipDays: null, baselineDays: null }, cost: { currency: 'EUR', budgetMinor: null, actualMinor: 5 }, changes: [], happenedRisks: [], risksIdentified: 0 });
    expect(f.schedule.slipPercent).toBeNull();
    expect(f.cost).toMatchObject({ varianceMinor: null, variancePercent: null });
    expect(closureFigures({ schedule, cost: null, changes: [], happenedRisks: [], risksIdentified: 0 }).cost).toBeNull();
  });
});

describe('closure and lesson lifecycles', () => {
  it('lets a draft be submitted, a submitted report be accepted or sent back, and nothing change an accepted one', () => {
    expect(nextClosureStatus('draft', 'submit')).toEqual({ ok: true, status: 'submitted' });
    expect(nextClosureStatus('submitted', 'send_back')).toEqual({ ok: true, status: 'draft' });
    expect(nextClosureStatus('submitted', 'accept')).toEqual({ ok: true, status: 'accepted' });
    expect(nextClosureStatus('accepted', 'submit').ok).toBe(false);
    expect(nextClosureStatus('draft', 'accept').ok).toBe(false);
  });

  it('builds a lesson into a standard only once accepted and with the standard named', () => {
    expect(lessonMove('proposed', 'accepted', '').ok).toBe(true);
    expect(lessonMove('proposed', 'built_in', 'Handbook').ok).toBe(false);
    expect(lessonMove('accepted', 'built_in', ' ')).toMatchObject({ ok: false, message: expect.stringContaining('standardNote') });
    expect(lessonMove('accepted', 'built_in', 'Procurement policy v3').ok).toBe(true);
    expect(lessonMove('built_in', 'accepted', '').ok).toBe(true);
  });
});

describe('search text', () => {
  it('reads words, phrases, or and exclusions as websearch_to_tsquery does', () => {
    expect(parseSearchText('vendor "late delivery" or slip -weather')).toEqual({
      clauses: [[{ words: ['vendor'], negated: false }], [{ words: ['late', 'delivery'], negated: false }, { words: ['slip'], negated: false }]],
      excluded: [{ words: ['weather'], negated: true }],
    });
    expect(toFts5Query('vendor slip or delay -weather')).toBe('"vendor" AND ("slip" OR "delay") NOT "weather"');
  });

  it('quotes every word so punctuation and FTS5 keywords cannot break the query', () => {
    expect(toFts5Query('NEAR(x y) AND c*')).toBe('"near x" AND "y" AND "c"');
    expect(toFts5Query('the cost of delay')).toBe('"cost" AND "delay"');
    expect(toFts5Query('e-mail')).toBe('"e mail"');
    expect(toFts5Query('  -only ')).toBeNull();
    expect(toFts5Query('"" ???')).toBeNull();
  });

  it('splits a marked snippet into plain and matched parts', () => {
    expect(snippetParts(`the ${MARK_START}vendor${MARK_END} was ${MARK_START}late${MARK_END}`)).toEqual([
      { text: 'the ', match: false }, { text: 'vendor', match: true }, { text: ' was ', match: false }, { text: 'late', match: true },
    ]);
    expect(snippetParts('no marks')).toEqual([{ text: 'no marks', match: false }]);
  });
});

describe('lesson suggestions', () => {
  const project = { methodologyKey: 'agile', tags: ['Vendor', 'crm'], objectiveIds: ['o1'], text: 'Replace the customer relationship management system with a cloud CRM' };
  const lesson = (id: string, over: Partial<Parameters<typeof suggestLessons>[1][number]> = {}) => ({ id, methodologyKey: 'waterfall', tags: [], objectives: [], text: 'Unrelated words entirely', ...over });

  it('ranks shared tags and objectives above a shared methodology, and says why', () => {
    const ranked = suggestLessons(project, [
      lesson('only-method', { methodologyKey: 'agile' }),
      lesson('tags', { tags: ['vendor', 'CRM'] }),
      lesson('objective', { objectives: [{ id: 'o1', name: 'Customer service' }], methodologyKey: 'agile' }),
      lesson('text', { text: 'Cloud CRM migration: customer data needed cleaning before the relationship management cut-over' }),
    ]);
    expect(ranked.map((r) => r.lessonId)).toEqual(['tags', 'objective', 'text']);
    expect(ranked[0]).toMatchObject({ sharedTags: ['crm', 'vendor'], score: 6 });
    expect(ranked[1]).toMatchObject({ sameMethodology: true, sharedObjectives: ['Customer service'], score: 3 });
    expect(ranked[2]!.textSimilarity).toBeGreaterThan(0.3);
  });

  it('measures text similarity on words, not on common ones', () => {
    expect(textSimilarity('vendor delivery was late', 'late vendor delivery')).toBe(1);
    expect(textSimilarity('the and of', 'the and of')).toBe(0);
    expect(textSimilarity('vendors', 'vendor')).toBe(1);
  });
});
