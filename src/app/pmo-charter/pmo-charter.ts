// The PMO's charter as an organisation setting (empty at version 0 until saved), read by everyone
// and kept by the PMO, shown with its operating model, its portfolios' names and how the project
// running the PMO's own roadmap stands.
import type { PmoCharter as PmoCharterApi, PmoCharterBody } from '../../contracts/pmo-charter.schema.ts';
import { charterProblems, EMPTY_CHARTER, type PmoCharter } from '../../core/pmo-charter/pmo-charter.ts';
import { isOpenAction } from '../../core/raid/raid-states.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { loadOperatingModel } from '../governance/governance-settings.ts';
import { assertAllExist } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { loadSetting, saveSetting, type Setting } from '../settings/org-settings.ts';

const KEY = 'pmo_charter';

export async function loadCharter(db: Db): Promise<Setting<PmoCharter>> {
  return loadSetting(db, KEY, EMPTY_CHARTER);
}

async function roadmapOf(db: Db, projectId: string | null): Promise<PmoCharterApi['roadmap']> {
  if (!projectId) return null;
  const project = await db.selectFrom('projects as p').leftJoin('projectSchedules as s', 's.projectId', 'p.id')
    .select(['p.id', 'p.code', 'p.name', 'p.status', 'p.phase', 'p.plannedFinish', 's.computedFinish']).where('p.id', '=', projectId).executeTakeFirst();
  if (!project) return null;
  const actions = await db.selectFrom('actions').select(['status', 'sourceType']).where('projectId', '=', projectId).execute();
  const open = actions.filter((a) => isOpenAction(a.status));
  return {
    projectId: project.id, code: project.code, name: project.name, status: project.status, phase: project.phase,
    plannedFinish: project.plannedFinish, forecastFinish: project.computedFinish,
    openActions: open.length, doneActions: actions.filter((a) => a.status === 'done').length,
    improvementActions: open.filter((a) => a.sourceType === 'maturity').length,
  };
}

async function toApi(db: Db, { value, version }: Setting<PmoCharter>): Promise<PmoCharterApi> {
  const ids = [...value.scopePortfolioIds];
  const portfolios = ids.length === 0 ? [] : await db.selectFrom('portfolios').select(['id', 'code', 'name']).where('id', 'in', ids).orderBy('code').execute();
  return {
    ...structuredClone(value) as PmoCharterBody,
    operatingModel: await loadOperatingModel(db),
    portfolios,
    roadmap: await roadmapOf(db, value.roadmapProjectId),
    version,
  };
}

/** The charter, for everyone in the organisation. */
export async function getPmoCharter(ctx: AppContext): Promise<PmoCharterApi> {
  return toApi(ctx.db, await loadCharter(ctx.db));
}

/** Replaces the charter (PMO, admin). */
export async function setPmoCharter(ctx: AppContext, expectedVersion: number, body: PmoCharterBody): Promise<PmoCharterApi> {
  requireRegisterEditor(ctx.actor, 'change the PMO charter');
  const problems = charterProblems(body);
  if (problems.length > 0) {
    throw new AppError('validation_failed', `The charter needs fixing: ${problems[0]!.path}: ${problems[0]!.message}`, { errors: problems.map((p) => ({ path: p.path, message: p.message })) });
  }
  return inTransaction(ctx, async (trx) => {
    await assertAllExist(trx, 'portfolios', 'scopePortfolioIds', body.scopePortfolioIds);
    if (body.roadmapProjectId && !(await trx.selectFrom('projects').select('id').where('id', '=', body.roadmapProjectId).executeTakeFirst())) {
      throw new AppError('invalid_reference', `roadmapProjectId names no project (${body.roadmapProjectId}). Create the PMO's roadmap as a project first, then name it here.`, { errors: [{ path: 'roadmapProjectId', message: 'no project with this id' }] });
    }
    const saved = await saveSetting(trx, ctx, KEY, 'The PMO charter', expectedVersion, await loadCharter(trx), body as PmoCharter, (s) => ({ ...s.value, version: s.version }));
    return toApi(trx, saved);
  });
}
