// A project's budget as its readers see it: approved (the original) and current (with every approved
// change) by category, capex/opex, month and cell, what the drafts would add, the reserves left and
// drawn, and every revision with who drafted and decided it and why.
import { COST_CATEGORIES, COST_TYPES, type CostCategory, type CostType, type ProjectBudget } from '../../contracts/finance.schema.ts';
import { cellKey, totalsBy, type BudgetCells, type BudgetLineValue } from '../../core/finance/budget-cells.ts';
import type { AppContext } from '../context.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { budgetCellsOf, loadRevisions, toRevisionViews, totalOf } from './budget-store.ts';
import { projectCurrency } from './finance-rules.ts';

const NONE: BudgetCells = new Map();

function approvedAndCurrent<K extends string>(approved: BudgetCells, current: BudgetCells, key: (c: BudgetLineValue) => K, keys: readonly K[]) {
  const a = totalsBy(approved.values(), key);
  const c = totalsBy(current.values(), key);
  return keys.map((k) => ({ key: k, approvedMinor: a.get(k) ?? 0, currentMinor: c.get(k) ?? 0 }));
}

export async function getProjectBudget(ctx: AppContext, projectId: string): Promise<ProjectBudget> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const revisions = await loadRevisions(ctx.db, project.id);
  const { approved, current, pendingMinor, drawnMinor } = budgetCellsOf(revisions);
  const a = approved ?? NONE;
  const c = current ?? NONE;
  const months = [...new Set([...a.values(), ...c.values()].map((x) => x.month))].sort();
  const cellKeys = [...new Set([...a.keys(), ...c.keys()])];
  const cells = cellKeys
    .map((k) => (c.get(k) ?? a.get(k))!)
    .sort((x, y) => x.month.localeCompare(y.month) || COST_CATEGORIES.indexOf(x.category as CostCategory) - COST_CATEGORIES.indexOf(y.category as CostCategory) || x.costType.localeCompare(y.costType))
    .map((x) => ({ category: x.category as CostCategory, costType: x.costType as CostType, month: x.month, approvedMinor: a.get(cellKey(x))?.amountMinor ?? 0, currentMinor: c.get(cellKey(x))?.amountMinor ?? 0 }));
  const byCategory = approvedAndCurrent(a, c, (x) => x.category as CostCategory, COST_CATEGORIES);
  return {
    projectId: project.id,
    currency: await projectCurrency(ctx.db, project),
    headline: project.budgetAmountMinor === null || project.budgetCurrency === null ? null : { amountMinor: Number(project.budgetAmountMinor), currency: project.budgetCurrency },
    approvedMinor: totalOf(approved),
    currentMinor: totalOf(current),
    pendingMinor,
    reserve: {
      contingencyMinor: byCategory.find((x) => x.key === 'contingency')!.currentMinor,
      managementReserveMinor: byCategory.find((x) => x.key === 'management_reserve')!.currentMinor,
      drawnMinor,
    },
    byCategory: byCategory.map(({ key, ...rest }) => ({ category: key, ...rest })),
    byCostType: approvedAndCurrent(a, c, (x) => x.costType as CostType, COST_TYPES).map(({ key, ...rest }) => ({ costType: key, ...rest })),
    months: approvedAndCurrent(a, c, (x) => x.month, months).map(({ key, ...rest }) => ({ month: key, ...rest })),
    cells,
    revisions: await toRevisionViews(ctx.db, revisions),
  };
}
