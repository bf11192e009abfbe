// `orrery benefits CODE`: a project's benefits register — each benefit's measure from baseline to
// target, its latest measurement, realisation and status with the reason — and `orrery benefits
// --portfolio CODE`: a portfolio's money benefits planned against realised per project and in
// total, in the base currency, and the measurements overdue.
import { Option, type Command } from 'commander';
import type { Benefit } from '../../contracts/benefit.schema.ts';
import { minorDigits } from '../../core/finance/currency.ts';
import { portfolioBenefits, projectBenefits } from '../../app/benefits/benefit-views.ts';
import { projectByCode, registerItemByCode } from '../lookups.ts';
import { renderTable, terminalWidth, type TextColumn } from '../text-table.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';

const amount = (minor: number, currency: string): string => `${(minor / 10 ** minorDigits(currency)).toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: minorDigits(currency) })} ${currency}`;
const valueOf = (b: Benefit, v: number): string => (b.currency ? amount(v, b.currency) : `${v}${b.unit ? ` ${b.unit}` : ''}`);
const pct = (x: number | null): string => (x === null ? '' : `${Math.round(x * 10) / 10} %`);
const STATUS: Record<Benefit['status'], string> = { on_track: 'on track', at_risk: 'AT RISK', realised: 'realised', not_realised: 'NOT REALISED' };

const BENEFIT_COLUMNS: ReadonlyArray<TextColumn<Benefit>> = [
  { header: 'Code', value: (b) => b.code },
  { header: 'Benefit', value: (b) => b.title, flex: true, max: 34 },
  { header: 'Baseline → target', value: (b) => `${valueOf(b, b.baseline)} → ${valueOf(b, b.target)}` },
  { header: 'Latest', value: (b) => (b.measurements.length ? valueOf(b, b.measurements.at(-1)!.value) : '') },
  { header: 'Realised', value: (b) => pct(b.realisationPct) },
  { header: 'Status', value: (b) => STATUS[b.status] },
  { header: 'By', value: (b) => b.expectedBy },
  { header: 'Owner', value: (b) => b.ownerName ?? '' },
];

export function benefitCommands(program: Command): void {
  withDatabaseOptions(
    program
      .command('benefits [code]')
      .description('a project’s benefits: measure, realisation and status; or with --portfolio, benefits planned vs realised')
      .option('--portfolio <code>', 'a portfolio’s benefits planned against realised (PFL-001)')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .addHelpText('after', '\nExamples:\n  orrery benefits PRJ-001\n  orrery benefits --portfolio PFL-001 --format json'),
  ).action(async (code: string | undefined, options: CommonOptions & { portfolio?: string; format: 'table' | 'json' }) => {
    if (!code === !options.portfolio) throw new Error('Give a project code (orrery benefits PRJ-001) or --portfolio CODE, not both.');
    const runtime = await openRuntime(options);
    try {
      if (options.portfolio) {
        const portfolio = await registerItemByCode(runtime, 'portfolios', options.portfolio);
        const view = await portfolioBenefits(runtime.system, portfolio.id);
        if (options.format === 'json') return void console.log(JSON.stringify(view, null, 2));
        console.log(`${portfolio.code} ${portfolio.name}: benefits planned vs realised on ${view.asOf} (money in ${view.currency})`);
        if (view.projects.length === 0) return void console.log('No benefits registered in this portfolio yet.');
        const rows = [...view.projects.map((p) => ({ label: `${p.projectCode} ${p.projectName}`, status: p.projectStatus, t: p.totals })), { label: 'Total', status: '', t: view.total }];
        for (const line of renderTable<(typeof rows)[number]>([
          { header: 'Project', value: (r) => r.label, flex: true, max: 40 },
          { header: 'Status', value: (r) => r.status },
          { header: 'Benefits', value: (r) => String(r.t.benefits) },
          { header: 'Planned', value: (r) => amount(r.t.plannedMinor, view.currency) },
          { header: 'Realised', value: (r) => amount(r.t.realisedMinor, view.currency) },
          { header: '%', value: (r) => pct(r.t.realisedPct) },
          { header: 'At risk', value: (r) => String(r.t.byStatus.at_risk) },
          { header: 'Overdue', value: (r) => (r.t.overdueMeasurements ? `${r.t.overdueMeasurements} !` : '0') },
        ], rows, terminalWidth())) console.log(line);
        for (const o of view.overdue) console.log(`Overdue measurement: ${o.code} ${o.title} (${o.projectCode}, owner ${o.ownerName ?? 'none'}) since ${o.dates[0]}.`);
        if (view.unconverted.length) console.log(`Left out of the money totals for want of an exchange rate: ${view.unconverted.join(', ')}.`);
        return;
      }
      const project = await projectByCode(runtime, code!);
      const view = await projectBenefits(runtime.system, project.id);
      if (options.format === 'json') return void console.log(JSON.stringify(view, null, 2));
      console.log(`${project.code} ${project.name}: benefits`);
      if (view.items.length === 0) return void console.log('No benefits registered yet: add them on the project’s Benefits tab.');
      for (const line of renderTable(BENEFIT_COLUMNS, view.items, terminalWidth())) console.log(line);
      console.log('');
      const t = view.totals;
      console.log(`Money benefits: ${amount(t.realisedMinor, view.currency)} realised of ${amount(t.plannedMinor, view.currency)} planned${t.realisedPct === null ? '' : ` (${pct(t.realisedPct)})`}.`);
      for (const b of view.items) if (b.status !== 'on_track' && b.status !== 'realised') console.log(`${b.code} ${STATUS[b.status]}: ${b.reasons.join(' ')}`);
    } finally {
      await runtime.database.close();
    }
  });
}
