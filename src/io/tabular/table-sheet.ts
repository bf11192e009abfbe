// What a register export is made of, whatever the register: named columns that each read one cell
// from a row, and the rows. Both writers (CSV and XLSX) take this shape, so a register describes
// its columns once and gets every format.

/** One cell as the register gives it. Dates are ISO local strings: 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'. */
export type CellValue = string | number | boolean | null;

/**
 * How a column's cells are meant to be read. 'percent' is a fraction (0.25 is 25 %); 'money' is in
 * major units (1234.5 is 1,234.50): converting from integer minor units is the caller's job, since
 * it knows the currency.
 */
export type ColumnKind = 'text' | 'number' | 'date' | 'datetime' | 'percent' | 'money';

export interface TableColumn<Row> {
  readonly header: string;
  readonly value: (row: Row) => CellValue;
  /** 'text' when left out. */
  readonly kind?: ColumnKind;
  /** Width in characters in XLSX; left out, it follows the content (capped at 60). */
  readonly width?: number;
  /** A cell's fill in XLSX as hex RGB ('D64545'), e.g. a RAG colour; null or left out: none. Not in CSV. */
  readonly fill?: (row: Row) => string | null;
}

export interface TableSheet<Row> {
  /** The worksheet name in XLSX (made safe for Excel there); not written to CSV. */
  readonly name: string;
  readonly columns: ReadonlyArray<TableColumn<Row>>;
  readonly rows: ReadonlyArray<Row>;
  /** Becomes the workbook's title property in XLSX, never a row: row 1 is always the header. */
  readonly title?: string;
}
