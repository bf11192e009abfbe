// Who a communication goes to: the audience names stakeholders of the same project, people in
// Orrery and free-text groups; resolved, it is a list of recipients with the address to use (one
// entry per address, so someone who is both a stakeholder and named directly hears once). The
// recipients of a page of items are resolved in two queries, whatever its size.
import type { AudienceBody, Recipient } from '../../contracts/communication.schema.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../errors.ts';
import { assertAllExist } from '../shared/references.ts';

export interface Audience {
  stakeholderIds: string[];
  userIds: string[];
  groups: string[];
}

export const audienceOf = (json: string): Audience => JSON.parse(json) as Audience;

/** The audience to store: ids once each, checked to be stakeholders of the project and people. */
export async function checkedAudience(trx: Db, projectId: string, audience: AudienceBody): Promise<string> {
  const clean: Audience = { stakeholderIds: [...new Set(audience.stakeholderIds)], userIds: [...new Set(audience.userIds)], groups: [...new Set(audience.groups)] };
  if (clean.stakeholderIds.length > 0) {
    const found = new Set((await trx.selectFrom('stakeholders').select('id').where('projectId', '=', projectId).where('id', 'in', clean.stakeholderIds).execute()).map((r) => r.id));
    const missing = clean.stakeholderIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new AppError('invalid_reference', `The audience names no stakeholder of this project for ${missing.join(', ')}: add them to the stakeholder register first.`, {
        errors: missing.map((id) => ({ path: `audience.stakeholderIds[${clean.stakeholderIds.indexOf(id)}]`, message: 'not a stakeholder of this project' })),
      });
    }
  }
  await assertAllExist(trx, 'users', 'audience.userIds', clean.userIds);
  return JSON.stringify(clean);
}

/** The recipients of each audience, in order: stakeholders, people, then groups; one per address. */
export async function recipientsOf(db: Db, audiences: ReadonlyArray<Audience>): Promise<Recipient[][]> {
  const stakeholderIds = [...new Set(audiences.flatMap((a) => a.stakeholderIds))];
  const userIds = [...new Set(audiences.flatMap((a) => a.userIds))];
  const stakeholders = stakeholderIds.length === 0 ? [] : await db.selectFrom('stakeholders as s').leftJoin('users as u', 'u.id', 's.userId').select(['s.id', 's.code', 's.title', 's.email', 'u.email as userEmail']).where('s.id', 'in', stakeholderIds).execute();
  const users = userIds.length === 0 ? [] : await db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', userIds).execute();
  const byStakeholder = new Map(stakeholders.map((s) => [s.id, s]));
  const byUser = new Map(users.map((u) => [u.id, u]));
  return audiences.map((a) => {
    const all: Recipient[] = [
      ...a.stakeholderIds.flatMap((id) => {
        const s = byStakeholder.get(id);
        return s ? [{ via: 'stakeholder' as const, id, code: s.code, name: s.title, email: s.email || s.userEmail || null }] : [];
      }),
      ...a.userIds.flatMap((id) => {
        const u = byUser.get(id);
        return u ? [{ via: 'person' as const, id, code: null, name: u.name, email: u.email }] : [];
      }),
      ...a.groups.map((name) => ({ via: 'group' as const, id: null, code: null, name, email: null })),
    ];
    const seen = new Set<string>();
    return all.filter((r) => r.email === null || (!seen.has(r.email) && Boolean(seen.add(r.email))));
  });
}
