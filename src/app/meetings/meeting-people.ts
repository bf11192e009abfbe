// The people of a meeting: attendees are people in Orrery (named and addressed from their
// account, refreshed whenever the list is saved) or guests with a name and maybe an address; the
// minutes go to everyone on the list with an address, present or not, at the address they have
// when the minutes are sent; and a short `@ann` in the minutes names the attendee whose address
// starts with ann@.
import type { Attendee, AttendeeBody } from '../../contracts/meeting.schema.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../errors.ts';

export const attendeesOf = (json: string): Attendee[] => JSON.parse(json) as Attendee[];

/** The attendee list to store: people checked and named from their accounts, guests named, nobody twice. */
export async function checkedAttendees(trx: Db, attendees: ReadonlyArray<AttendeeBody>): Promise<string> {
  const ids = [...new Set(attendees.flatMap((a) => (a.userId ? [a.userId] : [])))];
  const users = new Map((ids.length === 0 ? [] : await trx.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', ids).execute()).map((u) => [u.id, u]));
  const seen = new Set<string>();
  const resolved = attendees.map((a, i): Attendee => {
    const problem = (path: string, message: string, detail: string) => new AppError(a.userId && path === 'userId' ? 'invalid_reference' : 'validation_failed', detail, { errors: [{ path: `attendees[${i}].${path}`, message }] });
    let attendee: Attendee;
    if (a.userId) {
      const user = users.get(a.userId);
      if (!user) throw problem('userId', 'no person with this id', `Attendee ${i + 1} names no person in Orrery (${a.userId}). Pick an existing one, or add them as a guest with a name.`);
      attendee = { userId: user.id, name: user.name, email: user.email, attended: a.attended };
    } else {
      if (!a.name) throw problem('name', 'required for a guest', `Attendee ${i + 1} is a guest: give their name (and e-mail, to send them the minutes), or the userId of a person in Orrery.`);
      attendee = { userId: null, name: a.name, email: a.email || null, attended: a.attended };
    }
    const key = attendee.userId ?? attendee.email;
    if (key && seen.has(key)) throw problem(attendee.userId ? 'userId' : 'email', 'listed twice', `Attendee ${i + 1} (${attendee.name}) is on the list already: list each person once.`);
    if (key) seen.add(key);
    return attendee;
  });
  return JSON.stringify(resolved);
}

export interface MinutesRecipient {
  userId: string | null;
  name: string;
  email: string;
}

/** Who the minutes go to (one entry per address), and the attendees they cannot reach. */
export async function minutesRecipients(db: Db, attendees: ReadonlyArray<Attendee>): Promise<{ recipients: MinutesRecipient[]; withoutEmail: string[] }> {
  const ids = attendees.flatMap((a) => (a.userId ? [a.userId] : []));
  const current = new Map((ids.length === 0 ? [] : await db.selectFrom('users').select(['id', 'email']).where('id', 'in', ids).where('disabledAt', 'is', null).execute()).map((u) => [u.id, u.email]));
  const recipients: MinutesRecipient[] = [];
  const withoutEmail: string[] = [];
  for (const a of attendees) {
    const email = a.userId ? (current.get(a.userId) ?? null) : a.email;
    if (!email) withoutEmail.push(a.name);
    else if (!recipients.some((r) => r.email === email)) recipients.push({ userId: a.userId, name: a.name, email });
  }
  return { recipients, withoutEmail };
}

/** The attendee in Orrery a short handle (`ann` for ann@example.org) names, if exactly one. */
export function attendeeByHandle(attendees: ReadonlyArray<Attendee>, handle: string): string | null {
  const matches = attendees.filter((a) => a.userId && a.email && a.email.split('@')[0] === handle);
  return matches.length === 1 ? matches[0]!.userId : null;
}
