// The gate reviews as a spreadsheet: the decision history a PMO shows an auditor — which gate, who
// asked and when, how ready it was, what was decided, by whom, on which conditions.
import type { GateReview, GateReviewExportQuery } from '../../contracts/governance.schema.ts';
import type { TableColumn } from '../../io/tabular/table-sheet.ts';
import type { AppContext } from '../context.ts';
import { exportSheets, type ExportedFile } from '../shared/table-export.ts';
import { listGateReviews } from './gate-review-queries.ts';

const MAX_ROWS = 50_000;
const col = (header: string, value: (r: GateReview) => string | number | null, kind?: TableColumn<GateReview>['kind'], width?: number): TableColumn<GateReview> => ({ header, value, ...(kind ? { kind } : {}), ...(width ? { width } : {}) });

const COLUMNS: TableColumn<GateReview>[] = [
  col('Code', (r) => r.code),
  col('Project', (r) => r.projectCode),
  col('Project name', (r) => r.projectName, 'text', 30),
  col('Phase', (r) => r.phaseName),
  col('Gate', (r) => r.gate.name, 'text', 30),
  col('Status', (r) => r.status),
  col('Requested', (r) => r.createdAt.slice(0, 16).replace('T', ' '), 'datetime'),
  col('Requested by', (r) => r.requestedByName),
  col('Items in order', (r) => r.readiness.items.filter((i) => i.state === 'ok' || i.state === 'waived').length, 'number'),
  col('Items', (r) => r.readiness.items.length, 'number'),
  col('Waivers', (r) => r.waivers.map((w) => `${w.itemKey}: ${w.reason}`).join('\n'), 'text', 30),
  col('Decision', (r) => r.decision),
  col('Decided by', (r) => r.decidedByName),
  col('Decided', (r) => r.decidedAt?.slice(0, 16).replace('T', ' ') ?? null, 'datetime'),
  col('Comment', (r) => r.decisionComment, 'text', 30),
  col('Conditions', (r) => r.conditions.map((c) => `${c.text}${c.dueDate ? ` (by ${c.dueDate})` : ''}`).join('\n'), 'text', 30),
  col('Note', (r) => r.note, 'text', 30),
];

export async function exportGateReviews(ctx: AppContext, query: GateReviewExportQuery): Promise<ExportedFile> {
  const rows: GateReview[] = [];
  let cursor: string | undefined;
  do {
    const page = await listGateReviews(ctx, { projectId: query.projectId, status: query.status, limit: 200, cursor });
    rows.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows.length < MAX_ROWS);
  const scope = query.projectId ? `-${rows[0]?.projectCode ?? 'project'}` : '';
  return exportSheets(ctx, [{ name: 'Gate reviews', columns: COLUMNS, rows: rows.slice(0, MAX_ROWS), title: 'Gate reviews' }], query.format, `gate-reviews${scope}`);
}
