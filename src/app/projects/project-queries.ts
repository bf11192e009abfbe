// The project list: filters, search, sort and cursor pages, limited to what the actor may read.
import { sql, type RawBuilder } from 'kysely';
import type { Project, ProjectListQuery } from '../../contracts/project.schema.ts';
import type { AppContext } from '../context.ts';
import { canReadAllProjects } from '../access/policy.ts';
import { afterCursor, decodeCursor, ilike, parseSort, toPage, type SortValue } from '../shared/pagination.ts';
import { withLinks } from './project-store.ts';
import type { ProjectRow } from '../../db/tables.ts';

type SortField = 'code' | 'name' | 'priority' | 'plannedStart' | 'plannedFinish' | 'status' | 'phase' | 'updatedAt';

const PRIORITY_RANK: Record<string, number> = { critical: 1, high: 2, medium: 3, low: 4 };
const PHASE_RANK: Record<string, number> = { initiate: 1, plan: 2, execute: 3, close: 4 };
const NO_DATE = '9999-12-31';

/** Each sort as a SQL expression that is never NULL, and the same value computed from a row. */
const SORTS: Record<SortField, { expr: RawBuilder<unknown>; value: (r: ProjectRow) => SortValue }> = {
  code: { expr: sql`p.code`, value: (r) => r.code },
  name: { expr: sql`lower(p.name)`, value: (r) => r.name.toLowerCase() },
  priority: {
    expr: sql`(case p.priority when 'critical' then 1 when 'high' then 2 when 'medium' then 3 else 4 end)`,
    value: (r) => PRIORITY_RANK[r.priority] ?? 4,
  },
  phase: {
    expr: sql`(case p.phase when 'initiate' then 1 when 'plan' then 2 when 'execute' then 3 else 4 end)`,
    value: (r) => PHASE_RANK[r.phase] ?? 4,
  },
  plannedStart: { expr: sql`coalesce(p.planned_start, ${NO_DATE})`, value: (r) => r.plannedStart ?? NO_DATE },
  plannedFinish: { expr: sql`coalesce(p.planned_finish, ${NO_DATE})`, value: (r) => r.plannedFinish ?? NO_DATE },
  status: { expr: sql`p.status`, value: (r) => r.status },
  updatedAt: { expr: sql`p.updated_at`, value: (r) => r.updatedAt },
};

/** Projects (as `p`) the actor may read; with `mine`, only those they take part in. */
export function visibleProjects(ctx: AppContext, options: { includeArchived?: boolean | undefined; mine?: boolean | undefined }) {
  const me = ctx.actor.userId;
  let q = ctx.db.selectFrom('projects as p');
  if (!options.includeArchived) q = q.where('p.archivedAt', 'is', null);
  if (!canReadAllProjects(ctx.actor) || options.mine) {
    q = q.where((eb) =>
      eb.or([
        eb('p.managerId', '=', me),
        eb('p.sponsorId', '=', me),
        eb.exists(eb.selectFrom('projectMembers as m').select('m.userId').whereRef('m.projectId', '=', 'p.id').where('m.userId', '=', me)),
      ]),
    );
  }
  return q;
}

export interface ProjectFilters {
  portfolioId?: string | undefined;
  programId?: string | undefined;
  sponsorId?: string | undefined;
  managerId?: string | undefined;
  objectiveId?: string | undefined;
  tag?: string | undefined;
}

/** Narrows projects (as `p`) to a place in the register, people, an objective served or a tag (any case). */
export function filterProjects(scope: ReturnType<typeof visibleProjects>, filters: ProjectFilters): ReturnType<typeof visibleProjects> {
  let q = scope;
  for (const key of ['portfolioId', 'programId', 'sponsorId', 'managerId'] as const) {
    const value = filters[key];
    if (value !== undefined) q = q.where(`p.${key}`, '=', value);
  }
  if (filters.objectiveId) {
    const objectiveId = filters.objectiveId;
    q = q.where((eb) => eb.exists(eb.selectFrom('projectObjectives as po').select('po.projectId').whereRef('po.projectId', '=', 'p.id').where('po.objectiveId', '=', objectiveId)));
  }
  if (filters.tag) {
    const tag = filters.tag.toLowerCase();
    q = q.where((eb) => eb.exists(eb.selectFrom('projectTags as t').select('t.projectId').whereRef('t.projectId', '=', 'p.id').where(sql<boolean>`lower(t.tag) = ${tag}`)));
  }
  return q;
}

export async function listProjects(ctx: AppContext, query: ProjectListQuery): Promise<{ items: Project[]; nextCursor: string | null }> {
  const { field, desc } = parseSort<SortField>(query.sort);
  const sort = SORTS[field];
  const cursor = decodeCursor(query.cursor);
  let q = filterProjects(visibleProjects(ctx, query), query).selectAll('p');
  for (const key of ['status', 'phase', 'priority'] as const) {
    const value = query[key];
    if (value !== undefined) q = q.where(`p.${key}`, '=', value);
  }
  if (query.q) {
    const text = query.q;
    q = q.where((eb) => eb.or([ilike(sql.ref('p.name'), text), ilike(sql.ref('p.code'), text)]));
  }
  if (cursor) q = q.where(afterCursor(sort.expr, sql.ref('p.id'), desc, cursor));
  const dir = desc ? 'desc' : 'asc';
  const rows = await q.orderBy(sort.expr, dir).orderBy('p.id', dir).limit(query.limit + 1).execute();
  const page = toPage(rows, query.limit, sort.value, (r) => r);
  return { items: await withLinks(ctx.db, page.items), nextCursor: page.nextCursor };
}
