// From the addresses a comment mentions to the people behind them, and who of them hears about it.
// An address of nobody in Orrery (or of a disabled account) stays plain text. A person who cannot
// read the project is not told — a notification would lead them to a page they may not see — and
// the author learns so from the answer. Each person is told once per comment: on an edit only the
// newly mentioned, and a dedupe key keeps a repeat out whatever happens.
import type { PersonRef } from '../../contracts/user.schema.ts';
import type { ProjectRole } from '../../contracts/project.schema.ts';
import type { OrgRole } from '../../contracts/user.schema.ts';
import { mentionedAddresses } from '../../core/comments/mentions.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectRow } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { canReadProject } from '../access/policy.ts';
import { notify } from '../notifications/notify.ts';
import type { CommentSubject } from './comment-subjects.ts';

export interface Mentions {
  /** Everyone mentioned, in the order of the text. */
  readonly people: PersonRef[];
  /** Those who cannot read the project. */
  readonly unreachable: PersonRef[];
}

/** The people a text mentions and which of them may read the project (two queries at most). */
export async function resolveMentions(db: Db, project: Pick<ProjectRow, 'id' | 'managerId' | 'sponsorId'>, text: string): Promise<Mentions> {
  const addresses = mentionedAddresses(text);
  if (addresses.length === 0) return { people: [], unreachable: [] };
  const found = await db.selectFrom('users').select(['id', 'name', 'email', 'orgRole']).where('email', 'in', addresses).where('disabledAt', 'is', null).execute();
  if (found.length === 0) return { people: [], unreachable: [] };
  const roles = await db.selectFrom('projectMembers').select(['userId', 'role']).where('projectId', '=', project.id).where('userId', 'in', found.map((u) => u.id)).execute();
  const roleOf = new Map(roles.map((r) => [r.userId, r.role as ProjectRole]));
  const byEmail = new Map(found.map((u) => [u.email, u]));
  const people = addresses.flatMap((a) => (byEmail.has(a) ? [byEmail.get(a)!] : []));
  const mayRead = (u: (typeof found)[number]) =>
    canReadProject({ userId: u.id, name: u.name, orgRole: u.orgRole as OrgRole, via: 'token' }, { managerId: project.managerId, sponsorId: project.sponsorId, memberRole: roleOf.get(u.id) ?? null });
  const ref = (u: (typeof found)[number]): PersonRef => ({ id: u.id, name: u.name, email: u.email });
  return { people: people.map(ref), unreachable: people.filter((u) => !mayRead(u)).map(ref) };
}

/** The first words of a comment for a notification: one line, cut at a word where it is long. */
export function excerptOf(text: string, max = 240): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** Tells the people newly mentioned who may read the project; returns how many were told. */
export async function notifyMentioned(
  trx: Db,
  ctx: AppContext,
  comment: { id: string; body: string },
  subject: CommentSubject,
  projectId: string,
  mentions: Mentions,
  alreadyMentioned: ReadonlySet<string> = new Set(),
): Promise<number> {
  const unreachable = new Set(mentions.unreachable.map((p) => p.id));
  const to = mentions.people.map((p) => p.id).filter((id) => !unreachable.has(id) && !alreadyMentioned.has(id));
  if (to.length === 0) return 0;
  return notify(trx, ctx, {
    kind: 'mention',
    to,
    title: `${ctx.actor.name} mentioned you on ${subject.label}`,
    body: excerptOf(comment.body),
    link: `${subject.link}#comment-${comment.id}`,
    projectId,
    dedupeKey: `comment:${comment.id}:mention`,
  });
}
