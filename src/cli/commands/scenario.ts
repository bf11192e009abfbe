// `orrery scenario list|show|compare`: a portfolio's scenarios, one scenario's projects as it has
// them (added, removed, shifted, resized), and scenarios side by side with the live portfolio —
// value, cost per year, strategic coverage, and demand against capacity per role per quarter in
// hours, overloads marked with !.
import { Option, type Command } from 'commander';
import type { ScenarioComparison } from '../../contracts/scenario.schema.ts';
import { minorDigits } from '../../core/finance/currency.ts';
import { getScenario, listScenarios } from '../../app/scenarios/scenario-commands.ts';
import { compareScenarios } from '../../app/scenarios/scenario-comparison.ts';
import { registerItemByCode, scenarioByCode } from '../lookups.ts';
import { renderTable, terminalWidth } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

const amount = (minor: number, currency: string): string => `${Math.round(minor / 10 ** minorDigits(currency)).toLocaleString('en-GB')} ${currency}`;
const hours = (minutes: number): string => String(Math.round(minutes / 60));
const print = (lines: readonly string[]) => lines.forEach((l) => console.log(l));

function comparisonLines(c: ScenarioComparison): string[] {
  type Row = { label: string; cells: string[] };
  const rows: Row[] = [
    { label: 'Projects', cells: c.columns.map((col) => `${col.projects.length}`) },
    { label: `Value (${c.currency})`, cells: c.columns.map((col) => amount(col.valueMinor, c.currency)) },
    { label: `Score (${c.scoreModel.name})`, cells: c.columns.map((col) => `${col.score.toFixed(1)}${col.unscored.length ? ` (${col.unscored.length} unscored)` : ''}`) },
    { label: `Cost (${c.currency})`, cells: c.columns.map((col) => amount(col.costMinor, c.currency)) },
    ...c.years.map((year, i) => ({ label: `  in ${year}`, cells: c.columns.map((col) => amount(col.costByYear[i] ?? 0, c.currency)) })),
    { label: 'Objectives served', cells: c.columns.map((col) => `${col.objectivesServed} of ${c.objectives.length}`) },
    { label: 'Overloaded role-quarters', cells: c.columns.map((col) => (col.overloads ? `${col.overloads} !` : '0')) },
  ];
  const lines = renderTable<Row>([{ header: '', value: (r) => r.label }, ...c.columns.map((col, i) => ({ header: col.scenarioCode ? `${col.scenarioCode} ${col.label}` : col.label, value: (r: Row) => r.cells[i]!, max: 30 }))], rows, terminalWidth());
  lines.push('', `Value: ${c.valueBasis}`);
  for (const col of c.columns) if (col.unscored.length) lines.push(`${col.scenarioCode ?? 'Live'}: not scored on ${c.scoreModel.name}: ${col.unscored.join(', ')}.`);
  for (const col of c.columns) {
    if (col.notCosted.length) lines.push(`${col.scenarioCode ?? 'Live'}: no cost for ${col.notCosted.join(', ')} (no budget, rate or dates).`);
    const unserved = c.objectives.filter((o) => !col.coverage.find((x) => x.objectiveId === o.id)?.projects.length);
    if (unserved.length) lines.push(`${col.scenarioCode ?? 'Live'}: serves no project of ${unserved.map((o) => o.code).join(', ')}.`);
  }
  for (const col of c.columns) {
    lines.push('', `Demand / capacity in hours per quarter — ${col.scenarioCode ? `${col.scenarioCode} ${col.label}` : col.label}`);
    type D = (typeof col.demand)[number];
    lines.push(...renderTable<D>([{ header: 'Role', value: (d) => d.role, flex: true, max: 30 }, ...c.quarters.map((q, i) => ({ header: q, value: (d: D) => `${hours(d.demand[i] ?? 0)}/${hours(d.capacity[i] ?? 0)}${d.over[i] ? ' !' : ''}` }))], col.demand, terminalWidth()));
  }
  return lines;
}

