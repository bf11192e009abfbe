// A project's status report as a PDF: the project at a glance (as in the portfolio report), then
// its latest submitted report in full: each colour with why (the computed reasons and any override
// with its justification), the narrative, the milestones, issues and overdue actions as frozen at
// submission. Data in, bytes out, with the creation date passed in.
import type { StatusReport } from '../../contracts/status-report.schema.ts';
import { footers, heading, newPdf, paragraph, pdfBytes, table } from './pdf-kit.ts';
import { dimensionLabel, milestonesTable, projectSection } from './pdf-sections.ts';
import type { ProjectReportData, RenderOptions } from './report-model.ts';

type Line = StatusReport['rag']['overall'];
type Issue = StatusReport['figures']['issues']['top'][number];
type Action = StatusReport['figures']['actions']['items'][number];

const why = (l: Line): string => [...l.reasons, ...(l.override ? [`Set to ${l.override.colour} by the manager (computed ${l.computed}): ${l.override.justification}`] : [])].join(' ');

function reportInFull(doc: PDFKit.PDFDocument, r: StatusReport): void {
  heading(doc, `Status report ${r.code}: ${r.periodStart} to ${r.periodEnd}`, 15);
  paragraph(doc, `Status: ${r.status}${r.submittedAt ? `, submitted ${r.submittedAt.slice(0, 10)}` : ''}${r.reviewedAt ? `, reviewed ${r.reviewedAt.slice(0, 10)}` : ''}.${r.reviewComment ? ` PMO: ${r.reviewComment}` : ''}`, { muted: true });
  heading(doc, 'Colours and why', 11);
  table(
    doc,
    [
      { header: 'Dimension', share: 0.16, text: (l: Line) => dimensionLabel(l.key) },
      { header: 'Colour', share: 0.18, rag: (l: Line) => l.effective },
      { header: 'Why', share: 0.66, text: why },
    ],
    [r.rag.overall, ...r.rag.dimensions],
  );
  for (const [title, text] of [
    ['Summary', r.summary],
    ['Accomplished this period', r.accomplishments],
    ['Planned for the next period', r.nextPeriod],
    ['Blockers', r.blockers],
    ['Decisions and help needed', r.decisionsNeeded],
  ] as const) {
    heading(doc, title, 11);
    paragraph(doc, text.trim() === '' ? 'Nothing written.' : text, { muted: text.trim() === '' });
  }
  const s = r.figures.schedule;
  heading(doc, 'Milestones as reported', 11);
  paragraph(doc, `Baseline ${s.baselineNumber} finish ${s.baselineFinish?.slice(0, 10) ?? '–'}, forecast finish ${s.forecastFinish?.slice(0, 10) ?? '–'}${s.finishSlipDays === null ? '' : ` (${s.finishSlipDays} working days)`}.`, { muted: true });
  milestonesTable(doc, s.milestones.filter((m) => !m.done));
  heading(doc, `Open issues (${r.figures.issues.open})`, 11);
  table(
    doc,
    [
      { header: 'Issue', share: 0.14, text: (i: Issue) => i.code },
      { header: 'Title', share: 0.58, text: (i: Issue) => i.title },
      { header: 'Priority', share: 0.14, text: (i: Issue) => i.priority },
      { header: 'Status', share: 0.14, text: (i: Issue) => i.status.replace('_', ' ') },
    ],
    r.figures.issues.top,
    'No open issues.',
  );
  heading(doc, `Overdue actions (${r.figures.actions.overdue})`, 11);
  table(
    doc,
    [
      { header: 'Action', share: 0.14, text: (a: Action) => a.code },
      { header: 'Title', share: 0.56, text: (a: Action) => a.title },
      { header: 'Due', share: 0.15, text: (a: Action) => a.dueDate },
      { header: 'Days late', share: 0.15, text: (a: Action) => String(a.daysOverdue) },
    ],
    r.figures.actions.items,
    'No overdue actions.',
  );
}

export async function projectPdf(data: ProjectReportData, options: RenderOptions): Promise<Buffer> {
  const p = data.project;
  const title = 'Project status report';
  const doc = newPdf(`${title} – ${p.code} ${p.name} – ${data.asOf}`, options.created);
  doc.font('Helvetica-Bold').fontSize(20).text(title);
  doc.font('Helvetica').fontSize(11).fillColor('#5F6B7A').text(`As of ${data.asOf}`).fillColor('#1F2933');
  projectSection(doc, p);
  if (data.report) {
    doc.addPage();
    reportInFull(doc, data.report);
  }
  footers(doc, `${title} · ${p.code} ${p.name} · as of ${data.asOf}`);
  return pdfBytes(doc);
}
