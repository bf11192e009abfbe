// `orrery timesheet …`: timesheets from the shell. `set` enters hours in a person's week and saves
// it, and `submit` sends it for approval, both as that person (their rights apply: the projects
// they may book on, the locked period), through the same use cases as the API; `list` shows
// sheets (one person's, a week's, by status) or, given a person and a week, that week's grid;
// `pending` is an approver's queue; `approve` and `return` decide a person's week (as Orrery
// itself, or as a named approver, whose rights then apply: a project's manager approves that
// project's hours); `lock` moves the PMO's locked period. Any date names the week holding it.
import { Option, type Command } from 'commander';
import { TIMESHEET_STATUSES, TimesheetListQuery, type Timesheet, type TimesheetListItem, type TimesheetStatus } from '../../contracts/timesheet.schema.ts';
import { formatMinutes } from '../../core/timesheets/timesheet-grid.ts';
import { mondayOf } from '../../core/timesheets/timesheet-week.ts';
import type { AppContext } from '../../app/context.ts';
import { listBookableTasks } from '../../app/timesheets/bookable-tasks.ts';
import { saveMyWeek, submitTimesheet } from '../../app/timesheets/timesheet-commands.ts';
import { decideTimesheet } from '../../app/timesheets/timesheet-decision.ts';
import { setTimesheetLock, getTimesheetLock } from '../../app/timesheets/timesheet-lock.ts';
import { getMyWeek, getUserWeek, listTimesheets } from '../../app/timesheets/timesheet-queries.ts';
import { projectByCode, userByEmail } from '../lookups.ts';
import { findTask, gridWithRow, parseDays } from './timesheet-week-input.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions, type Runtime } from '../runtime.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const hours = (m: number) => (m === 0 ? '' : formatMinutes(m));

const SHEET_COLUMNS: TextColumn<TimesheetListItem>[] = [
  { header: 'Person', value: (t) => t.user.name, flex: true, max: 28, min: 10 },
  { header: 'Week', value: (t) => t.weekStart },
  { header: 'Status', value: (t) => t.status },
  { header: 'Hours', value: (t) => formatMinutes(t.totalMinutes), align: 'right' },
  { header: 'Projects', value: (t) => t.projects.map((p) => `${p.code}${t.status === 'submitted' && p.approved ? ' ✓' : ''}`).join(', '), flex: true, min: 8 },
];

type GridLine = Timesheet['rows'][number] | { total: true; minutes: number[] };
const GRID_COLUMNS: TextColumn<GridLine>[] = [
  { header: 'Project', value: (r) => ('total' in r ? 'Total' : r.projectCode) },
  { header: 'Task', value: (r) => ('total' in r ? '' : `${r.wbs ? `${r.wbs} ` : ''}${r.taskName ?? '(project)'}${r.overtime ? ' [overtime]' : ''}`), flex: true, max: 40, min: 10 },
  ...DAYS.map((day, d): TextColumn<GridLine> => ({ header: day, value: (r) => hours(r.minutes[d]!), align: 'right' })),
  { header: 'Total', value: (r) => formatMinutes(r.minutes.reduce((s, m) => s + m, 0)), align: 'right' },
];

interface Options extends CommonOptions {
  user?: string;
  week?: string;
  status?: TimesheetStatus;
  approver?: string;
  as?: string;
  comment?: string;
  through?: string;
  unlock?: boolean;
  project?: string;
  task?: string;
  overtime?: boolean;
  day: string[];
  note?: string;
  format: 'table' | 'json';
}

/** A date's week, by its Monday; refuses what is not a date. */
function weekOf(raw: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) throw new Error(`--week takes a date, YYYY-MM-DD (got ${raw}); any day names the week holding it.`);
  return mondayOf(raw);
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** A person acting with their own rights, or Orrery itself. */
async function actingAs(runtime: Runtime, email: string | undefined): Promise<AppContext> {
  if (!email) return runtime.system;
  const user = await userByEmail(runtime, email);
  const row = await runtime.deps.db.selectFrom('users').select('orgRole').where('id', '=', user.id).executeTakeFirstOrThrow();
  return { ...runtime.deps, actor: { userId: user.id, name: user.name, orgRole: row.orgRole as AppContext['actor']['orgRole'], via: 'system' } };
}

function printGrid(sheet: Timesheet): void {
  console.log(`${sheet.user.name}, week of ${sheet.weekStart}: ${sheet.status}${sheet.comment ? ` (${sheet.comment})` : ''}${sheet.id === null ? ', never saved' : ''}`);
  if (sheet.rows.length === 0) return;
  const lines: GridLine[] = [...sheet.rows, { total: true, minutes: sheet.dayTotals }];
  for (const line of renderTable(GRID_COLUMNS, lines, terminalWidth())) console.log(line);
}

