// `orrery progress CODE --task NAME|#|ID …`: a project manager's progress update from the shell, as
// MS Project's Update Tasks takes it — percent complete, remaining duration, actual start and
// finish, and the status date they are measured at. It goes through the API's use cases (the
// task, then the schedule settings), so the same rules fill in what MS Project would (a task with
// progress has started, one at 100 % has finished) and the plan is rescheduled; it prints the
// task before → after, every task that moved and the project's finish.
import type { Command } from 'commander';
import { LocalDateTime, type Schedule, type ScheduleTask, type ScheduleTaskUpdate } from '../../contracts/schedule.schema.ts';
import { getSchedule, updateScheduleSettings, updateScheduleTask } from '../../app/schedules/schedule-commands.ts';
import { toEngineCalendar } from '../../app/schedules/schedule-state.ts';
import { WorkCalendar } from '../../core/calendar/work-calendar.ts';
import { dayFromIsoDate, wallFromIso } from '../../core/calendar/wall-time.ts';
import { projectByCode } from '../lookups.ts';
import { renderTable, terminalWidth } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

interface ProgressOptions extends CommonOptions {
  task?: string;
  percent?: string;
  remaining?: string;
  actualStart?: string;
  actualFinish?: string;
  statusDate?: string;
  json?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const when = (local: string | null | undefined): string => (local ? local.replace('T', ' ') : '—');
const fromTo = (from: string, to: string): string => (from === to ? to : `${from} → ${to}`);
const days = (minutes: number | null, perDay: number): string => (minutes === null ? '—' : `${Math.round((minutes / perDay) * 100) / 100} d`);

/** The task named by `--task`: its id, its row number (the grid's #) or its name (any case). */
export function findTaskNamed(schedule: Schedule, raw: string): ScheduleTask {
  const text = raw.trim();
  const byId = schedule.tasks.find((t) => t.id === text);
  if (byId) return byId;
  if (/^#?\d+$/.test(text)) {
    const row = schedule.tasks[Number(text.replace('#', '')) - 1];
    if (row) return row;
    throw new Error(`--task ${text}: the schedule has ${schedule.tasks.length} tasks, numbered 1 to ${schedule.tasks.length} as in the web app's task grid.`);
  }
  const named = schedule.tasks.filter((t) => t.name.toLowerCase() === text.toLowerCase());
  if (named.length === 1) return named[0]!;
  const rows = (list: ScheduleTask[]) => list.map((t) => `#${schedule.tasks.indexOf(t) + 1} ${t.name}`).join(', ');
  if (named.length > 1) throw new Error(`--task "${text}": ${named.length} tasks have this name (${rows(named)}); name one by its number, e.g. --task ${schedule.tasks.indexOf(named[0]!) + 1}.`);
  const like = schedule.tasks.filter((t) => t.name.toLowerCase().includes(text.toLowerCase())).slice(0, 5);
  throw new Error(`--task "${text}": no task has this name${like.length > 0 ? `; did you mean ${rows(like)}?` : '. The task grid of the web app lists them with their numbers.'}`);
}

/**
 * A date the user typed as the project's local date-time: `YYYY-MM-DDTHH:MM` as it is, a bare day
 * at the start (or end) of its working time on `calendarId`.
 */
export function localInstant(schedule: Schedule, calendarId: string, raw: string, edge: 'start' | 'end', flag: string): string {
  const text = raw.trim().replace(' ', 'T');
  if (!DATE.test(text)) {
    const parsed = LocalDateTime.safeParse(text);
    if (!parsed.success) throw new Error(`${flag} ${raw}: give a day like 2027-03-01, or a day and time like 2027-03-01T08:00.`);
    return parsed.data;
  }
  if (!LocalDateTime.safeParse(`${text}T00:00`).success) throw new Error(`${flag} ${raw}: not a real day.`);
  const calendar = new WorkCalendar(calendarId, schedule.calendars.map(toEngineCalendar), wallFromIso(`${text}T00:00`));
  const ranges = calendar.rangesOn(dayFromIsoDate(text));
  if (ranges.length === 0) throw new Error(`${flag} ${raw}: not a working day on the project's calendar; give the time as well, e.g. ${text}T09:00.`);
  const minutes = edge === 'start' ? ranges[0]!.start : ranges.at(-1)!.end;
  return `${text}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The task update the options ask for, in the API's terms. */
export function progressPatch(schedule: Schedule, task: ScheduleTask, options: ProgressOptions): ScheduleTaskUpdate {
  const calendarId = task.calendarId ?? schedule.settings.calendarId;
  const patch: ScheduleTaskUpdate = {};
  if (options.percent !== undefined) {
    const percent = Number(options.percent.replace('%', ''));
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new Error(`--percent ${options.percent}: give a whole number from 0 to 100.`);
    patch.percentComplete = percent;
  }
  if (options.remaining !== undefined) {
    const remaining = Number(options.remaining.replace(/d$/, ''));
    if (!Number.isFinite(remaining) || remaining < 0) throw new Error(`--remaining ${options.remaining}: give the working days left, e.g. 2 or 1.5.`);
    patch.remainingMinutes = Math.round(remaining * (task.durationElapsed ? 1440 : schedule.settings.minutesPerDay));
  }
  if (options.actualStart !== undefined) patch.actualStart = options.actualStart === 'none' ? null : localInstant(schedule, calendarId, options.actualStart, 'start', '--actual-start');
  if (options.actualFinish !== undefined) patch.actualFinish = options.actualFinish === 'none' ? null : localInstant(schedule, calendarId, options.actualFinish, 'end', '--actual-finish');
  return patch;
}

/** The task before → after, the other tasks that moved, the status date and the project's finish. */
export function progressLines(before: Schedule, after: Schedule, taskId: string | null, width: number): string[] {
  const perDay = after.settings.minutesPerDay;
  const lines: string[] = [];
  const change = (label: string, from: string, to: string) => lines.push(`  ${label.padEnd(18)}${fromTo(from, to)}`);
  const was = before.tasks.find((t) => t.id === taskId);
  const now = after.tasks.find((t) => t.id === taskId);
  if (was && now) {
    lines.push(`#${after.tasks.indexOf(now) + 1} ${now.name}`);
    change('Percent complete', `${was.percentComplete} %`, `${now.percentComplete} %`);
    change('Actual start', when(was.actualStart), when(now.actualStart));
    change('Actual finish', when(was.actualFinish), when(now.actualFinish));
    change('Remaining', days(was.remainingMinutes, perDay), days(now.remainingMinutes, perDay));
    change('Duration', days(was.durationMinutes, perDay), days(now.durationMinutes, perDay));
    change('Start', when(was.start), when(now.start));
    change('Finish', when(was.finish), when(now.finish));
    lines.push('');
  }
  const statusDate = fromTo(when(before.settings.statusDate), when(after.settings.statusDate));
  lines.push(`Status date: ${after.settings.statusDate ? statusDate : '— (set one with --status-date: unfinished work is scheduled from it)'}`);
  const old = new Map(before.tasks.map((t) => [t.id, t]));
  const moved = after.tasks.flatMap((t) => {
    const o = old.get(t.id);
    return t.id !== taskId && o && (o.start !== t.start || o.finish !== t.finish) ? [{ name: t.name, row: after.tasks.indexOf(t) + 1, o, t }] : [];
  });
  if (moved.length === 0) lines.push('No other task moved.');
  else {
    lines.push(`${moved.length} other task${moved.length === 1 ? '' : 's'} moved:`);
    lines.push(
      ...renderTable(
        [
          { header: '#', value: (m: (typeof moved)[number]) => String(m.row), align: 'right' },
          { header: 'Task', value: (m) => m.name, flex: true, max: 40, min: 12 },
          { header: 'Start', value: (m) => fromTo(when(m.o.start), when(m.t.start)) },
          { header: 'Finish', value: (m) => fromTo(when(m.o.finish), when(m.t.finish)) },
        ],
        moved,
        width,
      ).map((line) => `  ${line}`),
    );
  }
  lines.push(`Project finish: ${fromTo(when(before.projectFinish), when(after.projectFinish))}`);
  return lines;
}

