// What the comparison shows of a project set, pure: the total value, cost per calendar year (each
// project's cost spread evenly over the days from its start to its finish, in whole minor units
// that add up exactly), strategic coverage (which objectives the set serves, with how many
// projects), and demand against capacity per role folded from months into calendar quarters.
import { quarterOf } from '../calendar/quarters.ts';
import { sumMinor } from '../finance/money.ts';
import type { PlanProject } from './scenario-types.ts';

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayText = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * An amount spread evenly over the days from `start` to `finish` inclusive, per calendar year, in
 * whole minor units by largest remainders (the parts add up to the amount).
 *
 * @example costByYear(36_600, '2027-07-01', '2028-06-30') // [{ year: 2027, minor: 18_400 }, { year: 2028, minor: 18_200 }]
 */
export function costByYear(amountMinor: number, start: string, finish: string): { year: number; minor: number }[] {
  const first = dayNumber(start);
  const last = Math.max(first, dayNumber(finish));
  const total = last - first + 1;
  const years: { year: number; days: number }[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(dayText(last).slice(0, 4)); y++) {
    const from = Math.max(first, dayNumber(`${y}-01-01`));
    const to = Math.min(last, dayNumber(`${y}-12-31`));
    years.push({ year: y, days: to - from + 1 });
  }
  const exact = years.map((y) => (amountMinor * y.days) / total);
  const floors = exact.map(Math.floor);
  let left = amountMinor - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return years.map((y, i) => ({ year: y.year, minor: floors[i]! }));
}

export interface SetMeasures {
  readonly valueMinor: number;
  readonly costMinor: number;
  readonly costByYear: ReadonlyArray<{ readonly year: number; readonly minor: number }>;
  /** Projects left out of the cost: no budget (or no rate) or no dates. */
  readonly notCosted: readonly string[];
  readonly coverage: ReadonlyArray<{ readonly objectiveId: string; readonly projects: readonly string[] }>;
  readonly objectivesServed: number;
}

/** Value, cost per year and strategic coverage of a set of projects over `objectiveIds` (the organisation's objectives). */
export function setMeasures(projects: readonly PlanProject[], objectiveIds: readonly string[]): SetMeasures {
  const years = new Map<number, number>();
  const notCosted: string[] = [];
  for (const p of projects) {
    if (p.costMinor === null || p.start === null || p.finish === null) {
      notCosted.push(p.code);
      continue;
    }
    for (const y of costByYear(p.costMinor, p.start, p.finish)) years.set(y.year, (years.get(y.year) ?? 0) + y.minor);
  }
  const coverage = objectiveIds.map((objectiveId) => ({ objectiveId, projects: projects.filter((p) => p.objectiveIds.includes(objectiveId)).map((p) => p.code) }));
  return {
    valueMinor: sumMinor(projects.map((p) => p.valueMinor)),
    costMinor: sumMinor([...years.values()]),
    costByYear: [...years].sort((a, b) => a[0] - b[0]).map(([year, minor]) => ({ year, minor })),
    notCosted,
    coverage,
    objectivesServed: coverage.filter((c) => c.projects.length > 0).length,
  };
}

/**
 * Monthly values folded into their quarters (the months given in order, each with its first day).
 *
 * @example foldQuarters(['2027-01-01', '2027-02-01', '2027-04-01'], [1, 2, 5]) // { quarters: ['2027-Q1', '2027-Q2'], values: [3, 5] }
 */
export function foldQuarters(monthFirstDays: readonly string[], values: readonly number[]): { quarters: string[]; values: number[] } {
  const quarters: string[] = [];
  const sums: number[] = [];
  monthFirstDays.forEach((day, i) => {
    const q = quarterOf(day);
    if (quarters[quarters.length - 1] !== q) {
      quarters.push(q);
      sums.push(0);
    }
    sums[sums.length - 1]! += values[i] ?? 0;
  });
  return { quarters, values: sums };
}
