// Scoring and ranking projects on a PMO's model: the score and its breakdown, directions, the
// order with mandatory projects first, and ties broken the same way every time.
import { describe, expect, it } from 'vitest';
import { normalisedLevel, normalisedWeights, scoreProject } from './weighted-score.ts';
import { rankProjects } from './ranking.ts';
import type { ProjectRating, Ranking } from './scoring-types.ts';
import { criterion, MODEL } from './scoring-fixtures.ts';

const ranked = (ratings: ProjectRating[], model = MODEL): Ranking['ranked'] => {
  const r = rankProjects(model, ratings);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.ranked;
};

describe('a project’s score', () => {
  it('normalises a level to [0, 1] with 1 the best end of the scale, whichever the direction', () => {
    expect([1, 2, 3, 4, 5].map((l) => normalisedLevel(l, 5, 'higher-is-better'))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect([1, 2, 3, 4].map((l) => normalisedLevel(l, 4, 'lower-is-better'))).toEqual([1, 2 / 3, 1 / 3, 0]);
  });

  it('weighs criteria relative to the sum of weights, so points and percentages score alike', () => {
    expect(normalisedWeights(MODEL)).toEqual([0.5, 0.3, 0.2]);
    expect(normalisedWeights(MODEL, { risk: 70 })).toEqual([50 / 150, 30 / 150, 70 / 150]);
  });

  it('is Σ weight × normalised level, with the part each criterion plays', () => {
    const s = scoreProject(MODEL, { projectId: 'PRJ-001', levels: { strategic_fit: 5, value: 3, risk: 2 } });
    expect(s.breakdown).toEqual([
      { key: 'strategic_fit', level: 5, normalisedLevel: 1, weight: 0.5, contribution: 0.5 },
      { key: 'value', level: 3, normalisedLevel: 0.5, weight: 0.3, contribution: 0.15 },
      { key: 'risk', level: 2, normalisedLevel: 2 / 3, weight: 0.2, contribution: expect.closeTo(0.2 * (2 / 3), 15) },
    ]);
    expect(s.score).toBeCloseTo(0.5 + 0.15 + 0.4 / 3, 15);
    expect(s.mandatory).toBe(false);
    expect(scoreProject(MODEL, { projectId: 'best', levels: { strategic_fit: 5, value: 5, risk: 1 } }).score).toBe(1);
    expect(scoreProject(MODEL, { projectId: 'worst', levels: { strategic_fit: 1, value: 1, risk: 4 } }).score).toBe(0);
  });
});

describe('ranking projects', () => {
  it('orders by score, highest first, numbering 1 … N', () => {
    const list = ranked([
      { projectId: 'PRJ-003', levels: { strategic_fit: 2, value: 2, risk: 3 } },
      { projectId: 'PRJ-001', levels: { strategic_fit: 5, value: 4, risk: 2 } },
      { projectId: 'PRJ-002', levels: { strategic_fit: 3, value: 5, risk: 1 } },
    ]);
    expect(list.map((p) => [p.rank, p.projectId, p.tieBreak])).toEqual([
      [1, 'PRJ-001', 'none'],
      [2, 'PRJ-002', 'none'],
      [3, 'PRJ-003', 'none'],
    ]);
  });

  it('puts mandatory and compliance projects first, flagged, among themselves by score', () => {
    const list = ranked([
      { projectId: 'PRJ-001', levels: { strategic_fit: 5, value: 5, risk: 1 } },
      { projectId: 'REG-002', mandatory: true, levels: { strategic_fit: 1, value: 1, risk: 4 } },
      { projectId: 'REG-001', mandatory: true, levels: { strategic_fit: 2, value: 1, risk: 4 } },
    ]);
    expect(list.map((p) => [p.rank, p.projectId, p.mandatory])).toEqual([
      [1, 'REG-001', true],
      [2, 'REG-002', true],
      [3, 'PRJ-001', false],
    ]);
  });

  it('breaks a tie by the heaviest criterion where the two differ, and says so', () => {
    // Both score 0.5: A by strategic fit (weight 0.5), B by value and risk.
    const list = ranked([
      { projectId: 'B', levels: { strategic_fit: 1, value: 5, risk: 1 } },
      { projectId: 'A', levels: { strategic_fit: 5, value: 1, risk: 4 } },
      { projectId: 'C', levels: { strategic_fit: 3, value: 3, risk: 4 } },
    ]);
    expect(list.map((p) => [p.projectId, p.score, p.tiedWith, p.tieBreak])).toEqual([
      ['A', 0.5, ['B'], 'criteria'],
      ['B', 0.5, ['A'], 'criteria'],
      ['C', 0.4, [], 'none'],
    ]);
  });

  it('falls back on the project id when two projects are rated alike, whatever order they come in', () => {
    const a: ProjectRating = { projectId: 'PRJ-010', levels: { strategic_fit: 3, value: 3, risk: 2 } };
    const b: ProjectRating = { projectId: 'PRJ-009', levels: { strategic_fit: 3, value: 3, risk: 2 } };
    for (const order of [[a, b], [b, a]]) {
      expect(ranked(order).map((p) => [p.projectId, p.tieBreak])).toEqual([
        ['PRJ-009', 'id'],
        ['PRJ-010', 'id'],
      ]);
    }
  });

  it('compares scores to 1e-9, so floating-point noise is no reason to rank one project above another', () => {
    // 0.1 + 0.2 ≠ 0.3 in floating point; with these weights the two projects score exactly that.
    const model = { criteria: [criterion('a', 0.1, 'higher-is-better', 2), criterion('b', 0.2, 'higher-is-better', 2), criterion('c', 0.3, 'higher-is-better', 2), criterion('d', 0.4, 'higher-is-better', 2)] };
    const list = ranked(
      [
        { projectId: 'X', levels: { a: 2, b: 2, c: 1, d: 1 } },
        { projectId: 'Y', levels: { a: 1, b: 1, c: 2, d: 1 } },
      ],
      model,
    );
    expect(list.map((p) => [p.projectId, p.tiedWith])).toEqual([
      ['Y', ['X']], // equal scores; Y is better on c (0.3), the heavier criterion where they differ
      ['X', ['Y']],
    ]);
  });

  it('refuses a model or ratings with problems, listing them all', () => {
    expect(rankProjects({ criteria: [] }, [])).toEqual({ ok: false, error: 'invalid_scoring', problems: [{ path: 'criteria', message: 'Give the model at least one criterion.' }] });
    const r = rankProjects(MODEL, [
      { projectId: 'PRJ-001', levels: { strategic_fit: 6, value: 2.5, colour: 3 } },
      { projectId: 'PRJ-001', levels: { strategic_fit: 1, value: 1, risk: 1 } },
    ]);
    expect(r).toEqual({
      ok: false,
      error: 'invalid_scoring',
      problems: [
        { path: 'ratings[0].levels.strategic_fit', message: 'PRJ-001: "Strategic fit" is rated 1 (Very low) to 5 (Very high); 6 is outside it.' },
        { path: 'ratings[0].levels.value', message: 'PRJ-001: "Value" is rated 1 (Very low) to 5 (Very high); 2.5 is outside it.' },
        { path: 'ratings[0].levels.risk', message: 'PRJ-001: "Risk" is not rated; give it a level from 1 (Very low) to 4 (High).' },
        { path: 'ratings[0].levels.colour', message: 'PRJ-001: the model has no criterion "colour"; remove the rating or add the criterion.' },
        { path: 'ratings[1].projectId', message: 'PRJ-001 is rated twice; keep one rating per project.' },
      ],
    });
  });

  it('ranks an empty portfolio as an empty list', () => {
    expect(ranked([])).toEqual([]);
  });
});
