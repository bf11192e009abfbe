// The portfolio roll-up's subtotals: the projects (already in the base currency) added up per
// program — with one group per portfolio for its projects in no program — per portfolio, and in
// total. Each group's indices come from its summed amounts, its earned schedule from its projects'
// daily PV curves summed day by day, and its budget standing from its projects' budgets and
// forecasts (core/finance/budget-standing.ts). Projects left out for want of an exchange rate are
// named in their groups.
import type { PortfolioEvm } from '../../contracts/evm.schema.ts';
import { dailyEarnedSchedule, sumDailyCurves, type DailyCurve } from '../../core/evm/curve-rollup.ts';
import type { EacMethod, EvmAmounts } from '../../core/evm/evm-types.ts';
import { rollUp } from '../../core/evm/rollup.ts';
import { groupStanding, type BudgetFigures } from '../../core/finance/budget-standing.ts';
import type { Db } from '../../db/database.ts';
import { apiIndices, dateBefore } from './project-evm.ts';

/** A project of the roll-up; `inBase` is absent when it could not be converted to the base currency. */
export interface RolledProject {
  readonly code: string;
  readonly portfolioId: string;
  readonly programId: string | null;
  readonly inBase?: { readonly amounts: EvmAmounts; readonly curve: DailyCurve; readonly budget: BudgetFigures };
}

type Group = PortfolioEvm['programs'][number];
type Figures = PortfolioEvm['total'];

/** The sums of projects in the base currency: amounts with their indices, earned schedule and budget standing. */
export function groupFigures(projects: ReadonlyArray<RolledProject>, baseCurrency: string, eac: EacMethod, statusInstant: number): Figures {
  const parts = projects.flatMap((p) => (p.inBase ? [{ code: p.code, ...p.inBase }] : []));
  const total = rollUp(baseCurrency, parts.map((p) => p.amounts), eac);
  if (!total.ok) throw new Error(total.message); // every part is in the base currency by construction
  const { currency: _c, ...amounts } = total.amounts;
  const es = dailyEarnedSchedule(sumDailyCurves(parts.map((p) => p.curve)), amounts.ev, statusInstant);
  const schedule = es && { period: es.period, pd: es.pd, at: es.at, es: es.es, svT: es.svT, spiT: es.spiT, ieacT: es.ieacT, tspi: es.tspi, forecastFinish: es.ieacT === null ? null : dateBefore(es.origin + es.ieacT * 1440) };
  return { amounts, indices: apiIndices(total.indices), schedule, budget: groupStanding(parts.map((p) => ({ code: p.code, figures: p.budget }))) };
}

function groupsBy(projects: ReadonlyArray<RolledProject>, keyOf: (p: RolledProject) => string): Map<string, RolledProject[]> {
  const groups = new Map<string, RolledProject[]>();
  for (const p of projects) groups.set(keyOf(p), [...(groups.get(keyOf(p)) ?? []), p]);
  return groups;
}

/** The per-portfolio and per-program subtotals, with their register names (two small queries). */
export async function portfolioGroups(db: Db, projects: ReadonlyArray<RolledProject>, baseCurrency: string, eac: EacMethod, statusInstant: number): Promise<Pick<PortfolioEvm, 'portfolios' | 'programs'>> {
  if (projects.length === 0) return { portfolios: [], programs: [] };
  const portfolioIds = [...new Set(projects.map((p) => p.portfolioId))];
  const programIds = [...new Set(projects.flatMap((p) => (p.programId ? [p.programId] : [])))];
  const [portfolios, programs] = await Promise.all([
    db.selectFrom('portfolios').select(['id', 'code', 'name']).where('id', 'in', portfolioIds).execute(),
    programIds.length === 0 ? [] : db.selectFrom('programs').select(['id', 'code', 'name']).where('id', 'in', programIds).execute(),
  ]);
  const portfolioOf = new Map(portfolios.map((p) => [p.id, p]));
  const programOf = new Map(programs.map((p) => [p.id, p]));
  const group = (level: Group['level'], id: string | null, named: { code: string; name: string } | undefined, portfolioId: string, members: RolledProject[]): Group => ({
    level,
    id,
    code: named?.code ?? null,
    name: named?.name ?? 'No program',
    portfolioId,
    projectCodes: members.map((m) => m.code),
    notConverted: members.filter((m) => !m.inBase).map((m) => m.code),
    ...groupFigures(members, baseCurrency, eac, statusInstant),
  });
  const codeOf = (portfolioId: string) => portfolioOf.get(portfolioId)?.code ?? '';
  const byPortfolio = [...groupsBy(projects, (p) => p.portfolioId)].sort(([a], [b]) => codeOf(a).localeCompare(codeOf(b)));
  return {
    portfolios: byPortfolio.map(([id, members]) => group('portfolio', id, portfolioOf.get(id), id, members)),
    programs: byPortfolio.flatMap(([portfolioId, members]) =>
      [...groupsBy(members, (p) => p.programId ?? '')]
        .map(([programId, inProgram]) => ({ programId, inProgram, code: programOf.get(programId)?.code }))
        // Programs by code, the projects in no program after them.
        .sort((a, b) => (a.programId === '' ? 1 : 0) - (b.programId === '' ? 1 : 0) || (a.code ?? '').localeCompare(b.code ?? ''))
        .map(({ programId, inProgram }) => group('program', programId || null, programId ? programOf.get(programId) : undefined, portfolioId, inProgram)),
    ),
  };
}
