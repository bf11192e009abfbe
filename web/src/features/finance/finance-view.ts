// What the financials page shows, computed without React: amounts in the project's currency, the
// budget as a grid of categories by month (approved and current), the planned-vs-actual rows, and
// where the forecast at completion comes from.
import type { CostCategory, Financials, ProjectBudget } from '../../api/finance.ts';
import { formatMoney } from '../../ui/money.ts';

/** "€1,250.00", or "—" when there is no figure (or no currency yet). */
export const moneyText = (amountMinor: number | null | undefined, currency: string | null | undefined): string =>
  amountMinor === null || amountMinor === undefined || !currency ? '—' : formatMoney({ amountMinor, currency });

/** A delta with its sign: "+€500.00", "−€500.00". */
export const signedMoneyText = (amountMinor: number, currency: string): string =>
  `${amountMinor > 0 ? '+' : amountMinor < 0 ? '−' : ''}${formatMoney({ amountMinor: Math.abs(amountMinor), currency })}`;

export interface GridRow {
  category: CostCategory;
  /** month → current amount (approved in brackets when it differs). */
  months: Record<string, { approvedMinor: number; currentMinor: number }>;
  approvedMinor: number;
  currentMinor: number;
}

/** The budget by category (rows) and month (columns), only categories that hold money. */
export function budgetGrid(budget: Pick<ProjectBudget, 'cells' | 'byCategory' | 'months'>): { months: string[]; rows: GridRow[] } {
  const months = budget.months.map((m) => m.month);
  const rows = budget.byCategory
    .filter((c) => c.approvedMinor !== 0 || c.currentMinor !== 0)
    .map((c): GridRow => {
      const cells: GridRow['months'] = {};
      for (const cell of budget.cells.filter((x) => x.category === c.category)) {
        const before = cells[cell.month] ?? { approvedMinor: 0, currentMinor: 0 };
        cells[cell.month] = { approvedMinor: before.approvedMinor + cell.approvedMinor, currentMinor: before.currentMinor + cell.currentMinor };
      }
      return { category: c.category, months: cells, approvedMinor: c.approvedMinor, currentMinor: c.currentMinor };
    });
  return { months, rows };
}

/** "2027-03" → "Mar 2027". */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m - 1, 1)).toLocaleString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Categories with any figure, and how far actual + committed has gone into the current budget. */
export function plannedVsActual(financials: Pick<Financials, 'categories'>) {
  return financials.categories
    .filter((c) => c.currentBudgetMinor || c.plannedMinor || c.actualMinor || c.committedMinor)
    .map((c) => ({ ...c, remainingMinor: c.currentBudgetMinor - c.actualMinor - c.committedMinor }));
}

/**
 * Under the forecast at completion: what it adds to actual cost and where that comes from — the
 * manager's estimate for the whole project (with its date), the tasks' estimates, or the planned
 * cost not yet earned when nobody has estimated — or why there is none.
 */
export function forecastNote(forecast: Financials['forecast'], currency: string | null): string {
  if (forecast.reason) return forecast.reason;
  const rest = moneyText(forecast.remainingMinor, currency);
  if (forecast.source === 'project-estimate') return `Actual + ${rest}, the manager’s estimate to complete${forecast.estimateAsOf ? ` of ${forecast.estimateAsOf}` : ''}`;
  if (forecast.source === 'task-estimates') return `Actual + ${rest}, the tasks’ estimates to complete`;
  return `Actual + ${rest} still planned (no estimate to complete given)`;
}

export interface FinanceSearch {
  tab?: 'costs' | 'expenses' | 'orders' | undefined;
}

/** The Financials page's URL search: the open tab (the budget when none). */
export const parseFinanceSearch = (search: Record<string, unknown>): FinanceSearch =>
  ['costs', 'expenses', 'orders'].includes(String(search.tab)) ? { tab: search.tab as FinanceSearch['tab'] } : {};
