// `orrery evm CODE [--status-date D]`: a project's earned value in the terminal — what a PMO
// analyst or a scheduled script asks before the steering meeting: PV, EV, AC, the indices, the
// estimates at completion, the bottom-up ETC and where it comes from (the manager's estimate for the
// project, or the tasks'), earned schedule, then the tasks; `--format json` for scripts. Without a
// status date it is the schedule's (where progress is recorded), else today, and says which.
// `orrery evm --portfolio CODE` (or no code) gives the roll-up in the base currency.
import { Option, type Command } from 'commander';
import { EAC_METHODS, EvmQuery, PortfolioEvmQuery, type ProjectEvm } from '../../contracts/evm.schema.ts';
import { getPortfolioEvm } from '../../app/evm/portfolio-evm.ts';
import { getProjectEvm } from '../../app/evm/project-evm.ts';
import { loadBaseCurrency } from '../../app/rates/exchange-rates.ts';
import { minorDigits } from '../../core/finance/currency.ts';
import { projectByCode, registerItemByCode } from '../lookups.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';
import { renderTable, terminalWidth } from '../text-table.ts';

interface Options extends CommonOptions {
  statusDate?: string;
  period?: 'day' | 'week' | 'month';
  eac?: (typeof EAC_METHODS)[number];
  portfolio?: string;
  program?: string;
  format: 'table' | 'json';
}

const money = (minor: number | null, currency: string): string => (minor === null ? '—' : (minor / 10 ** minorDigits(currency)).toLocaleString('en', { minimumFractionDigits: minorDigits(currency), maximumFractionDigits: minorDigits(currency) }));
const ratio = (x: number | null): string => (x === null ? '—' : x.toFixed(2));
const num = (x: number | null, digits = 1): string => (x === null ? '—' : x.toFixed(digits));

/** Says which status date a project's figures are at when none was asked for. */
const STATUS_DATE_FROM: Record<ProjectEvm['statusDateSource'], string> = { query: '', schedule: ' (the schedule’s status date)', today: ' (today: the schedule has no status date)' };

/** The bottom-up ETC and EAC with where they come from, or what is missing for them. */
function bottomUpLine(r: ProjectEvm): string {
  const m = (x: number | null) => `${money(x, r.currency)} ${r.currency}`;
  const b = r.bottomUp;
  const figures = `Bottom-up ETC ${m(r.amounts.etcBottomUp)} → EAC ${m(r.indices.eacs['bottom-up'])}`;
  if (b.source === 'project-estimate') return `${figures}: the manager’s estimate for the whole project of ${b.asOf ?? '—'}${b.note ? ` (${b.note})` : ''}`;
  if (b.source === 'task-estimates') return `${figures}: the tasks’ estimates summed (finished tasks count 0)`;
  const missing = b.tasksWithoutEstimate === 1 ? '1 unfinished task has' : `${b.tasksWithoutEstimate} unfinished tasks have`;
  return b.tasksWithoutEstimate > 0
    ? `No bottom-up ETC: ${missing} no estimate to complete (their manager sets them, or one for the whole project, on the earned-value page).`
    : 'No bottom-up ETC: the manager gives the project’s estimate to complete on the earned-value page.';
}

/** Which day's percent complete the task rows show (at a past status date, what was recorded with the project's EV). */
function tasksAsOf(r: ProjectEvm): string {
  const asOf = r.tasks[0]!.progressAsOf;
  if (r.evRecordedOn === null) return asOf < r.statusDate ? `Tasks: nothing was recorded by ${r.statusDate}, so none had earned anything.` : `Tasks: percent complete and EV as they are now (${asOf}).`;
  if (asOf === r.evRecordedOn) return `Tasks: percent complete and EV as recorded on ${asOf}, with the project's EV.`;
  return `Tasks: not recorded one by one on ${r.evRecordedOn}, so they show their percent complete now (${asOf}) and need not add up to the project's EV.`;
}