async function run(options: CommonOptions, work: (runtime: Runtime) => Promise<void>): Promise<void> {
  const runtime = await openRuntime(options);
  try {
    await work(runtime);
  } finally {
    await runtime.database.close();
  }
}

export function timesheetCommands(program: Command): void {
  const timesheet = program.command('timesheet').description('timesheets: entering and submitting a person’s week, people’s weeks, the approval queue, decisions and the locked period');
  const format = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

  withDatabaseOptions(
    timesheet
      .command('list')
      .description('timesheets, newest week first; with --user and --week, that week’s hours per task and day')
      .option('--user <email>', 'only this person’s timesheets')
      .option('--week <date>', 'only the week holding this date')
      .addOption(new Option('--status <status>', 'only timesheets in this status').choices(TIMESHEET_STATUSES))
      .addOption(format())
      .addHelpText('after', '\nExamples:\n  orrery timesheet list --status submitted\n  orrery timesheet list --user lena.fischer@example.com --week 2026-03-02'),
  ).action((options: Options) =>
    run(options, async (runtime) => {
      const user = options.user ? await userByEmail(runtime, options.user) : undefined;
      const week = options.week ? weekOf(options.week) : undefined;
      if (user && week) {
        const sheet = await getUserWeek(runtime.system, user.id, week);
        if (options.format === 'json') console.log(JSON.stringify(sheet, null, 2));
        else printGrid(sheet);
        return;
      }
      const { items } = await listTimesheets(runtime.system, TimesheetListQuery.parse({ userId: user?.id, weekStart: week, status: options.status, limit: 200 }));
      if (options.format === 'json') console.log(JSON.stringify(items, null, 2));
      else if (items.length === 0) console.log('No timesheets.');
      else for (const line of renderTable(SHEET_COLUMNS, items, terminalWidth())) console.log(line);
    }),
  );

  withDatabaseOptions(
    timesheet
      .command('pending')
      .description('submitted timesheets waiting for approval (all, or those one approver may decide)')
      .option('--approver <email>', 'only the timesheets this person may approve (their queue)')
      .addOption(format()),
  ).action((options: Options) =>
    run(options, async (runtime) => {
      const ctx = await actingAs(runtime, options.approver);
      const { items } = await listTimesheets(ctx, TimesheetListQuery.parse({ awaitingMe: 'true', limit: 200 }));
      if (options.format === 'json') console.log(JSON.stringify(items, null, 2));
      else if (items.length === 0) console.log(options.approver ? `Nothing waits for ${options.approver}'s approval.` : 'No timesheet waits for approval.');
      else for (const line of [...renderTable(SHEET_COLUMNS, items, terminalWidth()), '', `${items.length} timesheet${items.length === 1 ? '' : 's'} waiting.`]) console.log(line);
    }),
  );

  for (const decision of ['approve', 'return'] as const) {
    const command = timesheet
      .command(decision)
      .description(decision === 'approve' ? 'approve a person’s submitted week: its hours become actual work on the tasks' : 'return a person’s submitted week to them with a comment')
      .requiredOption('--user <email>', 'whose timesheet')
      .requiredOption('--week <date>', 'the week holding this date')
      .option('--as <email>', 'decide as this approver (their rights apply); default: Orrery itself');
    if (decision === 'return') command.requiredOption('--comment <text>', 'what to correct');
    withDatabaseOptions(command).action((options: Options) =>
      run(options, async (runtime) => {
        const ctx = await actingAs(runtime, options.as);
        const user = await userByEmail(runtime, options.user!);
        const sheet = await getUserWeek(runtime.system, user.id, weekOf(options.week!));
        if (sheet.id === null) throw new Error(`${user.name} has no timesheet for the week of ${sheet.weekStart}.`);
        const decided = await decideTimesheet(ctx, sheet.id, sheet.version, { decision, comment: options.comment ?? '' });
        if (decided.status === 'submitted') {
          // Codes as Orrery sees them: the approver's own view hides projects they may not read.
          const codeOf = new Map(sheet.approvals.map((a) => [a.projectId, a.projectCode]));
          const before = new Set(sheet.approvals.filter((a) => a.approvedAt !== null).map((a) => a.projectId));
          const codes = (wanted: (a: Timesheet['approvals'][number]) => boolean) => decided.approvals.filter(wanted).map((a) => codeOf.get(a.projectId)).join(', ');
          const justApproved = codes((a) => a.approvedAt !== null && !before.has(a.projectId));
          console.log(`Approved the hours on ${justApproved} of the timesheet of ${user.name} for the week of ${decided.weekStart}; it still waits for the approval of ${codes((a) => a.approvedAt === null)} (by their managers, ${user.name}’s line manager or the PMO).`);
        } else console.log(`${decision === 'approve' ? 'Approved' : 'Returned'} the timesheet of ${user.name} for the week of ${decided.weekStart} (${formatMinutes(decided.totalMinutes)} hours).`);
      }),
    );
  }

  withDatabaseOptions(
    timesheet
      .command('set')
      .description('enter hours in a person’s week as that person and save it: one row (project, task, overtime or not) on the days given; the rest of the week stays as saved')
      .requiredOption('--user <email>', 'whose week (they book only where they may: projects whose team they are on, open tasks)')
      .requiredOption('--week <date>', 'the week holding this date')
      .requiredOption('--project <code>', 'the project, by its code')
      .option('--task <task>', 'a task of the project: its WBS number, name or id; left out: time on the project itself')
      .option('--overtime', 'overtime hours (kept in a row of their own)')
      .option('--day <day=hours,…>', 'hours per day, e.g. mon=8,tue=7.5 (0 clears a day); may be repeated', collect, [])
      .option('--note <text>', 'a note on the row')
      .addHelpText('after', '\nExamples:\n  orrery timesheet set --user mei.chen@example.com --week 2026-03-02 --project PRJ-001 --task 1.2 --day mon=8,tue=7.5\n  orrery timesheet set --user mei.chen@example.com --week 2026-03-02 --project PRJ-001 --task "Data migration" --overtime --day sat=4\n  orrery timesheet submit --user mei.chen@example.com --week 2026-03-02'),
  ).action((options: Options) =>
    run(options, async (runtime) => {
      const days = parseDays(options.day);
      const ctx = await actingAs(runtime, options.user);
      const week = weekOf(options.week!);
      const project = await projectByCode(runtime, options.project!);
      const sheet = await getMyWeek(ctx, week);
      const choices = [...(await listBookableTasks(ctx, { projectId: project.id })).items, ...sheet.rows.filter((r) => r.projectId === project.id)];
      const taskId = options.task === undefined ? null : findTask(choices, options.task, project.code);
      const saved = await saveMyWeek(ctx, week, sheet.version, gridWithRow(sheet, { projectId: project.id, taskId, overtime: options.overtime === true }, days, options.note));
      printGrid(saved);
      console.log(`Saved: ${formatMinutes(saved.totalMinutes)} hours in the week. Submit it with: orrery timesheet submit --user ${options.user} --week ${week}`);
    }),
  );

  withDatabaseOptions(
    timesheet
      .command('submit')
      .description('submit a person’s week for approval, as that person: to its projects’ managers and their line manager')
      .requiredOption('--user <email>', 'whose week')
      .requiredOption('--week <date>', 'the week holding this date'),
  ).action((options: Options) =>
    run(options, async (runtime) => {
      const ctx = await actingAs(runtime, options.user);
      const sheet = await getMyWeek(ctx, weekOf(options.week!));
      if (sheet.id === null) throw new Error(`${ctx.actor.name} has no hours in the week of ${sheet.weekStart}: enter them first with orrery timesheet set.`);
      const submitted = await submitTimesheet(ctx, sheet.id, sheet.version);
      console.log(`Submitted the timesheet of ${ctx.actor.name} for the week of ${submitted.weekStart} (${formatMinutes(submitted.totalMinutes)} hours) for approval.`);
    }),
  );

  withDatabaseOptions(
    timesheet
      .command('lock')
      .description('lock timesheets through a date (days on or before it cannot change), or unlock them')
      .option('--through <date>', 'the last locked day, e.g. a month end')
      .option('--unlock', 'lock no day')
      .addHelpText('after', '\nExamples:\n  orrery timesheet lock --through 2026-03-31\n  orrery timesheet lock --unlock'),
  ).action((options: Options) =>
    run(options, async (runtime) => {
      if (Boolean(options.through) === Boolean(options.unlock)) throw new Error('Say --through YYYY-MM-DD or --unlock (one of the two).');
      if (options.through && !/^\d{4}-\d{2}-\d{2}$/.test(options.through)) throw new Error(`--through takes a date, YYYY-MM-DD (got ${options.through}).`);
      const current = await getTimesheetLock(runtime.system);
      const lock = await setTimesheetLock(runtime.system, current.version, { lockedThrough: options.through ?? null });
      console.log(lock.lockedThrough ? `Timesheets are locked through ${lock.lockedThrough}.` : 'No timesheet day is locked.');
    }),
  );
}
