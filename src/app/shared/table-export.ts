// Registers leave Orrery as spreadsheets: any register's sheets become one XLSX workbook, or one
// sheet a CSV file, named after what they hold. Each register says only its columns and rows.
import type { TableSheet } from '../../io/tabular/table-sheet.ts';
import { toCsv } from '../../io/tabular/to-csv.ts';
import { toXlsx } from '../../io/tabular/to-xlsx.ts';
import { tableFileType, type TableFormat } from '../../io/tabular/table-format.ts';
import type { AppContext } from '../context.ts';

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
