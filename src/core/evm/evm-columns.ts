// The portfolio's hot path: BAC, PV, EV and AC of many projects at one status date from columns
// of typed arrays (one entry per task, one per cost row), as the app reads them from the database,
// without building an object per task. Each figure is computed with exactly the arithmetic of
// `projectEvm` (the same phasing, the same rounding per task), so a portfolio roll-up from columns
// and a project page from objects always agree. Tasks here have no explicit time-phased plan and
// earn a share given per task; the caller validates the data (as `projectEvm` would) beforehand.
import type { CurrencyCode, EvmAmounts, WorkingTime } from './evm-types.ts';
import { roundMinor } from './money.ts';

export interface EvmTaskColumns {
  /** The index of each task's project, 0 … projects − 1. */
  readonly projectOf: Int32Array;
  /** Budget at completion, minor units. */
  readonly bac: Float64Array;
  /** Baseline start and finish, wall minutes. */
  readonly baselineStart: Float64Array;
  readonly baselineFinish: Float64Array;
  /** The share of its budget each task has earned, 0–1: `earnedShare(rule, progress)`, which is percent complete / 100 by default. */
  readonly earnedShare: Float64Array;
  /** Each task's calendar as an index into the calendars passed along; calendar 0 for all when absent. */
  readonly calendarOf?: Int32Array;
}

export interface EvmCostColumns {
  /** The index of each cost row's project. */
  readonly projectOf: Int32Array;
  /** When each cost was incurred, wall minutes. */
  readonly at: Float64Array;
  /** Minor units. */
  readonly amount: Float64Array;
}

/** Per project (by index): the summed amounts at the status date. */
export interface EvmProjectColumns {
  readonly bac: Float64Array;
  readonly pv: Float64Array;
  readonly ev: Float64Array;
  readonly ac: Float64Array;
}

/**
 * Each project's BAC, PV, EV and AC at `statusDate`, from task and cost columns. PV phases each
 * task's budget linearly over the working minutes of its calendar between its baseline dates;
 * AC counts the costs incurred before the status date. Linear in tasks + cost rows.
 * @example
 * const totals = projectTotalsFromColumns(2, tasks, costs, statusAtEndOf('2026-03-31'), [projectCalendar]);
 * const first = amountsAt(totals, 0, 'EUR');                  // EvmAmounts of project 0
 * rollUp('EUR', [0, 1].map((p) => amountsAt(totals, p, 'EUR'))); // the portfolio
 */
export function projectTotalsFromColumns(
  projects: number,
  tasks: EvmTaskColumns,
  costs: EvmCostColumns,
  statusDate: number,
  calendars: ReadonlyArray<WorkingTime>,
): EvmProjectColumns {
  const bac = new Float64Array(projects);
  const pv = new Float64Array(projects);
  const ev = new Float64Array(projects);
  const ac = new Float64Array(projects);
  const { projectOf, baselineStart, baselineFinish, earnedShare, calendarOf } = tasks;
  const budgets = tasks.bac;
  const n = budgets.length;
  const only = calendars[0]!;
  for (let t = 0; t < n; t++) {
    const p = projectOf[t]!;
    const b = budgets[t]!;
    bac[p]! += b;
    ev[p]! += roundMinor(b * earnedShare[t]!);
    const start = baselineStart[t]!;
    const finish = baselineFinish[t]!;
    if (statusDate >= finish) pv[p]! += b;
    else if (statusDate > start) {
      const calendar = calendarOf ? calendars[calendarOf[t]!]! : only;
      const span = calendar.workingBetween(start, finish);
      if (span > 0) pv[p]! += roundMinor((b * calendar.workingBetween(start, statusDate)) / span);
    }
  }
  const costProject = costs.projectOf;
  const costAt = costs.at;
  const amount = costs.amount;
  for (let c = 0; c < amount.length; c++) if (costAt[c]! < statusDate) ac[costProject[c]!]! += amount[c]!;
  return { bac, pv, ev, ac };
}

/**
 * One project's amounts out of the columns, ready for `evmIndices` or `rollUp` (no bottom-up ETC).
 * @example
 * evmIndices(amountsAt(totals, 3, 'EUR')).cpi;
 */
export function amountsAt(totals: EvmProjectColumns, project: number, currency: CurrencyCode): EvmAmounts {
  return { currency, bac: totals.bac[project]!, pv: totals.pv[project]!, ev: totals.ev[project]!, ac: totals.ac[project]!, etcBottomUp: null };
}
