// "Is it on budget?" for a project and for a group of projects (a program, a portfolio), pure: the
// forecast at completion against the budget it is judged by (the current budget, or the register's
// before any budget lines are approved). A group adds its projects' figures, once they are in one
// currency: budgets of those that have one, and as forecast each budgeted project's own (the
// budget where it has none yet, as the dashboard counts it), naming the projects over budget, those
// without a forecast and those without a budget. No forecast means "not assessed", never "within".
import { varianceAtCompletion } from './cost-forecast.ts';

export type Standing = 'within' | 'over' | 'not_assessed';

export interface BudgetFigures {
  /** The approved original budget; null until one is approved. */
  readonly approvedMinor: number | null;
  /** The approved original plus approved changes; null until the original is approved. */
  readonly currentMinor: number | null;
  /** What the forecast is judged against; null: no budget. */
  readonly budgetMinor: number | null;
  /** The estimate at completion; null: none yet. */
  readonly forecastMinor: number | null;
  /** Open commitments (orders not yet invoiced). */
  readonly committedMinor: number;
}

export interface BudgetStanding extends BudgetFigures {
  /** budget − forecast: negative is an overrun; null when either is unknown. */
  readonly varianceMinor: number | null;
  readonly standing: Standing;
}

export interface GroupStanding extends BudgetStanding {
  readonly overBudget: string[];
  readonly withoutForecast: string[];
  readonly withoutBudget: string[];
}

const standingOfVariance = (variance: number | null): Standing => (variance === null ? 'not_assessed' : variance < 0 ? 'over' : 'within');

/**
 * A project's standing against its budget.
 * @example budgetStanding({ approvedMinor: 400_000, currentMinor: 420_000, budgetMinor: 420_000, forecastMinor: 448_000, committedMinor: 0 })
 * // { …, varianceMinor: -28_000, standing: 'over' }
 */
export function budgetStanding(f: BudgetFigures): BudgetStanding {
  const varianceMinor = varianceAtCompletion(f.budgetMinor, f.forecastMinor);
  return { ...f, varianceMinor, standing: standingOfVariance(varianceMinor) };
}

const sumOrNull = (values: ReadonlyArray<number | null>): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
};

/**
 * A group's standing from its projects' figures (all in one currency).
 * @example groupStanding([{ code: 'PRJ-1', figures: a }, { code: 'PRJ-2', figures: b }]).overBudget // ['PRJ-2']
 */
export function groupStanding(parts: ReadonlyArray<{ readonly code: string; readonly figures: BudgetFigures }>): GroupStanding {
  const budgeted = parts.filter((p) => p.figures.budgetMinor !== null);
  const forecast = budgeted.some((p) => p.figures.forecastMinor !== null) ? budgeted.reduce((sum, p) => sum + (p.figures.forecastMinor ?? p.figures.budgetMinor!), 0) : null;
  const standing = budgetStanding({
    approvedMinor: sumOrNull(parts.map((p) => p.figures.approvedMinor)),
    currentMinor: sumOrNull(parts.map((p) => p.figures.currentMinor)),
    budgetMinor: sumOrNull(budgeted.map((p) => p.figures.budgetMinor)),
    forecastMinor: forecast,
    committedMinor: parts.reduce((sum, p) => sum + p.figures.committedMinor, 0),
  });
  return {
    ...standing,
    overBudget: parts.filter((p) => budgetStanding(p.figures).standing === 'over').map((p) => p.code),
    withoutForecast: budgeted.filter((p) => p.figures.forecastMinor === null).map((p) => p.code),
    withoutBudget: parts.filter((p) => p.figures.budgetMinor === null).map((p) => p.code),
  };
}
