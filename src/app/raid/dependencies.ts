// Dependencies between projects: what one project (the consumer) needs from another (the provider)
// by when. When the provider's schedule names the task that delivers it, its current finish is the
// forecast, so a slip in the provider shows at once as a threat in every project that waits on it.
import { sql, type Selectable } from 'kysely';
import type { Dependency, DependencyCreate, DependencyUpdate } from '../../contracts/raid.schema.ts';
import type { ProjectDependenciesTable } from '../../db/tables.ts';
import { daysBetween, dependencyThreatened } from '../../core/raid/raid-states.ts';
import { AppError } from '../errors.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { commonSorts, itemApi, type LogEnv, type LogKind, type LogListQuery } from './raid-log.ts';
import { patchedFields } from '../shared/versioning.ts';

type Row = Selectable<ProjectDependenciesTable>;
type Provided = Row & { providerProjectCode: string; providerProjectName: string; providerTaskName: string | null; providerTaskFinish: string | null };

export interface DependencyListQuery extends LogListQuery {
  providerProjectId?: string | undefined;
  involvingProjectId?: string | undefined;
}


/** The provider must be another project the actor can see; its task, one of its schedule. */
async function checkProvider(env: LogEnv, consumerId: string, providerProjectId: string, providerTaskId: string | null): Promise<void> {
  if (providerProjectId === consumerId) {
    throw new AppError('validation_failed', 'A project cannot depend on itself: link the tasks in its schedule instead.', { errors: [{ path: 'providerProjectId', message: 'same as the project' }] });
  }
  try {
    await loadAccessibleProject(env.ctx, env.trx, providerProjectId, 'read');
  } catch (error) {
    // Only "no such project (for you)" becomes a bad reference; a database failure stays what it is.
    if (!(error instanceof AppError && error.code === 'not_found')) throw error;
    throw new AppError('invalid_reference', `providerProjectId names no project you can see (${providerProjectId}).`, { errors: [{ path: 'providerProjectId', message: 'no such project' }] });
  }
  if (providerTaskId === null) return;
  const task = await env.trx.selectFrom('scheduleTasks').select('id').where('id', '=', providerTaskId).where('projectId', '=', providerProjectId).executeTakeFirst();
  if (!task) throw new AppError('invalid_reference', `providerTaskId names no task in the provider's schedule (${providerTaskId}).`, { errors: [{ path: 'providerTaskId', message: 'not a task of the provider project' }] });
}

export const dependencyKind: LogKind<Provided, Dependency, DependencyCreate, DependencyUpdate, DependencyListQuery> = {
  table: 'projectDependencies',
  prefix: 'DEP',
  label: 'Dependency',
  auditType: 'dependency',
  async createColumns(env, project, input) {
    await checkProvider(env, project.id, input.providerProjectId, input.providerTaskId);
    return { status: input.status, providerProjectId: input.providerProjectId, providerTaskId: input.providerTaskId, neededBy: input.neededBy };
  },
  async updateColumns(env, before, patch) {
    const columns: Partial<Row> = patchedFields(patch);
    if (patch.providerProjectId !== undefined || patch.providerTaskId !== undefined) {
      const providerProjectId = patch.providerProjectId ?? before.providerProjectId;
      // Moving to another provider drops a task of the old one unless a new task is named.
      const providerTaskId = patch.providerTaskId !== undefined ? patch.providerTaskId : providerProjectId === before.providerProjectId ? before.providerTaskId : null;
      await checkProvider(env, before.projectId, providerProjectId, providerTaskId);
      columns.providerTaskId = providerTaskId;
    }
    return columns as Partial<Provided>;
  },
  extendQuery: (q) =>
    q
      .innerJoin('projects as pp', 'pp.id', 'i.providerProjectId')
      .leftJoin('scheduleTasks as st', 'st.id', 'i.providerTaskId')
      .select(['pp.code as providerProjectCode', 'pp.name as providerProjectName', 'st.name as providerTaskName', 'st.finish as providerTaskFinish']),
  toApi(r, env) {
    const forecastDate = r.providerTaskFinish?.slice(0, 10) ?? null;
    const slipDays = forecastDate === null ? null : daysBetween(r.neededBy, forecastDate);
    return {
      ...itemApi(r),
      status: r.status as Dependency['status'],
      providerProjectId: r.providerProjectId,
      providerProjectCode: r.providerProjectCode,
      providerProjectName: r.providerProjectName,
      providerTaskId: r.providerTaskId,
      providerTaskName: r.providerTaskName,
      neededBy: r.neededBy,
      forecastDate,
      slipDays,
      threatened: dependencyThreatened({ status: r.status, neededBy: r.neededBy, forecastDate }, env.today),
    };
  },
  filter(q, query) {
    if (query.providerProjectId) q = q.where('i.providerProjectId', '=', query.providerProjectId);
    if (query.involvingProjectId) q = q.where((eb) => eb.or([eb('i.projectId', '=', query.involvingProjectId!), eb('i.providerProjectId', '=', query.involvingProjectId!)]));
    return q;
  },
  sorts: {
    ...commonSorts<Provided>(),
    neededBy: { expr: sql`i.needed_by`, value: (r) => r.neededBy },
  },
};
