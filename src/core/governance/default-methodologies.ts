// The methodology library a new Orrery installation starts with, so that a PMO can govern its
// first project on the first day and tailor later. One file per methodology keeps each readable;
// the deliverables they share carry the same keys (default-requirements.ts), so a project's
// charter satisfies the charter requirement whichever methodology the project follows.
import { AGILE } from './default-agile.ts';
import { HYBRID } from './default-hybrid.ts';
import { PREDICTIVE } from './default-predictive.ts';
import type { Methodology } from './methodology-types.ts';

/**
 * The default methodologies: predictive, agile (release-based) and hybrid.
 * @example
 * const predictive = DEFAULT_METHODOLOGIES.find((m) => m.key === 'predictive')!;
 * predictive.phases.map((p) => p.name); // ['Initiate', 'Plan', 'Execute', 'Close']
 */
export const DEFAULT_METHODOLOGIES: ReadonlyArray<Methodology> = [PREDICTIVE, AGILE, HYBRID];
