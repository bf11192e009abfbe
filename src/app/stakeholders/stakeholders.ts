// The stakeholder register as a project log (raid-log.ts gives codes STK-001…, team edits under
// If-Match, audit, and lists across the projects a reader may see). What is its own: the person
// in Orrery a stakeholder may be (named after them unless given a name, and at most once per
// project), contact details, and the grid scores and engagement from which the quadrant and the
// engagement gap are computed (src/core/stakeholders).
import { sql, type Selectable } from 'kysely';
import type { Stakeholder, StakeholderCreate, StakeholderListQuery, StakeholderUpdate } from '../../contracts/stakeholder.schema.ts';
import { engagementGap, HIGH_FROM, quadrantOf, type EngagementLevel, type Quadrant } from '../../core/stakeholders/stakeholder-grid.ts';
import type { StakeholdersTable } from '../../db/tables.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { commonSorts, createLogItem, itemApi, type LogEnv, type LogKind, type LogListQuery } from '../raid/raid-log.ts';
import { assertExists } from '../shared/references.ts';
import { patchedFields } from '../shared/versioning.ts';

type Row = Selectable<StakeholdersTable> & { userName?: string | null; userEmail?: string | null };
export type StakeholderInput = Omit<StakeholderCreate, 'title'> & { title: string };
export interface StakeholderQuery extends LogListQuery, Pick<StakeholderListQuery, 'category' | 'quadrant'> {}

/** A person is a stakeholder of a project once; a second entry would split what is known of them. */
async function assertNotListed(env: LogEnv, projectId: string, userId: string | null | undefined, exceptId?: string): Promise<void> {
  if (!userId) return;
  await assertExists(env.trx, 'users', 'userId', userId);
  let q = env.trx.selectFrom('stakeholders').select('code').where('projectId', '=', projectId).where('userId', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  const other = await q.executeTakeFirst();
  if (other) throw new AppError('validation_failed', `This person is already stakeholder ${other.code} of the project: update that entry instead.`, { errors: [{ path: 'userId', message: `already ${other.code}` }] });
}

const HIGH: Record<Quadrant, [boolean, boolean]> = { manage_closely: [true, true], keep_satisfied: [true, false], keep_informed: [false, true], monitor: [false, false] };

export const stakeholderKind: LogKind<Row, Stakeholder, StakeholderInput, StakeholderUpdate, StakeholderQuery> = {
  table: 'stakeholders',
  prefix: 'STK',
  label: 'Stakeholder',
  auditType: 'stakeholder',
  async createColumns(env, project, input) {
    await assertNotListed(env, project.id, input.userId);
    return { ...input };
  },
  async updateColumns(env, before, patch) {
    if (patch.userId !== undefined && patch.userId !== before.userId) await assertNotListed(env, before.projectId, patch.userId, before.id);
    return patchedFields(patch) as Partial<Row>;
  },
  extendQuery: (q) => q.leftJoin('users as su', 'su.id', 'i.userId').select(['su.name as userName', 'su.email as userEmail']),
  toApi: (r) => {
    const current = r.engagementCurrent as EngagementLevel;
    const desired = r.engagementDesired as EngagementLevel;
    return {
      ...itemApi(r),
      status: r.status as Stakeholder['status'],
      userId: r.userId,
      userName: r.userName ?? null,
      organisation: r.organisation,
      role: r.role,
      email: r.email,
      phone: r.phone,
      contactEmail: r.email || r.userEmail || null,
      category: r.category as Stakeholder['category'],
      influence: r.influence,
      interest: r.interest,
      quadrant: quadrantOf(r.influence, r.interest),
      engagementCurrent: current,
      engagementDesired: desired,
      engagementGap: engagementGap(current, desired),
    };
  },
  filter(q, query) {
    if (query.category) q = q.where('i.category', '=', query.category);
    if (query.quadrant) {
      const [powerful, interested] = HIGH[query.quadrant];
      q = q.where('i.influence', powerful ? '>=' : '<', HIGH_FROM).where('i.interest', interested ? '>=' : '<', HIGH_FROM);
    }
    return q;
  },
  sorts: {
    ...commonSorts<Row>(),
    influence: { expr: sql`i.influence`, value: (r) => r.influence },
    interest: { expr: sql`i.interest`, value: (r) => r.interest },
  },
};

/** Adds a stakeholder; someone in Orrery is named after their account unless a name is given. */
export async function createStakeholder(ctx: AppContext, projectId: string, input: StakeholderCreate): Promise<Stakeholder> {
  let title = input.title;
  if (title === undefined && input.userId) {
    await assertExists(ctx.db, 'users', 'userId', input.userId);
    title = (await ctx.db.selectFrom('users').select('name').where('id', '=', input.userId).executeTakeFirstOrThrow()).name;
  }
  if (title === undefined) {
    throw new AppError('validation_failed', 'Name the stakeholder (title), or give the person in Orrery they are (userId).', { errors: [{ path: 'title', message: 'required without userId' }] });
  }
  return createLogItem(stakeholderKind, ctx, projectId, { ...input, title });
}
