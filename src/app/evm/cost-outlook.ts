// What a project will cost against what it may cost, for the cost colour of its status report:
// the budget is the current approved budget (the register's headline when no budget lines are
// approved yet); the forecast is the project manager's when there is one — actual cost plus their
// estimate to complete, for the whole project or on every unfinished costed task, the very figure of
// the financials and of earned value's bottom-up EAC — else earned value's EAC (BAC / CPI) once
// there is a cost baseline and money spent on it, else actual cost plus the planned cost of the work
// still to do, else none — and then the colour stays grey, never an invented green. Which one it is
// travels with it, so the report can say. Money that cannot be converted to the project's currency
// (no exchange rate on its day) leaves the forecast out.
import type { CostForecastBasis, MoneyFact } from '../../core/status/status-types.ts';
import { projectEvm, statusAtEndOf } from '../../core/evm/project-evm.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { projectFinancials } from '../finance/financials.ts';
import { loadBaseCurrency, MissingExchangeRate } from '../rates/exchange-rates.ts';
import { actualCosts } from './actual-costs.ts';
import { evmInputs } from './evm-inputs.ts';

export interface CostOutlook {
  readonly budget: MoneyFact | null;
  readonly forecast: MoneyFact | null;
  /** Where the forecast comes from; null without one. */
  readonly method: CostForecastBasis | null;
  /** Earned value's indices today; null without a cost baseline or (CPI) before money is spent. */
  readonly cpi: number | null;
  readonly spi: number | null;
}

export async function costOutlook(db: Db, ctx: AppContext, project: ProjectRow, today: string): Promise<CostOutlook> {
  const scoped = { ...ctx, db };
  const financials = await projectFinancials(scoped, project.id, { asOf: today }).catch((error: unknown) => {
    if (error instanceof MissingExchangeRate) return null;
    throw error;
  });
  const headline = project.budgetAmountMinor === null || project.budgetCurrency === null ? null : { amountMinor: Number(project.budgetAmountMinor), currency: project.budgetCurrency };
  if (financials === null) return { budget: headline, forecast: null, method: null, cpi: null, spi: null };
  const currency = financials.currency ?? project.budgetCurrency ?? (await loadBaseCurrency(db));
  const current = financials.budget.currentMinor;
  const budget = current !== null && current > 0 ? { amountMinor: current, currency } : headline;
  const ref = [{ id: project.id, code: project.code, currency }];
  const [inputs, actuals] = await Promise.all([evmInputs(db, ref), actualCosts(db, ref, today)]);
  const own = inputs.get(project.id)!;
  const spent = actuals.get(project.id)!;
  if (spent.notConverted) return { budget, forecast: null, method: null, cpi: null, spi: null };
  let indices = { cpi: null as number | null, spi: null as number | null };
  let earnedValueEac: number | null = null;
  if (!own.notAssessed) {
    const result = projectEvm({ currency, statusDate: statusAtEndOf(today), items: own.items, actuals: spent.costs, ...(own.calendar && { calendar: own.calendar }) });
    if (result.ok) {
      indices = { cpi: result.indices.cpi, spi: result.indices.spi };
      earnedValueEac = result.indices.eac;
    }
  }
  const { source, atCompletionMinor } = financials.forecast;
  const bottomUp = atCompletionMinor === null ? null : { amountMinor: atCompletionMinor, currency };
  if (bottomUp && (source === 'project-estimate' || source === 'task-estimates')) return { budget, forecast: bottomUp, method: source, ...indices };
  if (earnedValueEac !== null) return { budget, forecast: { amountMinor: earnedValueEac, currency }, method: 'earned-value', ...indices };
  return { budget, forecast: bottomUp, method: bottomUp ? 'planned-costs' : null, ...indices };
}
