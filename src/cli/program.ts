// The `orrery` command's tree. Each sub-command lives in commands/ and explains itself in --help.
import { Command } from 'commander';
import { serveCommand } from './commands/serve.ts';
import { migrateCommand } from './commands/migrate.ts';
import { demoCommand } from './commands/demo.ts';
import { accountCommands } from './commands/accounts.ts';
import { scheduleCommand } from './commands/schedule.ts';
import { importExportCommands } from './commands/import-export.ts';
import { raidCommands } from './commands/raid.ts';
import { gatesCommands } from './commands/gates.ts';
import { reportCommands } from './commands/report.ts';
import { jobsCommands } from './commands/jobs.ts';
import { timesheetCommands } from './commands/timesheet.ts';
import { evmCommands } from './commands/evm.ts';
import { resourceCommands } from './commands/resources.ts';
import { assignmentCommands } from './commands/assignments.ts';
import { capacityCommand } from './commands/capacity.ts';
import { levelCommand } from './commands/level.ts';
import { progressCommand } from './commands/progress.ts';
import { maturityCommands } from './commands/maturity.ts';
import { pmoCommands } from './commands/pmo.ts';
import { requestCommands } from './commands/request.ts';
import { lessonsCommands } from './commands/lessons.ts';
import { portfolioCommands } from './commands/portfolio.ts';
import { benefitCommands } from './commands/benefits.ts';
import { scenarioCommands } from './commands/scenario.ts';
import { trainingCommands } from './commands/training.ts';

export function buildProgram(): Command {
  const program = new Command()
    .name('orrery')
    .description('Orrery: the open-source PMO platform. Portfolio register, governance, schedules, resources and reporting.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Environment:
  PORT, HOST            where the server listens (default 127.0.0.1:3000)
  ORRERY_DATA_DIR       where the embedded SQLite database lives (default ./data)
  DATABASE_URL          postgres://user@host:5432/db to run on PostgreSQL instead
  ORRERY_TRUST_PROXY    1 behind a reverse proxy (HTTPS → Secure cookies)
  LOG_LEVEL             fatal, error, warn, info (default), debug, trace, silent
  SMTP_URL, MAIL_FROM   e-mail (smtp://user:pass@host:587, "Orrery <orrery@corp.example>"); unset: off
  ORRERY_JOBS           on (default) or off: whether this process runs background jobs

Examples:
  orrery start                                   demo data + server, for a first look
  orrery serve --port 8080                       the server, for real use
  orrery user create --email ana@corp.example --name "Ana Ruiz" --role pmo
  orrery token create --email ana@corp.example --name reporting-script
  orrery schedule plan.xml --status-date 2026-03-31 --format json
  orrery raid list --project PRJ-001 --kind issues --status open,in_progress
  orrery raid export --project PRJ-001 --out raid.xlsx
  orrery gates pending --approver priya.shah@example.com
  orrery report portfolio --format pptx --out steering.pptx
  orrery jobs list --status failed
  orrery timesheet list --user ana@corp.example --week 2026-03-02
  orrery resources list --skill SQL --min-proficiency 4
  orrery level PRJ-001 --apply                   level a project's resources (preview without --apply)
  orrery progress PRJ-001 --task Build --percent 50 --status-date 2026-03-06
  orrery capacity --by role --from 2026-07-01 --to 2026-09-30
  orrery maturity show MAT-002                   a PMO maturity assessment: scores, change, next steps
  orrery pmo kpis --cost-tolerance 5             the PMO's KPIs by quarter
  orrery lessons search "vendor delay" --json    lessons learned, best match first
  orrery closure PRJ-001                         a project's closure figures and narrative
  orrery benefits --portfolio PFL-001            benefits planned vs realised
  orrery scenario compare SCN-001 --quarters 4   a scenario against the live portfolio
  orrery training needs                          who needs which training, and why`,
    );
  serveCommand(program);
  migrateCommand(program);
  demoCommand(program);
  accountCommands(program);
  scheduleCommand(program);
  importExportCommands(program);
  raidCommands(program);
  gatesCommands(program);
  reportCommands(program);
  jobsCommands(program);
  timesheetCommands(program);
  evmCommands(program);
  resourceCommands(program);
  assignmentCommands(program);
  capacityCommand(program);
  levelCommand(program);
  progressCommand(program);
  maturityCommands(program);
  pmoCommands(program);
  requestCommands(program);
  lessonsCommands(program);
  portfolioCommands(program);
  benefitCommands(program);
  scenarioCommands(program);
  trainingCommands(program);
  return program;
}
