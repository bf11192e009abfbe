// A person's own notifications: the list (newest first, or only unread ones) with the unread count
// the bell shows, marking some or all read, and their choice of e-mail per kind. Everyone sees
// only their own; there is nothing here for anyone else to read or change.
import { sql } from 'kysely';
import { NOTIFICATION_KINDS, type Notification, type NotificationKind, type NotificationListQuery, type NotificationPage, type NotificationPreferences, type NotificationPreferencesUpdate, type NotificationsRead } from '../../contracts/notification.schema.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { afterCursor, decodeCursor, toPage } from '../shared/pagination.ts';
import { inTransaction } from '../shared/transaction.ts';
import { NOTIFICATION_KIND_INFO } from './notification-kinds.ts';

/** The person behind the call; API tokens and sessions have one, Orrery itself does not. */
function me(ctx: AppContext): string {
  if (!ctx.actor.userId) throw new AppError('validation_failed', 'Notifications belong to a person: sign in (or use a personal API token) to read them.');
  return ctx.actor.userId;
}

const unreadCount = async (db: Db, userId: string): Promise<number> =>
  Number((await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('userId', '=', userId).where('readAt', 'is', null).executeTakeFirstOrThrow()).n);

export async function listNotifications(ctx: AppContext, query: NotificationListQuery): Promise<NotificationPage> {
  const userId = me(ctx);
  let q = ctx.db
    .selectFrom('notifications as n')
    .leftJoin('users as a', 'a.id', 'n.actorId')
    .leftJoin('projects as p', 'p.id', 'n.projectId')
    .select(['n.id', 'n.kind', 'n.title', 'n.body', 'n.link', 'n.projectId', 'p.code as projectCode', 'a.name as actorName', 'n.createdAt', 'n.readAt'])
    .where('n.userId', '=', userId)
    .orderBy('n.createdAt', 'desc')
    .orderBy('n.id', 'desc')
    .limit(query.limit + 1);
  if (query.unread) q = q.where('n.readAt', 'is', null);
  const cursor = decodeCursor(query.cursor);
  if (cursor) q = q.where(afterCursor(sql.ref('n.created_at'), sql.ref('n.id'), true, cursor));
  const [rows, unread] = await Promise.all([q.execute(), unreadCount(ctx.db, userId)]);
  const page = toPage(rows, query.limit, (r) => r.createdAt, (r): Notification => ({ ...r, kind: r.kind as NotificationKind, projectCode: r.projectCode ?? null, actorName: r.actorName ?? null }));
  return { ...page, unreadCount: unread };
}

/** Marks notifications of mine read (those already read keep their time). */
export async function markNotificationsRead(ctx: AppContext, body: NotificationsRead): Promise<{ marked: number; unreadCount: number }> {
  const userId = me(ctx);
  if (body.ids?.length === 0) return { marked: 0, unreadCount: await unreadCount(ctx.db, userId) };
  let q = ctx.db.updateTable('notifications').set({ readAt: nowIso(ctx.clock) }).where('userId', '=', userId).where('readAt', 'is', null);
  if (body.ids) q = q.where('id', 'in', body.ids);
  const result = await q.executeTakeFirst();
  return { marked: Number(result.numUpdatedRows), unreadCount: await unreadCount(ctx.db, userId) };
}

export async function getNotificationPreferences(ctx: AppContext): Promise<NotificationPreferences> {
  const userId = me(ctx);
  const user = await ctx.db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
  const chosen = new Map((await ctx.db.selectFrom('notificationPreferences').select(['kind', 'email']).where('userId', '=', userId).execute()).map((p) => [p.kind, p.email === 1]));
  const kinds = NOTIFICATION_KINDS.map((kind) => {
    const info = NOTIFICATION_KIND_INFO[kind];
    return { kind, label: info.label, description: info.description, email: chosen.get(kind) ?? info.emailByDefault, emailByDefault: info.emailByDefault };
  });
  return { mailEnabled: ctx.mailEnabled ?? false, email: user.email, kinds };
}

/** Sets my e-mail choice for the kinds named; the others keep theirs. */
export function setNotificationPreferences(ctx: AppContext, body: NotificationPreferencesUpdate): Promise<NotificationPreferences> {
  const userId = me(ctx);
  return inTransaction(ctx, async (trx) => {
    const before = await getNotificationPreferences({ ...ctx, db: trx });
    const now = nowIso(ctx.clock);
    for (const [kind, email] of Object.entries(body.email)) {
      await trx
        .insertInto('notificationPreferences')
        .values({ userId, kind, email: email ? 1 : 0, updatedAt: now })
        .onConflict((oc) => oc.columns(['userId', 'kind']).doUpdateSet({ email: email ? 1 : 0, updatedAt: now }))
        .execute();
    }
    const after = await getNotificationPreferences({ ...ctx, db: trx });
    const emailOf = (p: NotificationPreferences) => Object.fromEntries(p.kinds.map((k) => [k.kind, k.email]));
    await recordAudit(trx, ctx, { entityType: 'notification_preferences', entityId: userId, action: 'update', before: emailOf(before), after: emailOf(after) });
    return after;
  });
}
