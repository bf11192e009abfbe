// The S-curve's data, once, for the chart and its numbers table alike: period ends as the axis,
// cumulative planned value and actual cost per period (actual cost stops at the status date),
// earned value as one point in the period holding the status date, and BAC and EAC as levels.
// Amounts stay in integer minor units; only labels turn them into money text. The value axis tops
// out above EAC, so its line is always on the chart.
import type { ProjectEvm } from '../../api/types.ts';

export interface CurveRow {
  periodEnd: string;
  pv: number;
  ac: number | null;
  /** Earned value, only in the period holding the status date (it is measured there alone). */
  ev: number | null;
  atStatus: boolean;
}

export interface CurveSeries {
  categories: string[];
  pv: number[];
  ac: (number | null)[];
  ev: (number | null)[];
  /** Where the status date falls on the axis; null on an empty curve. */
  statusIndex: number | null;
  bac: number;
  eac: number | null;
}

type CurveInput = Pick<ProjectEvm, 'curve' | 'statusDate' | 'amounts' | 'indices'>;

/** The first period ending on or after the status date (the last one if the date is beyond them). */
export function statusIndexOf(curve: CurveInput['curve'], statusDate: string): number | null {
  if (curve.length === 0) return null;
  const index = curve.findIndex((p) => p.periodEnd >= statusDate);
  return index === -1 ? curve.length - 1 : index;
}

export function curveRows(evm: CurveInput): CurveRow[] {
  const at = statusIndexOf(evm.curve, evm.statusDate);
  return evm.curve.map((p, i) => ({ periodEnd: p.periodEnd, pv: p.pv, ac: p.ac, ev: i === at ? evm.amounts.ev : null, atStatus: i === at }));
}

export function curveSeries(evm: CurveInput): CurveSeries {
  const rows = curveRows(evm);
  return {
    categories: rows.map((r) => r.periodEnd),
    pv: rows.map((r) => r.pv),
    ac: rows.map((r) => r.ac),
    ev: rows.map((r) => r.ev),
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
export function axisTop(s: Pick<CurveSeries, 'pv' | 'ac' | 'bac' | 'eac'>): number {
  const highest = Math.max(0, s.bac, s.eac ?? 0, ...s.pv, ...s.ac.map((v) => v ?? 0));
  if (highest === 0) return 1;
  const power = 10 ** Math.floor(Math.log10(highest));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => f * power >= highest) ?? 10;
  return step * power;
}
