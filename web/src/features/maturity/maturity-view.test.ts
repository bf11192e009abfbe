import { describe, expect, it } from 'vitest';
import { answerOf, answersOnScreen, changeText, choiceOf, levelLabel, radarOf, scoreText, unansweredQuestions } from './maturity-view.ts';

const dims = [
  { key: 'governance', name: 'Governance', score: 3.25, level: 3, questions: [] },
  { key: 'risk', name: 'Risk', score: null, level: null, questions: [] },
];

describe('maturity view', () => {
  it('words levels, scores and changes', () => {
    expect(levelLabel(3)).toBe('Level 3 · Defined');
    expect(levelLabel(null)).toBe('—');
    expect(scoreText(2.5)).toBe('2.50');
    expect(scoreText(null)).toBe('—');
    expect([changeText(0.5), changeText(-0.25), changeText(0), changeText(null)]).toEqual(['+0.50', '−0.25', '±0.00', '—']);
  });

  it('draws this assessment and the previous one on the same axes', () => {
    const radar = radarOf({
      code: 'MAT-002', result: { respondents: 2, score: 3.25, level: 3, dimensions: dims }, previous: { id: 'x', code: 'MAT-001', title: 'Q1', openedOn: '2026-03-01' },
      changes: [{ key: 'governance', name: 'Governance', before: 2, after: 3.25, change: 1.25 }, { key: 'risk', name: 'Risk', before: 1.5, after: null, change: null }],
    });
    expect(radar).toEqual({ axes: ['Governance', 'Risk'], series: [{ name: 'MAT-002', values: [3.25, null] }, { name: 'MAT-001', values: [2, 1.5] }] });
  });

  it('keeps the respondent\'s edits over the saved answers, "don\'t know" counting as answered', () => {
    const answers = answersOnScreen({ a: 2, b: 3 }, { b: null, c: 5 });
    expect(answers).toEqual({ a: 2, b: null, c: 5 });
    const model = { dimensions: [{ key: 'g', name: 'G', questions: ['a', 'b', 'c', 'd'].map((key) => ({ key, text: key, levels: ['1', '2', '3', '4', '5'] })) }] };
    expect(unansweredQuestions({ model }, answers)).toEqual(['d']);
    expect([choiceOf(answers, 'a'), choiceOf(answers, 'b'), choiceOf(answers, 'd')]).toEqual(['2', 'unknown', null]);
    expect([answerOf('4'), answerOf('unknown')]).toEqual([4, null]);
  });
});
