// What scenarios are made of, read from the register: the portfolio's projects as the comparison
// sees them (live: approved and not cancelled or archived; candidates: proposed), each with its
// budget and value in the base currency at today's rates and the objectives it serves; a
// scenario's row and its changes; and the API view of a scenario.
import type { Selectable } from 'kysely';
import type { Scenario, ScenarioProject } from '../../contracts/scenario.schema.ts';
import { applyScenario } from '../../core/scenarios/apply-scenario.ts';
import type { PlanProject, ProjectChange, ShiftUnit } from '../../core/scenarios/scenario-types.ts';
import type { Db } from '../../db/database.ts';
import type { ScenarioProjectsTable, ScenariosTable } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';
import { canReadScenarios } from '../access/policy.ts';
import { plannedBenefitMoney } from '../benefits/benefit-views.ts';
import { todayOf } from '../raid/raid-log.ts';
import { currencyConverter, MissingExchangeRate } from '../rates/exchange-rates.ts';

export type ScenarioRow = Selectable<ScenariosTable>;
type ChangeRow = Selectable<ScenarioProjectsTable>;

/** The portfolio's plan: its projects for the comparison, money in the base currency. */
export interface PortfolioPlan {
  readonly portfolio: { readonly id: string; readonly code: string };
  readonly currency: string;
  readonly projects: readonly (PlanProject & { readonly status: string })[];
  /** Money benefits left out of the value for want of an exchange rate. */
  readonly unconverted: readonly string[];
}

export function requireScenarioReader(ctx: AppContext): void {
  if (!canReadScenarios(ctx.actor)) throw forbidden('read scenarios (the PMO plans them; executives read them)');
}

export async function loadPortfolio(db: Db, portfolioId: string): Promise<{ id: string; code: string }> {
  const portfolio = await db.selectFrom('portfolios').select(['id', 'code']).where('id', '=', portfolioId).executeTakeFirst();
  if (!portfolio) throw notFound('Portfolio', portfolioId);
  return portfolio;
}

export async function loadPortfolioPlan(ctx: AppContext, db: Db, portfolioId: string): Promise<PortfolioPlan> {
  const portfolio = await loadPortfolio(db, portfolioId);
  const today = todayOf(ctx);
  const rows = await db
    .selectFrom('projects')
    .select(['id', 'code', 'name', 'status', 'plannedStart', 'plannedFinish', 'budgetAmountMinor', 'budgetCurrency'])
    .where('portfolioId', '=', portfolioId)
    .where('archivedAt', 'is', null)
    .where('status', '!=', 'cancelled')
    .orderBy('code')
    .execute();
  const ids = rows.map((r) => r.id);
  const converter = await currencyConverter(db);
  const [value, links] = await Promise.all([
    plannedBenefitMoney(db, ids, converter, today),
    ids.length ? db.selectFrom('projectObjectives').selectAll().where('projectId', 'in', ids).execute() : Promise.resolve([]),
  ]);
  const cost = (r: (typeof rows)[number]): number | null => {
    if (r.budgetAmountMinor === null || r.budgetCurrency === null) return null;
    try {
      return converter.convert(Number(r.budgetAmountMinor), r.budgetCurrency, converter.baseCurrency, today);
    } catch (error) {
      if (error instanceof MissingExchangeRate) return null;
      throw error;
    }
  };
  const projects = rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    status: r.status,
    live: r.status !== 'proposed',
    start: r.plannedStart,
    finish: r.plannedFinish,
    costMinor: cost(r),
    valueMinor: value.byProject.get(r.id) ?? 0,
    objectiveIds: links.filter((l) => l.projectId === r.id).map((l) => l.objectiveId),
  }));
  return { portfolio, currency: converter.baseCurrency, projects, unconverted: value.unconverted };
}

export async function loadScenarioRow(db: Db, id: string): Promise<ScenarioRow> {
  const row = await db.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Scenario', id);
  return row;
}

export const changeOf = (r: ChangeRow): ProjectChange => ({ projectId: r.projectId, included: r.included === 1, shift: { amount: r.shiftAmount, unit: r.shiftUnit as ShiftUnit }, scalePct: r.scalePct });

export async function loadChanges(db: Db, scenarioIds: readonly string[]): Promise<Map<string, ProjectChange[]>> {
  const byScenario = new Map<string, ProjectChange[]>(scenarioIds.map((id) => [id, []]));
  if (scenarioIds.length === 0) return byScenario;
  for (const r of await db.selectFrom('scenarioProjects').selectAll().where('scenarioId', 'in', [...scenarioIds]).execute()) byScenario.get(r.scenarioId)!.push(changeOf(r));
  return byScenario;
}

/** The API view of a scenario over its portfolio's plan. */
export function scenarioApi(row: ScenarioRow, plan: PortfolioPlan, changes: readonly ProjectChange[]): Scenario {
  const applied = new Map(applyScenario(plan.projects, changes).map((p) => [p.id, p]));
  const byProject = new Map(changes.map((c) => [c.projectId, c]));
  const projects: ScenarioProject[] = plan.projects.map((p) => {
    const inScenario = applied.get(p.id);
    const c = byProject.get(p.id);
    return {
      projectId: p.id,
      code: p.code,
      name: p.name,
      status: p.status,
      live: p.live,
      included: inScenario !== undefined,
      change: inScenario ? inScenario.change : p.live ? 'removed' : 'candidate',
      shift: c?.shift ?? { amount: 0, unit: 'weeks' },
      scalePct: c?.scalePct ?? 100,
      start: inScenario?.start ?? p.start,
      finish: inScenario?.finish ?? p.finish,
      costMinor: inScenario?.costMinor ?? p.costMinor,
    };
  });
  return {
    id: row.id,
    code: row.code,
    portfolioId: row.portfolioId,
    portfolioCode: plan.portfolio.code,
    name: row.name,
    description: row.description,
    currency: plan.currency,
    changes: projects.filter((p) => p.change !== 'kept' && p.change !== 'candidate').length,
    projects,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
