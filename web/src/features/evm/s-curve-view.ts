// The S-curve's data, once, for the chart and its numbers table alike: period ends as the axis,
// cumulative planned value and actual cost per period (actual cost stops at the status date),
// earned value as one point in the period holding the status date, and BAC and EAC as levels.
// Amounts stay in integer minor units; only labels turn them into money text.
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
