// `orrery import FILE --project CODE` and `orrery export CODE`: a project's schedule in and out as
// MS Project XML or MPXJ JSON, through the database, as the system (audited like any change).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { importSchedule } from '../../app/schedules/schedule-import.ts';
import { exportSchedule } from '../../app/schedules/schedule-export.ts';
import { projectByCode } from '../lookups.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

export function importExportCommands(program: Command): void {
  withDatabaseOptions(
    program
      .command('import')
      .description('replace a project’s schedule with an MS Project XML (MSPDI) or MPXJ JSON file')
      .argument('<file>', 'the plan to import')
      .requiredOption('--project <code>', 'the project’s code, e.g. PRJ-042'),
  ).action(async (file: string, options: CommonOptions & { project: string }) => {
    const content = readFileSync(file, 'utf8');
    const runtime = await openRuntime(options);
    try {
      const project = await projectByCode(runtime, options.project);
      const code = project.code;
      const result = await importSchedule(runtime.system, project.id, content);
      const s = result.schedule;
      console.log(`Imported ${s.tasks.length} tasks, ${s.links.length} links and ${s.calendars.length} calendars into ${code} ${project.name}.`);
      console.log(`Schedule: ${s.projectStart ?? '—'} → ${s.projectFinish ?? '—'}; ${s.criticalPath.length} critical tasks.`);
      for (const w of result.warnings) console.log(`  note: ${w}`);
    } finally {
      await runtime.database.close();
    }
  });

  withDatabaseOptions(
    program
      .command('export')
      .description('write a project’s schedule as MS Project XML (MSPDI), with the computed dates')
      .argument('<code>', 'the project’s code, e.g. PRJ-042')
      .option('--format <format>', 'file format (mspdi)', 'mspdi')
      .option('--out <file>', 'where to write it (default: standard output)'),
  ).action(async (code: string, options: CommonOptions & { format: string; out?: string }) => {
    if (options.format !== 'mspdi') throw new Error(`Unknown format ${options.format}: Orrery writes mspdi (MS Project XML).`);
    const runtime = await openRuntime(options);
    try {
      const project = await projectByCode(runtime, code);
      const file = await exportSchedule(runtime.system, project.id);
      if (options.out) {
        writeFileSync(options.out, file.text);
        console.log(`Wrote ${project.code} ${project.name} to ${options.out}.`);
      } else {
        process.stdout.write(file.text);
      }
    } finally {
      await runtime.database.close();
    }
  });
}
