// Tables for the terminal: aligned columns, numbers on the right, and the long text columns cut
// (with …) until the table fits the terminal's width, so every row stays one line.

export interface TextColumn<R> {
  readonly header: string;
  readonly value: (row: R) => string;
  readonly align?: 'right';
  /** May be cut to fit the width (down to `min`); the others keep their full width. */
  readonly flex?: boolean;
  /** Widest the column grows, even with room to spare. */
  readonly max?: number;
  readonly min?: number;
}

const GAP = 2;

/** The width to fit: the terminal's, else $COLUMNS, else 120 (output to a file or a pipe). */
export function terminalWidth(): number {
  return process.stdout.columns || Number(process.env.COLUMNS) || 120;
}

const cut = (text: string, width: number): string => (text.length <= width ? text : width <= 1 ? text.slice(0, width) : `${text.slice(0, width - 1)}…`);

/**
 * The header and one line per row.
 * @example
 * renderTable([{ header: 'Code', value: (r) => r.code }], [{ code: 'RSK-1' }], 80); // ['Code', 'RSK-1']
 */
export function renderTable<R>(columns: ReadonlyArray<TextColumn<R>>, rows: readonly R[], width: number): string[] {
  const cells = rows.map((row) => columns.map((c) => c.value(row).replace(/\s+/g, ' ')));
  const widths = columns.map((c, i) => Math.min(c.max ?? Infinity, Math.max(c.header.length, ...cells.map((r) => r[i]!.length))));
  const floor = columns.map((c, i) => Math.min(widths[i]!, Math.max(c.min ?? 10, c.header.length)));
  let over = widths.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1) - width;
  // Take a character at a time from the widest column that may shrink, so the cut is shared.
  while (over > 0) {
    let widest = -1;
    columns.forEach((c, i) => {
      if (c.flex && widths[i]! > floor[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    });
    if (widest < 0) break;
    widths[widest]!--;
    over--;
  }
  const line = (values: readonly string[]) =>
    values.map((v, i) => (columns[i]!.align === 'right' ? cut(v, widths[i]!).padStart(widths[i]!) : cut(v, widths[i]!).padEnd(widths[i]!))).join(' '.repeat(GAP)).trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)];
}
