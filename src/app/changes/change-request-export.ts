// The change log as a spreadsheet: every change request with its impact, the board's decision and,
// once applied, the baseline it saved and how the finish moved.
import type { ChangeRequest, ChangeRequestExportQuery } from '../../contracts/change-request.schema.ts';
import type { TableColumn } from '../../io/tabular/table-sheet.ts';
import type { AppContext } from '../context.ts';
import { allLogItems } from '../raid/raid-log.ts';
import { logItemHead, logItemTail } from '../raid/raid-export.ts';
import { column, exportSheets, instant, MAX_EXPORT_ROWS, type ExportedFile } from '../shared/table-export.ts';
import { changeRequestKind } from './change-requests.ts';

const col = column<ChangeRequest>;
const COLUMNS: TableColumn<ChangeRequest>[] = [
  ...logItemHead<ChangeRequest>(),
  col('What changes', (r) => r.description, 'text', 30),
  col('Reason', (r) => r.reason, 'text', 30),
  col('Category', (r) => r.category),
  col('Priority', (r) => r.priority),
  col('Requested by', (r) => r.requestedBy),
  col('Scope impact', (r) => r.scopeImpact, 'text', 30),
  col('Cost impact', (r) => (r.costImpact ? r.costImpact.amountMinor / 100 : null), 'money'),
  col('Currency', (r) => r.costImpact?.currency ?? null),
  col('Risk impact', (r) => r.riskImpact, 'text', 30),
  col('Schedule edits', (r) => r.scheduleEdits.length, 'number'),
  col('Decision', (r) => r.decision),
  col('Decided by', (r) => r.decidedByName),
  col('Decided', (r) => instant(r.decidedAt), 'datetime'),
  col('Decision comment', (r) => r.decisionComment, 'text', 30),
  col('Baseline saved', (r) => r.applied?.baselineNumber ?? null, 'number'),
  col('Finish before', (r) => r.applied?.finishBefore?.replace('T', ' ') ?? null, 'datetime'),
  col('Finish after', (r) => r.applied?.finishAfter?.replace('T', ' ') ?? null, 'datetime'),
  ...logItemTail<ChangeRequest>(),
];

export async function exportChangeRequests(ctx: AppContext, query: ChangeRequestExportQuery): Promise<ExportedFile> {
  const { format, ...filters } = query;
  const rows = await allLogItems(changeRequestKind, ctx, { ...filters, sort: 'code' }, MAX_EXPORT_ROWS);
  const scope = query.projectId && rows[0] ? `-${rows[0].projectCode}` : '';
  return exportSheets(ctx, [{ name: 'Change requests', columns: COLUMNS, rows, title: 'Change log' }], format, `change-requests${scope}`);
}
