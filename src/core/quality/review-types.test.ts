import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_REVIEW_TYPES } from './default-review-types.ts';
import { areasOf, question, validateReviewType, type ReviewType } from './review-types.ts';

const type = (over: Partial<ReviewType> = {}): ReviewType => ({
  key: 'mini',
  name: 'Mini check',
  description: '',
  questions: [question('a', 'Area', 'Is A true?', ''), question('b', 'Area', 'Is B true?', '')],
  ...over,
});
const errorsOf = (t: ReviewType) => {
  const r = validateReviewType(t);
  return r.ok ? [] : [...r.errors];
};

describe('the default review types', () => {
  it('ships the health check, schedule quality, quality audit and closure readiness', () => {
    expect(DEFAULT_REVIEW_TYPES.map((t) => t.key)).toEqual(['project_health_check', 'schedule_quality', 'quality_audit', 'closure_readiness']);
  });

  it.each(DEFAULT_REVIEW_TYPES.map((t) => [t.key, t] as const))('%s is valid, has 6 to 15 questions with guidance, in at least three areas', (_key, t) => {
    expect(validateReviewType(t)).toEqual({ ok: true });
    expect(t.questions.length).toBeGreaterThanOrEqual(6);
    expect(t.questions.length).toBeLessThanOrEqual(15);
    expect(areasOf(t).length).toBeGreaterThanOrEqual(3);
    for (const q of t.questions) {
      expect(q.text).toMatch(/^[A-Z].*\.$/);
      expect(q.guidance.length).toBeGreaterThan(20);
    }
  });

  it('asks the fourteen DCMA points in the schedule quality check', () => {
    const keys = DEFAULT_REVIEW_TYPES.find((t) => t.key === 'schedule_quality')!.questions.map((q) => q.key);
    expect(keys).toEqual(['missing_logic', 'leads', 'lags', 'relationship_types', 'hard_constraints', 'high_float', 'negative_float', 'high_duration', 'invalid_dates', 'resources', 'missed_tasks', 'critical_path_test', 'critical_path_length_index', 'baseline_execution_index']);
  });

  it('checks governance, baseline, risks, stakeholders and benefits in the health check', () => {
    const keys = DEFAULT_REVIEW_TYPES[0]!.questions.map((q) => q.key);
    for (const key of ['governance_in_place', 'plan_baselined', 'risks_managed', 'stakeholders_engaged', 'benefits_tracked']) expect(keys).toContain(key);
  });
});

describe('validateReviewType', () => {
  it('accepts a small well-formed type', () => {
    expect(validateReviewType(type())).toEqual({ ok: true });
  });

  it('names a repeated question key at the repeat, with what to do', () => {
    expect(errorsOf(type({ questions: [question('a', 'X', 'A?', ''), question('a', 'X', 'A again?', '')] }))).toEqual([{ path: 'questions[1].key', message: '"a" is used twice; give each question its own key' }]);
  });

  it('asks for a name, at least one question, and an area and text on each', () => {
    expect(errorsOf(type({ name: ' ', questions: [] })).map((e) => e.path)).toEqual(['name', 'questions']);
    expect(errorsOf(type({ questions: [question('a', '', '\t', '')] })).map((e) => e.path)).toEqual(['questions[0].area', 'questions[0].text']);
  });

  it('rejects malformed keys and more than 100 questions', () => {
    expect(errorsOf(type({ key: 'Bad Key', questions: [question('9x', 'A', 'Q?', '')] })).map((e) => e.path)).toEqual(['key', 'questions[0].key']);
    const many = Array.from({ length: 101 }, (_, i) => question(`q${i}`, 'A', 'Q?', ''));
    expect(errorsOf(type({ questions: many }))[0]!.message).toContain('at most 100');
  });

  it('accepts every type whose keys are well formed and unique, and reports every repeat', () => {
    const keys = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,39}$/), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(keys, fc.nat(), (ks, n) => {
        const questions = ks.map((k, i) => question(k, `Area ${i % 3}`, 'Text?', ''));
        expect(validateReviewType(type({ questions }))).toEqual({ ok: true });
        const repeated = [...questions, questions[n % questions.length]!];
        expect(errorsOf(type({ questions: repeated })).map((e) => e.path)).toEqual([`questions[${questions.length}].key`]);
      }),
    );
  });

  it('lists areas in the order they first appear', () => {
    expect(areasOf(type({ questions: [question('a', 'B', 'x', ''), question('b', 'A', 'x', ''), question('c', 'B', 'x', '')] }))).toEqual(['B', 'A']);
  });
});
