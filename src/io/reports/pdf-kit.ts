// The few drawing pieces both PDF reports are made of, on pdfkit: headings and wrapped paragraphs,
// tables that carry their header over page breaks, RAG dots with their word beside them (colour is
// never the only signal), and horizontal bar charts drawn as vectors with the number at each bar.
// Text is always real text (selectable, searchable, extractable), in the standard Helvetica fonts,
// so nothing is embedded and the same data and creation date give the same bytes.
import PDFDocument from 'pdfkit';
import { RAG_HEX, RAG_WORD, type RagBucket } from './report-model.ts';

export type Pdf = PDFKit.PDFDocument;

const INK = '#1F2933';
const MUTED = '#5F6B7A';
const RULE = '#D0D4D9';
const HEADER_FILL = '#EEF1F4';
export const BODY_SIZE = 9.5;

/** A fresh A4 document whose metadata (and so its file id) depends only on the arguments. */
export function newPdf(title: string, created: Date): Pdf {
  const doc = new PDFDocument({ size: 'A4', margin: 50, bufferPages: true, info: { Title: title, Author: 'Orrery', Creator: 'Orrery', Producer: 'Orrery', CreationDate: created, ModDate: created } });
  doc.font('Helvetica').fontSize(BODY_SIZE).fillColor(INK);
  return doc;
}

const left = (doc: Pdf) => doc.page.margins.left;
export const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function heading(doc: Pdf, text: string, size = 14): void {
  ensureSpace(doc, size * 3);
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor(INK).text(text, left(doc), doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3).font('Helvetica').fontSize(BODY_SIZE);
}

/** Wrapped text over as many lines and pages as it needs. */
export function paragraph(doc: Pdf, text: string, options: { muted?: boolean; bold?: boolean } = {}): void {
  doc
    .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(BODY_SIZE)
    .fillColor(options.muted ? MUTED : INK)
    .text(text === '' ? '–' : text, left(doc), doc.y, { width: contentWidth(doc) });
  doc.fillColor(INK).font('Helvetica');
}

/** A coloured dot and the colour's word, e.g. ● Amber; returns the x after it. */
export function ragMark(doc: Pdf, colour: RagBucket, x: number, y: number, width: number): void {
  doc.circle(x + 4, y + 4.5, 3.6).fill(`#${RAG_HEX[colour]}`);
  doc.fillColor(INK).font('Helvetica').fontSize(BODY_SIZE).text(RAG_WORD[colour], x + 11, y, { width: width - 11, lineBreak: false });
}

export interface PdfColumn<R> {
  readonly header: string;
  /** A share of the content width; the shares of a table add up to 1. */
  readonly share: number;
  readonly text?: (r: R) => string;
  /** A RAG cell: a dot and its word. */
  readonly rag?: (r: R) => RagBucket;
}

const PAD = 3;
/** Longer cell text is cut (with an ellipsis) so that one row always fits on a page. */
const MAX_CELL = 1500;

/** A table whose rows wrap their text; the header is drawn again on each new page. */
export function table<R>(doc: Pdf, columns: ReadonlyArray<PdfColumn<R>>, rows: ReadonlyArray<R>, empty = 'None.'): void {
  if (rows.length === 0) return paragraph(doc, empty, { muted: true });
  const x0 = left(doc);
  const widths = columns.map((c) => c.share * contentWidth(doc));
  const cellText = (c: PdfColumn<R>, r: R) => {
    const t = c.text ? c.text(r) : '';
    return t.length > MAX_CELL ? `${t.slice(0, MAX_CELL - 1)}…` : t;
  };
  const rowHeight = (texts: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(BODY_SIZE);
    return Math.max(...texts.map((t, i) => doc.heightOfString(t === '' ? ' ' : t, { width: widths[i]! - 2 * PAD })), 11) + 2 * PAD;
  };
  const drawRow = (texts: string[], rags: Array<RagBucket | null>, bold: boolean, fill: string | null) => {
    const h = rowHeight(texts, bold);
    const y = doc.y;
    if (fill) doc.rect(x0, y, contentWidth(doc), h).fill(fill);
    let x = x0;
    texts.forEach((t, i) => {
      const rag = rags[i];
      if (rag) ragMark(doc, rag, x + PAD, y + PAD, widths[i]! - 2 * PAD);
      else doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(BODY_SIZE).fillColor(INK).text(t, x + PAD, y + PAD, { width: widths[i]! - 2 * PAD });
      x += widths[i]!;
    });
    doc.moveTo(x0, y + h).lineTo(x0 + contentWidth(doc), y + h).lineWidth(0.5).stroke(RULE);
    doc.x = x0;
    doc.y = y + h;
  };
  const header = () => drawRow(columns.map((c) => c.header), columns.map(() => null), true, HEADER_FILL);
  ensureSpace(doc, 40);
  header();
  for (const r of rows) {
    const texts = columns.map((c) => cellText(c, r));
    if (doc.y + rowHeight(texts, false) > bottom(doc)) {
      doc.addPage();
      header();
    }
    drawRow(texts, columns.map((c) => (c.rag ? c.rag(r) : null)), false, null);
  }
  doc.font('Helvetica').fontSize(BODY_SIZE);
}

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Hex without '#'. */
  readonly colour: string;
}

/** A horizontal bar chart drawn with rectangles, each bar's number printed at its end. */
export function barChart(doc: Pdf, title: string, bars: ReadonlyArray<Bar>): void {
  const rowH = 18;
  ensureSpace(doc, 30 + rowH * bars.length);
  doc.font('Helvetica-Bold').fontSize(10.5).fillColor(INK).text(title, left(doc), doc.y);
  doc.moveDown(0.4);
  const labelW = 110;
  const trackW = contentWidth(doc) - labelW - 40;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const y0 = doc.y;
  bars.forEach((b, i) => {
    const y = y0 + i * rowH;
    doc.font('Helvetica').fontSize(BODY_SIZE).fillColor(INK).text(b.label, left(doc), y + 3, { width: labelW - 6, lineBreak: false, ellipsis: true });
    const w = (b.value / max) * trackW;
    doc.rect(left(doc) + labelW, y + 2, trackW, rowH - 5).fill('#F4F6F8');
    if (w > 0) doc.rect(left(doc) + labelW, y + 2, w, rowH - 5).fill(`#${b.colour}`);
    doc.fillColor(INK).text(String(b.value), left(doc) + labelW + w + 5, y + 3, { lineBreak: false });
  });
  doc.x = left(doc);
  doc.y = y0 + rowH * bars.length + 6;
}

/** Writes "Page n of m" and a line of text at the foot of every page. */
export function footers(doc: Pdf, text: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    doc.text(text, left(doc), doc.page.height - 35, { width: contentWidth(doc) * 0.7, lineBreak: false });
    doc.text(`Page ${i + 1} of ${count}`, left(doc), doc.page.height - 35, { width: contentWidth(doc), align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}

/** The finished document's bytes. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