export function progressCommand(program: Command): void {
  withDatabaseOptions(
    program
      .command('progress <code>')
      .description('record a task’s progress at the status date (percent complete, remaining duration, actual dates), as MS Project’s Update Tasks; the plan is rescheduled')
      .option('--task <task>', 'the task: its name, its number in the task grid (#), or its id')
      .option('--percent <n>', 'percent complete, 0–100 (above 0 the task has started, at 100 it has finished)')
      .option('--remaining <days>', 'working days left; the duration becomes the part done plus these')
      .option('--actual-start <date>', 'when it started: YYYY-MM-DD (the day’s first working minute) or YYYY-MM-DDTHH:MM; none clears it')
      .option('--actual-finish <date>', 'when it finished (makes it 100 %): YYYY-MM-DD (the end of the working day) or YYYY-MM-DDTHH:MM; none clears it')
      .option('--status-date <date>', 'the status date the progress is measured at, saved in the schedule settings: YYYY-MM-DD (end of the working day) or YYYY-MM-DDTHH:MM')
      .option('--json', 'the task and the rescheduled plan as JSON')
      .addHelpText(
        'after',
        `
Left out, the actual start is the start the plan gives the task (before the status date moved it)
and the actual finish its scheduled finish, as MS Project fills them in.

Examples:
  orrery progress PRJ-001 --task "Build" --percent 50 --status-date 2027-03-05
  orrery progress PRJ-001 --task 4 --percent 60 --remaining 3
  orrery progress PRJ-001 --task Design --actual-finish 2027-03-04
  orrery progress PRJ-001 --status-date 2027-03-12`,
      ),
  ).action(async (code: string, options: ProgressOptions) => {
    const asksTask = [options.percent, options.remaining, options.actualStart, options.actualFinish].some((v) => v !== undefined);
    if (!asksTask && options.statusDate === undefined) throw new Error('Say what to record: --percent, --remaining, --actual-start, --actual-finish (with --task) or --status-date.');
    if (asksTask && options.task === undefined) throw new Error('Name the task with --task (its name, its number in the task grid, or its id).');
    const runtime = await openRuntime(options);
    try {
      const ctx = runtime.system;
      const project = await projectByCode(runtime, code);
      const before = await getSchedule(ctx, project.id);
      const task = options.task === undefined ? null : findTaskNamed(before, options.task);
      // Checked before anything is written: a bad date fails with nothing changed.
      const patch = task && asksTask ? progressPatch(before, task, options) : null;
      const statusDate = options.statusDate === undefined ? undefined : localInstant(before, before.settings.calendarId, options.statusDate, 'end', '--status-date');
      // The task first: when the rules refuse it, the status date is left as it was too. The
      // order changes nothing else (the rules read the plan with the status date aside).
      let after = before;
      if (task && patch) after = (await updateScheduleTask(ctx, project.id, task.id, task.version, patch)).schedule;
      if (statusDate !== undefined) after = (await updateScheduleSettings(ctx, project.id, before.settings.version, { statusDate })).schedule;
      if (options.json) return void console.log(JSON.stringify({ task: after.tasks.find((t) => t.id === task?.id) ?? null, schedule: after }, null, 2));
      console.log(`${project.code} ${project.name}`);
      for (const line of progressLines(before, after, task?.id ?? null, terminalWidth())) console.log(line);
    } finally {
      await runtime.database.close();
    }
  });
}
