// Earned value across the projects a reader may see (a portfolio, a program, or all), as of a
// status date: each project's figures in its own currency, and the total in the organisation's base
// currency — amounts converted at the rates of the status date and added, indices recomputed from
// the sums (never averaged). A project whose currency has no rate that day is left out of the total
// and named, not guessed. Each project's BAC, EV and daily PV come from its earned-value summary
// (kept in step with its schedule; evm-summaries.ts), so thousands of projects read one row each;
// at a status date before today, EV is each project's as recorded by then.
import type { PortfolioEvm, PortfolioEvmQuery } from '../../contracts/evm.schema.ts';
import { evmIndices } from '../../core/evm/indices.ts';
import { statusAtEndOf } from '../../core/evm/project-evm.ts';
import type { EvmAmounts } from '../../core/evm/evm-types.ts';
import { rollUp } from '../../core/evm/rollup.ts';
import type { AppContext } from '../context.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { todayOf } from '../raid/raid-log.ts';
import { currencyConverter, MissingExchangeRate } from '../rates/exchange-rates.ts';
import { actualCosts, actualCostTotal } from './actual-costs.ts';
import { loadEvmSummaries, loadRecordedEv, plannedValueAt } from './evm-summaries.ts';
import { apiIndices, rollUpCurrency } from './project-evm.ts';

/** Projects measured: those under way, paused or done (proposed ones have no plan to earn against yet). */
const MEASURED = ['active', 'on_hold', 'completed'];

export async function getPortfolioEvm(ctx: AppContext, query: PortfolioEvmQuery): Promise<PortfolioEvm> {
  const statusDate = query.statusDate ?? todayOf(ctx);
  const fx = await currencyConverter(ctx.db);
  let scope = visibleProjects(ctx, {}).where('p.status', 'in', MEASURED);
  if (query.portfolioId) scope = scope.where('p.portfolioId', '=', query.portfolioId);
  if (query.programId) scope = scope.where('p.programId', '=', query.programId);
  const rows = await scope.select(['p.id', 'p.code', 'p.name', 'p.portfolioId', 'p.programId', 'p.budgetCurrency']).orderBy('p.code').execute();
  const projects = rows.map((r) => ({ ...r, currency: rollUpCurrency(r, fx.baseCurrency) }));
  const past = statusDate < todayOf(ctx);
  const [summaries, actualsOf, recorded] = await Promise.all([loadEvmSummaries(ctx.db, projects), actualCosts(ctx.db, projects, statusDate, 'total'), past ? loadRecordedEv(ctx.db, projects, statusDate) : null]);
  const at = statusAtEndOf(statusDate);
  const inBase: EvmAmounts[] = [];
  const notConverted: PortfolioEvm['notConverted'] = [];
  const lines = projects.map((p) => {
    const summary = summaries.get(p.id)!;
    const spent = actualsOf.get(p.id)!;
    const ac = actualCostTotal(spent);
    const amounts: EvmAmounts = { currency: p.currency, bac: summary.bac, pv: plannedValueAt(summary, at), ev: recorded ? (recorded.get(p.id) ?? 0) : summary.ev, ac, etcBottomUp: summary.etcBottomUp };
    const lost = spent.notConverted;
    if (lost) notConverted.push({ projectCode: p.code, currency: lost.currency, reason: `Its actual cost cannot be converted to ${p.currency}: ${lost.reason}` });
    else try {
      const convert = (minor: number) => fx.convert(minor, p.currency, fx.baseCurrency, statusDate);
      inBase.push({ currency: fx.baseCurrency, bac: convert(amounts.bac), pv: convert(amounts.pv), ev: convert(amounts.ev), ac: convert(amounts.ac), etcBottomUp: amounts.etcBottomUp === null ? null : convert(amounts.etcBottomUp) });
    } catch (error) {
      if (!(error instanceof MissingExchangeRate)) throw error;
      notConverted.push({ projectCode: p.code, currency: p.currency, reason: error.message });
    }
    return {
      projectId: p.id,
      projectCode: p.code,
      projectName: p.name,
      portfolioId: p.portfolioId,
      programId: p.programId,
      currency: p.currency,
      amounts: { bac: amounts.bac, pv: amounts.pv, ev: amounts.ev, ac: amounts.ac, etcBottomUp: amounts.etcBottomUp },
      indices: apiIndices(evmIndices(amounts, query.eac)),
      notAssessed: lost ? `The actual cost of ${p.code} cannot be converted to ${p.currency}: ${lost.reason}` : summary.notAssessed,
      unpricedMinutes: actualsOf.get(p.id)?.unpricedMinutes ?? 0,
    };
  });
  const total = rollUp(fx.baseCurrency, inBase, query.eac);
  if (!total.ok) throw new Error(total.message); // every part is in the base currency by construction
  const { currency: _c, ...amounts } = total.amounts;
  return { statusDate, baseCurrency: fx.baseCurrency, total: { amounts, indices: apiIndices(total.indices) }, projects: lines, notConverted };
}
