// `orrery lessons search "text"` and `orrery closure PRJ-001`: the lessons repository and a
// project's post-project evaluation from the shell — ranked matches with their marked passage, and
// the closure figures (the submitted report's frozen ones, or today's when there is none yet).
import type { Command } from 'commander';
import type { ClosureFigures } from '../../contracts/closure.schema.ts';
import type { LessonSearchResult } from '../../contracts/lesson.schema.ts';
import { searchLessons } from '../../app/lessons/lesson-search.ts';
import { getClosureFigures, getProjectClosureReport } from '../../app/lessons/closure-commands.ts';
import { formatMinor } from '../../app/finance/money-text.ts';
import { AppError } from '../../app/errors.ts';
import { projectByCode } from '../lookups.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

type Hit = LessonSearchResult['items'][number];

/** A snippet with its matched words in [brackets], the way a terminal can show them. */
const bracketed = (hit: Hit): string => hit.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join('').replace(/\s+/g, ' ');

const HIT_COLUMNS: TextColumn<Hit>[] = [
  { header: 'Code', value: (h) => h.code },
  { header: 'Title', value: (h) => h.title, flex: true, max: 40, min: 12 },
  { header: 'Project', value: (h) => h.project.code },
  { header: 'Category', value: (h) => h.category },
  { header: 'Status', value: (h) => h.status },
  { header: 'Snippet', value: bracketed, flex: true, max: 80, min: 20 },
];

const pct = (x: number | null): string => (x === null ? '—' : `${x > 0 ? '+' : ''}${x}%`);

/** The closure figures as lines of text. */
export function closureLines(f: ClosureFigures): string[] {
  const s = f.schedule;
  const lines = [
    s.baselineFinish === null
      ? `Schedule: no baseline ${s.baselineNumber} to measure against (finish ${s.finish ?? '—'}).`
      : `Schedule: finish ${s.finish ?? '—'} against baseline ${s.baselineNumber} ${s.baselineFinish}: ${s.slipDays ?? '—'} working days late (${pct(s.slipPercent)} of ${s.baselineDays} days).`,
  ];
  const c = f.cost;
  if (c === null) lines.push('Cost: not computed (some money has no exchange rate to the project\'s currency).');
  else if (c.budgetMinor === null) lines.push(`Cost: actual ${formatMinor(c.actualMinor, c.currency)}; no budget to compare with.`);
  else lines.push(`Cost: actual ${formatMinor(c.actualMinor, c.currency)} against budget ${formatMinor(c.budgetMinor, c.currency)}: variance ${formatMinor(c.varianceMinor!, c.currency)} (${pct(c.variancePercent)}).`);
  lines.push(`Scope: ${f.scope.approvedChanges} approved change request(s)${f.scope.changes.length ? `: ${f.scope.changes.map((x) => x.code).join(', ')}` : ''}.`);
  lines.push(`Risks: ${f.risks.happened} of ${f.risks.identified} happened${f.risks.items.length ? `: ${f.risks.items.map((r) => `${r.riskCode} → ${r.issueCode}`).join(', ')}` : ''}.`);
  return lines;
}

export function lessonsCommands(program: Command): void {
  const lessons = program.command('lessons').description('the lessons-learned repository');
  withDatabaseOptions(
    lessons.command('search').argument('<text>', 'words (all required), "a phrase", a or b, -excluded').description('lessons matching the text, best match first, with the passage that matched')
      .option('--json', 'print the results as JSON').option('--limit <n>', 'at most this many', '20'),
  ).action(async (text: string, options: CommonOptions & { json?: boolean; limit: string }) => {
    const runtime = await openRuntime(options);
    try {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new Error(`--limit ${options.limit}: give a whole number of lessons from 1 to 200.`);
      const result = await searchLessons(runtime.system, { q: text, limit });
      if (options.json) console.log(JSON.stringify(result, null, 2));
      else if (result.items.length === 0) console.log(`No lesson matches "${text}".`);
      else {
        for (const line of renderTable(HIT_COLUMNS, result.items, terminalWidth())) console.log(line);
        console.log(`\n${result.items.length} of ${result.total} match(es), best first.`);
      }
    } finally {
      await runtime.database.close();
    }
  });

  withDatabaseOptions(
    program.command('closure').argument('<project>', 'the project\'s code, e.g. PRJ-001').description('a project\'s closure figures: schedule and cost variance, scope changes, risks that happened').option('--json', 'print as JSON'),
  ).action(async (code: string, options: CommonOptions & { json?: boolean }) => {
    const runtime = await openRuntime(options);
    try {
      const project = await projectByCode(runtime, code);
      const report = await getProjectClosureReport(runtime.system, project.id).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'not_found') return null;
        throw error;
      });
      const figures = report ? report.figures : await getClosureFigures(runtime.system, project.id);
      if (options.json) {
        console.log(JSON.stringify(report ?? { project: { id: project.id, code: project.code, name: project.name }, status: null, figures }, null, 2));
        return;
      }
      console.log(`${project.code} · ${project.name}: ${report ? `closure report ${report.code} (${report.status}${report.frozen ? `, figures as of ${figures.asOf}` : ', live figures'})` : `no closure report yet; figures as of ${figures.asOf}`}`);
      for (const line of closureLines(figures)) console.log(`  ${line}`);
      if (report) {
        for (const [label, text] of [['Went well', report.wentWell], ['Did not go well', report.wentBadly], ['Recommendations', report.recommendations]] as const) {
          if (text.trim() !== '') console.log(`\n${label}:\n  ${text.trim().replace(/\n/g, '\n  ')}`);
        }
      }
    } finally {
      await runtime.database.close();
    }
  });
}
