// `orrery pmo kpis` and `orrery pmo charter`: the PMO's own performance by quarter and its charter
// from the shell.
import { Option, type Command } from 'commander';
import { PmoKpiQuery, type PmoKpis } from '../../contracts/pmo-kpis.schema.ts';
import type { PmoCharter } from '../../contracts/pmo-charter.schema.ts';
import { getPmoPerformance } from '../../app/pmo-kpis/pmo-performance.ts';
import { getPmoCharter } from '../../app/pmo-charter/pmo-charter.ts';
import { kpiCellText } from '../../io/reports/report-model.ts';
import { registerItemByCode } from '../lookups.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

type Kpi = PmoKpis['kpis'][number];

function printKpis(data: PmoKpis): void {
  const columns: TextColumn<Kpi>[] = [
    { header: 'KPI', value: (k) => k.name },
    ...data.quarters.map((q, i): TextColumn<Kpi> => ({ header: q, value: (k) => kpiCellText(k.unit, k.values[i]!), align: 'right' })),
  ];
  console.log(`PMO KPIs from ${data.from} to ${data.today} (on time within ${data.tolerances.scheduleDays} days, on budget within ${data.tolerances.costPct} %):\n`);
  for (const line of renderTable(columns, data.kpis, terminalWidth())) console.log(line);
}

function printCharter(c: PmoCharter): void {
  console.log(`Mandate: ${c.mandate || '(not written yet)'}`);
  console.log(`Operating model: ${c.operatingModel}. Scope: ${c.portfolios.map((p) => `${p.code} ${p.name}`).join(', ') || 'no portfolio named'}.`);
  console.log(c.roadmap
    ? `Roadmap: ${c.roadmap.code} ${c.roadmap.name} (${c.roadmap.status}), ${c.roadmap.openActions} open actions (${c.roadmap.improvementActions} from maturity assessments), ${c.roadmap.doneActions} done.`
    : 'Roadmap: no project named.');
  if (c.services.length === 0) return void console.log('\nNo services listed yet.');
  console.log('');
  for (const line of renderTable<PmoCharter['services'][number]>([
    { header: 'Service', value: (s) => s.name },
    { header: 'Kind', value: (s) => s.kind },
    { header: 'Service level', value: (s) => s.serviceLevel, flex: true, min: 20 },
    { header: 'For', value: (s) => s.audience, flex: true, max: 30 },
  ], c.services, terminalWidth())) console.log(line);
}

export function pmoCommands(program: Command): void {
  const pmo = program.command('pmo').description('the PMO itself: its KPIs by quarter and its charter');
  const format = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

  withDatabaseOptions(
    pmo.command('kpis').description('the PMO\'s KPIs by quarter: delivery on time and on budget, variances, gate compliance, reporting, benefits, risk responses')
      .option('--from <date>', 'first day counted (default: four quarters back)')
      .option('--portfolio <code>', 'only this portfolio\'s projects')
      .option('--schedule-tolerance <days>', 'days late that still count as on time', '0')
      .option('--cost-tolerance <percent>', 'percent over budget that still counts as on budget', '0')
      .addOption(format()),
  ).action(async (options: CommonOptions & { from?: string; portfolio?: string; scheduleTolerance: string; costTolerance: string; format: 'table' | 'json' }) => {
    const runtime = await openRuntime(options);
    try {
      const portfolioId = options.portfolio ? (await registerItemByCode(runtime, 'portfolios', options.portfolio)).id : undefined;
      const query = PmoKpiQuery.parse({ ...(options.from && { from: options.from }), ...(portfolioId && { portfolioId }), scheduleToleranceDays: options.scheduleTolerance, costTolerancePct: options.costTolerance });
      const data = await getPmoPerformance(runtime.system, query);
      if (options.format === 'json') console.log(JSON.stringify(data, null, 2));
      else printKpis(data);
    } finally {
      await runtime.database.close();
    }
  });

  withDatabaseOptions(pmo.command('charter').description('the PMO charter: mandate, scope, operating model, roadmap and services').addOption(format()))
    .action(async (options: CommonOptions & { format: 'table' | 'json' }) => {
      const runtime = await openRuntime(options);
      try {
        const charter = await getPmoCharter(runtime.system);
        if (options.format === 'json') console.log(JSON.stringify(charter, null, 2));
        else printCharter(charter);
      } finally {
        await runtime.database.close();
      }
    });
}
