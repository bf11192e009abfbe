// Writes registers as an Excel workbook, one worksheet per register, ready to filter and sort: a
// bold, frozen header row with an autofilter, real dates and numbers with formats (so a PMO can
// pivot and chart them), and row 1 always the header so the file re-imports. Text is stored as
// text, never as a formula, so a description starting with '=' cannot run in the reader's Excel.
import ExcelJS from 'exceljs';
import { isNumericKind, isoLocalToUtcDate, numberFromText } from './cell-values.ts';
import { sheetNames } from './sheet-names.ts';
import type { CellValue, ColumnKind, TableSheet } from './table-sheet.ts';
import { setZipTimestamps } from './zip-timestamps.ts';

export interface XlsxOptions {
  /**
   * The workbook's created/modified date and the zip entries' time. The fixed default (the Unix
   * epoch) makes the same input give the same bytes; pass the clock's time for real exports.
   */
  readonly created?: Date;
}

type XlsxValue = string | number | boolean | Date | null;

const EPOCH = new Date(0);
const MAX_CELL_TEXT = 32_767; // Excel repairs (and cuts) longer cells when it opens the file
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const FILTER_BUTTON = 2; // characters the autofilter arrow covers in the header
const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  percent: '0%',
  money: '#,##0.00',
};

/**
 * The sheets as an .xlsx workbook. Worksheet names are made safe for Excel and unique; the first
 * sheet `title` given becomes the workbook's title property.
 *
 * @example
 * const bytes = await toXlsx([risksSheet, issuesSheet], { created: clock.now() });
 * reply.type(tableFileType('xlsx').contentType).send(bytes);
 */
export async function toXlsx(sheets: ReadonlyArray<TableSheet<any>>, options: XlsxOptions = {}): Promise<Buffer> {
  if (sheets.length === 0) throw new RangeError('toXlsx needs at least one sheet: Excel does not open a workbook without one.');
  const created = options.created ?? EPOCH;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Orrery';
  workbook.lastModifiedBy = 'Orrery';
  workbook.created = created;
  workbook.modified = created;
  const title = sheets.find((sheet) => sheet.title !== undefined && sheet.title !== '')?.title;
  if (title !== undefined) workbook.title = title;
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  sheets.forEach((sheet, i) => addWorksheet(workbook, names[i]!, sheet));
  return setZipTimestamps(Buffer.from(await workbook.xlsx.writeBuffer()), created);
}

function addWorksheet<Row>(workbook: ExcelJS.Workbook, name: string, sheet: TableSheet<Row>): void {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const { columns, rows } = sheet;
  const kinds = columns.map((column) => column.kind ?? 'text');
  const formats = kinds.map((kind) => NUMBER_FORMATS[kind]);
  const widest = columns.map((column) => displayLength(column.header, 'text') + FILTER_BUTTON);
  worksheet.addRow(columns.map((column) => column.header)).font = { bold: true };
  for (const row of rows) {
    const values = columns.map((column, i) => xlsxValue(column.value(row), kinds[i]!));
    const added = worksheet.addRow(values);
    columns.forEach((column, i) => {
      const fill = column.fill?.(row);
      if (fill) added.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill}` } };
    });
    values.forEach((value, i) => {
      widest[i] = Math.max(widest[i]!, displayLength(value, kinds[i]!));
      const format = formats[i];
      if (format !== undefined && (typeof value === 'number' || value instanceof Date)) added.getCell(i + 1).numFmt = format;
    });
  }
  columns.forEach((column, i) => {
    worksheet.getColumn(i + 1).width = columnWidth(column.width ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest[i]! + 2)));
  });
  if (columns.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
}

/** Excel's range (0–255); and exceljs drops a width of exactly 9 as "its default", which Excel shows as 8.43. */
function columnWidth(width: number): number {
  const inRange = Number.isFinite(width) ? Math.min(255, Math.max(0, width)) : MIN_WIDTH;
  return inRange === 9 ? 9.01 : inRange;
}

function xlsxValue(value: CellValue | undefined, kind: ColumnKind): XlsxValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (isNumericKind(kind)) return numberFromText(value) ?? text(value);
  if (kind === 'date' || kind === 'datetime') return isoLocalToUtcDate(value) ?? text(value);
  return text(value);
}

function text(value: string): string {
  return value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
}

/** Roughly how many characters Excel shows for the value in its column's format. */
function displayLength(value: XlsxValue, kind: ColumnKind): number {
  if (value === null) return 0;
  if (value instanceof Date) return kind === 'datetime' ? 16 : 10;
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'string') return value.split(/\r\n|\r|\n/).reduce((longest, line) => Math.max(longest, line.length), 0);
  if (kind === 'percent') return String(Math.round(value * 100)).length + 1;
  if (kind === 'money') {
    const digits = String(Math.trunc(Math.abs(value))).length;
    return digits + Math.floor((digits - 1) / 3) + 3 + (value < 0 ? 1 : 0);
  }
  return Math.min(String(value).length, 11); // General format shows at most about 11 characters
}
