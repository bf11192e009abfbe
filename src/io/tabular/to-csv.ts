// Writes one register as CSV for spreadsheets and scripts. RFC 4180 with a UTF-8 byte order mark
// (without it Excel reads UTF-8 as the local code page and mangles accents) and CRLF line ends.
// Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice against
// CSV injection), since register text is typed by any project member and opened by the PMO.
import { isNumericKind, isoLocalToUtcDate, numberFromText } from './cell-values.ts';
import type { CellValue, ColumnKind, TableSheet } from './table-sheet.ts';

const BOM = '\uFEFF';
const CRLF = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The sheet as CSV bytes: the header row, then one record per row. null is an empty field,
 * booleans are "yes"/"no", date-times are written 'YYYY-MM-DD HH:MM' (which Excel reads as a
 * date-time, unlike the 'T' form), and numbers in number, percent and money columns stay numbers.
 *
 * @example
 * const csv = toCsv({
 *   name: 'Risks',
 *   columns: [{ header: 'Code', value: (r: Risk) => r.code }, { header: 'Score', value: (r) => r.score, kind: 'number' }],
 *   rows: risks,
 * });
 * reply.type(tableFileType('csv').contentType).send(csv);
 */
export function toCsv<Row>(sheet: TableSheet<Row>): Buffer {
  const kinds = sheet.columns.map((column) => column.kind ?? 'text');
  const lines = [sheet.columns.map((column) => csvField(guardFormula(column.header))).join(',')];
  for (const row of sheet.rows) {
    lines.push(sheet.columns.map((column, i) => csvField(cellText(column.value(row), kinds[i]!))).join(','));
  }
  return Buffer.from(BOM + lines.join(CRLF) + CRLF, 'utf8');
}

function cellText(value: CellValue | undefined, kind: ColumnKind): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (isNumericKind(kind) && numberFromText(value) !== undefined) return value;
  if (kind === 'datetime' && isoLocalToUtcDate(value) !== undefined) return value.replace('T', ' ');
  return guardFormula(value);
}

function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
