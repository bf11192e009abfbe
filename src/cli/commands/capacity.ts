// `orrery capacity`: demand against capacity from the shell, per role, resource, skill or
// department and week or month — the heat map as a table, load in percent, over-allocated periods
// marked with "!" — and, with --what-if, what adding a project (perhaps moved by some weeks) does
// to it. Options go through the API's schemas; the CLI acts as the system.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CapacityQuery, CapacityWhatIfBody } from '../../contracts/capacity.schema.ts';
import { capacityWhatIf, getCapacity } from '../../app/resources/capacity-queries.ts';
import { projectByCode } from '../lookups.ts';
import { parseWith } from '../parse-options.ts';
import { terminalWidth } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions, type Runtime } from '../runtime.ts';
import { capacityLines, whatIfLines } from './capacity-lines.ts';

interface CapacityOptions extends CommonOptions {
  by: string;
  from?: string;
  to?: string;
  unit: string;
  includeProposed?: boolean;
  whatIf?: string;
  shiftWeeks?: number;
  json?: boolean;
}

function wholeWeeks(value: string): number {
  const n = Number(value);
  if (!/^[+-]?\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('give whole weeks, e.g. 4 (a month later) or -2 (two weeks earlier).');
  return n;
}

/** The heat map as a table or JSON. */
async function printHeatMap(runtime: Runtime, options: CapacityOptions): Promise<void> {
  const query = parseWith(CapacityQuery, { from: options.from, to: options.to, unit: options.unit, groupBy: options.by, includeProposed: options.includeProposed ? 'true' : undefined }, { groupBy: '--by', includeProposed: '--include-proposed' });
  const view = await getCapacity(runtime.system, query);
  if (options.json) return void console.log(JSON.stringify(view, null, 2));
  if (view.rows.length === 0) return void console.log('No people, roles or equipment in the pool yet.');
  for (const line of capacityLines(view, terminalWidth())) console.log(line);
}

/** --what-if: the candidate's effect on each row, as a table or JSON. */
async function printWhatIf(runtime: Runtime, options: CapacityOptions, code: string): Promise<void> {
  const project = await projectByCode(runtime, code);
  const body = parseWith(
    CapacityWhatIfBody,
    { projectId: project.id, from: options.from, to: options.to, unit: options.unit, groupBy: options.by, includeProposed: options.includeProposed ?? false, shiftWeeks: options.shiftWeeks },
    { groupBy: '--by', includeProposed: '--include-proposed', shiftWeeks: '--shift-weeks' },
  );
  const result = await capacityWhatIf(runtime.system, body);
  if (options.json) return void console.log(JSON.stringify(result, null, 2));
  for (const line of whatIfLines(result, terminalWidth())) console.log(line);
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
      .option('--what-if <project>', 'what adding this project (its code, e.g. PRJ-012) does to each row: load before → after, who it pushes over')
      .option('--shift-weeks <n>', 'with --what-if: move the project by whole weeks first (negative: earlier)', wholeWeeks)
      .option('--json', 'the view as JSON (hours, load, over-allocation per period)')
      .addHelpText(
        'after',
        `
Examples:
  orrery capacity --by role --from 2026-07-01 --to 2026-09-30
  orrery capacity --by resource --from 2026-07-01 --to 2026-12-31 --unit month --include-proposed
  orrery capacity --by skill --from 2026-07-01 --to 2026-07-31 --json
  orrery capacity --by role --from 2026-07-01 --to 2026-12-31 --unit month --what-if PRJ-012 --shift-weeks 4`,
      ),
  ).action(async (options: CapacityOptions) => {
    if (options.shiftWeeks !== undefined && options.whatIf === undefined) throw new Error('--shift-weeks moves the project named by --what-if; add --what-if PRJ-… (the project to try).');
    const runtime = await openRuntime(options);
    try {
      await (options.whatIf === undefined ? printHeatMap(runtime, options) : printWhatIf(runtime, options, options.whatIf));
    } finally {
      await runtime.database.close();
    }
  });
}
