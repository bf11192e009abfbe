// Cost forecasts of many projects at once, for the portfolio dashboard's budget against forecast and
// its CPI/SPI per project: earned value's EAC (BAC × AC / EV, i.e. BAC / CPI), CPI and SPI today,
// from each project's earned-value summary and its actual cost to date. A project with no cost
// baseline, nothing earned and spent yet, or money with no exchange rate on its day has no
// forecast (null): the dashboard says how many are left out rather than guessing. A few small
// queries whatever the number of projects (no task and no timesheet entry is read).
import { evmIndices } from '../../core/evm/indices.ts';
import { statusAtEndOf } from '../../core/evm/project-evm.ts';
import type { Db } from '../../db/database.ts';
import { actualCosts, actualCostTotal } from './actual-costs.ts';
import { loadEvmSummaries, plannedValueAt } from './evm-summaries.ts';

export interface CostForecast {
  /** BAC / CPI in the project's currency; null: not assessable yet. */
  readonly eac: number | null;
  readonly cpi: number | null;
  readonly spi: number | null;
}

const NONE: CostForecast = { eac: null, cpi: null, spi: null };

/** Each project's EAC, CPI and SPI as of the end of `today`, keyed by id. */
export async function costForecasts(db: Db, projects: ReadonlyArray<{ id: string; code: string; currency: string }>, today: string): Promise<Map<string, CostForecast>> {
  if (projects.length === 0) return new Map();
  const [summaries, actuals] = await Promise.all([loadEvmSummaries(db, projects), actualCosts(db, projects, today, 'total')]);
  const at = statusAtEndOf(today);
  return new Map(
    projects.map((p) => {
      const s = summaries.get(p.id);
      const spent = actuals.get(p.id);
      if (!s || s.notAssessed !== null || spent?.notConverted) return [p.id, NONE];
      const i = evmIndices({ currency: p.currency, bac: s.bac, pv: plannedValueAt(s, at), ev: s.ev, ac: actualCostTotal(spent), etcBottomUp: null });
      return [p.id, { eac: i.eacs.cpi, cpi: i.cpi, spi: i.spi }];
    }),
  );
}
