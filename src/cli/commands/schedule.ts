// `orrery schedule FILE`: schedules an MS Project XML or MPXJ JSON file with Orrery's engine, no
// database needed, and prints every task's early/late dates, total slack and critical flag.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { readScheduleText } from '../../io/read-schedule-file.ts';
import { schedule } from '../../core/schedule/schedule.ts';
import { isoFromWall, wallFromIso } from '../../core/calendar/wall-time.ts';

const statusDate = (value: string): number => {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/.test(value)) throw new InvalidArgumentError('give a date like 2026-03-31 or 2026-03-31T17:00.');
  return wallFromIso(value.length === 10 ? `${value}T17:00` : value);
};

export interface ScheduledRow {
  uid: number;
  name: string;
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  totalSlack: number;
  critical: boolean;
}

export function scheduleCommand(program: Command): void {
  program
    .command('schedule')
    .description('schedule an MS Project XML (.xml) or MPXJ JSON (.json) file and print each task (no database needed)')
    .argument('<file>', 'the plan: MSPDI XML saved by MS Project, or JSON written by MPXJ')
    .option('--status-date <date>', 'status date (YYYY-MM-DD or YYYY-MM-DDTHH:MM); unfinished work is planned after it', statusDate)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((file: string, options: { statusDate?: number; format: 'table' | 'json' }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new Error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`, { cause: error });
      }
      const read = readScheduleText(text);
      if (!read.ok) throw new Error(`${file}: ${read.error.message} (at ${read.error.location.text})`);
      const input = options.statusDate === undefined ? read.project.schedule : { ...read.project.schedule, statusDate: options.statusDate };
      const result = schedule(input);
      if (!result.ok) throw new Error(`${file}: ${result.message}`);
      const names = new Map(input.tasks.map((t) => [t.uid, t.name]));
      const rows: ScheduledRow[] = result.tasks.map((t) => ({
        uid: t.uid,
        name: names.get(t.uid) ?? '',
        earlyStart: isoFromWall(t.earlyStart),
        earlyFinish: isoFromWall(t.earlyFinish),
        lateStart: isoFromWall(t.lateStart),
        lateFinish: isoFromWall(t.lateFinish),
        totalSlack: t.totalSlack,
        critical: t.critical,
      }));
      if (options.format === 'json') {
        console.log(JSON.stringify(rows, null, 2));
        return;
      }
      const header = ['UID', 'Name', 'Early start', 'Early finish', 'Late start', 'Late finish', 'Slack (min)', 'Critical'];
      const body = rows.map((r) => [String(r.uid), r.name, r.earlyStart.slice(0, 16), r.earlyFinish.slice(0, 16), r.lateStart.slice(0, 16), r.lateFinish.slice(0, 16), String(r.totalSlack), r.critical ? 'yes' : '']);
      const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...body.map((row) => row[i]!.length))));
      const line = (cells: string[]) => cells.map((c, i) => (i === 6 ? c.padStart(widths[i]!) : c.slice(0, widths[i]).padEnd(widths[i]!))).join('  ').trimEnd();
      console.log(line(header));
      for (const row of body) console.log(line(row));
      console.log(`\n${rows.length} tasks; project ${isoFromWall(result.projectStart).slice(0, 16)} → ${isoFromWall(result.projectFinish).slice(0, 16)}; ${rows.filter((r) => r.critical).length} critical.`);
    });
}
