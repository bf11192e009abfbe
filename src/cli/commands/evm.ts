// `orrery evm CODE [--status-date D]`: a project's earned value in the terminal — what a PMO
// analyst or a scheduled script asks before the steering meeting: PV, EV, AC, the indices, the
// estimates at completion, the bottom-up ETC and where it comes from (the manager's estimate for the
// project, or the tasks'), earned schedule, then the tasks; `--format json` for scripts. Without a
// status date it is the schedule's (where progress is recorded), else today, and says which.
// `orrery evm --portfolio CODE` (or `--program CODE`, or no code) gives the roll-up in the base
// currency: the total, each portfolio and program, each project, and whether each is on budget.
// The terminal text is drawn in evm-lines.ts.
import { Option, type Command } from 'commander';
import { EAC_METHODS, EvmQuery, PortfolioEvmQuery } from '../../contracts/evm.schema.ts';
import { getPortfolioEvm } from '../../app/evm/portfolio-evm.ts';
import { getProjectEvm } from '../../app/evm/project-evm.ts';
import { loadBaseCurrency } from '../../app/rates/exchange-rates.ts';
import { projectByCode, registerItemByCode } from '../lookups.ts';
import { openRuntime, withDatabaseOptions, type CommonOptions } from '../runtime.ts';
import { terminalWidth } from '../text-table.ts';
import { projectLines, rollUpLines } from './evm-lines.ts';

interface Options extends CommonOptions {
  statusDate?: string;
  period?: 'day' | 'week' | 'month';
  eac?: (typeof EAC_METHODS)[number];
  portfolio?: string;
  program?: string;
  format: 'table' | 'json';
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
        console.log(options.format === 'json' ? JSON.stringify(result, null, 2) : projectLines(result, terminalWidth()).join('\n'));
        return;
      }
      const portfolio = options.portfolio ? await registerItemByCode(runtime, 'portfolios', options.portfolio) : undefined;
      const prog = options.program ? await registerItemByCode(runtime, 'programs', options.program) : undefined;
      const result = await getPortfolioEvm(runtime.system, PortfolioEvmQuery.parse({ statusDate: options.statusDate, eac: options.eac, portfolioId: portfolio?.id, programId: prog?.id }));
      if (options.format === 'json') return void console.log(JSON.stringify(result, null, 2));
      console.log(rollUpLines(result, terminalWidth()).join('\n'));
    } finally {
      await runtime.database.close();
    }
  });
}
