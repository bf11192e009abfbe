// Which milestones a portfolio should look at: those due soon (forecast to finish within the
// window ahead and not yet reached), those that slipped (planned within the window either side of
// today and late against baseline 0), and each project's next milestone. Said once here so the
// portfolio dashboard, the program view and their tests agree. Dates are compared by calendar day:
// a milestone at 17:00 and its baseline at 08:00 the next morning are the same moment of work.
// Pure: the milestones and today come in.

export interface MilestoneFact {
  readonly projectId: string;
  /** Local YYYY-MM-DDTHH:MM of the current schedule (the actual finish once reached); null if unscheduled. */
  readonly forecastFinish: string | null;
  readonly actualFinish: string | null;
  /** Baseline 0's finish; null when the project has no baseline or the milestone is newer than it. */
  readonly baselineFinish: string | null;
}

/** Why a milestone counts as slipped. */
export type Lateness = 'forecast_after_baseline' | 'baseline_passed';

export type Watched<T> = T & { readonly lateness: Lateness | null; readonly varianceDays: number | null };

export interface MilestoneWatch<T extends MilestoneFact> {
  /** YYYY-MM-DD bounds, inclusive. */
  readonly dueFrom: string;
  readonly dueTo: string;
  readonly slippedFrom: string;
  readonly slippedTo: string;
  /** Not reached, forecast within [today, today + window]; by forecast. */
  readonly due: ReadonlyArray<Watched<T>>;
  /** Baseline within [today − window, today + window] and late; by baseline date. */
  readonly slipped: ReadonlyArray<Watched<T>>;
  /** Per project, the milestone not yet reached that is forecast first. */
  readonly nextByProject: ReadonlyMap<string, Watched<T>>;
}

const DAY_MS = 86_400_000;
const day = (localOrDate: string): string => localOrDate.slice(0, 10);

/**
 * A date moved by whole days.
 * @example
 * addDays('2026-12-30', 3); // '2027-01-02'
 */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${day(date)}T00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when earlier). */
export const daysFrom = (from: string, to: string): number => Math.round((Date.parse(`${day(to)}T00:00Z`) - Date.parse(`${day(from)}T00:00Z`)) / DAY_MS);

/**
 * Whether a milestone is late against its baseline: forecast on a later day than planned, or its
 * planned day has passed and it is not reached. Null when on time or with no baseline.
 * @example
 * lateness({ projectId: 'p', forecastFinish: '2026-05-04T17:00', actualFinish: null, baselineFinish: '2026-05-01T17:00' }, '2026-04-01'); // 'forecast_after_baseline'
 */
export function lateness(m: MilestoneFact, today: string): Lateness | null {
  if (m.baselineFinish === null) return null;
  if (m.forecastFinish !== null && day(m.forecastFinish) > day(m.baselineFinish)) return 'forecast_after_baseline';
  if (m.actualFinish === null && day(m.baselineFinish) < today) return 'baseline_passed';
  return null;
}

const reached = (m: MilestoneFact): boolean => m.actualFinish !== null;
const within = (date: string | null, from: string, to: string): date is string => date !== null && day(date) >= from && day(date) <= to;
const byDate = (key: (m: MilestoneFact) => string | null) => (a: MilestoneFact, b: MilestoneFact) => {
  const x = key(a) ?? '9999';
  const y = key(b) ?? '9999';
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The milestones to watch, `windowDays` either side of `today` (YYYY-MM-DD). Ties keep the input
 * order, so callers pass milestones in the order they want ties shown (e.g. by project code).
 */
export function watchMilestones<T extends MilestoneFact>(milestones: ReadonlyArray<T>, today: string, windowDays: number): MilestoneWatch<T> {
  const dueFrom = today;
  const dueTo = addDays(today, windowDays);
  const slippedFrom = addDays(today, -windowDays);
  const watched = milestones.map(
    (m): Watched<T> => ({ ...m, lateness: lateness(m, today), varianceDays: m.baselineFinish !== null && m.forecastFinish !== null ? daysFrom(m.baselineFinish, m.forecastFinish) : null }),
  );
  const open = watched.filter((m) => !reached(m));
  const nextByProject = new Map<string, Watched<T>>();
  for (const m of [...open].sort(byDate((x) => x.forecastFinish))) if (!nextByProject.has(m.projectId)) nextByProject.set(m.projectId, m);
  return {
    dueFrom,
    dueTo,
    slippedFrom,
    slippedTo: dueTo,
    due: open.filter((m) => within(m.forecastFinish, dueFrom, dueTo)).sort(byDate((x) => x.forecastFinish)),
    slipped: watched.filter((m) => m.lateness !== null && within(m.baselineFinish, slippedFrom, dueTo)).sort(byDate((x) => x.baselineFinish)),
    nextByProject,
  };
}
