// The planning horizon of a selection in quarters: quarter 0 is the first quarter (YYYY-Qn), and
// budget years are calendar years, so a horizon starting in Q3 puts quarters 0–1 in its first year.
import { AppError } from '../errors.ts';

export interface Horizon {
  readonly firstYear: number;
  /** 0 = Q1 … 3 = Q4: the core's firstQuarterOfYear. */
  readonly firstQuarterOfYear: number;
  readonly quarters: number;
}

export function horizonOf(firstQuarter: string | null, quarters: number, today: string): Horizon {
  if (firstQuarter === null) {
    const [y, m] = today.split('-').map(Number) as [number, number];
    return { firstYear: y, firstQuarterOfYear: Math.floor((m - 1) / 3), quarters };
  }
  const match = /^(\d{4})-Q([1-4])$/.exec(firstQuarter);
  if (!match) throw new AppError('validation_failed', `${firstQuarter} is not a quarter: write YYYY-Qn, such as 2027-Q1.`, { errors: [{ path: 'firstQuarter', message: 'YYYY-Qn' }] });
  return { firstYear: Number(match[1]), firstQuarterOfYear: Number(match[2]) - 1, quarters };
}

/** `2027-Q3` for quarter q of the horizon. */
export function quarterLabel(h: Horizon, q: number): string {
  const n = h.firstQuarterOfYear + q;
  return `${h.firstYear + Math.floor(n / 4)}-Q${(n % 4) + 1}`;
}

/** The calendar years the horizon's budget years are. */
export const horizonYears = (h: Horizon): number[] =>
  Array.from({ length: Math.floor((h.quarters - 1 + h.firstQuarterOfYear) / 4) + 1 }, (_, i) => h.firstYear + i);

/** The horizon quarter a date (YYYY-MM-DD) falls in: negative before it, ≥ quarters after it. */
export function quarterOf(h: Horizon, date: string): number {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return (y - h.firstYear) * 4 + Math.floor((m - 1) / 3) - h.firstQuarterOfYear;
}

/** First day of horizon quarter q (q may equal quarters: the day after the horizon). */
export function quarterStart(h: Horizon, q: number): string {
  const n = h.firstQuarterOfYear + q;
  const year = h.firstYear + Math.floor(n / 4);
  return `${year}-${String((n % 4) * 3 + 1).padStart(2, '0')}-01`;
}

/** The horizon's last day. */
export function horizonEnd(h: Horizon): string {
  const next = Date.parse(`${quarterStart(h, h.quarters)}T00:00:00Z`) - 86_400_000;
  return new Date(next).toISOString().slice(0, 10);
}
