// Loads a project a use case works on, checking that the actor may read it (or change it).
// A project the actor may not read answers "not found", so ids do not leak.
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { canContributeToProject, canEditProject, canReadProject } from '../access/policy.ts';
import { accessFacts, loadProjectRow } from './project-store.ts';

export async function loadAccessibleProject(ctx: AppContext, trx: Db, id: string, mode: 'read' | 'contribute' | 'edit', doing = 'change it'): Promise<ProjectRow> {
  const row = await loadProjectRow(trx, id);
  const facts = row ? await accessFacts(trx, ctx.actor, row) : undefined;
  if (!row || !facts || !canReadProject(ctx.actor, facts)) throw notFound('Project', id);
  if (mode !== 'read') {
    const allowed = mode === 'edit' ? canEditProject(ctx.actor, facts) : canContributeToProject(ctx.actor, facts);
    if (!allowed) throw forbidden(`${doing} (project ${row.code})`);
    if (row.archivedAt) {
      throw new AppError('validation_failed', `Project ${row.code} is archived and read-only. Restore it first if it needs to change.`);
    }
  }
  return row;
}
