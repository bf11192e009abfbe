// The slides both PowerPoint reports are made of, on pptxgenjs: a title slide, bar charts drawn as
// shapes with their numbers as text (pptxgenjs's native charts stamp random ids, and shapes read
// the same in every viewer), and a project's slide: its colours as filled boxes carrying the word,
// the next milestones and top risks as tables, the summary. `deckBytes` fixes the dates pptxgenjs
// takes from the clock, so the same data and creation date give the same bytes.
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { setZipTimestamps } from '../tabular/zip-timestamps.ts';
import { dimensionLabel, statusLabel, variance } from './pdf-sections.ts';
import { dayOf, moneyText, RAG_HEX, RAG_WORD, type ProjectLine, type RagBucket } from './report-model.ts';

export type Deck = PptxGenJS;
export type Slide = PptxGenJS.Slide;

const INK = '1F2933';
const MUTED = '5F6B7A';
const FONT = 'Calibri';
const WIDTH = 13.333;
const MAX_SUMMARY = 700;

export function newDeck(title: string): Deck {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.author = 'Orrery';
  deck.company = 'Orrery';
  deck.title = title;
  return deck;
}

export function titleSlide(deck: Deck, title: string, lines: ReadonlyArray<string>): void {
  const slide = deck.addSlide();
  slide.addText(title, { x: 0.8, y: 2.2, w: WIDTH - 1.6, h: 1.1, fontFace: FONT, fontSize: 36, bold: true, color: INK });
  slide.addText(lines.join('\n'), { x: 0.8, y: 3.4, w: WIDTH - 1.6, h: 1.6, fontFace: FONT, fontSize: 18, color: MUTED, valign: 'top' });
}

export function slideTitle(slide: Slide, title: string, subtitle?: string): void {
  slide.addText(title, { x: 0.5, y: 0.3, w: WIDTH - 1, h: 0.6, fontFace: FONT, fontSize: 26, bold: true, color: INK });
  if (subtitle) slide.addText(subtitle, { x: 0.5, y: 0.9, w: WIDTH - 1, h: 0.4, fontFace: FONT, fontSize: 13, color: MUTED });
}

export interface ShapeBar {
  readonly label: string;
  readonly value: number;
  readonly colour: string;
}

/** A horizontal bar chart of rectangles, the number written after each bar. */
export function shapeBars(slide: Slide, title: string, bars: ReadonlyArray<ShapeBar>, box: { x: number; y: number; w: number }): void {
  slide.addText(title, { x: box.x, y: box.y, w: box.w, h: 0.4, fontFace: FONT, fontSize: 15, bold: true, color: INK });
  const labelW = 1.7;
  const track = box.w - labelW - 0.6;
  const max = Math.max(1, ...bars.map((b) => b.value));
  bars.forEach((b, i) => {
    const y = box.y + 0.5 + i * 0.45;
    slide.addText(b.label, { x: box.x, y, w: labelW, h: 0.35, fontFace: FONT, fontSize: 12, color: INK });
    const w = Math.max(0.02, (b.value / max) * track);
    slide.addShape('rect', { x: box.x + labelW, y: y + 0.04, w, h: 0.27, fill: { color: b.value === 0 ? 'F4F6F8' : b.colour }, line: { color: b.colour, width: 0.5 } });
    slide.addText(String(b.value), { x: box.x + labelW + w + 0.05, y, w: 0.6, h: 0.35, fontFace: FONT, fontSize: 12, bold: true, color: INK });
  });
}

const textOn = (c: RagBucket): string => (c === 'red' || c === 'green' ? 'FFFFFF' : INK);

/** A filled box per colour with its dimension and word, e.g. "Schedule / Amber". */
export function ragBoxes(slide: Slide, cells: ReadonlyArray<{ key: string; colour: RagBucket }>, y: number): void {
  const w = (WIDTH - 1 - 0.1 * (cells.length - 1)) / cells.length;
  cells.forEach((c, i) => {
    slide.addText(`${dimensionLabel(c.key)}\n${RAG_WORD[c.colour]}`, {
      shape: 'roundRect',
      x: 0.5 + i * (w + 0.1),
      y,
      w,
      h: 0.75,
      rectRadius: 0.08,
      fill: { color: RAG_HEX[c.colour] },
      color: textOn(c.colour),
      fontFace: FONT,
      fontSize: 13,
      bold: c.key === 'overall',
      align: 'center',
      valign: 'middle',
    });
  });
}

