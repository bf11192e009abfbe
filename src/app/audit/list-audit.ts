// Reading the audit trail: administrators only, newest first.
import type { z } from 'zod';
import type { AuditEvent, AuditListQuery, AuditEntityType } from '../../contracts/audit.schema.ts';
import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { requireAdmin } from '../access/policy.ts';
import { afterCursor, decodeCursor, toPage } from '../shared/pagination.ts';

export async function listAuditEvents(ctx: AppContext, query: z.infer<typeof AuditListQuery>): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  requireAdmin(ctx.actor, 'read the audit trail');
  const cursor = decodeCursor(query.cursor);
  let q = ctx.db
    .selectFrom('auditEvents as e')
    .leftJoin('users as u', 'u.id', 'e.actorId')
    .select(['e.id', 'e.at', 'e.actorId', 'u.name as actorName', 'e.entityType', 'e.entityId', 'e.action', 'e.beforeJson', 'e.afterJson']);
  if (query.entityType) q = q.where('e.entityType', '=', query.entityType);
  if (query.entityId) q = q.where('e.entityId', '=', query.entityId);
  if (query.actorId) q = q.where('e.actorId', '=', query.actorId);
  if (cursor) q = q.where(afterCursor(sql.ref('e.id'), sql.ref('e.id'), true, cursor));
  const rows = await q.orderBy('e.id', 'desc').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, (r) => r.id, (r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actorId,
    actorName: r.actorName ?? null,
    entityType: r.entityType as AuditEntityType,
    entityId: r.entityId,
    action: r.action,
    before: r.beforeJson ? (JSON.parse(r.beforeJson) as Record<string, unknown>) : null,
    after: r.afterJson ? (JSON.parse(r.afterJson) as Record<string, unknown>) : null,
  }));
}
