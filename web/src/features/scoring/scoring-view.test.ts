import { describe, expect, it } from 'vitest';
import { judgementText, movementText, parseJudgement, upperOf } from './scoring-view.ts';

describe('scoring view', () => {
  it('reads judgements as typed and writes them back the same way', () => {
    expect(parseJudgement('1/3')).toBeCloseTo(1 / 3, 12);
    expect(parseJudgement(' 5 ')).toBe(5);
    expect(parseJudgement('0')).toBeNull();
    expect(parseJudgement('lots')).toBeNull();
    expect(judgementText(1 / 7)).toBe('1/7');
    expect(judgementText(3)).toBe('3');
  });
  it('shapes the upper triangle and says how a project moved', () => {
    expect(upperOf(3, [[3, 1 / 5], [2]])).toEqual([['3', '1/5'], ['2']]);
    expect(upperOf(3, null)).toEqual([['1', '1'], ['1']]);
    expect([movementText(2), movementText(-1), movementText(0)]).toEqual(['▲ 2 up', '▼ 1 down', 'no change']);
  });
});
