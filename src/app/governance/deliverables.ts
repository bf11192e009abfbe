// A project's deliverables (charter, business case, plan …): a title, a link to where the document
// lives or its text in Markdown, and a status. A gate counts a requirement as met by a final or
// approved deliverable with the requirement's key; drafts show as work in progress.
import type { Selectable } from 'kysely';
import type { Deliverable, DeliverableCreate, DeliverableUpdate } from '../../contracts/governance.schema.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectDeliverablesTable } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { newId } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion, patchedFields } from '../shared/versioning.ts';

type Row = Selectable<ProjectDeliverablesTable>;

export const COUNTING_STATUSES = ['final', 'approved'];

const toApi = (r: Row): Deliverable => ({
  id: r.id,
  projectId: r.projectId,
  requirementKey: r.requirementKey,
  title: r.title,
  status: r.status as Deliverable['status'],
  url: r.url,
  body: r.body,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  version: r.version,
});

export async function projectDeliverables(db: Db, projectId: string): Promise<Deliverable[]> {
  const rows = await db.selectFrom('projectDeliverables').selectAll().where('projectId', '=', projectId).orderBy('requirementKey').orderBy('createdAt').execute();
  return rows.map(toApi);
}

/** The requirement keys a project meets (final or approved deliverables). */
export async function deliverablesPresent(db: Db, projectId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('projectDeliverables').select('requirementKey').where('projectId', '=', projectId).where('status', 'in', COUNTING_STATUSES).execute();
  return new Set(rows.map((r) => r.requirementKey));
}

export async function listDeliverables(ctx: AppContext, projectId: string): Promise<{ items: Deliverable[] }> {
  await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  return { items: await projectDeliverables(ctx.db, projectId) };
}

export function createDeliverable(ctx: AppContext, projectId: string, input: DeliverableCreate): Promise<Deliverable> {
  return inTransaction(ctx, async (trx) => {
    await loadAccessibleProject(ctx, trx, projectId, 'contribute', 'add deliverables');
    const now = nowIso(ctx.clock);
    const row: Row = { id: newId(), projectId, ...input, createdBy: ctx.actor.userId || null, createdAt: now, updatedAt: now, version: 1 };
    await trx.insertInto('projectDeliverables').values(row).execute();
    await recordAudit(trx, ctx, { entityType: 'deliverable', entityId: row.id, action: 'create', after: toApi(row) });
    return toApi(row);
  });
}

export function updateDeliverable(ctx: AppContext, id: string, expectedVersion: number, patch: DeliverableUpdate): Promise<Deliverable> {
  return inTransaction(ctx, async (trx) => {
    const before = await trx.selectFrom('projectDeliverables').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw notFound('Deliverable', id);
    await loadAccessibleProject(ctx, trx, before.projectId, 'contribute', 'change deliverables');
    assertVersion(`Deliverable "${before.title}"`, before.version, expectedVersion);
    const columns = { ...patchedFields(patch), updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 };
    const result = await trx.updateTable('projectDeliverables').set(columns).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Deliverable "${before.title}"`, result.numUpdatedRows, expectedVersion);
    const after = { ...before, ...columns } as Row;
    await recordAudit(trx, ctx, { entityType: 'deliverable', entityId: id, action: 'update', before: toApi(before), after: toApi(after) });
    return toApi(after);
  });
}
