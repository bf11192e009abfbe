// Creating, changing and archiving projects. The PMO creates and archives; a project's manager
// may edit it but not move it in the register or reassign its sponsor or manager.
import type { Project, ProjectCreate, ProjectUpdate } from '../../contracts/project.schema.ts';
import type { AppContext } from '../context.ts';
import { nowIso } from '../context.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { PMO_ONLY_PROJECT_FIELDS, canEditProject, canEditRegister, canReadProject, requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { duplicateCode, newId, nextCode, reserveCode } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { isUniqueViolation } from '../shared/references.ts';
import { accessFacts, loadProjectRow, normaliseTags, replaceLinks, toProject, withLinks } from './project-store.ts';
import { checkProjectShape, phaseOfMethodology } from './project-rules.ts';
import { loadAccessibleProject } from './project-access.ts';
import { checkRegisterBudgetEdit } from '../finance/finance-rules.ts';

/** Creates a project (PMO, admin); without a methodology it follows the built-in predictive one. */
export async function createProject(ctx: AppContext, request: Omit<ProjectCreate, 'methodologyKey'> & { methodologyKey?: string | undefined }): Promise<Project> {
  const input = { ...request, methodologyKey: request.methodologyKey ?? 'predictive' };
  requireRegisterEditor(ctx.actor, 'create projects');
  const tags = normaliseTags(input.tags);
  const objectiveIds = [...new Set(input.objectiveIds)];
  try {
    return await inTransaction(ctx, async (trx) => {
      await checkProjectShape(trx, input, { objectiveIds, portfolioChanged: true });
      const phase = await phaseOfMethodology(trx, input.methodologyKey, input.phase);
      let code = input.code;
      if (code) {
        if (await trx.selectFrom('projects').select('id').where('code', '=', code).executeTakeFirst()) throw duplicateCode(code);
        await reserveCode(trx, code);
      } else {
        code = await nextCode(trx, 'PRJ');
      }
      const now = nowIso(ctx.clock);
      const row = {
        id: newId(),
        code,
        name: input.name,
        description: input.description,
        portfolioId: input.portfolioId,
        programId: input.programId,
        sponsorId: input.sponsorId,
        managerId: input.managerId,
        status: input.status,
        methodologyKey: input.methodologyKey,
        phase,
        priority: input.priority,
        plannedStart: input.plannedStart,
        plannedFinish: input.plannedFinish,
        budgetAmountMinor: input.budget?.amountMinor ?? null,
        budgetCurrency: input.budget?.currency ?? null,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      await trx.insertInto('projects').values(row).execute();
      await replaceLinks(trx, row.id, { tags, objectiveIds });
      const project = toProject(row, [...tags].sort(), objectiveIds);
      await recordAudit(trx, ctx, { entityType: 'project', entityId: row.id, action: 'create', after: project });
      return project;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(input.code ?? '(generated)');
    throw error;
  }
}

export async function getProject(ctx: AppContext, id: string): Promise<Project> {
  const row = await loadAccessibleProject(ctx, ctx.db, id, 'read');
  const [project] = await withLinks(ctx.db, [row]);
  return project!;
}

/** Loads a project for a change, checking that the actor may change it and edited the current version. */
async function loadForChange(ctx: AppContext, trx: AppContext['db'], id: string, expectedVersion: number) {
  const row = await loadProjectRow(trx, id);
  const facts = row ? await accessFacts(trx, ctx.actor, row) : undefined;
  if (!row || !facts || !canReadProject(ctx.actor, facts)) throw notFound('Project', id);
  if (!canEditProject(ctx.actor, facts)) throw forbidden(`change project ${row.code}`);
  assertVersion(`Project ${row.code}`, row.version, expectedVersion);
  const [before] = await withLinks(trx, [row]);
  return { row, before: before! };
}

/** Archived projects are read-only until restored. */
export function assertNotArchived(row: { code: string; archivedAt: string | null }): void {
  if (row.archivedAt) {
    throw new AppError('validation_failed', `Project ${row.code} is archived and read-only. Restore it first if it needs to change.`);
  }
}

export async function updateProject(ctx: AppContext, id: string, expectedVersion: number, patch: ProjectUpdate): Promise<Project> {
  return inTransaction(ctx, async (trx) => {
    const { row, before } = await loadForChange(ctx, trx, id, expectedVersion);
    assertNotArchived(row);
    if (patch.budget !== undefined) await checkRegisterBudgetEdit(trx, row, patch.budget);
    if (!canEditRegister(ctx.actor)) {
      const pmoOnly = PMO_ONLY_PROJECT_FIELDS.filter((f) => patch[f] !== undefined && patch[f] !== before[f]);
      if (pmoOnly.length > 0) {
        throw new AppError('forbidden', `Only the PMO can change ${pmoOnly.join(', ')} of a project. Ask the PMO to move or reassign it.`, {
          errors: pmoOnly.map((f) => ({ path: f, message: 'PMO only' })),
        });
      }
      const governed = (['phase', 'methodologyKey'] as const).filter((f) => patch[f] !== undefined && patch[f] !== before[f]);
      if (governed.length > 0) {
        throw new AppError('forbidden', 'A project moves to its next phase on a gate decision: request a gate review. Only the PMO can correct the phase or change the methodology.', {
          errors: governed.map((f) => ({ path: f, message: 'changes through a gate review (or by the PMO)' })),
        });
      }
    }
    const methodologyKey = patch.methodologyKey ?? row.methodologyKey;
    const phase = patch.phase !== undefined || patch.methodologyKey !== undefined ? await phaseOfMethodology(trx, methodologyKey, patch.phase ?? row.phase, patch.phase === undefined) : row.phase;
    const tags = patch.tags ? normaliseTags(patch.tags) : undefined;
    const objectiveIds = patch.objectiveIds ? [...new Set(patch.objectiveIds)] : undefined;
    const merged = {
      portfolioId: patch.portfolioId ?? row.portfolioId,
      programId: patch.programId !== undefined ? patch.programId : row.programId,
      sponsorId: patch.sponsorId !== undefined ? patch.sponsorId : row.sponsorId,
      managerId: patch.managerId !== undefined ? patch.managerId : row.managerId,
      plannedStart: patch.plannedStart !== undefined ? patch.plannedStart : row.plannedStart,
      plannedFinish: patch.plannedFinish !== undefined ? patch.plannedFinish : row.plannedFinish,
    };
    await checkProjectShape(trx, merged, { objectiveIds, portfolioChanged: merged.portfolioId !== row.portfolioId });
    const now = nowIso(ctx.clock);
    const columns = {
      ...merged,
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.status !== undefined && { status: patch.status }),
      methodologyKey,
      phase,
      ...(patch.priority !== undefined && { priority: patch.priority }),
      ...(patch.budget !== undefined && { budgetAmountMinor: patch.budget?.amountMinor ?? null, budgetCurrency: patch.budget?.currency ?? null }),
      updatedAt: now,
      version: expectedVersion + 1,
    };
    const result = await trx.updateTable('projects').set(columns).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Project ${row.code}`, result.numUpdatedRows, expectedVersion);
    await replaceLinks(trx, id, { tags, objectiveIds });
    const [after] = await withLinks(trx, [{ ...row, ...columns }]);
    await recordAudit(trx, ctx, { entityType: 'project', entityId: id, action: 'update', before, after: after! });
    return after!;
  });
}

export async function setProjectArchived(ctx: AppContext, id: string, expectedVersion: number, archived: boolean): Promise<Project> {
  return inTransaction(ctx, async (trx) => {
    const { row, before } = await loadForChange(ctx, trx, id, expectedVersion);
    requireRegisterEditor(ctx.actor, `${archived ? 'archive' : 'restore'} projects`);
    if (archived === (row.archivedAt !== null)) {
      throw new AppError('validation_failed', `Project ${row.code} is ${archived ? 'already' : 'not'} archived.`);
    }
    const now = nowIso(ctx.clock);
    const columns = { archivedAt: archived ? now : null, updatedAt: now, version: expectedVersion + 1 };
    const result = await trx.updateTable('projects').set(columns).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Project ${row.code}`, result.numUpdatedRows, expectedVersion);
    const after = { ...before, ...columns };
    await recordAudit(trx, ctx, { entityType: 'project', entityId: id, action: archived ? 'archive' : 'restore', before, after });
    return after;
  });
}
