// "Who with skill X is free for N weeks in Q3?": the resources with the skill (at a proficiency
// or above) that have, in N consecutive whole ISO weeks of a window, capacity left over their
// demand of at least the asked units' share of their working time in each week; ranked by how
// free they are over their best such run.
import { dayFromIsoDate, isoDateFromDay } from '../calendar/wall-time.ts';
import { isIsoDate } from './capacity.ts';
import type { LoadModel } from './load-model.ts';
import type { CapacityError } from './resource-types.ts';

export interface AvailabilityQuery {
  readonly skill: string;
  readonly minProficiency?: number;
  /** Consecutive weeks wanted (≥ 1). */
  readonly weeks: number;
  /** The share of a full-time week wanted, percent (50 = half of each week). */
  readonly units: number;
  /** The window, inclusive; default the model's range. Only whole weeks (Monday–Sunday) inside it count. */
  readonly from?: string;
  readonly to?: string;
}

export interface FreeWeek {
  /** The Monday. */
  readonly weekStart: string;
  /** Capacity left over demand, minutes. */
  readonly remaining: number;
  /** Working minutes of the resource's calendar that week (100 % units). */
  readonly working: number;
}

export interface Candidate {
  readonly resourceId: string;
  readonly proficiency: number;
  /** Every free week of the window. */
  readonly freeWeeks: ReadonlyArray<FreeWeek>;
  /** The freest run of the weeks asked for: its first Monday, last Sunday, and the spare units over it (percent of full time). */
  readonly bestRun: { readonly firstDay: string; readonly lastDay: string; readonly spareUnits: number };
}

/**
 * The candidates, freest first (then higher proficiency, then id). A week counts as free when the
 * resource works in it and its remaining capacity (capacity − demand) is at least units × its
 * working minutes; a week without working time (a holiday week) breaks a run.
 * @example
 * findAvailable(model, { skill: 'SQL', minProficiency: 3, weeks: 3, units: 50, from: '2026-07-01', to: '2026-09-30' });
 * // { ok: true, candidates: [{ resourceId: 'bo', proficiency: 4, bestRun: { firstDay: '2026-07-13', lastDay: '2026-08-02', spareUnits: 100 }, freeWeeks: […] }, …] }
 */
export function findAvailable(model: LoadModel, query: AvailabilityQuery): { readonly ok: true; readonly candidates: ReadonlyArray<Candidate> } | CapacityError {
  if (!(Number.isInteger(query.weeks) && query.weeks >= 1)) return { ok: false, error: 'invalid_input', message: `Ask for a whole number of weeks, at least 1 (not ${query.weeks}).` };
  if (!(Number.isFinite(query.units) && query.units > 0)) return { ok: false, error: 'invalid_input', message: `The units wanted (${query.units}) must be a percentage above 0.` };
  for (const date of [query.from, query.to]) if (date !== undefined && !isIsoDate(date)) return { ok: false, error: 'invalid_input', message: `The window date "${date}" is not a YYYY-MM-DD date.` };
  const lastInRange = model.firstDay + model.days - 1;
  const from = Math.max(model.firstDay, query.from === undefined ? model.firstDay : dayFromIsoDate(query.from));
  const to = Math.min(lastInRange, query.to === undefined ? lastInRange : dayFromIsoDate(query.to));
  // Mondays of the whole weeks inside [from, to]: day 4 (1970-01-05) was a Monday.
  const firstMonday = from + ((((4 - from) % 7) + 7) % 7);
  const mondays: number[] = [];
  for (let monday = firstMonday; monday + 6 <= to; monday += 7) mondays.push(monday);
  const share = query.units / 100;
  const minProficiency = query.minProficiency ?? -Infinity;
  const candidates: Candidate[] = [];
  model.resources.forEach((resource, r) => {
    const skill = (resource.skills ?? []).find((s) => s.skill === query.skill && s.proficiency >= minProficiency);
    if (!skill) return;
    const weeks = mondays.map((monday) => {
      let remaining = 0;
      let working = 0;
      for (let i = monday - model.firstDay, end = i + 7; i < end; i++) {
        const at = r * model.days + i;
        remaining += model.capacity[at]! - model.demand[at]!;
        working += model.working[at]!;
      }
      return { weekStart: isoDateFromDay(monday), remaining, working, free: working > 0 && remaining >= share * working };
    });
    let best: Candidate['bestRun'] | null = null;
    let run = 0;
    for (let w = 0; w < weeks.length; w++) {
      run = weeks[w]!.free ? run + 1 : 0;
      if (run < query.weeks) continue;
      let remaining = 0;
      let working = 0;
      for (let k = w - query.weeks + 1; k <= w; k++) {
        remaining += weeks[k]!.remaining;
        working += weeks[k]!.working;
      }
      const spareUnits = (100 * remaining) / working;
      if (best === null || spareUnits > best.spareUnits) best = { firstDay: weeks[w - query.weeks + 1]!.weekStart, lastDay: isoDateFromDay(mondays[w]! + 6), spareUnits };
    }
    if (best === null) return;
    const freeWeeks = weeks.filter((w) => w.free).map(({ weekStart, remaining, working }) => ({ weekStart, remaining, working }));
    candidates.push({ resourceId: resource.id, proficiency: skill.proficiency, freeWeeks, bestRun: best });
  });
  candidates.sort((a, b) => b.bestRun.spareUnits - a.bestRun.spareUnits || b.proficiency - a.proficiency || (a.resourceId < b.resourceId ? -1 : 1));
  return { ok: true, candidates };
}
