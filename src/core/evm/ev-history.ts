// Earned value over time. Percent complete is kept only as its current value, so a project's EV
// of a past day is what was recorded that day (the last record on or before it); these functions
// step such records onto the S-curve's period ends, draw the forecast line from the status date
// to the estimate at completion, and give CPI and SPI per period end where EV and AC are known.
import type { EvmPeriod, MinorUnits, PeriodUnit } from './evm-types.ts';
import { ratio, roundMinor } from './money.ts';
import { nextPeriodStart } from './periods.ts';

/** A project's earned value as recorded at an instant (the end of the day it was recorded on). */
export interface EvRecord {
  readonly at: number;
  readonly ev: MinorUnits;
}

/** What the S-curve adds to a period beyond PV and AC. */
export interface CurveOutlook {
  /** Cumulative EV at the period's end as last recorded; the status date's EV in its own period; null before the first record and after the status date. */
  readonly ev: MinorUnits | null;
  /** The forecast line: AC at the status date growing evenly to EAC at the forecast finish; null before the status date or without an EAC. */
  readonly forecast: MinorUnits | null;
  /** EV / AC where both are known (null on a zero AC). */
  readonly cpi: number | null;
  /** EV / PV where EV is known (null on a zero PV). */
  readonly spi: number | null;
}

export interface OutlookInput {
  /** The status date as an instant (the end of its day). */
  readonly statusDate: number;
  /** Recorded EV, in any order; records after the status date are ignored. */
  readonly records: ReadonlyArray<EvRecord>;
  /** EV and AC at the status date (the project's figures). */
  readonly ev: MinorUnits;
  readonly ac: MinorUnits;
  /** The estimate at completion; null leaves no forecast line. */
  readonly eac: MinorUnits | null;
  /** Where the forecast line reaches EAC (earned schedule's forecast finish, or the planned finish). */
  readonly finish: number;
}

/**
 * The earned value last recorded at or before `instant`, or null when nothing was recorded by then.
 * @example
 * recordedEvAt([{ at: mon, ev: 1000 }, { at: wed, ev: 2500 }], tue); // 1000
 */
export function recordedEvAt(records: ReadonlyArray<EvRecord>, instant: number): MinorUnits | null {
  let best: EvRecord | null = null;
  for (const r of records) if (r.at <= instant && (best === null || r.at >= best.at)) best = r;
  return best === null ? null : best.ev;
}

/**
 * The instant `count` periods after `origin` (a period start): whole periods, then the clock share
 * of the next one. Converts earned schedule's IEAC(t) into a forecast finish.
 * @example
 * instantAfterPeriods(wallFromIso('2027-03-01T00:00'), 4.8, 'day'); // wallFromIso('2027-03-05T19:12')
 */
export function instantAfterPeriods(origin: number, count: number, unit: PeriodUnit): number {
  let start = origin;
  const whole = Math.floor(Math.max(0, count));
  for (let k = 0; k < whole; k++) start = nextPeriodStart(start, unit);
  return start + (Math.max(0, count) - whole) * (nextPeriodStart(start, unit) - start);
}

/**
 * EV, the forecast line and the indices at each period's end. A period ending before the status
 * date shows the EV recorded by its end; the period holding the status date shows the status
 * date's EV (and AC, where the forecast starts); later periods show no EV, and the forecast there
 * is AC + (EAC − AC) × the share of the time from the status date to the forecast finish that has
 * passed by the period's end (EAC from the finish on).
 * @example
 * curveOutlook(periods, { statusDate: wed, records: [{ at: mon, ev: 1000 }], ev: 2500, ac: 2800, eac: 4480, finish: fri });
 * // [{ ev: 1000, forecast: null, … }, { ev: 1000, … }, { ev: 2500, forecast: 2800, cpi: 0.89, spi: 0.83 }, { ev: null, forecast: 3640, … }, { ev: null, forecast: 4480, … }]
 */
export function curveOutlook(periods: ReadonlyArray<EvmPeriod>, input: OutlookInput): CurveOutlook[] {
  const records = input.records.filter((r) => r.at <= input.statusDate).sort((a, b) => a.at - b.at);
  const { statusDate, eac, finish } = input;
  let next = 0;
  let recorded: MinorUnits | null = null;
  return periods.map((p) => {
    const after = p.start >= statusDate;
    const holdsStatus = !after && p.end >= statusDate;
    while (next < records.length && records[next]!.at <= p.end) recorded = records[next++]!.ev;
    const ev = after ? null : holdsStatus ? input.ev : recorded;
    let forecast: MinorUnits | null = null;
    if (eac !== null && holdsStatus) forecast = input.ac;
    else if (eac !== null && after) forecast = finish <= statusDate || p.end >= finish ? eac : roundMinor(input.ac + ((eac - input.ac) * (p.end - statusDate)) / (finish - statusDate));
    const known = ev !== null && p.ac !== null;
    return { ev, forecast, cpi: known ? ratio(ev, p.ac) : null, spi: known ? ratio(ev, p.pv) : null };
  });
}
