// A notification sent by e-mail to the person it is for: its line as the subject, its detail and a
// link into Orrery as the body. Read afresh when the job runs: a notification gone, an account
// disabled meanwhile, or a preference turned off since sends nothing.
import type { NotificationKind } from '../../contracts/notification.schema.ts';
import type { AppDeps } from '../context.ts';
import { NOTIFICATION_KIND_INFO } from '../notifications/notification-kinds.ts';
import { wantsEmail } from '../notifications/notify.ts';
import { escapeHtml, type Mailer } from './mailer.ts';

export async function sendNotification(mailer: Mailer, deps: AppDeps, notificationId: string): Promise<void> {
  const n = await deps.db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.userId')
    .select(['n.userId', 'n.kind', 'n.title', 'n.body', 'n.link', 'u.email', 'u.name', 'u.disabledAt'])
    .where('n.id', '=', notificationId)
    .executeTakeFirst();
  if (!n || n.disabledAt) return;
  const kind = n.kind as NotificationKind;
  if (!(await wantsEmail(deps.db, [n.userId], kind)).has(n.userId)) return;
  const url = `${mailer.publicUrl}${n.link}`;
  const why = `You get “${NOTIFICATION_KIND_INFO[kind].label}” notifications by e-mail; change that under Notifications in Orrery.`;
  const text = [`${n.name},`, '', n.title, ...(n.body ? ['', n.body] : []), '', `Open it in Orrery: ${url}`, '', '—', why, ''].join('\n');
  const html = `<p>${escapeHtml(n.title)}</p>${n.body ? `<p style="white-space:pre-wrap">${escapeHtml(n.body)}</p>` : ''}<p><a href="${escapeHtml(url)}">Open it in Orrery</a></p><p style="color:#868e96;font-size:12px">${escapeHtml(why)}</p>`;
  await mailer.send({ to: [n.email], subject: n.title, text, html });
}
