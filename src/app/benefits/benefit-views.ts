// The benefits of a project, and a portfolio's benefits planned against realised: per project and
// in total, money benefits converted to the base currency at today's rates (those without a rate
// are named, not guessed), and the measurements overdue. A portfolio shows the projects the
// reader may see, closed and archived ones included: benefits are mostly realised after closure.
import type { PortfolioBenefits, ProjectBenefits } from '../../contracts/benefit.schema.ts';
import { improvementOf, plannedImprovement } from '../../core/benefits/benefit-realisation.ts';
import { latestMeasurement } from '../../core/benefits/benefit-status.ts';
import { benefitRollup, type RollupBenefit } from '../../core/benefits/benefit-rollup.ts';
import type { Benefit } from '../../contracts/benefit.schema.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { todayOf } from '../raid/raid-log.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { currencyConverter, MissingExchangeRate, type CurrencyConverter } from '../rates/exchange-rates.ts';
import { benefitAccess, benefitApi, loadMeasurements, mayAdd, mayKeep, measureOf, ownerNames, type BenefitRow } from './benefit-store.ts';
import type { Db } from '../../db/database.ts';
import { accessFacts } from '../projects/project-store.ts';
import { canKeepBenefit, isClosedProject } from '../access/policy.ts';

/** A benefit for the roll-up, its money in the converter's base currency; null money when no rate converts it. */
function forRollup(b: Benefit, converter: CurrencyConverter, today: string): { rollup: RollupBenefit; unconverted: boolean } {
  const base = { projectId: b.projectId, status: b.status, overdueMeasurements: b.overdueMeasurements.length };
  if (b.category !== 'financial' || b.currency === null) return { rollup: { ...base, money: null }, unconverted: false };
  const latest = latestMeasurement(b.measurements.map((m) => ({ on: m.measuredOn, value: m.value })));
  const planned = plannedImprovement(b);
  const realised = latest ? improvementOf(b, latest.value) : 0;
  try {
    const money = { plannedMinor: converter.convert(planned, b.currency, converter.baseCurrency, today), realisedMinor: converter.convert(realised, b.currency, converter.baseCurrency, today) };
    return { rollup: { ...base, money }, unconverted: false };
  } catch (error) {
    if (error instanceof MissingExchangeRate) return { rollup: { ...base, money: null }, unconverted: true };
    throw error;
  }
}

/**
 * Each project's planned money benefits (target − baseline, the better way) in the converter's
 * base currency on `day`; money benefits without a rate are left out (and named in `unconverted`).
 */
export async function plannedBenefitMoney(db: Db, projectIds: readonly string[], converter: CurrencyConverter, day: string): Promise<{ byProject: Map<string, number>; unconverted: string[] }> {
  const byProject = new Map<string, number>();
  const unconverted: string[] = [];
  if (projectIds.length === 0) return { byProject, unconverted };
  const rows = await db.selectFrom('benefits').selectAll().where('projectId', 'in', [...projectIds]).where('category', '=', 'financial').orderBy('code').execute();
  for (const r of rows) {
    try {
      const minor = converter.convert(plannedImprovement(measureOf(r)), r.currency!, converter.baseCurrency, day);
      byProject.set(r.projectId, (byProject.get(r.projectId) ?? 0) + minor);
    } catch (error) {
      if (!(error instanceof MissingExchangeRate)) throw error;
      unconverted.push(r.code);
    }
  }
  return { byProject, unconverted };
}

export async function projectBenefits(ctx: AppContext, projectId: string): Promise<ProjectBenefits> {
  const access = await benefitAccess(ctx, ctx.db, projectId);
  const today = todayOf(ctx);
  const rows = await ctx.db.selectFrom('benefits').selectAll().where('projectId', '=', projectId).orderBy('code').execute();
  const [measurements, owners, converter] = await Promise.all([loadMeasurements(ctx.db, rows.map((r) => r.id)), ownerNames(ctx.db, rows), currencyConverter(ctx.db)]);
  const items = rows.map((r) => benefitApi(r, access.project, measurements.get(r.id)!, owners.get(r.ownerId ?? '') ?? null, today, mayKeep(ctx, access, r)));
  const converted = items.map((b) => forRollup(b, converter, today));
  return {
    projectId,
    projectCode: access.project.code,
    currency: converter.baseCurrency,
    totals: benefitRollup(converted.map((c) => c.rollup)).total,
    unconverted: items.filter((_, i) => converted[i]!.unconverted).map((b) => b.code),
    canAdd: mayAdd(ctx, access),
    items,
  };
}

export async function portfolioBenefits(ctx: AppContext, portfolioId: string): Promise<PortfolioBenefits> {
  const portfolio = await ctx.db.selectFrom('portfolios').select(['id', 'code']).where('id', '=', portfolioId).executeTakeFirst();
  if (!portfolio) throw notFound('Portfolio', portfolioId);
  const today = todayOf(ctx);
  const projects = await visibleProjects(ctx, { includeArchived: true }).selectAll('p').where('p.portfolioId', '=', portfolioId).orderBy('p.code').execute();
  const rows: BenefitRow[] = projects.length ? await ctx.db.selectFrom('benefits').selectAll().where('projectId', 'in', projects.map((p) => p.id)).orderBy('code').execute() : [];
  const [measurements, owners, converter] = await Promise.all([loadMeasurements(ctx.db, rows.map((r) => r.id)), ownerNames(ctx.db, rows), currencyConverter(ctx.db)]);
  const byId = new Map(projects.map((p) => [p.id, p]));
  const facts = new Map<string, Awaited<ReturnType<typeof accessFacts>>>();
  for (const id of new Set(rows.map((r) => r.projectId))) facts.set(id, await accessFacts(ctx.db, ctx.actor, byId.get(id)!));
  const items: Benefit[] = [];
  for (const r of rows) {
    const project = byId.get(r.projectId)!;
    const editable = canKeepBenefit(ctx.actor, facts.get(project.id)!, isClosedProject(project), r);
    items.push(benefitApi(r, project, measurements.get(r.id)!, owners.get(r.ownerId ?? '') ?? null, today, editable));
  }
  const converted = items.map((b) => forRollup(b, converter, today));
  const rollup = benefitRollup(converted.map((c) => c.rollup));
  return {
    portfolioId,
    portfolioCode: portfolio.code,
    currency: converter.baseCurrency,
    asOf: today,
    total: rollup.total,
    projects: projects.filter((p) => rollup.perProject.has(p.id)).map((p) => ({ projectId: p.id, projectCode: p.code, projectName: p.name, projectStatus: p.status, totals: rollup.perProject.get(p.id)! })),
    overdue: items
      .filter((b) => b.overdueMeasurements.length > 0)
      .map((b) => ({ benefitId: b.id, code: b.code, title: b.title, projectCode: b.projectCode, ownerName: b.ownerName, dates: b.overdueMeasurements }))
      .sort((a, b) => (a.dates[0]! < b.dates[0]! ? -1 : a.dates[0]! > b.dates[0]! ? 1 : 0)),
    unconverted: items.filter((_, i) => converted[i]!.unconverted).map((b) => b.code),
  };
}