export function scenarioCommands(program: Command): void {
  const scenario = program.command('scenario').description('scenario planning: a portfolio’s scenarios and their comparison with the live portfolio');
  withDatabaseOptions(scenario.command('list').description('a portfolio’s scenarios').requiredOption('--portfolio <code>', 'the portfolio (PFL-001)')).action(async (options: CommonOptions & { portfolio: string }) => {
    const runtime = await openRuntime(options);
    try {
      const portfolio = await registerItemByCode(runtime, 'portfolios', options.portfolio);
      const { items } = await listScenarios(runtime.system, portfolio.id);
      if (items.length === 0) return void console.log(`${portfolio.code} has no scenarios yet: create one in the web app (Scenarios) or with POST /api/v1/portfolios/{id}/scenarios.`);
      print(renderTable([{ header: 'Code', value: (s) => s.code }, { header: 'Name', value: (s) => s.name, flex: true, max: 50 }, { header: 'Changes', value: (s) => String(s.changes) }, { header: 'Updated', value: (s) => s.updatedAt.slice(0, 10) }], items, terminalWidth()));
    } finally {
      await runtime.database.close();
    }
  });
  withDatabaseOptions(scenario.command('show <code>').description('a scenario’s projects as it has them').addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))).action(async (code: string, options: CommonOptions & { format: 'table' | 'json' }) => {
    const runtime = await openRuntime(options);
    try {
      const s = await getScenario(runtime.system, (await scenarioByCode(runtime, code)).id);
      if (options.format === 'json') return void console.log(JSON.stringify(s, null, 2));
      console.log(`${s.code} ${s.name} (portfolio ${s.portfolioCode}): ${s.changes} change${s.changes === 1 ? '' : 's'} to the live portfolio`);
      print(renderTable([
        { header: 'Project', value: (p) => `${p.code} ${p.name}`, flex: true, max: 40 },
        { header: 'In scenario', value: (p) => p.change.replace('_', ' + ') },
        { header: 'Shift', value: (p) => (p.shift.amount ? `${p.shift.amount > 0 ? '+' : ''}${p.shift.amount} ${p.shift.unit}` : '') },
        { header: 'Size', value: (p) => (p.scalePct === 100 ? '' : `${p.scalePct} %`) },
        { header: 'Start', value: (p) => p.start ?? '' },
        { header: 'Finish', value: (p) => p.finish ?? '' },
        { header: 'Cost', value: (p) => (p.costMinor === null ? 'none' : amount(p.costMinor, s.currency)) },
      ], s.projects, terminalWidth()));
    } finally {
      await runtime.database.close();
    }
  });
  withDatabaseOptions(
    scenario
      .command('compare <codes...>')
      .description('scenarios side by side with the live portfolio: value, cost per year, coverage, demand vs capacity per role per quarter')
      .option('--from <date>', 'a day in the first quarter (default: today)')
      .option('--quarters <n>', 'how many quarters (1–12)', '8')
      .option('--model <key>', 'the scoring model whose scores to add up', 'default')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .addHelpText('after', '\nExample:\n  orrery scenario compare SCN-001 SCN-002 --from 2027-01-01 --quarters 4'),
  ).action(async (codes: string[], options: CommonOptions & { from?: string; quarters: string; model: string; format: 'table' | 'json' }) => {
    const quarters = Number(options.quarters);
    if (!Number.isInteger(quarters) || quarters < 1 || quarters > 12) throw new Error(`--quarters ${options.quarters}: give a whole number of quarters from 1 to 12.`);
    if (options.from !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.from)) throw new Error(`--from ${options.from}: give a date as YYYY-MM-DD.`);
    const runtime = await openRuntime(options);
    try {
      const found = [];
      for (const code of codes) found.push(await scenarioByCode(runtime, code));
      const portfolios = [...new Set(found.map((f) => f.portfolioId))];
      if (portfolios.length > 1) throw new Error(`${found.map((f) => f.code).join(', ')} belong to different portfolios: compare scenarios of one portfolio at a time.`);
      const comparison = await compareScenarios(runtime.system, portfolios[0]!, { scenarioIds: found.map((f) => f.id), from: options.from, quarters, model: options.model });
      if (options.format === 'json') return void console.log(JSON.stringify(comparison, null, 2));
      console.log(`${comparison.portfolioCode}: the live portfolio and ${found.map((f) => f.code).join(', ')}, ${comparison.quarters[0]} – ${comparison.quarters.at(-1)}`);
      print(comparisonLines(comparison));
    } finally {
      await runtime.database.close();
    }
  });
}
