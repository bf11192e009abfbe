// Raising notifications, from inside the use case whose change causes them (so they exist exactly
// when it commits). The person acting is never told about their own doing, disabled accounts hear
// nothing, and a dedupe key makes an event noticed twice (a report still due at the next sweep)
// one notification per person. Those who want a kind by e-mail get a queued mail job too — when
// this Orrery sends mail at all.
import type { NotificationKind } from '../../contracts/notification.schema.ts';
import type { Db } from '../../db/database.ts';
import type { Actor, Clock } from '../context.ts';
import { enqueueJob } from '../jobs/job-queue.ts';
import { newId } from '../shared/ids.ts';
import { NOTIFICATION_KIND_INFO } from './notification-kinds.ts';

export const NOTIFICATION_EMAIL_JOB = 'notification_email';

export interface NotificationSpec {
  readonly kind: NotificationKind;
  /** People to tell (ids; empty and repeated ones are ignored). */
  readonly to: ReadonlyArray<string | null | undefined>;
  readonly title: string;
  readonly body?: string;
  /** Where in the web app it leads. */
  readonly link: string;
  readonly projectId?: string | null;
  /** Same key, same person: told once. */
  readonly dedupeKey?: string;
}

export interface NotifyContext {
  readonly clock: Clock;
  readonly actor: Actor;
  readonly mailEnabled?: boolean | undefined;
}

/** Tells these people; returns how many new notifications were made. */
export async function notify(trx: Db, ctx: NotifyContext, spec: NotificationSpec): Promise<number> {
  const wanted = [...new Set(spec.to.filter((id): id is string => Boolean(id) && id !== ctx.actor.userId))];
  if (wanted.length === 0) return 0;
  const people = await trx.selectFrom('users').select('id').where('id', 'in', wanted).where('disabledAt', 'is', null).execute();
  if (people.length === 0) return 0;
  const now = ctx.clock.now().toISOString();
  const rows = people.map((p) => ({
    id: newId(),
    userId: p.id,
    kind: spec.kind,
    title: spec.title,
    body: spec.body ?? '',
    link: spec.link,
    projectId: spec.projectId ?? null,
    actorId: ctx.actor.userId || null,
    dedupeKey: spec.dedupeKey ?? null,
    createdAt: now,
    readAt: null,
  }));
  const inserted = await trx
    .insertInto('notifications')
    .values(rows)
    .onConflict((oc) => oc.columns(['userId', 'dedupeKey']).doNothing())
    .returning(['id', 'userId'])
    .execute();
  if (ctx.mailEnabled && inserted.length > 0) {
    const byMail = await wantsEmail(trx, inserted.map((n) => n.userId), spec.kind);
    for (const n of inserted) {
      if (byMail.has(n.userId)) await enqueueJob(trx, ctx.clock, { kind: NOTIFICATION_EMAIL_JOB, payload: { notificationId: n.id }, dedupeKey: `${NOTIFICATION_EMAIL_JOB}:${n.id}` });
    }
  }
  return inserted.length;
}

/** Which of these people get this kind by e-mail: their choice, else the kind's default. */
export async function wantsEmail(db: Db, userIds: readonly string[], kind: NotificationKind): Promise<Set<string>> {
  const chosen = new Map((await db.selectFrom('notificationPreferences').select(['userId', 'email']).where('kind', '=', kind).where('userId', 'in', [...userIds]).execute()).map((p) => [p.userId, p.email === 1]));
  return new Set(userIds.filter((id) => chosen.get(id) ?? NOTIFICATION_KIND_INFO[kind].emailByDefault));
}

/** The PMO's people (organisation role pmo), who review reports and sit on change boards. */
export async function pmoPeople(db: Db): Promise<string[]> {
  return (await db.selectFrom('users').select('id').where('orgRole', '=', 'pmo').where('disabledAt', 'is', null).execute()).map((u) => u.id);
}
