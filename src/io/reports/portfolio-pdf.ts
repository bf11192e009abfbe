// The executive portfolio report as a PDF: a cover, a summary page (how many projects are red,
// amber, green, not assessed or unreported, and in which phase, as vector bar charts with their
// numbers; the projects with their colours; the top risks; who has not reported), then a section
// per project. Data in, bytes out: the creation date is passed in, so the bytes repeat.
import { barChart, footers, heading, newPdf, paragraph, pdfBytes, table } from './pdf-kit.ts';
import { projectSection, risksTable, statusLabel } from './pdf-sections.ts';
import { kpiCellText, RAG_BUCKETS, RAG_HEX, RAG_WORD, type PmoKpiTable, type PortfolioReportData, type ProjectLine, type RenderOptions } from './report-model.ts';

const PHASE_HEX = '4A6FA5';

export async function portfolioPdf(data: PortfolioReportData, options: RenderOptions): Promise<Buffer> {
  const title = 'Executive portfolio report';
  const doc = newPdf(`${title} – ${data.scope} – ${data.asOf}`, options.created);

  // Cover
  doc.moveDown(10).font('Helvetica-Bold').fontSize(26).text(title);
  doc.moveDown(0.5).font('Helvetica').fontSize(16).text(data.scope);
  doc.moveDown(0.3).fontSize(12).fillColor('#5F6B7A').text(`As of ${data.asOf}`);
  const { byRag } = data.totals;
  doc.moveDown(1.5).fillColor('#1F2933').text(`${data.projects.length} project${data.projects.length === 1 ? '' : 's'}: ${RAG_BUCKETS.filter((b) => byRag[b] > 0).map((b) => `${byRag[b]} ${RAG_WORD[b]}`).join(', ') || 'none'}.`);
  doc.moveDown(0.3).text(`${data.notReported.length} active project${data.notReported.length === 1 ? '' : 's'} not reported for the current period.`);

  // Summary
  doc.addPage();
  heading(doc, 'Portfolio summary', 18);
  barChart(doc, 'Projects by overall colour (latest submitted report)', RAG_BUCKETS.map((b) => ({ label: RAG_WORD[b], value: byRag[b], colour: RAG_HEX[b] })));
  barChart(doc, 'Projects by phase', data.totals.byPhase.map((p) => ({ label: p.phase, value: p.count, colour: PHASE_HEX })));
  heading(doc, 'Projects');
  table(
    doc,
    [
      { header: 'Code', share: 0.11, text: (p: ProjectLine) => p.code },
      { header: 'Project', share: 0.27, text: (p) => p.name },
      { header: 'Manager', share: 0.17, text: (p) => p.managerName ?? '–' },
      { header: 'Phase', share: 0.12, text: (p) => p.phaseName },
      { header: 'Status', share: 0.1, text: (p) => statusLabel(p.status) },
      { header: 'Overall', share: 0.14, rag: (p) => p.report?.overall ?? 'none' },
      { header: 'Period', share: 0.09, text: (p) => p.report?.periodEnd.slice(0, 7) ?? '–' },
    ],
    data.projects,
    'No projects in scope.',
  );
  heading(doc, 'Top risks across the portfolio');
  risksTable(doc, data.topRisks, true);
  heading(doc, 'Not reported this period');
  if (data.notReported.length === 0) paragraph(doc, 'Every active project has reported for its current period.', { muted: true });
  else for (const n of data.notReported) paragraph(doc, `${n.code} ${n.name}: nothing submitted for ${n.periodStart} to ${n.periodEnd}.`);
  if (data.pmoKpis) pmoKpiSection(doc, data.pmoKpis);

  // A section per project
  for (const p of data.projects) {
    doc.addPage();
    projectSection(doc, p);
  }
  footers(doc, `${title} · ${data.scope} · as of ${data.asOf}`);
  return pdfBytes(doc);
}

/** The PMO's KPIs, a row per KPI and a column per quarter. */
function pmoKpiSection(doc: Parameters<typeof heading>[0], kpis: PmoKpiTable): void {
  heading(doc, 'PMO performance');
  const share = 0.7 / Math.max(1, kpis.quarters.length);
  table(
    doc,
    [
      { header: 'KPI', share: 0.3, text: (k: PmoKpiTable['kpis'][number]) => k.name },
      ...kpis.quarters.map((q, i) => ({ header: q, share, text: (k: PmoKpiTable['kpis'][number]) => kpiCellText(k.unit, k.values[i]!) })),
    ],
    kpis.kpis,
    'No KPIs.',
  );
}
