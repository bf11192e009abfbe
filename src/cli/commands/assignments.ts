// `orrery assignments CODE`: who works on which task of a project, at what units and work, with the
// contour, planned overtime and planned cost of each, and the work no rate prices (left out, never counted as free).
import { Option, type Command } from 'commander';
import type { Assignment } from '../../contracts/assignment.schema.ts';
import { minorDigits } from '../../core/finance/currency.ts';
import { listProjectAssignments } from '../../app/resources/assignments.ts';
import { projectByCode } from '../lookups.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

const amount = (minor: number, currency: string): string => `${(minor / 10 ** minorDigits(currency)).toFixed(minorDigits(currency))} ${currency}`;
const hours = (minutes: number | null): string => (minutes === null ? '' : `${(minutes / 60).toFixed(1)} h`);

const COLUMNS: ReadonlyArray<TextColumn<Assignment>> = [
  { header: 'Task', value: (a) => a.taskName, flex: true, max: 36 },
  { header: 'Resource', value: (a) => `${a.resourceName} (${a.resourceKind})`, flex: true, max: 36 },
  { header: 'Units', value: (a) => (a.units !== null ? `${a.units} %` : a.quantity !== null ? `${a.quantity} ${a.unit ?? ''}`.trim() : '') },
  { header: 'Work', value: (a) => hours(a.workMinutes) + (a.overtimeMinutes ? ` (${hours(a.overtimeMinutes)} OT)` : '') },
  { header: 'Contour', value: (a) => (a.driver === null ? '' : a.contour) },
  { header: 'Planned cost', value: (a) => (a.plannedCost === null ? 'no rate' : amount(a.plannedCost.amountMinor, a.plannedCost.currency)) },
];

export function assignmentCommands(program: Command): void {
  withDatabaseOptions(
    program
      .command('assignments <code>')
      .description('a project’s assignments: task, resource, units, work, contour and planned cost')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .addHelpText('after', '\nExample:\n  orrery assignments PRJ-001'),
  ).action(async (code: string, options: CommonOptions & { format: 'table' | 'json' }) => {
    const runtime = await openRuntime(options);
    try {
      const project = await projectByCode(runtime, code);
      const list = await listProjectAssignments(runtime.system, project.id);
      if (options.format === 'json') return void console.log(JSON.stringify(list, null, 2));
      console.log(`${project.code} ${project.name}`);
      if (list.items.length === 0) return void console.log('No assignments yet: assign resources to tasks on the schedule (the Resources column).');
      for (const line of renderTable(COLUMNS, list.items, terminalWidth())) console.log(line);
      const currency = list.currency ?? list.items.find((a) => a.plannedCost)?.plannedCost?.currency ?? '';
      const work = list.items.reduce((sum, a) => sum + (a.resourceKind === 'material' || a.resourceKind === 'cost' ? 0 : (a.workMinutes ?? 0)), 0);
      console.log('');
      console.log(`${list.items.length} assignment${list.items.length === 1 ? '' : 's'}, ${hours(work)} of work, planned cost ${amount(list.plannedLabourMinor, currency)}.`);
      for (const u of list.unpriced) console.log(`Not priced: ${u.taskName}, ${u.resourceName}: ${u.reason}.`);
    } finally {
      await runtime.database.close();
    }
  });
}
