import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_MATURITY_MODEL } from './default-maturity-model.ts';
import { changeSince, improvementSteps, scoreAssessment } from './maturity-score.ts';
import type { MaturityModel, MaturityResponse } from './maturity-types.ts';
import { maturityModelProblems, responseProblems } from './maturity-validation.ts';

const levels = ['one', 'two', 'three', 'four', 'five'];
const model: MaturityModel = {
  dimensions: [
    { key: 'governance', name: 'Governance', questions: [{ key: 'gates', text: 'Gates?', levels }, { key: 'method', text: 'Method?', levels }] },
    { key: 'risk', name: 'Risk', questions: [{ key: 'risks', text: 'Risks?', levels }] },
    { key: 'benefits', name: 'Benefits', questions: [{ key: 'benefits', text: 'Benefits?', levels }] },
  ],
};
const answer = (respondentId: string, answers: Record<string, number | null>): MaturityResponse => ({ respondentId, answers });

describe('scoring an assessment', () => {
  const result = scoreAssessment(model, [
    answer('pmo', { gates: 3, method: 4, risks: 2, benefits: null }),
    answer('pm', { gates: 4, method: 2, risks: 2 }),
  ]);

  it('scores a question as the mean of the levels given, leaving "don\'t know" out', () => {
    const [gates, method] = result.dimensions[0]!.questions;
    expect(gates).toMatchObject({ score: 3.5, answered: 2, lowest: 3, highest: 4, disputed: false });
    expect(method).toMatchObject({ score: 3, lowest: 2, highest: 4, disputed: true });
    expect(result.dimensions[2]!.questions[0]).toMatchObject({ score: null, answered: 0, disputed: false });
  });

  it('scores a dimension as the mean of its questions but levels it by its weakest question', () => {
    expect(result.dimensions[0]).toMatchObject({ score: 3.25, level: 3 });
    expect(result.dimensions[1]).toMatchObject({ score: 2, level: 2 });
  });

  it('leaves a dimension nobody answered unscored, and out of the overall figures', () => {
    expect(result.dimensions[2]).toMatchObject({ score: null, level: null });
    expect(result.score).toBe(2.63); // (3.25 + 2) / 2, to two decimals
    expect(result.level).toBe(2);
    expect(result.respondents).toBe(2);
  });

  it('has no score at all before anyone answers', () => {
    const empty = scoreAssessment(model, []);
    expect(empty).toMatchObject({ respondents: 0, score: null, level: null });
  });
});

describe('change since the last assessment', () => {
  it('gives each dimension\'s move, and null where either assessment has no score', () => {
    const before = scoreAssessment(model, [answer('a', { gates: 2, method: 2, risks: 3 })]);
    const after = scoreAssessment(model, [answer('a', { gates: 3, method: 3, risks: 2, benefits: 4 })]);
    expect(changeSince(before, after)).toEqual([
      { key: 'governance', name: 'Governance', before: 2, after: 3, change: 1 },
      { key: 'risk', name: 'Risk', before: 3, after: 2, change: -1 },
      { key: 'benefits', name: 'Benefits', before: null, after: 4, change: null },
    ]);
    expect(changeSince(null, after).every((c) => c.change === null)).toBe(true);
  });
});

describe('improvement steps', () => {
  const result = scoreAssessment(model, [answer('a', { gates: 3, method: 2, risks: 4, benefits: 1 })]);

  it('aims one level above where each dimension stands and names the next practice to adopt', () => {
    const steps = improvementSteps(model, result);
    expect(steps.map((s) => [s.questionKey, s.targetLevel, s.nextLevel, s.nextPractice, s.gap])).toEqual([
      ['benefits', 2, 2, 'two', 1],
      ['method', 3, 3, 'three', 1],
      ['risks', 5, 5, 'five', 1],
    ]);
  });

  it('takes the PMO\'s target per dimension instead', () => {
    const steps = improvementSteps(model, result, { governance: 4 });
    expect(steps.filter((s) => s.dimensionKey === 'governance').map((s) => [s.questionKey, s.gap])).toEqual([['method', 2], ['gates', 1]]);
  });

  it('asks nothing of a dimension already at level 5', () => {
    const top = scoreAssessment(model, [answer('a', { gates: 5, method: 5, risks: 5, benefits: 5 })]);
    expect(improvementSteps(model, top)).toEqual([]);
  });
});

