// The portfolio and project reports as PowerPoint decks, for the steering meeting: a title slide,
// the portfolio at a glance (colours and phases as bar shapes with their numbers, who has not
// reported, the top risks), then one slide per project. A project's own deck adds its latest
// report's colours with why and its narrative. Data in, bytes out, creation date passed in.
import type { StatusReport } from '../../contracts/status-report.schema.ts';
import { dimensionLabel } from './pdf-sections.ts';
import { deckBytes, newDeck, projectSlide, shapeBars, slideTitle, smallTable, titleSlide, type Deck } from './pptx-slides.ts';
import { kpiCellText, RAG_BUCKETS, RAG_HEX, RAG_WORD, type PmoKpiTable, type PortfolioReportData, type ProjectReportData, type RenderOptions } from './report-model.ts';

/** Projects named on the summary slide as not reported; the rest are counted, so the line fits. */
const LATE_NAMED = 4;
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

function summarySlide(deck: Deck, data: PortfolioReportData): void {
  const slide = deck.addSlide();
  const { byRag, byPhase } = data.totals;
  slideTitle(slide, 'Portfolio summary', `${plural(data.projects.length, 'project')} · ${data.scope} · as of ${data.asOf}`);
  shapeBars(slide, 'Projects by overall colour', RAG_BUCKETS.map((b) => ({ label: RAG_WORD[b], value: byRag[b], colour: RAG_HEX[b] })), { x: 0.5, y: 1.5, w: 5.9 });
  shapeBars(slide, 'Projects by phase', byPhase.map((p) => ({ label: p.phase, value: p.count, colour: '4A6FA5' })), { x: 6.9, y: 1.5, w: 5.9 });
  const named = data.notReported.slice(0, LATE_NAMED).map((n) => `${n.code} ${n.name}`);
  const more = data.notReported.length - named.length;
  const late = data.notReported.length === 0 ? 'Every active project has reported for its current period.' : `Not reported this period: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
  slide.addText(late, { x: 0.5, y: 4.3, w: 12.3, h: 0.5, fontFace: 'Calibri', fontSize: 12, color: '5F6B7A' });
  smallTable(slide, 'Top risks', ['Project', 'Risk', 'Title', 'Score', 'Band'], data.topRisks.slice(0, 5).map((r) => [r.projectCode, r.code, r.title, String(r.score), r.band]), { x: 0.5, y: 4.8, w: 12.3, colW: [1.3, 1.1, 7.3, 1.0, 1.6] }, 'No open risks.');
}

function pmoKpiSlide(deck: Deck, kpis: PmoKpiTable, scope: string): void {
  const slide = deck.addSlide();
  slideTitle(slide, 'PMO performance', `KPIs by quarter · ${scope}`);
  const quarterW = 8.3 / Math.max(1, kpis.quarters.length);
  smallTable(slide, '', ['KPI', ...kpis.quarters], kpis.kpis.map((k) => [k.name, ...k.values.map((v) => kpiCellText(k.unit, v))]), { x: 0.5, y: 1.5, w: 12.3, colW: [4.0, ...kpis.quarters.map(() => quarterW)] }, 'No KPIs.');
}

export async function portfolioPptx(data: PortfolioReportData, options: RenderOptions): Promise<Buffer> {
  const title = 'Executive portfolio report';
  const deck = newDeck(`${title} – ${data.scope}`);
  titleSlide(deck, title, [data.scope, `As of ${data.asOf}`, plural(data.projects.length, 'project')]);
  summarySlide(deck, data);
  if (data.pmoKpis) pmoKpiSlide(deck, data.pmoKpis, data.scope);
  for (const p of data.projects) projectSlide(deck, p);
  return deckBytes(deck, options.created);
}

type Line = StatusReport['rag']['overall'];
const why = (l: Line) => [...l.reasons, ...(l.override ? [`Set by the manager: ${l.override.justification}`] : [])].join(' ');
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function reportSlides(deck: Deck, r: StatusReport): void {
  const colours = deck.addSlide();
  slideTitle(colours, `Status report ${r.code}: colours and why`, `${r.periodStart} to ${r.periodEnd} · ${r.status}`);
  smallTable(colours, '', ['Dimension', 'Colour', 'Why'], [r.rag.overall, ...r.rag.dimensions].map((l) => [dimensionLabel(l.key), RAG_WORD[l.effective], cut(why(l), 260)]), { x: 0.5, y: 1.2, w: 12.3, colW: [1.6, 1.4, 9.3] }, '');
  const narrative = deck.addSlide();
  slideTitle(narrative, `Status report ${r.code}: narrative`);
  const parts = [
    ['Accomplished this period', r.accomplishments],
    ['Planned for the next period', r.nextPeriod],
    ['Blockers', r.blockers],
    ['Decisions and help needed', r.decisionsNeeded],
  ] as const;
  narrative.addText(
    parts.flatMap(([heading, text]) => [
      { text: `${heading}\n`, options: { bold: true, fontSize: 14 } },
      { text: `${cut(text.trim() || 'Nothing written.', 400)}\n`, options: { fontSize: 12, breakLine: true } },
    ]),
    { x: 0.5, y: 1.2, w: 12.3, h: 5.9, fontFace: 'Calibri', color: '1F2933', valign: 'top' },
  );
}

/** A project's deck: title, its slide, and (when it has a submitted report) that report's colours and narrative. */
export async function projectPptx(data: ProjectReportData, options: RenderOptions): Promise<Buffer> {
  const p = data.project;
  const deck = newDeck(`Project status report – ${p.code} ${p.name}`);
  titleSlide(deck, 'Project status report', [`${p.code} ${p.name}`, `As of ${data.asOf}`]);
  projectSlide(deck, p);
  if (data.report) reportSlides(deck, data.report);
  return deckBytes(deck, options.created);
}
