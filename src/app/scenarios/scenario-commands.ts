// Keeping scenarios (the PMO and administrators): creating one for a portfolio (it starts as the
// live portfolio), renaming it, changing what it does to a project (add a proposed one, remove,
// shift, resize) or putting a project back as live, and deleting it. Each change moves the
// scenario's version under If-Match and writes one audit event with the scenario before → after.
import type { Scenario, ScenarioCreate, ScenarioProjectChange, ScenarioUpdate } from '../../contracts/scenario.schema.ts';
import { changeProblem } from '../../core/scenarios/apply-scenario.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { canEditScenarios } from '../access/policy.ts';
import { forbidden } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { duplicateCode, newId, nextCode, reserveCode } from '../shared/ids.ts';
import { isUniqueViolation } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { loadChanges, loadPortfolioPlan, loadScenarioRow, requireScenarioReader, scenarioApi, type ScenarioRow } from './scenario-store.ts';

function requireEditor(ctx: AppContext, doing: string): void {
  if (!canEditScenarios(ctx.actor)) throw forbidden(`${doing} (scenarios are the PMO's to plan)`);
}

async function view(ctx: AppContext, db: Db, row: ScenarioRow): Promise<Scenario> {
  const [plan, changes] = await Promise.all([loadPortfolioPlan(ctx, db, row.portfolioId), loadChanges(db, [row.id])]);
  return scenarioApi(row, plan, changes.get(row.id)!);
}

export async function listScenarios(ctx: AppContext, portfolioId: string): Promise<{ items: Omit<Scenario, 'projects' | 'currency'>[] }> {
  requireScenarioReader(ctx);
  const plan = await loadPortfolioPlan(ctx, ctx.db, portfolioId);
  const rows = await ctx.db.selectFrom('scenarios').selectAll().where('portfolioId', '=', portfolioId).orderBy('code').execute();
  const changes = await loadChanges(ctx.db, rows.map((r) => r.id));
  return { items: rows.map((r) => { const { projects: _p, currency: _c, ...summary } = scenarioApi(r, plan, changes.get(r.id)!); return summary; }) };
}

export async function getScenario(ctx: AppContext, id: string): Promise<Scenario> {
  requireScenarioReader(ctx);
  return view(ctx, ctx.db, await loadScenarioRow(ctx.db, id));
}

export async function createScenario(ctx: AppContext, portfolioId: string, input: ScenarioCreate): Promise<Scenario> {
  requireEditor(ctx, 'create scenarios');
  try {
    return await inTransaction(ctx, async (trx) => {
      await loadPortfolioPlan(ctx, trx, portfolioId);
      let code = input.code;
      if (code) {
        if (await trx.selectFrom('scenarios').select('id').where('code', '=', code).executeTakeFirst()) throw duplicateCode(code);
        await reserveCode(trx, code);
      } else code = await nextCode(trx, 'SCN');
      const now = nowIso(ctx.clock);
      const row: ScenarioRow = { id: newId(), code, portfolioId, name: input.name, description: input.description, createdBy: ctx.actor.userId || null, createdAt: now, updatedAt: now, version: 1 };
      await trx.insertInto('scenarios').values(row).execute();
      const api = await view(ctx, trx, row);
      await recordAudit(trx, ctx, { entityType: 'scenario', entityId: row.id, action: 'create', after: api });
      return api;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(input.code ?? '(generated)');
    throw error;
  }
}

/** Runs `change` on a scenario under If-Match, moves its version and audits it as `action`. */
function changeScenario(ctx: AppContext, id: string, expectedVersion: number, action: string, change: (trx: Db, row: ScenarioRow) => Promise<Partial<Pick<ScenarioRow, 'name' | 'description'>>>): Promise<Scenario> {
  requireEditor(ctx, 'change scenarios');
  return inTransaction(ctx, async (trx) => {
    const before = await loadScenarioRow(trx, id);
    assertVersion(`Scenario ${before.code}`, before.version, expectedVersion);
    const beforeApi = await view(ctx, trx, before);
    const fields = await change(trx, before);
    const after: ScenarioRow = { ...before, ...fields, updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 };
    const result = await trx.updateTable('scenarios').set({ ...fields, updatedAt: after.updatedAt, version: after.version }).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Scenario ${before.code}`, result.numUpdatedRows, expectedVersion);
    const api = await view(ctx, trx, after);
    await recordAudit(trx, ctx, { entityType: 'scenario', entityId: id, action, before: beforeApi, after: api });
    return api;
  });
}

export const updateScenario = (ctx: AppContext, id: string, expectedVersion: number, patch: ScenarioUpdate): Promise<Scenario> =>
  changeScenario(ctx, id, expectedVersion, 'update', async () => ({ ...(patch.name !== undefined && { name: patch.name }), ...(patch.description !== undefined && { description: patch.description }) }));

/** What the scenario does to one project of its portfolio: add (a proposed one), keep, remove, shift, resize. */
export const setScenarioProject = (ctx: AppContext, id: string, projectId: string, expectedVersion: number, body: ScenarioProjectChange): Promise<Scenario> =>
  changeScenario(ctx, id, expectedVersion, 'change_project', async (trx, row) => {
    const plan = await loadPortfolioPlan(ctx, trx, row.portfolioId);
    const project = plan.projects.find((p) => p.id === projectId);
    const problem = changeProblem(project, { projectId, ...body });
    if (problem) throw new AppError(project ? 'validation_failed' : 'invalid_reference', problem, { errors: [{ path: project ? 'included' : 'projectId', message: problem }] });
    const values = { included: body.included ? 1 : 0, shiftAmount: body.shift.amount, shiftUnit: body.shift.unit, scalePct: body.scalePct };
    await trx.deleteFrom('scenarioProjects').where('scenarioId', '=', id).where('projectId', '=', projectId).execute();
    await trx.insertInto('scenarioProjects').values({ scenarioId: id, projectId, ...values }).execute();
    return {};
  });

/** Puts a project back as the live portfolio has it. */
export const resetScenarioProject = (ctx: AppContext, id: string, projectId: string, expectedVersion: number): Promise<Scenario> =>
  changeScenario(ctx, id, expectedVersion, 'reset_project', async (trx) => {
    await trx.deleteFrom('scenarioProjects').where('scenarioId', '=', id).where('projectId', '=', projectId).execute();
    return {};
  });

export function deleteScenario(ctx: AppContext, id: string, expectedVersion: number): Promise<void> {
  requireEditor(ctx, 'delete scenarios');
  return inTransaction(ctx, async (trx) => {
    const row = await loadScenarioRow(trx, id);
    assertVersion(`Scenario ${row.code}`, row.version, expectedVersion);
    const api = await view(ctx, trx, row);
    await trx.deleteFrom('scenarioProjects').where('scenarioId', '=', id).execute();
    await trx.deleteFrom('scenarios').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { entityType: 'scenario', entityId: id, action: 'delete', before: api });
  });
}
