// The reports as files to download or write: the data gathered once (report-data.ts), rendered in
// the asked format, dated by the clock and named after what they cover and the day, e.g.
// portfolio-report-2027-03-15.pdf or PRJ-001-status-report-2027-03-15.pptx.
import { REPORT_TYPES, type ReportFormat } from '../../contracts/report.schema.ts';
import { portfolioPdf } from '../../io/reports/portfolio-pdf.ts';
import { projectPdf } from '../../io/reports/project-pdf.ts';
import { portfolioPptx, projectPptx } from '../../io/reports/report-pptx.ts';
import { portfolioXlsx } from '../../io/reports/report-xlsx.ts';
import type { AppContext } from '../context.ts';
import type { ExportedFile } from '../shared/table-export.ts';
import { portfolioReportData, projectReportData, type PortfolioReportQuery } from './report-data.ts';

const file = (baseName: string, format: ReportFormat, bytes: Buffer): ExportedFile => ({ fileName: `${baseName}.${format}`, contentType: REPORT_TYPES[format], bytes });

/** The file, and what it covers (for the CLI to say). */
export interface PortfolioReportFile extends ExportedFile {
  readonly scope: string;
  readonly projects: number;
}

export async function portfolioReportFile(ctx: AppContext, query: PortfolioReportQuery & { format: ReportFormat }): Promise<PortfolioReportFile> {
  const data = await portfolioReportData(ctx, query);
  const options = { created: ctx.clock.now() };
  const render = { pdf: portfolioPdf, pptx: portfolioPptx, xlsx: portfolioXlsx }[query.format];
  return { ...file(`portfolio-report-${data.asOf}`, query.format, await render(data, options)), scope: data.scope, projects: data.projects.length };
}

export async function projectReportFile(ctx: AppContext, projectId: string, format: 'pdf' | 'pptx'): Promise<ExportedFile> {
  const data = await projectReportData(ctx, projectId);
  const render = format === 'pdf' ? projectPdf : projectPptx;
  return file(`${data.project.code}-status-report-${data.asOf}`, format, await render(data, { created: ctx.clock.now() }));
}