function projectLines(r: ProjectEvm): string[] {
  const c = r.currency;
  const m = (x: number | null) => `${money(x, c)} ${c}`;
  const lines = [`${r.projectCode} ${r.projectName} — earned value as of ${r.statusDate}${STATUS_DATE_FROM[r.statusDateSource]}`];
  if (r.notAssessed) lines.push(r.notAssessed, `Actual cost so far: ${m(r.amounts.ac)}`, bottomUpLine(r));
  else {
    const { amounts: a, indices: i, schedule: s } = r;
    lines.push(
      `BAC ${m(a.bac)}   PV ${m(a.pv)}   EV ${m(a.ev)}   AC ${m(a.ac)}`,
      `CV ${m(i.cv)}   SV ${m(i.sv)}   CPI ${ratio(i.cpi)}   SPI ${ratio(i.spi)}`,
      `EAC (${i.eacMethod}) ${m(i.eac)}   ETC ${m(i.etc)}   VAC ${m(i.vac)}   TCPI to BAC ${ratio(i.tcpiToBac)}   TCPI to EAC ${ratio(i.tcpiToEac)}`,
      bottomUpLine(r),
      ...(s ? [`Earned schedule ${num(s.es)} of ${num(s.pd)} ${s.period}s at ${num(s.at)}   SV(t) ${num(s.svT)}   SPI(t) ${ratio(s.spiT)}   TSPI ${ratio(s.tspi)}   IEAC(t) ${num(s.ieacT)} ${s.period}s → ${s.forecastFinish ?? '—'}`] : []),
      '',
      ...(r.tasks.length > 0 ? [tasksAsOf(r), ''] : []),
      ...renderTable(
        [
          { header: 'Task', value: (t: ProjectEvm['tasks'][number]) => t.name, flex: true, min: 12 },
          { header: '%', value: (t) => String(t.percentComplete), align: 'right' },
          { header: 'Earns by', value: (t) => t.earningMethod },
          { header: 'BAC', value: (t) => money(t.amounts.bac, c), align: 'right' },
          { header: 'PV', value: (t) => money(t.amounts.pv, c), align: 'right' },
          { header: 'EV', value: (t) => money(t.amounts.ev, c), align: 'right' },
          { header: 'AC', value: (t) => money(t.amounts.ac, c), align: 'right' },
          { header: 'CV', value: (t) => money(t.indices.cv, c), align: 'right' },
          { header: 'CPI', value: (t) => ratio(t.indices.cpi), align: 'right' },
          { header: 'SPI', value: (t) => ratio(t.indices.spi), align: 'right' },
          { header: 'EAC', value: (t) => money(t.indices.eac, c), align: 'right' },
          { header: 'VAC', value: (t) => money(t.indices.vac, c), align: 'right' },
          { header: 'TCPI', value: (t) => ratio(t.indices.tcpiToBac), align: 'right' },
          { header: 'Mgr ETC', value: (t) => money(t.amounts.etcBottomUp, c), align: 'right' },
        ],
        r.tasks,
        terminalWidth(),
      ),
    );
  }
  if (r.unpricedMinutes > 0) lines.push('', `${num(r.unpricedMinutes / 60)} approved hours are left out of AC: their people have no cost rate on those days (orrery has them under Settings → Rates).`);
  return lines;
}

export function evmCommands(program: Command): void {
  withDatabaseOptions(
    program
      .command('evm [code]')
      .description('earned value of a project (PV, EV, AC, CPI, SPI, EAC, earned schedule, its tasks), or without a code the roll-up of every project')
      .option('--status-date <date>', 'as of the end of this day, YYYY-MM-DD (default: a project’s schedule status date, else today; the roll-up: today)')
      .addOption(new Option('--period <unit>', 'periods of earned schedule').choices(['day', 'week', 'month']).default('week'))
      .addOption(new Option('--eac <method>', 'which estimate at completion').choices([...EAC_METHODS]).default('cpi'))
      .option('--portfolio <code>', 'roll-up: only this portfolio, e.g. PFL-001')
      .option('--program <code>', 'roll-up: only this program, e.g. PGM-001')
      .addOption(new Option('--format <format>', 'output').choices(['table', 'json']).default('table'))
      .addHelpText('after', '\nExamples:\n  orrery evm PRJ-001 --status-date 2027-03-31\n  orrery evm PRJ-001 --period day --format json\n  orrery evm --portfolio PFL-001'),
  ).action(async (code: string | undefined, options: Options) => {
    const runtime = await openRuntime(options);
    try {
      if (code) {
        const project = await projectByCode(runtime, code);
        const query = EvmQuery.parse({ statusDate: options.statusDate, period: options.period, eac: options.eac });
        const result = await getProjectEvm(runtime.system, project.id, query, await loadBaseCurrency(runtime.system.db));
        console.log(options.format === 'json' ? JSON.stringify(result, null, 2) : projectLines(result).join('\n'));
        return;
      }
      const portfolio = options.portfolio ? await registerItemByCode(runtime, 'portfolios', options.portfolio) : undefined;
      const prog = options.program ? await registerItemByCode(runtime, 'programs', options.program) : undefined;
      const result = await getPortfolioEvm(runtime.system, PortfolioEvmQuery.parse({ statusDate: options.statusDate, eac: options.eac, portfolioId: portfolio?.id, programId: prog?.id }));
      if (options.format === 'json') return void console.log(JSON.stringify(result, null, 2));
      const base = result.baseCurrency;
      const t = result.total;
      console.log(`Earned value as of ${result.statusDate}, in ${base}: BAC ${money(t.amounts.bac, base)}  PV ${money(t.amounts.pv, base)}  EV ${money(t.amounts.ev, base)}  AC ${money(t.amounts.ac, base)}  CPI ${ratio(t.indices.cpi)}  SPI ${ratio(t.indices.spi)}  EAC ${money(t.indices.eac, base)}\n`);
      type Line = (typeof result.projects)[number];
      const rows = renderTable<Line>(
        [
          { header: 'Project', value: (p) => p.projectCode },
          { header: 'Name', value: (p) => p.projectName, flex: true, min: 10 },
          { header: 'Cur', value: (p) => p.currency },
          { header: 'BAC', value: (p) => money(p.amounts.bac, p.currency), align: 'right' },
          { header: 'EV', value: (p) => money(p.amounts.ev, p.currency), align: 'right' },
          { header: 'AC', value: (p) => money(p.amounts.ac, p.currency), align: 'right' },
          { header: 'CPI', value: (p) => ratio(p.indices.cpi), align: 'right' },
          { header: 'SPI', value: (p) => ratio(p.indices.spi), align: 'right' },
          { header: 'EAC', value: (p) => money(p.indices.eac, p.currency), align: 'right' },
        ],
        result.projects,
        terminalWidth(),
      );
      console.log(rows.join('\n'));
      for (const n of result.notConverted) console.log(`\nLeft out of the total: ${n.projectCode} (${n.currency}). ${n.reason}`);
    } finally {
      await runtime.database.close();
    }
  });
}
