// The power–interest grid and the engagement gap: the four corners, the middle of the scale, and
// properties every grid keeps (each stakeholder in exactly one cell, more power never moves someone
// out of the powerful half).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ENGAGEMENT_LEVELS, engagementGap, powerInterestGrid, quadrantOf, QUADRANTS } from './stakeholder-grid.ts';

const score = fc.integer({ min: 1, max: 5 });
const level = fc.constantFrom(...ENGAGEMENT_LEVELS);
const stakeholder = fc.record({ influence: score, interest: score, engagementCurrent: level, engagementDesired: level, name: fc.string({ maxLength: 5 }) });

describe('quadrantOf', () => {
  it('puts the four corners in their quadrants and counts the middle of the scale as high', () => {
    expect(quadrantOf(5, 5)).toBe('manage_closely');
    expect(quadrantOf(5, 1)).toBe('keep_satisfied');
    expect(quadrantOf(1, 5)).toBe('keep_informed');
    expect(quadrantOf(1, 1)).toBe('monitor');
    expect(quadrantOf(3, 3)).toBe('manage_closely');
    expect(quadrantOf(2, 3)).toBe('keep_informed');
    expect(quadrantOf(3, 2)).toBe('keep_satisfied');
  });

  it('never moves a stakeholder out of the powerful half when their influence rises', () => {
    fc.assert(
      fc.property(score, score, score, (influence, interest, more) => {
        const before = quadrantOf(influence, interest);
        const after = quadrantOf(Math.max(influence, more), interest);
        if (before === 'manage_closely' || before === 'keep_satisfied') expect(['manage_closely', 'keep_satisfied']).toContain(after);
      }),
    );
  });
});

describe('engagementGap', () => {
  it('counts the levels to climb, negative when someone is more engaged than needed', () => {
    expect(engagementGap('resistant', 'supportive')).toBe(2);
    expect(engagementGap('unaware', 'leading')).toBe(4);
    expect(engagementGap('leading', 'supportive')).toBe(-1);
    expect(engagementGap('neutral', 'neutral')).toBe(0);
  });

  it('is antisymmetric and zero only on target', () => {
    fc.assert(fc.property(level, level, (a, b) => engagementGap(a, b) === -engagementGap(b, a) && (engagementGap(a, b) === 0) === (a === b)));
  });
});

describe('powerInterestGrid', () => {
  it('orders each cell by gap, then influence, then interest, and counts the engagement levels', () => {
    const grid = powerInterestGrid([
      { name: 'CFO', influence: 5, interest: 4, engagementCurrent: 'supportive', engagementDesired: 'supportive' },
      { name: 'Works council', influence: 4, interest: 5, engagementCurrent: 'resistant', engagementDesired: 'neutral' },
      { name: 'Regulator', influence: 5, interest: 1, engagementCurrent: 'unaware', engagementDesired: 'neutral' },
      { name: 'Staff', influence: 1, interest: 4, engagementCurrent: 'neutral', engagementDesired: 'supportive' },
    ]);
    expect(grid.total).toBe(4);
    expect(grid.quadrants.map((q) => [q.quadrant, q.stakeholders.map((s) => `${s.name}:${s.engagementGap}`)])).toEqual([
      ['manage_closely', ['Works council:1', 'CFO:0']],
      ['keep_satisfied', ['Regulator:2']],
      ['keep_informed', ['Staff:1']],
      ['monitor', []],
    ]);
    expect(grid.engagement.find((e) => e.level === 'neutral')).toEqual({ level: 'neutral', current: 1, desired: 2 });
    expect(grid.belowDesired).toBe(3);
  });

  it('puts every stakeholder in exactly one cell, whose counts add up to the total', () => {
    fc.assert(
      fc.property(fc.array(stakeholder, { maxLength: 40 }), (people) => {
        const grid = powerInterestGrid(people);
        expect(grid.quadrants.map((q) => q.quadrant)).toEqual([...QUADRANTS]);
        expect(grid.quadrants.reduce((n, q) => n + q.count, 0)).toBe(people.length);
        for (const q of grid.quadrants) {
          expect(q.stakeholders).toHaveLength(q.count);
          for (const s of q.stakeholders) expect(quadrantOf(s.influence, s.interest)).toBe(q.quadrant);
        }
        expect(grid.engagement.reduce((n, e) => n + e.current, 0)).toBe(people.length);
      }),
    );
  });
});
