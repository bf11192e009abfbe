// The gate reviews as a spreadsheet: the decision history a PMO shows an auditor — which gate, who
// asked and when, how ready it was, what was decided, by whom, on which conditions.
import type { GateReview, GateReviewExportQuery } from '../../contracts/governance.schema.ts';
import type { TableColumn } from '../../io/tabular/table-sheet.ts';
import type { AppContext } from '../context.ts';
import { allPages, column, exportSheets, instant, type ExportedFile } from '../shared/table-export.ts';
import { listGateReviews } from './gate-review-queries.ts';

const col = column<GateReview>;

const COLUMNS: TableColumn<GateReview>[] = [
  col('Code', (r) => r.code),
  col('Project', (r) => r.projectCode),
  col('Project name', (r) => r.projectName, 'text', 30),
  col('Phase', (r) => r.phaseName),
  col('Gate', (r) => r.gate.name, 'text', 30),
  col('Status', (r) => r.status),
  col('Requested', (r) => instant(r.createdAt), 'datetime'),
  col('Requested by', (r) => r.requestedByName),
  col('Items in order', (r) => r.readiness.items.filter((i) => i.state === 'ok' || i.state === 'waived').length, 'number'),
  col('Items', (r) => r.readiness.items.length, 'number'),
  col('Waivers', (r) => r.waivers.map((w) => `${w.itemKey}: ${w.reason}`).join('\n'), 'text', 30),
  col('Decision', (r) => r.decision),
  col('Decided by', (r) => r.decidedByName),
  col('Decided', (r) => instant(r.decidedAt), 'datetime'),
  col('Comment', (r) => r.decisionComment, 'text', 30),
  col('Conditions', (r) => r.conditions.map((c) => `${c.text}${c.dueDate ? ` (by ${c.dueDate})` : ''}`).join('\n'), 'text', 30),
  col('Note', (r) => r.note, 'text', 30),
];

export async function exportGateReviews(ctx: AppContext, query: GateReviewExportQuery): Promise<ExportedFile> {
  const rows = await allPages((cursor) => listGateReviews(ctx, { projectId: query.projectId, status: query.status, limit: 200, cursor }));
  const scope = query.projectId ? `-${rows[0]?.projectCode ?? 'project'}` : '';
  return exportSheets(ctx, [{ name: 'Gate reviews', columns: COLUMNS, rows, title: 'Gate reviews' }], query.format, `gate-reviews${scope}`);
}
