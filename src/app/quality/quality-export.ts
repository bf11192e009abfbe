// Quality reviews and their findings as spreadsheets: the reviews with score and RAG for the PMO's
// assurance report, and the findings follow-up list with owners, due dates and what was done.
import type { FindingBase, FindingExportQuery, QualityReview, QualityReviewExportQuery } from '../../contracts/quality.schema.ts';
import type { TableColumn } from '../../io/tabular/table-sheet.ts';
import type { AppContext } from '../context.ts';
import { allLogItems } from '../raid/raid-log.ts';
import { logItemHead, logItemTail } from '../raid/raid-export.ts';
import { allPages, column, exportSheets, instant, MAX_EXPORT_ROWS, type ExportedFile } from '../shared/table-export.ts';
import { findingKind } from './findings.ts';
import { listQualityReviews } from './review-queries.ts';

const review = column<QualityReview>;
const REVIEW_COLUMNS: TableColumn<QualityReview>[] = [
  review('Code', (r) => r.code),
  review('Project', (r) => r.projectCode),
  review('Review type', (r) => r.typeName),
  review('Title', (r) => r.title, 'text', 30),
  review('Planned', (r) => r.plannedDate, 'date'),
  review('Reviewers', (r) => r.reviewers.map((p) => p.name).join(', ')),
  review('Status', (r) => r.status),
  review('Score %', (r) => r.score, 'number'),
  review('RAG', (r) => r.rag),
  review('Unanswered', (r) => r.unanswered.length, 'number'),
  review('Findings', (r) => r.findings.total, 'number'),
  review('Findings open', (r) => r.findings.notClosed, 'number'),
  review('Findings overdue', (r) => r.findings.overdue, 'number'),
  review('Completed', (r) => instant(r.completedAt), 'datetime'),
  review('Summary', (r) => r.summary, 'text', 30),
];

const finding = column<FindingBase>;
const FINDING_COLUMNS: TableColumn<FindingBase>[] = [
  ...logItemHead<FindingBase>(),
  finding('Review', (r) => r.reviewCode),
  finding('Question', (r) => r.questionKey),
  finding('Description', (r) => r.description, 'text', 30),
  finding('Severity', (r) => r.severity),
  finding('Due', (r) => r.dueDate, 'date'),
  finding('Overdue', (r) => r.overdue),
  finding('Resolution', (r) => r.resolution, 'text', 30),
  finding('Verified by', (r) => r.verifiedByName),
  finding('Closed', (r) => instant(r.closedAt), 'datetime'),
  ...logItemTail<FindingBase>(),
];

export async function exportQualityReviews(ctx: AppContext, query: QualityReviewExportQuery): Promise<ExportedFile> {
  const { format, ...filters } = query;
  const rows = await allPages((cursor) => listQualityReviews(ctx, { ...filters, limit: 200, cursor }));
  const scope = query.projectId && rows[0] ? `-${rows[0].projectCode}` : '';
  return exportSheets(ctx, [{ name: 'Quality reviews', columns: REVIEW_COLUMNS, rows, title: 'Quality reviews' }], format, `quality-reviews${scope}`);
}

export async function exportFindings(ctx: AppContext, query: FindingExportQuery): Promise<ExportedFile> {
  const { format, ...filters } = query;
  const rows = await allLogItems(findingKind, ctx, { ...filters, sort: 'code' }, MAX_EXPORT_ROWS);
  const scope = query.projectId && rows[0] ? `-${rows[0].projectCode}` : '';
  return exportSheets(ctx, [{ name: 'Findings', columns: FINDING_COLUMNS, rows, title: 'Findings follow-up' }], format, `findings${scope}`);
}
