// Where a stakeholder stands and how far they must move. The power–interest grid (Mendelow) says
// how to handle someone from two scores of 1–5: influence (power over the project) and interest
// in it. The engagement assessment matrix of the PMBOK compares how engaged a stakeholder is now
// with how engaged the project needs them to be, on five ordered levels; the gap is the number
// of levels between the two. Pure: scores in, grid out.

export const ENGAGEMENT_LEVELS = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

/** The four ways of handling a stakeholder, in the grid's reading order (top right first). */
export const QUADRANTS = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** A score of 1–5 counts as high from this value on: the middle of the scale is not ignored. */
export const HIGH_FROM = 3;

/**
 * The quadrant of the power–interest grid for an influence and an interest score (1–5).
 * @example quadrantOf(5, 2) // 'keep_satisfied': powerful, not much interested
 */
export function quadrantOf(influence: number, interest: number): Quadrant {
  const powerful = influence >= HIGH_FROM;
  const interested = interest >= HIGH_FROM;
  if (powerful) return interested ? 'manage_closely' : 'keep_satisfied';
  return interested ? 'keep_informed' : 'monitor';
}

/**
 * Levels between where a stakeholder is and where the project needs them: positive when they must
 * become more engaged, negative when they are more engaged than needed, 0 on target.
 * @example engagementGap('resistant', 'supportive') // 2
 */
export function engagementGap(current: EngagementLevel, desired: EngagementLevel): number {
  return ENGAGEMENT_LEVELS.indexOf(desired) - ENGAGEMENT_LEVELS.indexOf(current);
}

export interface GridInput {
  readonly influence: number;
  readonly interest: number;
  readonly engagementCurrent: EngagementLevel;
  readonly engagementDesired: EngagementLevel;
}

export interface GridCell<T> {
  readonly quadrant: Quadrant;
  readonly count: number;
  /** Largest gap first, then the most influential, then the most interested; ties keep their order. */
  readonly stakeholders: ReadonlyArray<T & { readonly quadrant: Quadrant; readonly engagementGap: number }>;
}

export interface PowerInterestGrid<T> {
  readonly total: number;
  readonly quadrants: ReadonlyArray<GridCell<T>>;
  /** How many stakeholders stand at each engagement level now and are wanted at it. */
  readonly engagement: ReadonlyArray<{ readonly level: EngagementLevel; readonly current: number; readonly desired: number }>;
  /** Stakeholders who must become more engaged (a positive gap). */
  readonly belowDesired: number;
}

/**
 * Places every stakeholder in exactly one quadrant, with their gap, and counts the engagement levels.
 * @example powerInterestGrid([{ influence: 4, interest: 5, engagementCurrent: 'neutral', engagementDesired: 'leading' }]).quadrants[0].count // 1
 */
export function powerInterestGrid<T extends GridInput>(stakeholders: ReadonlyArray<T>): PowerInterestGrid<T> {
  const placed = stakeholders.map((s, index) => ({ ...s, quadrant: quadrantOf(s.influence, s.interest), engagementGap: engagementGap(s.engagementCurrent, s.engagementDesired), index }));
  const quadrants = QUADRANTS.map((quadrant) => {
    const inCell = placed
      .filter((s) => s.quadrant === quadrant)
      .sort((a, b) => b.engagementGap - a.engagementGap || b.influence - a.influence || b.interest - a.interest || a.index - b.index)
      .map(({ index: _index, ...s }) => s as unknown as T & { quadrant: Quadrant; engagementGap: number });
    return { quadrant, count: inCell.length, stakeholders: inCell };
  });
  const engagement = ENGAGEMENT_LEVELS.map((level) => ({
    level,
    current: stakeholders.filter((s) => s.engagementCurrent === level).length,
    desired: stakeholders.filter((s) => s.engagementDesired === level).length,
  }));
  return { total: stakeholders.length, quadrants, engagement, belowDesired: placed.filter((s) => s.engagementGap > 0).length };
}
