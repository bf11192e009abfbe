// Earned value and money across the projects a reader may see (a portfolio, a program, or all), as
// of a status date: each project's figures in its own currency with its standing against its
// budget, subtotals per program and per portfolio, and the total in the organisation's base
// currency — amounts, budgets and commitments converted at the rates of the status date and added,
// indices recomputed from the sums (never averaged), earned schedule from the summed daily PV
// curves (portfolio-groups.ts). A project with money that has no rate is left out of the sums and
// named, not guessed. Each project's BAC, EV and daily PV come from its earned-value summary (kept
// in step with its schedule; evm-summaries.ts), so thousands of projects read one row each; at a
// status date before today, EV is each project's as recorded by then. Budgets are the approved
// budget revisions (portfolio-budgets.ts), the register's budget standing in before any.
import type { PortfolioEvm, PortfolioEvmQuery } from '../../contracts/evm.schema.ts';
import { evmIndices } from '../../core/evm/indices.ts';
import { statusAtEndOf } from '../../core/evm/project-evm.ts';
import type { EvmAmounts } from '../../core/evm/evm-types.ts';
import { budgetStanding, type BudgetFigures } from '../../core/finance/budget-standing.ts';
import type { AppContext } from '../context.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { todayOf } from '../raid/raid-log.ts';
import { currencyConverter, MissingExchangeRate } from '../rates/exchange-rates.ts';
import { actualCosts, actualCostTotal } from './actual-costs.ts';
import { loadEvmSummaries, loadRecordedEv, plannedValueAt } from './evm-summaries.ts';
import { loadBudgetFigures } from './portfolio-budgets.ts';
import { groupFigures, portfolioGroups, type RolledProject } from './portfolio-groups.ts';
import { apiIndices, rollUpCurrency } from './project-evm.ts';

/** Projects measured: those under way, paused or done (proposed ones have no plan to earn against yet). */
const MEASURED = ['active', 'on_hold', 'completed'];

const NO_BUDGET: BudgetFigures = { approvedMinor: null, currentMinor: null, budgetMinor: null, forecastMinor: null, committedMinor: 0 };
const mapNull = (v: number | null, f: (v: number) => number): number | null => (v === null ? null : f(v));

export async function getPortfolioEvm(ctx: AppContext, query: PortfolioEvmQuery): Promise<PortfolioEvm> {
  const statusDate = query.statusDate ?? todayOf(ctx);
  const fx = await currencyConverter(ctx.db);
  let scope = visibleProjects(ctx, {}).where('p.status', 'in', MEASURED);
  if (query.portfolioId) scope = scope.where('p.portfolioId', '=', query.portfolioId);
  if (query.programId) scope = scope.where('p.programId', '=', query.programId);
  const rows = await scope.select(['p.id', 'p.code', 'p.name', 'p.portfolioId', 'p.programId', 'p.budgetCurrency', 'p.budgetAmountMinor']).orderBy('p.code').execute();
  const projects = rows.map((r) => ({ ...r, currency: rollUpCurrency(r, fx.baseCurrency) }));
  const past = statusDate < todayOf(ctx);
  const ids = projects.map((p) => p.id);
  const [summaries, actualsOf, recorded, budgets] = await Promise.all([
    loadEvmSummaries(ctx.db, projects),
    actualCosts(ctx.db, projects, statusDate, 'total'),
    past ? loadRecordedEv(ctx.db, projects, statusDate) : null,
    loadBudgetFigures(ctx.db, ids),
  ]);
  const at = statusAtEndOf(statusDate);
  const rolled: RolledProject[] = [];
  const notConverted: PortfolioEvm['notConverted'] = [];
  const lines = projects.map((p) => {
    const summary = summaries.get(p.id)!;
    const spent = actualsOf.get(p.id)!;
    const lost = spent.notConverted;
    const amounts: EvmAmounts = { currency: p.currency, bac: summary.bac, pv: plannedValueAt(summary, at), ev: recorded ? (recorded.get(p.id) ?? 0) : summary.ev, ac: actualCostTotal(spent), etcBottomUp: summary.etcBottomUp };
    const indices = evmIndices(amounts, query.eac);
    const convert = (minor: number, from: string, to: string) => fx.convert(minor, from, to, statusDate);
    let budget = NO_BUDGET;
    let missing = lost && { currency: lost.currency, reason: `Its actual cost cannot be converted to ${p.currency}: ${lost.reason}` };
    try {
      const b = budgets.get(p.id)!;
      const inProject = (minor: number | null) => mapNull(minor, (m) => convert(m, b.budgetCurrency ?? p.currency, p.currency));
      const current = inProject(b.currentMinor);
      const register = p.budgetAmountMinor === null || p.budgetCurrency === null ? null : Number(p.budgetAmountMinor);
      const committed = [...b.committed].reduce((sum, [currency, minor]) => sum + convert(minor, currency, p.currency), 0);
      budget = { approvedMinor: inProject(b.approvedMinor), currentMinor: current, budgetMinor: current !== null && current > 0 ? current : register, forecastMinor: lost ? null : indices.eac, committedMinor: committed };
      if (!lost) {
        const toBase = (minor: number) => convert(minor, p.currency, fx.baseCurrency);
        const base = (minor: number | null) => mapNull(minor, toBase);
        rolled.push({
          code: p.code,
          portfolioId: p.portfolioId,
          programId: p.programId,
          inBase: {
            amounts: { currency: fx.baseCurrency, bac: toBase(amounts.bac), pv: toBase(amounts.pv), ev: toBase(amounts.ev), ac: toBase(amounts.ac), etcBottomUp: base(amounts.etcBottomUp) },
            curve: { origin: summary.origin, pvCurve: p.currency === fx.baseCurrency ? summary.pvCurve : summary.pvCurve.map(toBase) },
            budget: { approvedMinor: base(budget.approvedMinor), currentMinor: base(budget.currentMinor), budgetMinor: base(budget.budgetMinor), forecastMinor: base(budget.forecastMinor), committedMinor: toBase(budget.committedMinor) },
          },
        });
      }
    } catch (error) {
      if (!(error instanceof MissingExchangeRate)) throw error;
      missing ??= { currency: error.currency, reason: error.message };
    }
    if (missing) {
      notConverted.push({ projectCode: p.code, ...missing });
      rolled.push({ code: p.code, portfolioId: p.portfolioId, programId: p.programId });
    }
    return {
      projectId: p.id,
      projectCode: p.code,
      projectName: p.name,
      portfolioId: p.portfolioId,
      programId: p.programId,
      currency: p.currency,
      amounts: { bac: amounts.bac, pv: amounts.pv, ev: amounts.ev, ac: amounts.ac, etcBottomUp: amounts.etcBottomUp },
      indices: apiIndices(indices),
      budget: budgetStanding(budget),
      notAssessed: lost ? `The actual cost of ${p.code} cannot be converted to ${p.currency}: ${lost.reason}` : summary.notAssessed,
      unpricedMinutes: spent.unpricedMinutes,
    };
  });
  const groups = await portfolioGroups(ctx.db, rolled, fx.baseCurrency, query.eac, at);
  return { statusDate, baseCurrency: fx.baseCurrency, total: groupFigures(rolled, fx.baseCurrency, query.eac, at), ...groups, projects: lines, notConverted };
}