describe('validation', () => {
  it('accepts the built-in model', () => {
    expect(maturityModelProblems(DEFAULT_MATURITY_MODEL)).toEqual([]);
    expect(DEFAULT_MATURITY_MODEL.dimensions.map((d) => d.key)).toEqual(['governance', 'scheduling', 'risk', 'resources', 'benefits', 'reporting']);
  });

  it('names a question without five level descriptions and a repeated key', () => {
    const broken: MaturityModel = {
      dimensions: [{ key: 'governance', name: 'Governance', questions: [{ key: 'gates', text: 'Gates?', levels: ['a', 'b'] }, { key: 'gates', text: 'Again?', levels }] }],
    };
    expect(maturityModelProblems(broken)).toEqual([
      { path: 'dimensions[0].questions[0].levels', message: '"Gates?": describe each of the 5 levels, in order from 1 to 5 (it has 2).' },
      { path: 'dimensions[0].questions[1].key', message: 'The question key "gates" is used twice in the model; give each question its own.' },
    ]);
  });

  it('refuses answers outside 1–5 and questions the model lacks, but takes "don\'t know"', () => {
    expect(responseProblems(model, answer('a', { gates: 6, method: 2.5, nope: 3, risks: null }))).toEqual([
      { path: 'answers.gates', message: 'Answer "gates" with a level from 1 to 5 (or "don\'t know"); 6 is not one.' },
      { path: 'answers.method', message: 'Answer "method" with a level from 1 to 5 (or "don\'t know"); 2.5 is not one.' },
      { path: 'answers.nope', message: 'The model has no question "nope"; answer the questions the assessment shows.' },
    ]);
  });
});

describe('invariants', () => {
  const keys = ['gates', 'method', 'risks', 'benefits'];
  const responses = fc.array(
    fc.record({ respondentId: fc.string(), answers: fc.dictionary(fc.constantFrom(...keys), fc.option(fc.integer({ min: 1, max: 5 }), { nil: null })) }),
    { maxLength: 8 },
  );

  it('keeps every score within 1–5 and every dimension\'s level at or below its score', () => {
    fc.assert(fc.property(responses, (rs) => {
      const result = scoreAssessment(model, rs);
      for (const d of result.dimensions) {
        if (d.score === null) continue;
        expect(d.score).toBeGreaterThanOrEqual(1);
        expect(d.score).toBeLessThanOrEqual(5);
        expect(d.level!).toBeLessThanOrEqual(d.score + 1e-9);
      }
      if (result.level !== null) expect(result.level).toBe(Math.min(...result.dimensions.filter((d) => d.level !== null).map((d) => d.level!)));
    }));
  });

  it('does not depend on the order of respondents', () => {
    fc.assert(fc.property(responses, (rs) => {
      expect(scoreAssessment(model, [...rs].reverse())).toEqual(scoreAssessment(model, rs));
    }));
  });

  it('lists a step for exactly the answered questions below their target', () => {
    fc.assert(fc.property(responses, (rs) => {
      const result = scoreAssessment(model, rs);
      const steps = improvementSteps(model, result, { governance: 5 });
      const governance = result.dimensions[0]!;
      const below = governance.level === null ? 0 : governance.questions.filter((q) => q.score !== null && q.score < 5).length;
      expect(steps.filter((s) => s.dimensionKey === 'governance')).toHaveLength(below);
      for (const s of steps) expect(s.nextLevel).toBeGreaterThan(Math.floor(s.score + 1e-9));
    }));
  });
});
