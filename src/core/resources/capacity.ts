// A resource's capacity per day: the working minutes of its calendar that day times its maximum
// units that day (the latest dated row on or before it; before the first, the resource's default:
// 100 %, a role's headcount), in whole minutes.
import { dayFromIsoDate, MINUTES_PER_DAY } from '../calendar/wall-time.ts';
import type { MaxUnitsRow, ResourceInput } from './resource-types.ts';
import type { WorkingTotals } from './working-days.ts';

const DAY = MINUTES_PER_DAY;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a real `YYYY-MM-DD` date. */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const day = dayFromIsoDate(text);
  return Number.isFinite(day) && new Date(day * 86_400_000).toISOString().slice(0, 10) === text;
}

/** Why a resource's maximum units cannot be used, or null. */
export function maxUnitsProblem(resource: ResourceInput): string | null {
  const seen = new Set<string>();
  for (const row of resource.maxUnits ?? []) {
    if (!isIsoDate(row.from)) return `Resource ${resource.id}: the maximum units row date "${row.from}" is not a YYYY-MM-DD date.`;
    if (!(Number.isFinite(row.units) && row.units >= 0)) return `Resource ${resource.id}: the maximum units ${row.units} from ${row.from} are not a non-negative percentage.`;
    if (seen.has(row.from)) return `Resource ${resource.id}: two maximum units rows start on ${row.from}; keep one.`;
    seen.add(row.from);
  }
  return null;
}

/**
 * The maximum units (percent) in force on a day: the latest row on or before it, else `fallback`
 * (100 for a person or a machine, a role's headcount × 100).
 * @example maxUnitsOn([{ from: '2027-01-01', units: 50 }], '2027-03-01', 100) // 50
 * @example maxUnitsOn([{ from: '2027-01-01', units: 50 }], '2026-12-31', 100) // 100
 */
export function maxUnitsOn(rows: ReadonlyArray<MaxUnitsRow>, day: string, fallback: number): number {
  let best: MaxUnitsRow | null = null;
  for (const row of rows) if (row.from <= day && (best === null || row.from > best.from)) best = row;
  return best === null ? fallback : best.units;
}

/**
 * Writes, for `days` days from `firstDay`, the calendar's working minutes into `working` and the
 * capacity (working minutes × maximum units, rounded to whole minutes) into `capacity`, from `offset`.
 */
export function capacityOnto(resource: ResourceInput, calendar: WorkingTotals, firstDay: number, days: number, working: Float64Array, capacity: Float64Array, offset: number): void {
  const rows = [...(resource.maxUnits ?? [])].map((r) => ({ day: dayFromIsoDate(r.from), units: r.units })).sort((a, b) => a.day - b.day);
  let next = 0;
  let units = resource.defaultMaxUnits ?? 100;
  while (next < rows.length && rows[next]!.day <= firstDay) units = rows[next++]!.units;
  let before = calendar.workingTotal(firstDay * DAY);
  for (let i = 0; i < days; i++) {
    const day = firstDay + i;
    while (next < rows.length && rows[next]!.day <= day) units = rows[next++]!.units;
    const after = calendar.workingTotal((day + 1) * DAY);
    const minutes = after - before;
    before = after;
    working[offset + i] = minutes;
    capacity[offset + i] = Math.round((minutes * units) / 100);
  }
}
