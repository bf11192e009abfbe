// The part of a PDF report about one project, shared by the executive portfolio report (a section
// per project) and the project status report (its first page): who runs it and where it stands,
// the colours of its latest submitted report per dimension, the summary, the next milestones
// against their baseline, and the top risks.
import { BODY_SIZE, ensureSpace, heading, paragraph, ragMark, table, contentWidth, type Pdf } from './pdf-kit.ts';
import { dayOf, moneyText, slipDays, type ProjectLine, type RagBucket, type ReportMilestone, type ReportRisk } from './report-model.ts';

const DIMENSION_LABEL: Record<string, string> = { schedule: 'Schedule', cost: 'Cost', scope: 'Scope', risk: 'Risk', resources: 'Resources', quality: 'Quality' };
export const dimensionLabel = (key: string): string => DIMENSION_LABEL[key] ?? (key === 'overall' ? 'Overall' : key);
export const statusLabel = (status: string): string => status.replace('_', ' ');

/** Forecast against baseline in calendar days, e.g. '+7 days'; blank when either is missing. */
export function variance(m: ReportMilestone): string {
  const days = slipDays(m);
  if (days === null) return m.baselineFinish === null ? 'no baseline' : '';
  return days === 0 ? 'on baseline' : `${days > 0 ? '+' : ''}${days} day${Math.abs(days) === 1 ? '' : 's'}`;
}

export function milestonesTable(doc: Pdf, milestones: ReadonlyArray<ReportMilestone>): void {
  table(
    doc,
    [
      { header: 'Milestone', share: 0.46, text: (m: ReportMilestone) => m.name },
      { header: 'Baseline', share: 0.18, text: (m) => dayOf(m.baselineFinish) },
      { header: 'Forecast', share: 0.18, text: (m) => dayOf(m.forecastFinish) },
      { header: 'Variance', share: 0.18, text: variance },
    ],
    milestones,
    'No milestones still to reach.',
  );
}

export function risksTable(doc: Pdf, risks: ReadonlyArray<ReportRisk>, withProject = false): void {
  table(
    doc,
    [
      ...(withProject ? [{ header: 'Project', share: 0.14, text: (r: ReportRisk) => r.projectCode }] : []),
      { header: 'Risk', share: 0.14, text: (r: ReportRisk) => r.code },
      { header: 'Title', share: withProject ? 0.46 : 0.6, text: (r: ReportRisk) => r.title },
      { header: 'Score', share: 0.1, text: (r: ReportRisk) => String(r.score) },
      { header: 'Band', share: 0.16, text: (r: ReportRisk) => r.band },
    ],
    risks,
    'No open risks.',
  );
}

/** The overall colour and each dimension's, as dots with words in one band across the page. */
export function ragBand(doc: Pdf, overall: RagBucket, dimensions: ReadonlyArray<{ key: string; colour: RagBucket }>): void {
  const cells = [{ key: 'overall', colour: overall }, ...dimensions];
  const width = contentWidth(doc) / cells.length;
  ensureSpace(doc, 34);
  const y = doc.y;
  cells.forEach((c, i) => {
    const x = doc.page.margins.left + i * width;
    doc.font(c.key === 'overall' ? 'Helvetica-Bold' : 'Helvetica').fontSize(8).fillColor('#5F6B7A').text(dimensionLabel(c.key), x, y, { width, lineBreak: false });
    ragMark(doc, c.colour, x, y + 11, width);
  });
  doc.x = doc.page.margins.left;
  doc.y = y + 28;
  doc.fontSize(BODY_SIZE);
}

/** A project's section: facts, colours, summary, milestones and risks. */
export function projectSection(doc: Pdf, p: ProjectLine): void {
  heading(doc, `${p.code} ${p.name}`, 15);
  paragraph(doc, `Manager: ${p.managerName ?? '–'}   Sponsor: ${p.sponsorName ?? '–'}   Phase: ${p.phaseName}   Status: ${statusLabel(p.status)}   Budget: ${moneyText(p.budget)}`, { muted: true });
  doc.moveDown(0.5);
  const r = p.report;
  if (r) {
    paragraph(doc, `Latest report ${r.code} for ${r.periodStart} to ${r.periodEnd} (${[r.status === 'submitted' ? null : r.status, r.submittedAt ? `submitted ${r.submittedAt.slice(0, 10)}` : null].filter(Boolean).join(', ') || r.status})${p.reportedThisPeriod ? '' : ' – not reported for the current period'}.`);
    doc.moveDown(0.4);
    ragBand(doc, r.overall, r.dimensions);
    heading(doc, 'Summary', 11);
    paragraph(doc, r.summary.trim() === '' ? 'No summary was written.' : r.summary);
  } else {
    paragraph(doc, 'No status report has been submitted for this project yet: its colours are not known.');
    doc.moveDown(0.4);
    ragBand(doc, 'none', []);
  }
  heading(doc, 'Next milestones', 11);
  milestonesTable(doc, p.milestones);
  heading(doc, 'Top risks', 11);
  risksTable(doc, p.risks);
}
