// `orrery portfolio optimise CODE --budget …`: the optimal selection of a portfolio from the shell —
// the chosen projects beside the greedy ranking's, why each project is out and the efficient
// frontier, or the whole answer as JSON. Budgets are typed in the base currency's units (2000000
// or 1500000,2000000 per year) and sent in minor units.
import type { Command } from 'commander';
import { OptimiseBody, type Optimisation } from '../../contracts/selection.schema.ts';
import { optimisePortfolio } from '../../app/selection/portfolio-optimisation.ts';
import { loadBaseCurrency } from '../../app/rates/exchange-rates.ts';
import { minorDigits } from '../../core/finance/currency.ts';
import { registerItemByCode, scenarioByCode } from '../lookups.ts';
import { parseWith } from '../parse-options.ts';
import { renderTable, terminalWidth } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

interface OptimiseOptions extends CommonOptions {
  budget?: string;
  startOptions?: string;
  includeActive?: boolean;
  model?: string;
  frontier: string;
  scenario?: string;
  json?: boolean;
}

/** "1500000,2000000" in the currency's units → minor units per year. */
export function parseBudget(raw: string, currency: string): number[] {
  return raw.split(',').map((part) => {
    const text = part.trim().replace(/_/g, '');
    const amount = Number(text);
    if (text === '' || !Number.isFinite(amount) || amount < 0) throw new Error(`--budget: "${part}" is not an amount; give one per budget year in ${currency}, e.g. --budget 2000000 or --budget 1500000,2000000.`);
    return Math.round(amount * 10 ** minorDigits(currency));
  });
}

export function optimisationLines(r: Optimisation, width: number): string[] {
  const money = (minor: number) => (minor / 10 ** minorDigits(r.currency)).toLocaleString('en', { maximumFractionDigits: minorDigits(r.currency) });
  const lines: string[] = [`Budget ${r.years.map((y, i) => `${y}: ${money(r.budgetPerYear[i]!)}`).join(', ')} ${r.currency}; horizon ${r.quarters[0]} – ${r.quarters.at(-1)}; ${r.candidates.length} candidates.`];
  if (r.optimal === null) {
    lines.push(`No selection fits: ${r.infeasible?.message ?? ''}`);
  } else {
    const chosen = new Map(r.optimal.chosen.map((c) => [c.code, c.start]));
    const greedy = new Map(r.greedy.chosen.map((c) => [c.code, c.start]));
    lines.push('', ...renderTable([
      { header: 'Project', value: (c: Optimisation['candidates'][number]) => `${c.code} ${c.name}`, flex: true, max: 40, min: 12 },
      { header: 'Score', value: (c) => c.value.toFixed(1), align: 'right' },
      { header: 'Cost', value: (c) => money(c.totalCost), align: 'right' },
      { header: 'Optimal', value: (c) => chosen.get(c.code) ?? '—' },
      { header: 'Greedy', value: (c) => greedy.get(c.code) ?? '—' },
      { header: '', value: (c) => (c.mandatory ? 'mandatory' : '') },
    ], r.candidates, width));
    lines.push('', `Optimal: value ${r.optimal.value.toFixed(1)}${r.outcome === 'stopped' ? ` (within ${r.optimal.gapPct.toFixed(2)} % of the best)` : ', proven best'}, spending ${r.optimal.spendPerYear.map(money).join(' / ')}; greedy by value per cost: ${r.greedy.value.toFixed(1)}. Solved in ${r.optimal.ms} ms.`);
    for (const e of r.exclusions) {
      const why = e.blocking.length === 0 ? 'it fits but adds no value' : e.blocking.map((b) => b.message).join('; ');
      const price = e.price ? ` Forcing it in loses ${e.price.valueLost.toFixed(1)}${e.price.leaves.length ? ` (${e.price.leaves.join(', ')} leave)` : ''}.` : e.priceMessage ? ` It cannot be forced in: ${e.priceMessage}` : '';
      lines.push(`Out: ${e.code} — ${why}.${price}`);
    }
  }
  for (const l of r.leftOut) lines.push(`Not a candidate: ${l.code} ${l.name} — ${l.reason}`);
  for (const w of r.warnings) lines.push(`Warning: ${w}`);
  if (r.frontier) {
    lines.push('', 'Efficient frontier (total budget → optimal / greedy value):');
    for (const p of r.frontier.points) lines.push(`  ${money(p.totalBudget).padStart(14)}  ${p.value.toFixed(1).padStart(7)}  ${p.greedyValue.toFixed(1).padStart(7)}`);
  }
  lines.push(`Done in ${r.ms} ms.`);
  return lines;
}

export function portfolioCommands(program: Command): void {
  const portfolio = program.command('portfolio').description('portfolio decisions: optimal selection');
  withDatabaseOptions(
    portfolio
      .command('optimise <code>')
      .description('choose the projects (and start quarters) of greatest total score within the budget per year and the capacity per role, beside the greedy ranking')
      .option('--budget <amounts>', 'budget per year in the base currency: one figure for every year, or one per year separated by commas (default: the portfolio’s saved budget)')
      .option('--start-options <quarters>', 'how many quarters a proposed project may start later than planned')
      .option('--include-active', 'also weigh active and on-hold projects')
      .option('--model <key>', 'the scoring model whose scores are the value (default: the portfolio’s setting)')
      .option('--frontier <points>', 'points of the efficient frontier (0: none)', '8')
      .option('--scenario <code>', 'choose within this scenario of the portfolio (SCN-…): its projects at its dates, costs and demand')
      .option('--json', 'the whole answer as JSON')
      .addHelpText('after', `
Examples:
  orrery portfolio optimise PFL-001 --budget 2000000
  orrery portfolio optimise PFL-001 --budget 1500000,2000000 --start-options 2 --json
  orrery portfolio optimise PFL-002 --scenario SCN-001`),
  ).action(async (code: string, options: OptimiseOptions) => {
    const runtime = await openRuntime(options);
    try {
      const item = await registerItemByCode(runtime, 'portfolios', code);
      const currency = await loadBaseCurrency(runtime.deps.db);
      const budget = options.budget === undefined ? undefined : parseBudget(options.budget, currency);
      const body = parseWith(OptimiseBody, {
        ...(budget === undefined ? {} : budget.length === 1 ? { budget: budget[0] } : { budgetPerYear: budget }),
        startOptions: options.startOptions === undefined ? undefined : Number(options.startOptions),
        includeActive: options.includeActive, model: options.model, frontierPoints: Number(options.frontier),
        ...(options.scenario && { scenarioId: (await scenarioByCode(runtime, options.scenario)).id }),
      }, { budget: '--budget', budgetPerYear: '--budget', startOptions: '--start-options', frontierPoints: '--frontier', model: '--model' });
      const result = await optimisePortfolio(runtime.system, item.id, body);
      if (options.json) return void console.log(JSON.stringify(result, null, 2));
      for (const line of optimisationLines(result, terminalWidth())) console.log(line);
    } finally {
      await runtime.database.close();
    }
  });
}
