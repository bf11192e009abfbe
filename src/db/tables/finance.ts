// Money: exchange rates, budget revisions and lines, planned task costs, purchase orders and actual costs.
import type { Versioned } from './versioned.ts';

/** Units of the base currency per unit of `currency`, in force from a date. */
export interface ExchangeRatesTable extends Versioned {
  id: string;
  currency: string;
  baseCurrency: string;
  effectiveFrom: string;
  /** Decimal text, e.g. "1.0834". */
  rate: string;
}

/** A revision of a project's budget: the original (absolute amounts) or a change (signed deltas). */
export interface BudgetRevisionsTable {
  id: string;
  projectId: string;
  /** 0, 1, 2 … in the order they were drafted. */
  number: number;
  /** 1: the original budget (its lines are amounts); 0: a change (its lines are deltas). */
  original: number;
  /** draft | approved | rejected */
  status: string;
  currency: string;
  reason: string;
  changeRequestId: string | null;
  createdBy: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionComment: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One cell of a revision: category × capex/opex × month. */
export interface BudgetLinesTable {
  id: string;
  revisionId: string;
  projectId: string;
  position: number;
  category: string;
  costType: string;
  /** YYYY-MM */
  month: string;
  /** Minor units of the revision's currency; signed in a change. */
  amountMinor: number;
  note: string;
}

/** A planned cost on a schedule task: a fixed amount, or quantity × unit cost of a material. */
export interface TaskCostsTable {
  id: string;
  projectId: string;
  taskId: string;
  /** fixed | material */
  kind: string;
  category: string;
  costType: string;
  description: string;
  /** Thousandths of a unit (materials only). */
  quantityMilli: number | null;
  unit: string;
  unitCostMinor: number | null;
  /** The planned cost: the fixed amount, or quantity × unit cost rounded to the minor unit. */
  amountMinor: number;
  currency: string;
  /** When the cost is incurred over the task: start | prorated | end. */
  accrual: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A purchase order: money committed to a supplier until invoiced or closed. */
export interface PurchaseOrdersTable {
  id: string;
  projectId: string;
  number: string;
  supplier: string;
  amountMinor: number;
  currency: string;
  orderedOn: string;
  /** open | closed */
  status: string;
  category: string;
  costType: string;
  description: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** An actual cost: an expense or a supplier invoice (optionally against a purchase order). */
export interface ExpensesTable {
  id: string;
  projectId: string;
  /** expense | invoice */
  kind: string;
  incurredOn: string;
  amountMinor: number;
  currency: string;
  category: string;
  costType: string;
  supplier: string;
  /** The supplier's invoice number or a receipt reference. */
  reference: string;
  taskId: string | null;
  purchaseOrderId: string | null;
  description: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
