// Reading and writing project rows with their tags and linked objectives, as one value.
import type { Project, ProjectRole } from '../../contracts/project.schema.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import type { Actor } from '../context.ts';
import type { ProjectAccessFacts } from '../access/policy.ts';

export async function loadProjectRow(trx: Db, id: string): Promise<ProjectRow | undefined> {
  return trx.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Projects with their tags and objectives, in the order of `rows`. */
export async function withLinks(trx: Db, rows: ProjectRow[]): Promise<Project[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [tags, objectives] = await Promise.all([
    trx.selectFrom('projectTags').select(['projectId', 'tag']).where('projectId', 'in', ids).orderBy('tag').execute(),
    trx.selectFrom('projectObjectives as po').innerJoin('objectives as o', 'o.id', 'po.objectiveId').select(['po.projectId', 'po.objectiveId']).where('po.projectId', 'in', ids).orderBy('o.code').execute(),
  ]);
  const tagsOf = new Map<string, string[]>();
  for (const t of tags) tagsOf.set(t.projectId, [...(tagsOf.get(t.projectId) ?? []), t.tag]);
  const objectivesOf = new Map<string, string[]>();
  for (const o of objectives) objectivesOf.set(o.projectId, [...(objectivesOf.get(o.projectId) ?? []), o.objectiveId]);
  return rows.map((r) => toProject(r, tagsOf.get(r.id) ?? [], objectivesOf.get(r.id) ?? []));
}

export function toProject(r: ProjectRow, tags: string[], objectiveIds: string[]): Project {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    description: r.description,
    portfolioId: r.portfolioId,
    programId: r.programId,
    sponsorId: r.sponsorId,
    managerId: r.managerId,
    status: r.status as Project['status'],
    methodologyKey: r.methodologyKey,
    phase: r.phase,
    priority: r.priority as Project['priority'],
    plannedStart: r.plannedStart,
    plannedFinish: r.plannedFinish,
    budget: r.budgetAmountMinor === null || r.budgetCurrency === null ? null : { amountMinor: Number(r.budgetAmountMinor), currency: r.budgetCurrency },
    objectiveIds,
    tags,
    archivedAt: r.archivedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

export async function replaceLinks(trx: Db, projectId: string, links: { tags?: readonly string[] | undefined; objectiveIds?: readonly string[] | undefined }): Promise<void> {
  if (links.tags) {
    await trx.deleteFrom('projectTags').where('projectId', '=', projectId).execute();
    if (links.tags.length > 0) await trx.insertInto('projectTags').values(links.tags.map((tag) => ({ projectId, tag }))).execute();
  }
  if (links.objectiveIds) {
    await trx.deleteFrom('projectObjectives').where('projectId', '=', projectId).execute();
    if (links.objectiveIds.length > 0) {
      await trx.insertInto('projectObjectives').values(links.objectiveIds.map((objectiveId) => ({ projectId, objectiveId }))).execute();
    }
  }
}

/** Tags compare case-insensitively: "Cloud" and "cloud" are one tag; the first spelling wins. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const t of tags) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  return [...seen.values()];
}

export async function accessFacts(trx: Db, actor: Actor, row: Pick<ProjectRow, 'id' | 'managerId' | 'sponsorId'>): Promise<ProjectAccessFacts> {
  const member = await trx.selectFrom('projectMembers').select('role').where('projectId', '=', row.id).where('userId', '=', actor.userId).executeTakeFirst();
  return { managerId: row.managerId, sponsorId: row.sponsorId, memberRole: (member?.role as ProjectRole | undefined) ?? null };
}
