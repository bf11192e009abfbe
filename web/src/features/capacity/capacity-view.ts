// The capacity page's pure view logic: the band of a load (colour and its word, so colour is never
// the only signal), a cell's text, the default window (this week's Monday and the next eleven
// weeks), period headings, and the histogram's series for one resource.
import type { CapacityPeriod, CapacityRow } from '../../api/capacity.ts';

export type LoadBand = 'idle' | 'under' | 'near' | 'over';

export const BAND_STYLE: Readonly<Record<LoadBand, { readonly colour: string; readonly text: string; readonly label: string }>> = {
  idle: { colour: 'transparent', text: 'inherit', label: 'No capacity' },
  under: { colour: '#d3f9d8', text: '#1b5e20', label: 'Under 80 %' },
  near: { colour: '#ffe8a1', text: '#7a4f01', label: '80–100 %' },
  over: { colour: '#ffc9c9', text: '#a61e1e', label: 'Over 100 % (over-allocated)' },
};

/** The band of a row's period: over when demand passes capacity, amber from 80 %, green below. */
export function loadBand(row: Pick<CapacityRow, 'load' | 'overAllocated'>, p: number): LoadBand {
  if (row.overAllocated[p]) return 'over';
  const load = row.load[p];
  if (load === null || load === undefined) return 'idle';
  return load >= 80 ? 'near' : 'under';
}

/** What a cell says: "150 % over", "85 %", "—" without capacity (or "12 h over" when there is demand but none). */
export function cellText(row: Pick<CapacityRow, 'load' | 'overAllocated' | 'demand'>, p: number): string {
  const load = row.load[p];
  if (load === null || load === undefined) return row.demand[p]! > 0 ? `${row.demand[p]} h over` : '—';
  return row.overAllocated[p] ? `${load} % over` : `${load} %`;
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Monday of the week holding `today` and the Sunday `weeks` weeks later. */
export function defaultWindow(today: string, weeks = 12): { from: string; to: string } {
  const ms = Date.parse(`${today}T00:00:00Z`);
  const monday = ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY;
  return { from: isoDay(monday), to: isoDay(monday + (weeks * 7 - 1) * DAY) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A period's heading: "2 Mar" for a week or day, "Mar 2026" for a month. */
export function periodLabel(period: Pick<CapacityPeriod, 'firstDay'>, unit: 'day' | 'week' | 'month'): string {
  const [year, month, day] = period.firstDay.split('-').map(Number) as [number, number, number];
  return unit === 'month' ? `${MONTHS[month - 1]} ${year}` : `${day} ${MONTHS[month - 1]}`;
}

/** The histogram's data: per period, demand and capacity in hours, and which periods are over. */
export function histogramSeries(row: CapacityRow, periods: ReadonlyArray<CapacityPeriod>, unit: 'day' | 'week' | 'month') {
  return {
    labels: periods.map((p) => periodLabel(p, unit)),
    demand: row.demand.map((hours, p) => ({ value: hours, over: row.overAllocated[p] === true })),
    capacity: [...row.capacity],
  };
}
