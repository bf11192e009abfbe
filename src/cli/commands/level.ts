// `orrery level CODE` (or `--portfolio CODE`): resource levelling from the shell. By default a
// preview — which tasks wait, by how many working days, each project's finish before and after and
// the over-allocated resource-days before and after — that writes nothing; `--apply` levels (writes
// levelling delays and reschedules), `--clear` removes a project's levelling delays.
import { Option, type Command } from 'commander';
import { LevellingRequest, type LevellingResult } from '../../contracts/levelling.schema.ts';
import { clearProjectLevelling, levelPortfolio, levelProject, previewPortfolioLevelling, previewProjectLevelling } from '../../app/levelling/resource-levelling.ts';
import { projectByCode, registerItemByCode } from '../lookups.ts';
import { parseWith } from '../parse-options.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

interface LevelOptions extends CommonOptions {
  portfolio?: string;
  from?: string;
  mode: string;
  schedules?: string;
  seed?: string;
  apply?: boolean;
  clear?: boolean;
  json?: boolean;
}

type Move = LevellingResult['moved'][number];
const when = (local: string | null): string => (local === null ? '—' : local.replace('T', ' '));

/** The result as lines: what moves, each project's finish, over-allocations, warnings and what to do next. */
export function levellingLines(result: LevellingResult, width: number): string[] {
  const portfolio = result.projects.length > 1;
  const columns: Array<TextColumn<Move>> = [
    ...(portfolio ? [{ header: 'Project', value: (m: Move) => m.projectCode }] : []),
    { header: 'Task', value: (m) => m.name, flex: true, max: 40, min: 12 },
    { header: 'Start', value: (m) => when(m.startBefore) },
    { header: 'Levelled start', value: (m) => when(m.startAfter) },
    { header: 'Levelled finish', value: (m) => when(m.finishAfter) },
    { header: 'Delay', value: (m) => (m.levelingDelayDays === 0 ? 'follows' : `${m.levelingDelayDays} d`), align: 'right' },
  ];
  const lines = result.moved.length === 0 ? ['Nothing moves: no task has to wait for a resource.'] : renderTable(columns, result.moved, width);
  lines.push('');
  for (const p of result.projects) lines.push(`${p.code} ${p.name}: finish ${when(p.finishBefore)} → ${when(p.finishAfter)}, ${p.delayedTasks} task${p.delayedTasks === 1 ? '' : 's'} delayed.`);
  lines.push(`Over-allocated resource-days: ${result.overAllocatedBefore} before, ${result.overAllocatedAfter} after (from ${result.from}, ${result.mode === 'rule' ? 'standard order' : `search over ${result.generated} schedules`}).`);
  for (const r of result.remaining.slice(0, 10)) lines.push(`  still over: ${r.resourceName} on ${r.day}, ${r.demandHours} h of ${r.capacityHours} h`);
  for (const w of result.warnings) lines.push(`Warning: ${w.message}`);
  lines.push(result.applied ? 'Levelled: the delays are saved. Undo with --clear.' : 'Preview only: nothing was written. Run again with --apply to level.');
  return lines;
}

export function levelCommand(program: Command): void {
  withDatabaseOptions(
    program
      .command('level [code]')
      .description('resource levelling of a project (or a portfolio): preview what waits and by how much, then --apply')
      .option('--portfolio <code>', 'level every live project of this portfolio together, by project priority')
      .option('--from <date>', 'level from this day on, YYYY-MM-DD (default today); earlier work stays put')
      .addOption(new Option('--mode <mode>', 'standard order, or a search from it').choices(['rule', 'optimise']).default('rule'))
      .option('--schedules <n>', 'optimise: schedules the search may generate (default 2000)')
      .option('--seed <n>', 'optimise: the same seed gives the same answer (default 1)')
      .option('--apply', 'write the levelling delays and reschedule (default: preview only)')
      .option('--clear', 'remove the project’s levelling delays (undo levelling)')
      .option('--json', 'the result as JSON')
      .addHelpText(
        'after',
        `
Examples:
  orrery level PRJ-001                    preview
  orrery level PRJ-001 --apply            level the project
  orrery level PRJ-001 --clear            undo it
  orrery level --portfolio PFL-001 --mode optimise --apply`,
      ),
  ).action(async (code: string | undefined, options: LevelOptions) => {
    if ((code === undefined) === (options.portfolio === undefined)) throw new Error('Name a project (orrery level PRJ-001) or a portfolio (orrery level --portfolio PFL-001), not both.');
    if (options.clear && (options.apply || options.portfolio)) throw new Error('--clear undoes one project’s levelling: give only the project code with it.');
    const request = parseWith(LevellingRequest, { from: options.from, mode: options.mode, schedules: options.schedules === undefined ? undefined : Number(options.schedules), seed: options.seed === undefined ? undefined : Number(options.seed) });
    const runtime = await openRuntime(options);
    try {
      const ctx = runtime.system;
      if (options.clear) {
        const project = await projectByCode(runtime, code!);
        const cleared = await clearProjectLevelling(ctx, project.id);
        if (options.json) return void console.log(JSON.stringify(cleared, null, 2));
        return void console.log(`${project.code}: levelling cleared from ${cleared.cleared} task${cleared.cleared === 1 ? '' : 's'}; ${cleared.moved.length} moved back.`);
      }
      let result: LevellingResult;
      if (options.portfolio !== undefined) {
        const portfolio = await registerItemByCode(runtime, 'portfolios', options.portfolio);
        result = await (options.apply ? levelPortfolio : previewPortfolioLevelling)(ctx, portfolio.id, request);
      } else {
        const project = await projectByCode(runtime, code!);
        result = await (options.apply ? levelProject : previewProjectLevelling)(ctx, project.id, request);
      }
      if (options.json) return void console.log(JSON.stringify(result, null, 2));
      for (const line of levellingLines(result, terminalWidth())) console.log(line);
    } finally {
      await runtime.database.close();
    }
  });
}
