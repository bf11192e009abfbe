// A project's money as spreadsheets, like every other register: its expenses and invoices, and its
// budget (the grid of approved and current amounts by month, category and capex/opex, and in XLSX a
// second sheet with every revision's lines, who drafted and decided it and why). CSV holds the first
// sheet. Amounts are written in major units of the project's currency, with the currency beside them.
import type { FinanceExportQuery } from '../../contracts/finance.schema.ts';
import type { BudgetRevision, ProjectBudget } from '../../contracts/finance.schema.ts';
import type { Expense } from '../../contracts/finance-costs.schema.ts';
import type { TableColumn } from '../../io/tabular/table-sheet.ts';
import type { AppContext } from '../context.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { allPages, column, exportSheets, instant, type ExportedFile } from '../shared/table-export.ts';
import { getProjectBudget } from './budget-queries.ts';
import { listExpenses } from './expenses.ts';
import { majorUnits } from './money-text.ts';

const words = (key: string) => key.replace(/_/g, ' ');

const e = column<Expense>;
const EXPENSE_COLUMNS: TableColumn<Expense>[] = [
  e('Date', (r) => r.incurredOn, 'date'),
  e('Kind', (r) => r.kind),
  e('Category', (r) => words(r.category)),
  e('Capex/opex', (r) => r.costType),
  e('Supplier', (r) => r.supplier),
  e('Reference', (r) => r.reference),
  e('Amount', (r) => majorUnits(r.amount.amountMinor, r.amount.currency), 'money'),
  e('Currency', (r) => r.amount.currency),
  e('Task', (r) => r.taskName),
  e('Purchase order', (r) => r.purchaseOrderNumber),
  e('Description', (r) => r.description, 'text', 40),
  e('Recorded by', (r) => r.createdBy?.name ?? null),
  e('Recorded at', (r) => instant(r.createdAt), 'datetime'),
];

export async function exportExpenses(ctx: AppContext, projectId: string, query: FinanceExportQuery): Promise<ExportedFile> {
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const rows = await allPages((cursor) => listExpenses(ctx, project.id, { limit: 200, ...(cursor && { cursor }) }));
  return exportSheets(ctx, [{ name: 'Expenses', columns: EXPENSE_COLUMNS, rows, title: `Expenses and invoices of ${project.code}` }], query.format, `expenses-${project.code}`);
}

type Cell = ProjectBudget['cells'][number] & { currency: string };
const b = column<Cell>;
const BUDGET_COLUMNS: TableColumn<Cell>[] = [
  b('Month', (r) => r.month),
  b('Category', (r) => words(r.category)),
  b('Capex/opex', (r) => r.costType),
  b('Approved', (r) => majorUnits(r.approvedMinor, r.currency), 'money'),
  b('Current', (r) => majorUnits(r.currentMinor, r.currency), 'money'),
  b('Currency', (r) => r.currency),
];

type RevisionLine = BudgetRevision['lines'][number] & { revision: BudgetRevision };
const l = column<RevisionLine>;
const REVISION_COLUMNS: TableColumn<RevisionLine>[] = [
  l('Revision', (r) => r.revision.number, 'number'),
  l('Kind', (r) => words(r.revision.kind)),
  l('Status', (r) => r.revision.status),
  l('Reason', (r) => r.revision.reason, 'text', 40),
  l('Change request', (r) => r.revision.changeRequest?.code ?? null),
  l('Month', (r) => r.month),
  l('Category', (r) => words(r.category)),
  l('Capex/opex', (r) => r.costType),
  l('Amount', (r) => majorUnits(r.amount.amountMinor, r.amount.currency), 'money'),
  l('Currency', (r) => r.amount.currency),
  l('Note', (r) => r.note, 'text', 30),
  l('Drafted by', (r) => r.revision.createdBy?.name ?? null),
  l('Decided by', (r) => r.revision.decidedBy?.name ?? null),
  l('Decided at', (r) => instant(r.revision.decidedAt), 'datetime'),
];

export async function exportBudget(ctx: AppContext, projectId: string, query: FinanceExportQuery): Promise<ExportedFile> {
  const budget = await getProjectBudget(ctx, projectId);
  const project = await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  const currency = budget.currency ?? '';
  const cells = budget.cells.map((c) => ({ ...c, currency }));
  const lines = budget.revisions.flatMap((revision) => revision.lines.map((line) => ({ ...line, revision })));
  return exportSheets(
    ctx,
    [
      { name: 'Budget', columns: BUDGET_COLUMNS, rows: cells, title: `Budget of ${project.code}` },
      { name: 'Revisions', columns: REVISION_COLUMNS, rows: lines, title: `Budget revisions of ${project.code}` },
    ],
    query.format,
    `budget-${project.code}`,
  );
}
