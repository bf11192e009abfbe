// Registers leave Orrery as spreadsheets: any register's sheets become one XLSX workbook, or one
// sheet a CSV file, named after what they hold. Each register says only its columns and rows.
import type { TableColumn, TableSheet } from '../../io/tabular/table-sheet.ts';
import { toCsv } from '../../io/tabular/to-csv.ts';
import { toXlsx } from '../../io/tabular/to-xlsx.ts';
import { tableFileType, type TableFormat } from '../../io/tabular/table-format.ts';
import type { AppContext } from '../context.ts';

/** Most rows one export carries. */
export const MAX_EXPORT_ROWS = 50_000;

/** Every item of a paged list, following its cursors, up to MAX_EXPORT_ROWS. */
export async function allPages<T>(page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    items.push(...next.items);
    cursor = next.nextCursor ?? undefined;
  } while (cursor && items.length < MAX_EXPORT_ROWS);
  return items.slice(0, MAX_EXPORT_ROWS);
}

/** A column of an export: header, value, and optionally its kind and width. */
export const column = <R>(header: string, value: TableColumn<R>['value'], kind?: TableColumn<R>['kind'], width?: number): TableColumn<R> => ({ header, value, ...(kind ? { kind } : {}), ...(width ? { width } : {}) });

/** An ISO instant as the local-looking "YYYY-MM-DD HH:MM" a spreadsheet shows. */
export const instant = (iso: string | null): string | null => (iso === null ? null : iso.slice(0, 16).replace('T', ' '));

export interface ExportedFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

/** The sheets as a file; CSV takes the first sheet (callers refuse CSV of several first). */
export async function exportSheets(ctx: AppContext, sheets: ReadonlyArray<TableSheet<any>>, format: TableFormat, baseName: string): Promise<ExportedFile> {
  const { contentType, extension } = tableFileType(format);
  const bytes = format === 'csv' ? toCsv(sheets[0]!) : await toXlsx(sheets, { created: ctx.clock.now() });
  return { fileName: `${baseName}.${extension}`, contentType, bytes };
}
