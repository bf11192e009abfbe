// What a project will cost against what it may cost, for the cost colour of its status report:
// the budget is the current approved budget (the register's headline when no budget lines are
// approved yet); the forecast is earned value's EAC (BAC / CPI) once there is a cost baseline and
// money spent on it, else the bottom-up forecast (actual cost + planned cost of the work still to
// do), else none — and then the colour stays grey, never an invented green.
import type { MoneyFact } from '../../core/status/status-types.ts';
import { projectEvm, statusAtEndOf } from '../../core/evm/project-evm.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { projectFinancials } from '../finance/financials.ts';
import { loadBaseCurrency } from '../rates/exchange-rates.ts';
import { actualCosts } from './actual-costs.ts';
import { evmInputs } from './evm-inputs.ts';

export interface CostOutlook {
  readonly budget: MoneyFact | null;
  readonly forecast: MoneyFact | null;
  /** Where the forecast comes from. */
  readonly method: 'earned_value' | 'bottom_up' | null;
  /** Earned value's indices today; null without a cost baseline or (CPI) before money is spent. */
  readonly cpi: number | null;
  readonly spi: number | null;
}

export async function costOutlook(db: Db, ctx: AppContext, project: ProjectRow, today: string): Promise<CostOutlook> {
  const scoped = { ...ctx, db };
  const financials = await projectFinancials(scoped, project.id, { asOf: today });
  const currency = financials.currency ?? project.budgetCurrency ?? (await loadBaseCurrency(db));
  const headline = project.budgetAmountMinor === null || project.budgetCurrency === null ? null : { amountMinor: Number(project.budgetAmountMinor), currency: project.budgetCurrency };
  const current = financials.budget.currentMinor;
  const budget = current !== null && current > 0 ? { amountMinor: current, currency } : headline;
  const ref = [{ id: project.id, code: project.code, currency }];
  const [inputs, actuals] = await Promise.all([evmInputs(db, ref), actualCosts(db, ref, today)]);
  const own = inputs.get(project.id)!;
  let indices = { cpi: null as number | null, spi: null as number | null };
  if (!own.notAssessed) {
    const result = projectEvm({ currency, statusDate: statusAtEndOf(today), items: own.items, actuals: actuals.get(project.id)?.costs ?? [], ...(own.calendar && { calendar: own.calendar }) });
    if (result.ok) indices = { cpi: result.indices.cpi, spi: result.indices.spi };
    if (result.ok && result.indices.eac !== null) return { budget, forecast: { amountMinor: result.indices.eac, currency }, method: 'earned_value', ...indices };
  }
  const bottomUp = financials.forecast.atCompletionMinor;
  return { budget, forecast: bottomUp === null ? null : { amountMinor: bottomUp, currency }, method: bottomUp === null ? null : 'bottom_up', ...indices };
}