const HEAD = { bold: true, fill: { color: 'EEF1F4' }, color: INK };
type Cell = PptxGenJS.TableCell;
const row = (values: ReadonlyArray<string>, head = false): Cell[] => values.map((text) => ({ text, options: head ? HEAD : { color: INK } }));

export function smallTable(slide: Slide, title: string, header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, box: { x: number; y: number; w: number; colW: number[] }, empty: string): void {
  if (title !== '') slide.addText(title, { x: box.x, y: box.y, w: box.w, h: 0.35, fontFace: FONT, fontSize: 14, bold: true, color: INK });
  if (rows.length === 0) {
    slide.addText(empty, { x: box.x, y: box.y + 0.4, w: box.w, h: 0.35, fontFace: FONT, fontSize: 12, color: MUTED });
    return;
  }
  slide.addTable([row(header, true), ...rows.map((r) => row(r))], { x: box.x, y: box.y + 0.4, w: box.w, colW: box.colW, fontFace: FONT, fontSize: 11, border: { type: 'solid', pt: 0.5, color: 'D0D4D9' }, valign: 'middle' });
}

/** A project's slide: who and where, colours, next milestones, top risks, the summary. */
export function projectSlide(deck: Deck, p: ProjectLine): void {
  const slide = deck.addSlide();
  const r = p.report;
  slideTitle(slide, `${p.code} ${p.name}`, `Manager ${p.managerName ?? '–'} · Sponsor ${p.sponsorName ?? '–'} · Phase ${p.phaseName} · ${statusLabel(p.status)} · Budget ${moneyText(p.budget)}`);
  ragBoxes(slide, r ? [{ key: 'overall', colour: r.overall }, ...r.dimensions] : [{ key: 'overall', colour: 'none' }], 1.45);
  const reported = r ? `Report ${r.code}, ${r.periodStart} to ${r.periodEnd} (${r.status})${p.reportedThisPeriod ? '' : ' – not reported for the current period'}` : 'No status report submitted yet';
  slide.addText(reported, { x: 0.5, y: 2.25, w: WIDTH - 1, h: 0.35, fontFace: FONT, fontSize: 11, italic: true, color: MUTED });
  smallTable(slide, 'Next milestones', ['Milestone', 'Baseline', 'Forecast', 'Variance'], p.milestones.map((m) => [m.name, dayOf(m.baselineFinish), dayOf(m.forecastFinish), variance(m)]), { x: 0.5, y: 2.7, w: 6.1, colW: [2.5, 1.2, 1.2, 1.2] }, 'No milestones still to reach.');
  smallTable(slide, 'Top risks', ['Risk', 'Title', 'Score', 'Band'], p.risks.map((k) => [k.code, k.title, String(k.score), k.band]), { x: 6.8, y: 2.7, w: 6.03, colW: [0.9, 3.43, 0.7, 1.0] }, 'No open risks.');
  const summary = r?.summary.trim() ? r.summary.trim() : 'No summary was written.';
  slide.addText([{ text: 'Summary\n', options: { bold: true, fontSize: 14 } }, { text: summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary, options: { fontSize: 12 } }], {
    x: 0.5,
    y: 5.0,
    w: WIDTH - 1,
    h: 2.2,
    fontFace: FONT,
    color: INK,
    valign: 'top',
  });
}

/** The deck's bytes, with the dates pptxgenjs takes from the clock set to `created`. */
export async function deckBytes(deck: Deck, created: Date): Promise<Buffer> {
  const raw = (await deck.write({ outputType: 'nodebuffer', compression: true })) as Buffer;
  const zip = await JSZip.loadAsync(raw);
  const stamp = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = await zip.file('docProps/core.xml')!.async('string');
  zip.file('docProps/core.xml', core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return setZipTimestamps(bytes, created);
}
