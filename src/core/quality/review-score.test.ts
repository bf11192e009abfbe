import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OUTCOMES, PARTIAL_WEIGHT, RAG_AMBER_MIN, RAG_GREEN_MIN, ragOf, scoreReview, type Answer, type Outcome } from './review-score.ts';

const questions = (n: number, areas = 1) => Array.from({ length: n }, (_, i) => ({ key: `q${i}`, area: `Area ${i % areas}` }));
const answered = (...outcomes: Array<Outcome | null>): Answer[] => outcomes.map((outcome, i) => ({ questionKey: `q${i}`, outcome }));

describe('ragOf', () => {
  it('is green from 80, amber from 60, red below', () => {
    expect([RAG_GREEN_MIN, RAG_AMBER_MIN, PARTIAL_WEIGHT]).toEqual([80, 60, 0.5]);
    expect([100, 80, 79.9, 60, 59.9, 0].map(ragOf)).toEqual(['green', 'green', 'amber', 'amber', 'red', 'red']);
  });
});

describe('scoreReview', () => {
  it('counts compliant answers, a partial one as half, and leaves not-applicable ones out', () => {
    const r = scoreReview(questions(6), answered('compliant', 'compliant', 'compliant', 'partially', 'non_compliant', 'not_applicable'));
    expect(r).toMatchObject({ score: 70, rag: 'amber', unanswered: [] });
    expect(r.tally).toEqual({ compliant: 3, partially: 1, nonCompliant: 1, notApplicable: 1, unanswered: 0 });
  });

  it('is green at exactly 80 % and red below 60 %', () => {
    expect(scoreReview(questions(5), answered('compliant', 'compliant', 'compliant', 'compliant', 'non_compliant'))).toMatchObject({ score: 80, rag: 'green' });
    expect(scoreReview(questions(5), answered('compliant', 'compliant', 'partially', 'non_compliant', 'non_compliant'))).toMatchObject({ score: 50, rag: 'red' });
  });

  it('rounds to one decimal and colours the rounded number', () => {
    expect(scoreReview(questions(3), answered('compliant', 'compliant', 'non_compliant')).score).toBe(66.7);
  });

  it('has no score until an applicable question is answered, and names the unanswered questions in order', () => {
    const r = scoreReview(questions(3), answered(null, 'not_applicable'));
    expect(r).toMatchObject({ score: null, rag: null, unanswered: ['q0', 'q2'] });
  });

  it('scores each area on its own', () => {
    const r = scoreReview(questions(4, 2), answered('compliant', 'non_compliant', 'compliant', 'partially'));
    expect(r.areas.map((a) => [a.area, a.score, a.rag])).toEqual([['Area 0', 100, 'green'], ['Area 1', 25, 'red']]);
  });

  it('ignores answers to questions not on the checklist; the last answer to a question counts', () => {
    const r = scoreReview(questions(1), [{ questionKey: 'q0', outcome: 'non_compliant' }, { questionKey: 'stray', outcome: 'compliant' }, { questionKey: 'q0', outcome: 'compliant' }]);
    expect(r).toMatchObject({ score: 100, tally: { compliant: 1, nonCompliant: 0 } });
  });
});

describe('scoreReview on random checklists', () => {
  const checklist = fc.array(fc.constantFrom<Outcome | null>(...OUTCOMES, null), { maxLength: 40 });

  it('stays within 0–100, tallies every question once, and agrees with ragOf', () => {
    fc.assert(
      fc.property(checklist, fc.integer({ min: 1, max: 4 }), (outcomes, areas) => {
        const r = scoreReview(questions(outcomes.length, areas), answered(...outcomes));
        const t = r.tally;
        expect(t.compliant + t.partially + t.nonCompliant + t.notApplicable + t.unanswered).toBe(outcomes.length);
        expect(r.unanswered.length).toBe(t.unanswered);
        if (r.score === null) expect(t.compliant + t.partially + t.nonCompliant).toBe(0);
        else {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.rag).toBe(ragOf(r.score));
        }
        expect(r.areas.reduce((n, a) => n + a.tally.compliant, 0)).toBe(t.compliant);
      }),
    );
  });

  it('never falls when a non-compliant answer becomes partial or compliant, and ignores not-applicable answers', () => {
    fc.assert(
      fc.property(checklist, fc.nat(), (outcomes, n) => {
        const at = outcomes.findIndex((o, i) => i >= n % (outcomes.length + 1) && o === 'non_compliant');
        if (at < 0) return;
        const before = scoreReview(questions(outcomes.length), answered(...outcomes)).score!;
        for (const better of ['partially', 'compliant'] as const) {
          const after = scoreReview(questions(outcomes.length), answered(...outcomes.map((o, i) => (i === at ? better : o)))).score!;
          expect(after).toBeGreaterThan(before);
        }
        const withNa = [...outcomes, 'not_applicable' as const];
        expect(scoreReview(questions(withNa.length), answered(...withNa)).score).toBe(before);
      }),
    );
  });
});
