// The S-curve's data, once, for the chart and its numbers table alike: period ends as the axis,
// cumulative planned value, earned value (as recorded day by day, the status date's own in its
// period) and actual cost (both stop at the status date), the forecast line from AC at the status
// date to EAC, and BAC and EAC as levels; and the CPI/SPI trend from the same periods. Amounts stay
// in integer minor units; only labels turn them into money text. The value axis tops out above
// EAC, so its line is always on the chart.
import type { ProjectEvm } from '../../api/types.ts';

export interface CurveRow {
  periodEnd: string;
  pv: number;
  ac: number | null;
  /** Earned value as last recorded by the period's end; null before the first record and after the status date. */
  ev: number | null;
  /** The forecast line (AC at the status date growing to EAC); null before the status date. */
  forecast: number | null;
  cpi: number | null;
  spi: number | null;
  atStatus: boolean;
}

export interface CurveSeries {
  categories: string[];
  pv: number[];
  ac: (number | null)[];
  ev: (number | null)[];
  forecast: (number | null)[];
  /** Where the status date falls on the axis; null on an empty curve. */
  statusIndex: number | null;
  bac: number;
  eac: number | null;
}

type CurveInput = Pick<ProjectEvm, 'curve' | 'statusDate' | 'amounts' | 'indices'>;

export interface TrendSeries {
  categories: string[];
  cpi: (number | null)[];
  spi: (number | null)[];
}

/** The first period ending on or after the status date (the last one if the date is beyond them). */
export function statusIndexOf(curve: CurveInput['curve'], statusDate: string): number | null {
  if (curve.length === 0) return null;
  const index = curve.findIndex((p) => p.periodEnd >= statusDate);
  return index === -1 ? curve.length - 1 : index;
}

export function curveRows(evm: CurveInput): CurveRow[] {
  const at = statusIndexOf(evm.curve, evm.statusDate);
  return evm.curve.map((p, i) => ({ periodEnd: p.periodEnd, pv: p.pv, ac: p.ac, ev: p.ev, forecast: p.forecast, cpi: p.cpi, spi: p.spi, atStatus: i === at }));
}

export function curveSeries(evm: CurveInput): CurveSeries {
  const rows = curveRows(evm);
  return {
    categories: rows.map((r) => r.periodEnd),
    pv: rows.map((r) => r.pv),
    ac: rows.map((r) => r.ac),
    ev: rows.map((r) => r.ev),
    forecast: rows.map((r) => r.forecast),
    statusIndex: statusIndexOf(evm.curve, evm.statusDate),
    bac: evm.amounts.bac,
    eac: evm.indices.eac,
  };
}

/**
 * The top of the value axis: the highest of the curve, BAC and EAC, rounded up to a round step (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8)
 * times a power of ten, so the EAC line is never drawn off the chart.
 * @example axisTop(curveSeries(fence)); // 500000 (EAC 448,000 above BAC 400,000)
 */
export function axisTop(s: Pick<CurveSeries, 'pv' | 'ac' | 'bac' | 'eac'> & Partial<Pick<CurveSeries, 'ev' | 'forecast'>>): number {
  const highest = Math.max(0, s.bac, s.eac ?? 0, ...[s.pv, s.ac, s.ev ?? [], s.forecast ?? []].flat().map((v) => v ?? 0));
  if (highest === 0) return 1;
  const power = 10 ** Math.floor(Math.log10(highest));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => f * power >= highest) ?? 10;
  return step * power;
}

/**
 * CPI and SPI at each period end from the first where either is known up to the status date's
 * period (later periods have no EV yet); empty when neither is known anywhere.
 * @example trendSeries(fence).categories; // ['2027-03-01', '2027-03-02', '2027-03-03']
 */
export function trendSeries(evm: CurveInput): TrendSeries {
  const at = statusIndexOf(evm.curve, evm.statusDate);
  const first = evm.curve.findIndex((p) => p.cpi !== null || p.spi !== null);
  const points = first === -1 || at === null ? [] : evm.curve.slice(first, at + 1);
  return { categories: points.map((p) => p.periodEnd), cpi: points.map((p) => p.cpi), spi: points.map((p) => p.spi) };
}
