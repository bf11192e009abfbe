// Words for the finance enums, typed by the generated API so a new value fails the type check
// until it has a label.
import type { BudgetRevision, CostCategory, CostType, Expense, PurchaseOrder } from '../../api/finance.ts';

export const CATEGORY_LABELS: Readonly<Record<CostCategory, string>> = {
  labour: 'Labour',
  equipment: 'Equipment',
  material: 'Material',
  services: 'Services',
  contingency: 'Contingency',
  management_reserve: 'Management reserve',
};

/** What is spent on; the reserves are drawn on through a revision instead. */
export const SPENDING_CATEGORY_LABELS = { labour: 'Labour', equipment: 'Equipment', material: 'Material', services: 'Services' } as const satisfies Readonly<Record<Expense['category'], string>>;

export const COST_TYPE_LABELS: Readonly<Record<CostType, string>> = { capex: 'Capex', opex: 'Opex' };

export const REVISION_KIND_LABELS: Readonly<Record<BudgetRevision['kind'], string>> = { original: 'Original budget', change: 'Change', reserve_draw: 'Draw on reserve' };

export const REVISION_STATUS_META: Readonly<Record<BudgetRevision['status'], { label: string; color: string }>> = {
  draft: { label: 'Waiting for approval', color: 'yellow' },
  approved: { label: 'Approved', color: 'teal' },
  rejected: { label: 'Rejected', color: 'gray' },
};

export const EXPENSE_KIND_LABELS: Readonly<Record<Expense['kind'], string>> = { expense: 'Expense', invoice: 'Invoice' };

export const ORDER_STATUS_LABELS: Readonly<Record<PurchaseOrder['status'], string>> = { open: 'Open', closed: 'Closed' };
