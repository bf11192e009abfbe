// Project money, part two: what a project plans to spend on its tasks and what it has spent and
// committed. Planned costs sit on schedule tasks (a fixed amount, or a quantity of material × its
// unit cost) and are the cost baseline the earned-value engine spreads over the task's dates
// (accrual: at its start, prorated, or at its end); labour from assignments × rates is in
// assignment.schema.ts. Actual costs are expenses and supplier invoices; purchase orders are commitments,
// which invoices against them consume. Amounts are in the project's currency, integer minor units.
import { z } from 'zod';
import { Id, IsoDate, Money, Timestamp, Version } from './common.schema.ts';
import { PersonRef } from './user.schema.ts';
import { CostType, SpendingCategory } from './finance.schema.ts';

const Minor = z.number().int();
const Text = (max: number) => z.string().trim().max(max);

// ---------------------------------------------------------------------------------------------
// Planned costs on tasks

export const TASK_COST_KINDS = ['fixed', 'material'] as const;
export const ACCRUALS = ['start', 'prorated', 'end'] as const;

export const TaskCost = z.object({
  id: Id,
  projectId: Id,
  taskId: Id,
  taskName: z.string(),
  kind: z.enum(TASK_COST_KINDS).describe('fixed: an amount; material: quantity × unit cost.'),
  category: SpendingCategory,
  costType: CostType,
  description: z.string(),
  quantity: z.number().nullable().describe('Materials: how much (up to three decimals).'),
  unit: z.string().describe('Materials: the unit of the quantity (m³, pcs …).'),
  unitCost: Money.nullable().describe('Materials: the cost of one unit.'),
  amount: Money.describe('The planned cost (for materials, quantity × unit cost rounded to the minor unit).'),
  accrual: z.enum(ACCRUALS).describe('When the cost is incurred: at the task’s start, spread over it, or at its end.'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type TaskCost = z.infer<typeof TaskCost>;

const taskCostFields = {
  taskId: Id,
  category: SpendingCategory,
  costType: CostType,
  description: Text(500),
  amount: Money.describe('Fixed costs: the amount.'),
  quantity: z.number().positive().max(1_000_000_000).describe('Materials: how much, up to three decimals.'),
  unit: Text(20),
  unitCost: Money.describe('Materials: the cost of one unit.'),
  accrual: z.enum(ACCRUALS),
};

export const TaskCostCreate = z
  .object({
    taskId: taskCostFields.taskId,
    kind: z.enum(TASK_COST_KINDS).default('fixed'),
    category: taskCostFields.category,
    costType: taskCostFields.costType.default('opex'),
    description: taskCostFields.description.default(''),
    amount: taskCostFields.amount.optional(),
    quantity: taskCostFields.quantity.optional(),
    unit: taskCostFields.unit.default(''),
    unitCost: taskCostFields.unitCost.optional(),
    accrual: taskCostFields.accrual.default('prorated'),
  })
  .strict();
export type TaskCostCreate = z.infer<typeof TaskCostCreate>;

export const TaskCostUpdate = z.object(taskCostFields).partial().strict();
export type TaskCostUpdate = z.infer<typeof TaskCostUpdate>;

export const ProjectTaskCosts = z.object({
  projectId: Id,
  currency: z.string().nullable(),
  totalMinor: Minor.describe('Every planned cost on the project’s tasks.'),
  labourFromAssignmentsMinor: Minor.nullable().describe('The planned cost of the project’s assignments (GET /projects/:id/assignments has each); null when it has none.'),
  tasks: z.array(z.object({ taskId: Id, taskName: z.string(), percentComplete: z.number().int(), totalMinor: Minor })).describe('Each task with planned costs and its total, in schedule order.'),
  items: z.array(TaskCost),
});
export type ProjectTaskCosts = z.infer<typeof ProjectTaskCosts>;

// ---------------------------------------------------------------------------------------------
// Purchase orders (commitments)

export const PURCHASE_ORDER_STATUSES = ['open', 'closed'] as const;

export const PurchaseOrder = z.object({
  id: Id,
  projectId: Id,
  number: z.string(),
  supplier: z.string(),
  amount: Money,
  orderedOn: IsoDate,
  status: z.enum(PURCHASE_ORDER_STATUSES).describe('open: still committed; closed: nothing more will be invoiced.'),
  category: SpendingCategory,
  costType: CostType,
  description: z.string(),
  invoicedMinor: Minor.describe('Invoices and expenses recorded against it.'),
  openCommitmentMinor: Minor.describe('What is still committed: the amount less what was invoiced (0 once closed or fully invoiced).'),
  invoiceCount: z.number().int(),
  createdBy: PersonRef.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type PurchaseOrder = z.infer<typeof PurchaseOrder>;

const poFields = {
  number: z.string().trim().min(1, 'Give the order’s number.').max(40),
  supplier: z.string().trim().min(1, 'Name the supplier.').max(200),
  amount: Money,
  orderedOn: IsoDate,
  status: z.enum(PURCHASE_ORDER_STATUSES),
  category: SpendingCategory,
  costType: CostType,
  description: Text(2000),
};
export const PurchaseOrderCreate = z
  .object({ ...poFields, status: poFields.status.default('open'), costType: poFields.costType.default('opex'), description: poFields.description.default('') })
  .strict();
export type PurchaseOrderCreate = z.infer<typeof PurchaseOrderCreate>;
export const PurchaseOrderUpdate = z.object(poFields).partial().strict();
export type PurchaseOrderUpdate = z.infer<typeof PurchaseOrderUpdate>;

export const PurchaseOrderList = z.object({
  projectId: Id,
  currency: z.string().nullable(),
  openCommitmentMinor: Minor,
  items: z.array(PurchaseOrder).describe('Newest order first.'),
});
export type PurchaseOrderList = z.infer<typeof PurchaseOrderList>;

// ---------------------------------------------------------------------------------------------
// Actual costs: expenses and supplier invoices

export const EXPENSE_KINDS = ['expense', 'invoice'] as const;

export const Expense = z.object({
  id: Id,
  projectId: Id,
  kind: z.enum(EXPENSE_KINDS).describe('expense (a receipt, a card payment …) or a supplier invoice.'),
  incurredOn: IsoDate,
  amount: Money,
  category: SpendingCategory,
  costType: CostType,
  supplier: z.string(),
  reference: z.string().describe('The supplier’s invoice number or a receipt reference.'),
  taskId: Id.nullable(),
  taskName: z.string().nullable(),
  purchaseOrderId: Id.nullable(),
  purchaseOrderNumber: z.string().nullable(),
  description: z.string(),
  createdBy: PersonRef.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Expense = z.infer<typeof Expense>;

const expenseFields = {
  kind: z.enum(EXPENSE_KINDS),
  incurredOn: IsoDate,
  amount: Money,
  category: SpendingCategory,
  costType: CostType,
  supplier: Text(200),
  reference: Text(100),
  taskId: Id.nullable(),
  purchaseOrderId: Id.nullable().describe('An order of the same project this invoice (or expense) is against: it consumes its commitment.'),
  description: Text(2000),
};
export const ExpenseCreate = z
  .object({
    ...expenseFields,
    kind: expenseFields.kind.default('expense'),
    costType: expenseFields.costType.default('opex'),
    supplier: expenseFields.supplier.default(''),
    reference: expenseFields.reference.default(''),
    taskId: expenseFields.taskId.default(null),
    purchaseOrderId: expenseFields.purchaseOrderId.default(null),
    description: expenseFields.description.default(''),
  })
  .strict();
export type ExpenseCreate = z.infer<typeof ExpenseCreate>;
export const ExpenseUpdate = z.object(expenseFields).partial().strict();
export type ExpenseUpdate = z.infer<typeof ExpenseUpdate>;

export const ExpenseListQuery = z
  .object({
    kind: z.enum(EXPENSE_KINDS).optional(),
    category: SpendingCategory.optional(),
    purchaseOrderId: Id.optional(),
    from: IsoDate.optional().describe('Incurred on or after this day.'),
    to: IsoDate.optional().describe('Incurred on or before this day.'),
    limit: z.coerce.number().int().min(1).max(200).default(100),
    cursor: z.string().max(500).optional().describe('Opaque cursor from the previous page’s nextCursor.'),
  })
  .strict();
export type ExpenseListQuery = z.infer<typeof ExpenseListQuery>;
export const ExpensePage = z.object({ items: z.array(Expense).describe('Latest first.'), nextCursor: z.string().nullable() });
export type ExpensePage = z.infer<typeof ExpensePage>;
