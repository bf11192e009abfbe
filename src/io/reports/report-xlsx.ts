// The portfolio report as an Excel workbook, for the PMO who wants to sort, filter and pivot it:
// Projects (one row each, the colours as words on their colour), Milestones (baseline against
// forecast, the slip in days), Risks (each project's top risks) and Top risks (across the
// portfolio). Written by the same writer as every register export, so dates are dates, numbers
// numbers, and the same data and creation date give the same bytes.
import type { TableColumn, TableSheet } from '../tabular/table-sheet.ts';
import { toXlsx } from '../tabular/to-xlsx.ts';
import { dayOf, kpiCellText, RAG_HEX, RAG_WORD, slipDays, type PortfolioReportData, type ProjectLine, type RagBucket, type ReportMilestone, type ReportRisk, type PmoKpiTable, type RenderOptions } from './report-model.ts';

const DIMENSIONS = ['schedule', 'cost', 'scope', 'risk', 'resources', 'quality'] as const;
const col = <R>(header: string, value: TableColumn<R>['value'], more: Partial<TableColumn<R>> = {}): TableColumn<R> => ({ header, value, ...more });
const rag = (header: string, colour: (p: ProjectLine) => RagBucket): TableColumn<ProjectLine> => col(header, (p) => RAG_WORD[colour(p)], { fill: (p) => RAG_HEX[colour(p)] });
const dimension = (p: ProjectLine, key: string): RagBucket => p.report?.dimensions.find((d) => d.key === key)?.colour ?? 'none';

const PROJECTS: ReadonlyArray<TableColumn<ProjectLine>> = [
  col('Code', (p) => p.code),
  col('Project', (p) => p.name),
  col('Manager', (p) => p.managerName),
  col('Sponsor', (p) => p.sponsorName),
  col('Phase', (p) => p.phaseName),
  col('Status', (p) => p.status),
  col('Budget', (p) => (p.budget ? p.budget.amountMinor / 100 : null), { kind: 'money' }),
  col('Currency', (p) => p.budget?.currency ?? null),
  col('Report', (p) => p.report?.code ?? null),
  col('Period start', (p) => p.report?.periodStart ?? null, { kind: 'date' }),
  col('Period end', (p) => p.report?.periodEnd ?? null, { kind: 'date' }),
  rag('Overall', (p) => p.report?.overall ?? 'none'),
  ...DIMENSIONS.map((d) => rag(d[0]!.toUpperCase() + d.slice(1), (p) => dimension(p, d))),
  col('Reported this period', (p) => (p.reportedThisPeriod ? 'yes' : 'no')),
  col('Summary', (p) => p.report?.summary ?? null, { width: 60 }),
];

type MilestoneRow = ReportMilestone & { readonly projectCode: string };
const MILESTONES: ReadonlyArray<TableColumn<MilestoneRow>> = [
  col('Project', (m) => m.projectCode),
  col('Milestone', (m) => m.name),
  col('Baseline', (m) => (m.baselineFinish ? dayOf(m.baselineFinish) : null), { kind: 'date' }),
  col('Forecast', (m) => (m.forecastFinish ? dayOf(m.forecastFinish) : null), { kind: 'date' }),
  col('Slip (days)', (m) => slipDays(m), { kind: 'number' }),
];

const RISKS: ReadonlyArray<TableColumn<ReportRisk>> = [
  col('Project', (r) => r.projectCode),
  col('Risk', (r) => r.code),
  col('Title', (r) => r.title),
  col('Score', (r) => r.score, { kind: 'number' }),
  col('Band', (r) => r.band),
];

type KpiRow = PmoKpiTable['kpis'][number];
/** A row per KPI, a column per quarter: the value as a percentage and what it rests on. */
const kpiColumns = (kpis: PmoKpiTable): ReadonlyArray<TableColumn<KpiRow>> => [
  col('KPI', (k) => k.name),
  ...kpis.quarters.map((q, i) => col<KpiRow>(q, (k) => kpiCellText(k.unit, k.values[i]!))),
];

export function portfolioXlsx(data: PortfolioReportData, options: RenderOptions): Promise<Buffer> {
  const sheets: TableSheet<any>[] = [
    { name: 'Projects', columns: PROJECTS, rows: data.projects, title: `Executive portfolio report – ${data.scope} – as of ${data.asOf}` },
    { name: 'Milestones', columns: MILESTONES, rows: data.projects.flatMap((p) => p.milestones.map((m) => ({ ...m, projectCode: p.code }))) },
    { name: 'Risks', columns: RISKS, rows: data.projects.flatMap((p) => p.risks) },
    { name: 'Top risks', columns: RISKS, rows: data.topRisks },
    ...(data.pmoKpis ? [{ name: 'PMO KPIs', columns: kpiColumns(data.pmoKpis), rows: data.pmoKpis.kpis }] : []),
  ];
  return toXlsx(sheets, { created: options.created });
}
