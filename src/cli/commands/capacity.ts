// `orrery capacity`: demand against capacity from the shell, per role, resource, skill or
// department and week or month — the heat map as a table, load in percent, over-allocated periods
// marked with "!". Options go through the API's query schema; the CLI acts as the system.
import { Option, type Command } from 'commander';
import { CapacityQuery, type CapacityView } from '../../contracts/capacity.schema.ts';
import { getCapacity } from '../../app/resources/capacity-queries.ts';
import { parseWith } from '../parse-options.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

interface CapacityOptions extends CommonOptions {
  by: string;
  from?: string;
  to?: string;
  unit: string;
  includeProposed?: boolean;
  json?: boolean;
}

type Row = CapacityView['rows'][number];

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
    { header: view.groupBy === 'resource' ? 'Resource' : view.groupBy[0]!.toUpperCase() + view.groupBy.slice(1), value: (r) => r.label, flex: true, max: 36, min: 12 },
    ...view.periods.map((period, p): TextColumn<Row> => ({ header: view.unit === 'month' ? period.firstDay.slice(0, 7) : period.firstDay.slice(5), value: (r) => loadCell(r, p), align: 'right' })),
  ];
  const over = view.rows.reduce((n, r) => n + r.overAllocated.filter(Boolean).length, 0);
  return [
    ...renderTable(columns, view.rows, width),
    '',
    `Load = demand ÷ capacity, ${view.unit} by ${view.unit}; ! = over-allocated (${over} cell${over === 1 ? '' : 's'}).${view.includeProposed ? ' Proposed projects counted.' : ' Committed work only (add --include-proposed for proposed projects).'}`,
  ];
}

export function capacityCommand(program: Command): void {
  withDatabaseOptions(
    program
      .command('capacity')
      .description('demand against capacity per role, resource, skill or department and week or month; over-allocations marked')
      .addOption(new Option('--by <grouping>', 'rows per').choices(['role', 'resource', 'skill', 'department']).default('role'))
      .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
      .requiredOption('--to <date>', 'last day, YYYY-MM-DD (three years at most after --from)')
      .addOption(new Option('--unit <unit>', 'period').choices(['day', 'week', 'month']).default('week'))
      .option('--include-proposed', 'count projects not yet approved too')
      .option('--json', 'the view as JSON (hours, load, over-allocation per period)')
      .addHelpText(
        'after',
        `
Examples:
  orrery capacity --by role --from 2026-07-01 --to 2026-09-30
  orrery capacity --by resource --from 2026-07-01 --to 2026-12-31 --unit month --include-proposed
  orrery capacity --by skill --from 2026-07-01 --to 2026-07-31 --json`,
      ),
  ).action(async (options: CapacityOptions) => {
    const query = parseWith(CapacityQuery, { from: options.from, to: options.to, unit: options.unit, groupBy: options.by, includeProposed: options.includeProposed ? 'true' : undefined }, { groupBy: '--by', includeProposed: '--include-proposed' });
    const runtime = await openRuntime(options);
    try {
      const view = await getCapacity(runtime.system, query);
      if (options.json) return void console.log(JSON.stringify(view, null, 2));
      if (view.rows.length === 0) return void console.log('No people, roles or equipment in the pool yet.');
      for (const line of capacityLines(view, terminalWidth())) console.log(line);
    } finally {
      await runtime.database.close();
    }
  });
}
