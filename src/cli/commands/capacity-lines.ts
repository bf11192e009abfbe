// The capacity views as terminal lines: the heat map (load in percent per period, "!" where over
// capacity) and the what-if (load before → after where the candidate project changes it, "!" where
// it pushes a row over capacity, then who it pushes over and when). Pure: view in, lines out.
import type { CapacityView, CapacityWhatIf } from '../../contracts/capacity.schema.ts';
import { renderTable, type TextColumn } from '../text-table.ts';

type Row = CapacityView['rows'][number];
type WhatIfRow = CapacityWhatIf['rows'][number];
type Period = CapacityView['periods'][number];
type Unit = CapacityView['unit'];

/** A column's heading: "03-01" for a week or day, "2027-03" for a month. */
const periodHeader = (period: Period, unit: Unit): string => (unit === 'month' ? period.firstDay.slice(0, 7) : period.firstDay.slice(5));
const groupHeader = (groupBy: CapacityView['groupBy']): string => (groupBy === 'resource' ? 'Resource' : groupBy[0]!.toUpperCase() + groupBy.slice(1));
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A cell: the load in percent, "!" when over capacity, "—" without capacity or demand. */
export function loadCell(row: Row, p: number): string {
  const load = row.load[p];
  const mark = row.overAllocated[p] ? '!' : '';
  if (load === null || load === undefined) return row.demand[p]! > 0 ? `${row.demand[p]}h!` : '—';
  return `${load}%${mark}`;
}

/** The heat map as lines: one column per period (headed by its first day), and what "!" means. */
export function capacityLines(view: CapacityView, width: number): string[] {
  const columns: Array<TextColumn<Row>> = [
    { header: groupHeader(view.groupBy), value: (r) => r.label, flex: true, max: 36, min: 12 },
    ...view.periods.map((period, p): TextColumn<Row> => ({ header: periodHeader(period, view.unit), value: (r) => loadCell(r, p), align: 'right' })),
  ];
  const over = view.rows.reduce((n, r) => n + r.overAllocated.filter(Boolean).length, 0);
  return [
    ...renderTable(columns, view.rows, width),
    '',
    `Load = demand ÷ capacity, ${view.unit} by ${view.unit}; ! = over-allocated (${plural(over, 'cell')}).${view.includeProposed ? ' Proposed projects counted.' : ' Committed work only (add --include-proposed for proposed projects).'}`,
  ];
}

/** A what-if cell: "85%" when the project leaves it alone, "85→130%!" when it changes it ("!": pushed over); hours where there is no capacity. */
export function whatIfCell(row: WhatIfRow, p: number): string {
  const [before, after, capacity] = [row.before[p]!, row.after[p]!, row.capacity[p]!];
  const mark = row.newlyOverAllocated.includes(p) ? '!' : '';
  if (capacity <= 0) return before === 0 && after === 0 ? '—' : before === after ? `${before}h` : `${before}→${after}h${mark}`;
  const [was, now] = [Math.round((100 * before) / capacity), Math.round((100 * after) / capacity)];
  return before === after ? `${was}%` : `${was}→${now}%${mark}`;
}

/** Which weeks (or months) a list of period indexes names, by their first day. */
const periodList = (result: CapacityWhatIf, indexes: ReadonlyArray<number>): string => indexes.map((p) => periodHeader(result.periods[p]!, result.unit)).join(', ');

/** When the candidate's work falls, as moved and as planned. */
function spanLine(result: CapacityWhatIf): string {
  const name = `${result.projectCode} ${result.projectName}`;
  const { span, shiftWeeks } = result;
  if (span === null) return `${name} has no people, roles or equipment assigned to dated tasks, so adding it changes nothing. Assign resources in its schedule first.`;
  if (shiftWeeks === 0) return `What if ${name} is added: its assigned work runs ${span.start} – ${span.finish}.`;
  return `What if ${name} is added ${plural(Math.abs(shiftWeeks), 'week')} ${shiftWeeks > 0 ? 'later' : 'earlier'} than planned: its assigned work would run ${span.start} – ${span.finish} (planned ${span.plannedStart} – ${span.plannedFinish}).`;
}

/** The what-if as lines: where the work falls, the table, and who the project pushes over capacity. */
export function whatIfLines(result: CapacityWhatIf, width: number): string[] {
  const columns: Array<TextColumn<WhatIfRow>> = [
    { header: groupHeader(result.groupBy), value: (r) => r.label, flex: true, max: 36, min: 12 },
    ...result.periods.map((period, p): TextColumn<WhatIfRow> => ({ header: periodHeader(period, result.unit), value: (r) => whatIfCell(r, p), align: 'right' })),
  ];
  const pushed = result.rows.filter((r) => r.newlyOverAllocated.length > 0);
  const verdict =
    pushed.length === 0
      ? ['Nobody is pushed over capacity in this window.']
      : [
          `Pushed over capacity: ${pushed.map((r) => `${r.label} (${periodList(result, r.newlyOverAllocated)})`).join('; ')}.`,
          ...(result.resources.length > 0 && result.groupBy !== 'resource' ? [`People and equipment pushed over: ${result.resources.map((r) => `${r.name} (${periodList(result, r.newlyOverAllocated)})`).join('; ')}.`] : []),
        ];
  return [spanLine(result), '', ...renderTable(columns, result.rows, width), '', `Load before → after adding the project, ${result.unit} by ${result.unit}; ! = newly over-allocated.`, ...verdict];
}
