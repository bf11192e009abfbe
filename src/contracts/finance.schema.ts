// Project money, part one: the vocabulary every finance contract shares (cost categories,
// capex/opex, months, signed money) and the budget. A project's budget is a series of revisions:
// the original (its lines are amounts per category, capex/opex and month) and later changes (their
// lines are signed deltas with a reason, optionally the change request behind them). Each is drafted
// by the project's manager and counts once the PMO or the project's sponsor approves it. The approved
// budget is the original; the current budget adds every approved change. Contingency and management
// reserve are categories: drawing on them is a change that moves money out of them, netting zero.
// Amounts are integer minor units of the project's currency, never floats.
import { z } from 'zod';
import { CurrencyCode, Id, Money, Timestamp, Version } from './common.schema.ts';
import { PersonRef } from './user.schema.ts';

export const COST_CATEGORIES = ['labour', 'equipment', 'material', 'services', 'contingency', 'management_reserve'] as const;
export const CostCategory = z.enum(COST_CATEGORIES).describe('labour, equipment, material, services, or one of the reserves (contingency, management_reserve).');
export type CostCategory = z.infer<typeof CostCategory>;
/** Money held back for risks (contingency) and for the unknown (management reserve): budgeted, never spent directly. */
export const RESERVE_CATEGORIES = ['contingency', 'management_reserve'] as const;
/** What planned and actual costs are spent on: every category but the reserves. */
export const SPENDING_CATEGORIES = ['labour', 'equipment', 'material', 'services'] as const;
export const SpendingCategory = z.enum(SPENDING_CATEGORIES).describe('labour, equipment, material or services (the reserves are drawn on through a budget revision, not spent directly).');
export type SpendingCategory = z.infer<typeof SpendingCategory>;

export const COST_TYPES = ['capex', 'opex'] as const;
export const CostType = z.enum(COST_TYPES).describe('capex (capitalised) or opex (expensed).');
export type CostType = z.infer<typeof CostType>;

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month is YYYY-MM, such as 2026-03.').describe('A calendar month, YYYY-MM.');

/** Money that may be negative: a delta of a budget revision. */
export const SignedMoney = z
  .object({
    amountMinor: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).describe('Amount in minor units, e.g. cents; negative takes money away.'),
    currency: CurrencyCode,
  })
  .strict();
export type SignedMoney = z.infer<typeof SignedMoney>;

/** A figure in minor units of the currency its object names. */
const Minor = z.number().int();

export const BudgetLine = z
  .object({
    category: CostCategory,
    costType: CostType,
    month: Month,
    amount: SignedMoney.describe('In the original: the amount (not negative). In a change: the delta, negative to take money away.'),
    note: z.string().trim().max(500).default(''),
  })
  .strict();
export type BudgetLine = z.infer<typeof BudgetLine>;
const Lines = z.array(BudgetLine).max(2000).describe('One line per category, capex/opex and month.');

export const BUDGET_REVISION_STATUSES = ['draft', 'approved', 'rejected'] as const;
export const BudgetRevisionStatus = z.enum(BUDGET_REVISION_STATUSES);
export const BUDGET_REVISION_KINDS = ['original', 'change', 'reserve_draw'] as const;

export const BudgetRevision = z.object({
  id: Id,
  projectId: Id,
  number: z.number().int().min(0).describe('0 for the original, then 1, 2 … in the order they were drafted.'),
  kind: z.enum(BUDGET_REVISION_KINDS).describe('original: sets the budget; reserve_draw: moves money out of contingency or management reserve, total unchanged; change: anything else.'),
  status: BudgetRevisionStatus.describe('draft: not counted yet; approved: part of the current budget; rejected.'),
  reason: z.string(),
  changeRequest: z.object({ id: Id, code: z.string(), title: z.string(), status: z.string() }).nullable().describe('The change request that caused it, if any.'),
  currency: CurrencyCode,
  lines: z.array(BudgetLine),
  netMinor: Minor.describe('What it adds to the budget total (0 for a move between categories).'),
  reserveDrawMinor: Minor.describe('What it takes out of contingency and management reserve.'),
  createdBy: PersonRef.nullable(),
  createdAt: Timestamp,
  decidedBy: PersonRef.nullable(),
  decidedAt: Timestamp.nullable(),
  decisionComment: z.string(),
  updatedAt: Timestamp,
  version: Version,
});
export type BudgetRevision = z.infer<typeof BudgetRevision>;

export const BudgetRevisionCreate = z
  .object({
    reason: z.string().trim().max(2000).default('').describe('Why: required for a change, optional for the original.'),
    changeRequestId: Id.nullable().default(null).describe('A change request of the same project that caused this revision.'),
    lines: Lines,
  })
  .strict();
export type BudgetRevisionCreate = z.infer<typeof BudgetRevisionCreate>;

export const BudgetRevisionUpdate = z
  .object({ reason: z.string().trim().max(2000), changeRequestId: Id.nullable(), lines: Lines.describe('Replaces every line of the draft.') })
  .partial()
  .strict();
export type BudgetRevisionUpdate = z.infer<typeof BudgetRevisionUpdate>;

export const BudgetDecision = z.object({ comment: z.string().trim().max(2000).default('') }).strict();
export type BudgetDecision = z.infer<typeof BudgetDecision>;

const ApprovedCurrent = { approvedMinor: Minor, currentMinor: Minor };

export const ProjectBudget = z.object({
  projectId: Id,
  currency: CurrencyCode.nullable().describe('The project’s currency; null until it has a budget or any cost.'),
  headline: Money.nullable().describe('The budget in the project register: an estimate until the original is approved, then the current budget.'),
  approvedMinor: Minor.nullable().describe('The approved original budget; null until approved.'),
  currentMinor: Minor.nullable().describe('The original plus every approved change; null until the original is approved.'),
  pendingMinor: Minor.describe('What the drafts waiting for approval would add.'),
  reserve: z.object({
    contingencyMinor: Minor,
    managementReserveMinor: Minor,
    drawnMinor: Minor.describe('Taken out of the reserves by approved revisions.'),
  }),
  byCategory: z.array(z.object({ category: CostCategory, ...ApprovedCurrent })),
  byCostType: z.array(z.object({ costType: CostType, ...ApprovedCurrent })),
  months: z.array(z.object({ month: Month, ...ApprovedCurrent })),
  cells: z.array(z.object({ category: CostCategory, costType: CostType, month: Month, ...ApprovedCurrent })),
  revisions: z.array(BudgetRevision).describe('Every revision, oldest first, with who drafted and decided it and why.'),
});
export type ProjectBudget = z.infer<typeof ProjectBudget>;

export const FinanceExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx').describe('xlsx (default) or csv.') }).strict();
export type FinanceExportQuery = z.infer<typeof FinanceExportQuery>;
