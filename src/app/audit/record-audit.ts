// Writes one audit event in the caller's transaction: who, when, what, before → after.
import type { AuditEntityType } from '../../contracts/audit.schema.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { newId } from '../shared/ids.ts';

export interface AuditRecord {
  readonly entityType: AuditEntityType;
  readonly entityId: string;
  readonly action: string;
  readonly before?: object | null;
  readonly after?: object | null;
}

/** Secrets never reach the audit trail, whatever the caller passes. */
const SECRET_KEYS = new Set(['passwordHash', 'password', 'tokenHash', 'token', 'csrfToken']);
const redact = (value: object | null | undefined): string | null =>
  value ? JSON.stringify(value, (key, v: unknown) => (SECRET_KEYS.has(key) ? undefined : v)) : null;

export async function recordAudit(trx: Db, ctx: AppContext, record: AuditRecord): Promise<void> {
  await trx
    .insertInto('auditEvents')
    .values({
      id: newId(),
      at: nowIso(ctx.clock),
      actorId: ctx.actor.via === 'system' && ctx.actor.userId === '' ? null : ctx.actor.userId,
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      beforeJson: redact(record.before),
      afterJson: redact(record.after),
    })
    .execute();
}
