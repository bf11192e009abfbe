// `orrery report portfolio` and `orrery report project CODE`: the executive portfolio report and a
// project's status report written to a file (PDF, PowerPoint, or Excel for the portfolio), for a
// PMO preparing the steering meeting or a scheduled job mailing the pack. The CLI acts as the
// system, so the portfolio report covers every project (or the portfolio or program named).
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { PROJECT_REPORT_FORMATS, REPORT_FORMATS, type ReportFormat } from '../../contracts/report.schema.ts';
import { portfolioReportFile, projectReportFile } from '../../app/reports/report-files.ts';
import { projectByCode, registerItemByCode } from '../lookups.ts';
import { sizeOf, writeOutFile } from '../output-file.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

interface Options extends CommonOptions {
  format?: ReportFormat;
  out: string;
  portfolio?: string;
  program?: string;
}

const FORMAT_NAME: Record<ReportFormat, string> = { pdf: 'PDF', pptx: 'PowerPoint', xlsx: 'Excel' };

/** The format asked for, else the one the file name says, else PDF. */
function formatOf(options: Options, allowed: ReadonlyArray<ReportFormat>): ReportFormat {
  if (options.format) return options.format;
  const ext = extname(options.out).slice(1).toLowerCase() as ReportFormat;
  if (allowed.includes(ext)) return ext;
  if (REPORT_FORMATS.includes(ext)) throw new Error(`This report is written as ${allowed.map((f) => FORMAT_NAME[f]).join(' or ')}, not ${FORMAT_NAME[ext]}: name the file .${allowed.join(' or .')}, or pass --format.`);
  return 'pdf';
}

export function reportCommands(program: Command): void {
  const report = program.command('report').description('reports as files: the executive portfolio report and project status reports');
  const format = (allowed: ReadonlyArray<string>) => new Option('--format <format>', 'file format (default: from the --out file name, else pdf)').choices([...allowed]);

  withDatabaseOptions(
    report
      .command('portfolio')
      .description('the executive portfolio report: colours of each project’s latest submitted report, milestones, top risks, who has not reported')
      .addOption(format(REPORT_FORMATS))
      .requiredOption('--out <file>', 'where to write it')
      .option('--portfolio <code>', 'only this portfolio’s projects, e.g. PFL-001 (default: every project)')
      .option('--program <code>', 'only this program’s projects, e.g. PGM-001')
      .addHelpText(
        'after',
        `
Examples:
  orrery report portfolio --out portfolio.pdf
  orrery report portfolio --format pptx --out steering.pptx --portfolio PFL-001
  orrery report portfolio --out figures.xlsx`,
      ),
  ).action(async (options: Options) => {
    const runtime = await openRuntime(options);
    try {
      const fmt = formatOf(options, REPORT_FORMATS);
      const portfolio = options.portfolio ? await registerItemByCode(runtime, 'portfolios', options.portfolio) : undefined;
      const prog = options.program ? await registerItemByCode(runtime, 'programs', options.program) : undefined;
      const file = await portfolioReportFile(runtime.system, { format: fmt, portfolioId: portfolio?.id, programId: prog?.id });
      writeOutFile(options.out, file.bytes);
      console.log(`Wrote ${options.out} (${sizeOf(file.bytes.length)}): the executive portfolio report as ${FORMAT_NAME[fmt]}, ${file.projects} project${file.projects === 1 ? '' : 's'}, ${file.scope}.`);
    } finally {
      await runtime.database.close();
    }
  });

  withDatabaseOptions(
    report
      .command('project <code>')
      .description('a project’s status report: the project at a glance and its latest submitted report in full')
      .addOption(format(PROJECT_REPORT_FORMATS))
      .requiredOption('--out <file>', 'where to write it')
      .addHelpText('after', '\nExamples:\n  orrery report project PRJ-001 --out crm.pdf\n  orrery report project PRJ-001 --format pptx --out crm.pptx'),
  ).action(async (code: string, options: Options) => {
    const runtime = await openRuntime(options);
    try {
      const fmt = formatOf(options, PROJECT_REPORT_FORMATS) as 'pdf' | 'pptx';
      const project = await projectByCode(runtime, code);
      const file = await projectReportFile(runtime.system, project.id, fmt);
      writeOutFile(options.out, file.bytes);
      console.log(`Wrote ${options.out} (${sizeOf(file.bytes.length)}): the status report of ${project.code} ${project.name} as ${FORMAT_NAME[fmt]}.`);
    } finally {
      await runtime.database.close();
    }
  });
}
