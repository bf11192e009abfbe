// A project's team: its manager and sponsor (from the project's fields) and its named members.
import type { ProjectRole } from '../../contracts/project.schema.ts';
import type { AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertExists } from '../shared/references.ts';
import { loadAccessibleProject } from './project-access.ts';

export interface ProjectMemberView {
  userId: string;
  name: string;
  email: string;
  role: ProjectRole;
  source: 'manager' | 'sponsor' | 'member';
}

const loadProject = (ctx: AppContext, trx: AppContext['db'], id: string, edit: boolean) =>
  loadAccessibleProject(ctx, trx, id, edit ? 'edit' : 'read', 'change the team');

export async function listProjectMembers(ctx: AppContext, projectId: string): Promise<ProjectMemberView[]> {
  const project = await loadProject(ctx, ctx.db, projectId, false);
  const members = await ctx.db
    .selectFrom('projectMembers as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .select(['m.userId', 'u.name', 'u.email', 'm.role'])
    .where('m.projectId', '=', projectId)
    .orderBy('u.name')
    .execute();
  const named = await ctx.db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('id', 'in', [project.managerId ?? '', project.sponsorId ?? ''])
    .execute();
  const person = (id: string | null) => named.find((u) => u.id === id);
  const manager = person(project.managerId);
  const sponsor = person(project.sponsorId);
  const result: ProjectMemberView[] = [];
  if (manager) result.push({ userId: manager.id, name: manager.name, email: manager.email, role: 'manager', source: 'manager' });
  if (sponsor && sponsor.id !== manager?.id) result.push({ userId: sponsor.id, name: sponsor.name, email: sponsor.email, role: 'viewer', source: 'sponsor' });
  for (const m of members) {
    if (m.userId === manager?.id) continue;
    const i = result.findIndex((r) => r.userId === m.userId);
    if (i >= 0) result.splice(i, 1);
    result.push({ userId: m.userId, name: m.name, email: m.email, role: m.role as ProjectRole, source: 'member' });
  }
  return result;
}

export async function setProjectMember(ctx: AppContext, projectId: string, userId: string, role: ProjectRole): Promise<ProjectMemberView[]> {
  await inTransaction(ctx, async (trx) => {
    const project = await loadProject(ctx, trx, projectId, true);
    await assertExists(trx, 'users', 'userId', userId);
    if (userId === project.managerId) {
      throw new AppError('validation_failed', 'This person is the project’s manager already; change the project’s manager to change their role.');
    }
    const before = await trx.selectFrom('projectMembers').selectAll().where('projectId', '=', projectId).where('userId', '=', userId).executeTakeFirst();
    if (before) await trx.updateTable('projectMembers').set({ role }).where('projectId', '=', projectId).where('userId', '=', userId).execute();
    else await trx.insertInto('projectMembers').values({ projectId, userId, role }).execute();
    await recordAudit(trx, ctx, {
      entityType: 'project_member',
      entityId: `${projectId}:${userId}`,
      action: before ? 'update' : 'create',
      before: before ?? null,
      after: { projectId, userId, role },
    });
  });
  return listProjectMembers(ctx, projectId);
}

export async function removeProjectMember(ctx: AppContext, projectId: string, userId: string): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    await loadProject(ctx, trx, projectId, true);
    const before = await trx.selectFrom('projectMembers').selectAll().where('projectId', '=', projectId).where('userId', '=', userId).executeTakeFirst();
    if (!before) throw notFound('Project member', userId);
    await trx.deleteFrom('projectMembers').where('projectId', '=', projectId).where('userId', '=', userId).execute();
    await recordAudit(trx, ctx, { entityType: 'project_member', entityId: `${projectId}:${userId}`, action: 'delete', before, after: null });
  });
}
