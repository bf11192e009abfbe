// The budget as cells: an amount per cost category, capex/opex and month. The approved budget is
// the original revision's cells; the current budget adds every approved change revision's deltas.
// A change may move money between cells (drawing on contingency is a net-zero move out of a reserve
// category) but may not take a cell below zero. Pure: the app passes the lines in.

export interface BudgetLineValue {
  readonly category: string;
  readonly costType: string;
  /** YYYY-MM */
  readonly month: string;
  readonly amountMinor: number;
}

export type BudgetCells = ReadonlyMap<string, BudgetLineValue>;

export const cellKey = (line: Pick<BudgetLineValue, 'category' | 'costType' | 'month'>): string => `${line.category}|${line.costType}|${line.month}`;

/** A calendar month, YYYY-MM. */
export const isMonth = (text: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

/** The keys that appear more than once among lines (a revision says each cell once). */
export function duplicateCells(lines: ReadonlyArray<BudgetLineValue>): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const line of lines) {
    const key = cellKey(line);
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return [...twice];
}

/**
 * Adds lines onto cells (a copy). Cells that end at zero stay, so a draw-down still shows the
 * reserve it emptied.
 *
 * @example addLines(new Map(), [{ category: 'labour', costType: 'opex', month: '2026-03', amountMinor: 500 }])
 */
export function addLines(cells: BudgetCells, lines: ReadonlyArray<BudgetLineValue>): Map<string, BudgetLineValue> {
  const next = new Map(cells);
  for (const line of lines) {
    const key = cellKey(line);
    const before = next.get(key);
    next.set(key, { category: line.category, costType: line.costType, month: line.month, amountMinor: (before?.amountMinor ?? 0) + line.amountMinor });
  }
  return next;
}

/** The cells of a change applied to a budget, or the cells it would take below zero. */
export function applyChange(cells: BudgetCells, deltas: ReadonlyArray<BudgetLineValue>): { ok: true; cells: Map<string, BudgetLineValue> } | { ok: false; negative: BudgetLineValue[] } {
  const next = addLines(cells, deltas);
  const touched = new Set(deltas.map(cellKey));
  const negative = [...next.values()].filter((c) => touched.has(cellKey(c)) && c.amountMinor < 0);
  return negative.length > 0 ? { ok: false, negative } : { ok: true, cells: next };
}

/** Net effect of a revision's lines on the total. */
export const netOf = (lines: ReadonlyArray<BudgetLineValue>): number => lines.reduce((sum, l) => sum + l.amountMinor, 0);

/** What a change takes out of the reserve categories (a positive amount; 0 when it adds to them). */
export function reserveDrawOf(lines: ReadonlyArray<BudgetLineValue>, reserveCategories: ReadonlySet<string>): number {
  const reserve = lines.filter((l) => reserveCategories.has(l.category)).reduce((sum, l) => sum + l.amountMinor, 0);
  return reserve < 0 ? -reserve : 0;
}

export type RevisionKind = 'original' | 'change' | 'reserve_draw';

/**
 * An original sets the budget; a change that moves money out of reserve without changing the
 * total is a draw on reserve; anything else is a change of the budget.
 */
export function revisionKindOf(original: boolean, lines: ReadonlyArray<BudgetLineValue>, reserveCategories: ReadonlySet<string>): RevisionKind {
  if (original) return 'original';
  return netOf(lines) === 0 && reserveDrawOf(lines, reserveCategories) > 0 ? 'reserve_draw' : 'change';
}

/** Totals of cells grouped by a key (category, cost type or month). */
export function totalsBy(cells: Iterable<BudgetLineValue>, key: (cell: BudgetLineValue) => string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const cell of cells) totals.set(key(cell), (totals.get(key(cell)) ?? 0) + cell.amountMinor);
  return totals;
}
