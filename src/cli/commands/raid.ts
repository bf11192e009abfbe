// `orrery raid list` and `orrery raid export`: the RAID logs from the shell, for a PMO preparing a
// review or a script feeding another tool. Options go through the API's own query schemas, so
// filters, defaults (sort order) and error messages are the API's; the CLI acts as the system.
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import type { z } from 'zod';
import {
  ActionListQuery, AssumptionListQuery, DecisionListQuery, DependencyListQuery, IssueListQuery, RAID_KINDS, RaidExportQuery, RiskListQuery, type RaidKind,
} from '../../contracts/raid.schema.ts';
import { allLogItems } from '../../app/raid/raid-log.ts';
import { RAID_LOGS } from '../../app/raid/raid-kinds.ts';
import { exportRaid } from '../../app/raid/raid-export.ts';
import { projectByCode, userByEmail } from '../lookups.ts';
import { sizeOf, writeOutFile } from '../output-file.ts';
import { footerOf, RAID_COLUMNS } from '../raid-columns.ts';
import { renderTable, terminalWidth } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';
import { parseWith } from '../parse-options.ts';

const LIST_QUERIES: { [K in RaidKind]: z.ZodType<Record<string, unknown>> } = {
  risks: RiskListQuery,
  issues: IssueListQuery,
  assumptions: AssumptionListQuery,
  decisions: DecisionListQuery,
  actions: ActionListQuery,
  dependencies: DependencyListQuery,
};

/** Most items one list prints. */
const MAX_ITEMS = 10_000;

/** The option a field of the API's query comes from. */
const FLAGS: Record<string, string> = { status: '--status', kinds: '--kinds', format: '--format', projectId: '--project', ownerId: '--owner' };


const sheetName = (kind: RaidKind): string => kind[0]!.toUpperCase() + kind.slice(1);

interface ListOptions extends CommonOptions {
  project?: string;
  kind: RaidKind;
  status?: string;
  owner?: string;
  format: 'table' | 'json';
}

interface ExportOptions extends CommonOptions {
  project?: string;
  kinds?: string;
  format?: 'xlsx' | 'csv';
  out: string;
}

export function raidCommands(program: Command): void {
  const raid = program.command('raid').description('the RAID logs: risks, issues, assumptions, decisions, actions and dependencies between projects');

  withDatabaseOptions(
    raid
      .command('list')
      .description('list one RAID log across every project, or one project’s')
      .option('--project <code>', 'only this project’s items, e.g. PRJ-001 (default: every project)')
      .addOption(new Option('--kind <kind>', 'which log').choices(RAID_KINDS).default('risks'))
      .option('--status <statuses>', 'only items in these statuses, comma-separated (e.g. open,in_progress)')
      .option('--owner <email>', 'only items this person owns')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .addHelpText(
        'after',
        `
Risks are listed highest score first, actions and issues by due date or code, decisions newest first.
Examples:
  orrery raid list                                      every project's risks, highest score first
  orrery raid list --project PRJ-001 --kind issues --status open,in_progress
  orrery raid list --kind dependencies                  which dependency a provider's slip threatens
  orrery raid list --kind actions --owner sam.taylor@example.com --format json`,
      ),
  ).action(async (options: ListOptions) => {
    const kind = options.kind;
    const query = parseWith(LIST_QUERIES[kind], { status: options.status }, FLAGS);
    const runtime = await openRuntime(options);
    try {
      const project = options.project ? await projectByCode(runtime, options.project) : undefined;
      const projectId = project?.id;
      const ownerId = options.owner ? (await userByEmail(runtime, options.owner)).id : undefined;
      const items = await allLogItems(RAID_LOGS[kind], runtime.system, { ...query, projectId, ownerId } as never, MAX_ITEMS);
      if (options.format === 'json') {
        console.log(JSON.stringify(items, null, 2));
        return;
      }
      if (items.length > 0) {
        for (const line of renderTable(RAID_COLUMNS[kind], items, terminalWidth())) console.log(line);
        console.log('');
      }
      const capped = items.length === MAX_ITEMS ? ` Showing the first ${MAX_ITEMS}: narrow the list with --project, --status or --owner.` : '';
      console.log(`${footerOf(kind, items, { project: project?.code, filtered: options.status !== undefined || options.owner !== undefined })}${capped}`);
    } finally {
      await runtime.database.close();
    }
  });

  withDatabaseOptions(
    raid
      .command('export')
      .description('write RAID logs to an Excel workbook (a sheet per log) or a CSV file (one log)')
      .option('--project <code>', 'only this project’s items, e.g. PRJ-001 (default: every project)')
      .option('--kinds <logs>', `the logs, comma-separated: ${RAID_KINDS.join(',')} (default: all; CSV takes one)`)
      .addOption(new Option('--format <format>', 'file format (default: csv for a .csv file, else xlsx)').choices(['xlsx', 'csv']))
      .requiredOption('--out <file>', 'where to write it')
      .addHelpText(
        'after',
        `
Examples:
  orrery raid export --out raid.xlsx                         every log of every project
  orrery raid export --project PRJ-001 --kinds risks,issues --out crm-raid.xlsx
  orrery raid export --kinds actions --out actions.csv`,
      ),
  ).action(async (options: ExportOptions) => {
    const format = options.format ?? (extname(options.out).toLowerCase() === '.csv' ? 'csv' : 'xlsx');
    const query = parseWith(RaidExportQuery, { kinds: options.kinds, format }, FLAGS);
    if (format === 'csv' && query.kinds.length !== 1) {
      throw new Error(`A CSV file holds one log: name it with --kinds (e.g. --kinds ${query.kinds[0] ?? 'risks'}), or write XLSX for several.`);
    }
    const runtime = await openRuntime(options);
    try {
      const project = options.project ? await projectByCode(runtime, options.project) : undefined;
      const file = await exportRaid(runtime.system, { ...query, projectId: project?.id });
      writeOutFile(options.out, file.bytes);
      const scope = project ? `${project.code} ${project.name}` : 'every project';
      const what = format === 'csv' ? `the ${query.kinds[0]} log as CSV` : `XLSX with sheets ${query.kinds.map(sheetName).join(', ')}`;
      console.log(`Wrote ${options.out} (${sizeOf(file.bytes.length)}): ${what}, for ${scope}.`);
    } finally {
      await runtime.database.close();
    }
  });
}
