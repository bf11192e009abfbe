// The optimal selection of a portfolio: candidates from a source (the portfolio's projects; a
// scenario later), the budget per year and the settings' exclusive groups and prerequisites turned
// into the core's SelectionModel (candidates named by project code, so every message and LP row
// reads in the PMO's terms), solved by HiGHS through src/io/highs, beside the greedy ranking's
// selection, with why each project is out (what it would break, and the value lost by forcing it
// in) and the efficient frontier. Reading only: nothing is stored or audited.
import type { Optimisation, OptimiseBody } from '../../contracts/selection.schema.ts';
import { minorDigits } from '../../core/finance/currency.ts';
import { efficientFrontier } from '../../core/selection/efficient-frontier.ts';
import { blockingReasons, priceOfInclusion } from '../../core/selection/exclusion-reasons.ts';
import { greedySelection } from '../../core/selection/greedy-selection.ts';
import { solveSelection } from '../../core/selection/optimal-selection.ts';
import { selectionProblem } from '../../core/selection/selection-problem.ts';
import type { ChosenCandidate, ConstraintBreach, SelectionModel } from '../../core/selection/selection-types.ts';
import { startsOf } from '../../core/selection/selection-usage.ts';
import { loadMipSolver } from '../../io/highs/highs-solver.ts';
import type { AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { canReadAllProjects } from '../access/policy.ts';
import { todayOf } from '../raid/raid-log.ts';
import { loadBaseCurrency } from '../rates/exchange-rates.ts';
import { horizonOf, horizonYears, quarterLabel, type Horizon } from './horizon.ts';
import { portfolioCandidates, type CandidateSet, type CandidateSource } from './selection-candidates.ts';
import { scenarioCandidates } from '../scenarios/scenario-candidates.ts';
import { loadSelectionSettings } from './selection-settings.ts';

/** At most this many excluded projects are priced (one solve each). */
const MAX_PRICED = 40;

/** Minor units as the currency's amount with its code: 8040000 → "80,400 EUR". */
const moneyText = (minor: number, currency: string): string =>
  `${(minor / 10 ** minorDigits(currency)).toLocaleString('en', { maximumFractionDigits: minorDigits(currency) })} ${currency}`;

/** The core's budget sentences in minor units, in the currency's units. */
const moneyTerms = (currency: string, text: string): string =>
  text
    .replace(/(Year \d+ has )(\d+)( left; "[^"]+" needs )(\d+)/g, (_, a: string, left: string, b: string, needs: string) => `${a}${moneyText(Number(left), currency)}${b}${moneyText(Number(needs), currency)}`)
    .replace(/(budget of year \d+ \()(\d+)(\) would need )(\d+)/g, (_, a: string, limit: string, b: string, more: string) => `${a}${moneyText(Number(limit), currency)}${b}${moneyText(Number(more), currency)}`);

/** The core counts years and quarters from the horizon's start; the PMO reads 2027 and 2027-Q3. */
const inCalendarTerms = (h: Horizon, text: string, currency = ''): string =>
  (currency ? moneyTerms(currency, text) : text).replace(/\b([Yy])ear (\d+)\b/g, (_, y: string, n: string) => `${y}ear ${h.firstYear + Number(n)}`).replace(/\bquarter (\d+)\b/g, (_, q: string) => quarterLabel(h, Number(q)));

const breachOf = (h: Horizon, currency: string) => (b: ConstraintBreach) => ({ kind: b.constraint.kind, row: b.row, message: inCalendarTerms(h, b.message, currency), over: b.over ?? null });

function budgetOf(body: OptimiseBody, saved: ReadonlyArray<number>, years: ReadonlyArray<number>): number[] {
  if (body.budgetPerYear !== undefined) {
    if (body.budgetPerYear.length !== years.length) {
      throw new AppError('validation_failed', `The horizon spans the budget years ${years.join(', ')}: give budgetPerYear ${years.length} amount(s), not ${body.budgetPerYear.length}.`, { errors: [{ path: 'budgetPerYear', message: `${years.length} amounts` }] });
    }
    return body.budgetPerYear;
  }
  if (body.budget !== undefined) return years.map(() => body.budget!);
  if (saved.length === years.length) return [...saved];
  throw new AppError('validation_failed', `Give a budget: budget (the same each year) or budgetPerYear for ${years.join(', ')}, or save one in the portfolio’s selection settings.`, { errors: [{ path: 'budget', message: 'required' }] });
}

/** The core's model of a candidate set under a budget and the settings' logic, with what was dropped. */
function selectionModel(set: CandidateSet, settings: Awaited<ReturnType<typeof loadSelectionSettings>>, budget: number[], quarters: number, firstQuarterOfYear: number, warnings: string[]): SelectionModel {
  const codeOf = new Map(set.candidates.map((c) => [c.projectId, c.code]));
  const demanded = new Set(set.candidates.flatMap((c) => c.demand.map((d) => d.role)));
  for (const role of demanded) if (!set.capacity.has(role)) warnings.push(`Role "${role}" has no one in the resource pool: it has no capacity, so projects needing it cannot be chosen.`);
  const exclusiveGroups = settings.exclusiveGroups.map((g) => ({ id: g.key, members: g.projectIds.flatMap((id) => (codeOf.has(id) ? [codeOf.get(id)!] : [])) })).filter((g) => g.members.length >= 2);
  const prerequisites = settings.prerequisites.flatMap((p) => {
    const [a, b] = [codeOf.get(p.projectId), codeOf.get(p.requiresProjectId)];
    if (a && !b) warnings.push(`${a} requires a project that is not a candidate; the prerequisite is left out.`);
    return a && b ? [{ candidate: a, requires: b, afterFinish: p.afterFinish }] : [];
  });
  return {
    quarters, firstQuarterOfYear, budgetPerYear: budget,
    capacity: [...demanded].map((role) => ({ role, perQuarter: set.capacity.get(role) ?? new Array<number>(quarters).fill(0) })),
    candidates: set.candidates.map((c) => ({ id: c.code, value: c.value, costPerQuarter: c.costPerQuarter, demand: c.demand, starts: c.starts, mandatory: c.mandatory })),
    exclusiveGroups, prerequisites,
  };
}

/**
 * Optimises a portfolio's selection. The candidates are the portfolio's projects, or those of the
 * scenario the body names as it reshapes them; `source` overrides both.
 */
export async function optimisePortfolio(ctx: AppContext, portfolioId: string, body: OptimiseBody, override?: CandidateSource): Promise<Optimisation> {
  const source = override ?? (body.scenarioId ? scenarioCandidates(body.scenarioId) : portfolioCandidates);
  // A selection weighs every project of the portfolio: those who read them all (PMO, executives) run it.
  if (!canReadAllProjects(ctx.actor)) throw forbidden('optimise a portfolio’s selection');
  const began = performance.now();
  const settings = await loadSelectionSettings(ctx.db, portfolioId);
  const h = horizonOf(settings.firstQuarter, settings.quarters, todayOf(ctx));
  const years = horizonYears(h);
  const budget = budgetOf(body, settings.budgetPerYear, years);
  const currency = await loadBaseCurrency(ctx.db);
  const modelKey = body.model ?? settings.modelKey;
  const set = await source(ctx, { portfolioId, settings, horizon: h, modelKey, includeActive: body.includeActive ?? settings.includeActive, startShift: body.startOptions ?? settings.startShiftQuarters, currency });
  const warnings: string[] = [];
  const model = selectionModel(set, settings, budget, h.quarters, h.firstQuarterOfYear, warnings);
  const checked = selectionProblem(model);
  if (!checked.ok) throw new AppError('validation_failed', `The selection cannot be set up: ${checked.message}`);
  const { problem } = checked;
  const byCode = new Map(set.candidates.map((c) => [c.code, c]));
  const rows = (chosen: ReadonlyArray<ChosenCandidate>) => chosen.map((c) => ({ projectId: byCode.get(c.id)!.projectId, code: c.id, start: quarterLabel(h, c.start) }));
  const breach = breachOf(h, currency);
  const solver = await loadMipSolver();
  const options = { timeLimitSeconds: body.timeLimitSeconds };

  const solveBegan = performance.now();
  const best = solveSelection(problem, solver, [], options);
  const solveMs = performance.now() - solveBegan;
  if (!best.ok && best.error !== 'infeasible') throw new AppError('validation_failed', best.message);
  const greedy = greedySelection(problem);

  const exclusions: Optimisation['exclusions'] = [];
  if (best.ok) {
    const reasons = blockingReasons(problem, startsOf(problem, best.chosen));
    reasons.forEach((reason, i) => {
      const candidate = byCode.get(reason.id)!;
      let price: Optimisation['exclusions'][number]['price'] = null;
      let priceMessage: string | null = null;
      if (body.explainExcluded && i < MAX_PRICED) {
        const forced = priceOfInclusion(model, solver, best, reason.id, options);
        if (forced.ok) price = { valueLost: +forced.valueLost.toFixed(4), leaves: [...forced.leaves], joins: [...forced.joins] };
        else priceMessage = inCalendarTerms(h, forced.message, currency);
      }
      exclusions.push({ projectId: candidate.projectId, code: reason.id, value: reason.value, start: quarterLabel(h, reason.start), blocking: reason.blocking.map(breach), price, priceMessage });
    });
  }

  let frontier: Optimisation['frontier'] = null;
  let frontierMessage: string | null = null;
  if (body.frontierPoints >= 2 && best.ok) {
    const curve = efficientFrontier(model, solver, { ...options, points: body.frontierPoints });
    if (curve.ok) frontier = { saturationBudget: curve.saturationBudget, points: curve.points.map((p) => ({ totalBudget: p.totalBudget, value: +p.value.toFixed(4), greedyValue: +p.greedyValue.toFixed(4), gapPct: p.gapPct, chosen: p.chosen.map((c) => c.id) })) };
    else frontierMessage = inCalendarTerms(h, curve.message, currency);
  }

  return {
    portfolioId, modelKey, currency,
    quarters: Array.from({ length: h.quarters }, (_, q) => quarterLabel(h, q)), years, budgetPerYear: budget,
    capacity: model.capacity.map((c) => ({ role: c.role, hoursPerQuarter: [...c.perQuarter] })),
    candidates: set.candidates.map((c, i) => {
      const cost = problem.candidates[i]!.cost;
      const perYear = years.map(() => 0);
      cost.forEach((amount, k) => (perYear[Math.floor((c.starts[0]! + k + h.firstQuarterOfYear) / 4)]! += amount));
      return {
        projectId: c.projectId, code: c.code, name: c.name, status: c.status, value: c.value, mandatory: c.mandatory, costPerYear: perYear, totalCost: cost.reduce((s, x) => s + x, 0),
        starts: c.starts.map((s) => quarterLabel(h, s)), demandHours: Object.fromEntries(c.demand.map((d) => [d.role, Math.round(d.perQuarter.reduce((s, x) => s + x, 0) * 10) / 10])), demandSource: c.demandSource,
      };
    }),
    leftOut: set.leftOut, warnings,
    outcome: best.ok ? best.status : 'infeasible',
    infeasible: best.ok ? null : { message: inCalendarTerms(h, best.message, currency), conflicts: best.error === 'infeasible' ? best.conflicts.map(breach) : [] },
    optimal: best.ok ? { value: +best.value.toFixed(4), gapPct: best.gapPct, ms: Math.round(solveMs), chosen: rows(best.chosen), spendPerYear: [...best.spendPerYear] } : null,
    greedy: { value: +greedy.value.toFixed(4), chosen: rows(greedy.chosen), spendPerYear: [...greedy.spendPerYear], missingMandatory: [...greedy.missingMandatory], ranking: [...greedy.ranking] },
    exclusions, frontier, frontierMessage, ms: Math.round(performance.now() - began),
  };
}
