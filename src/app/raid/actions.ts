// Actions: who does what by when. They come from risk responses, issues, gate conditions, meetings,
// reviews and change requests (the source is kept), or stand alone. Overdue is computed, not stored.
import { sql, type Selectable } from 'kysely';
import type { Action, ActionCreate, ActionUpdate, ACTION_SOURCES } from '../../contracts/raid.schema.ts';
import { OPEN_ACTION_STATUSES } from '../../core/raid/raid-states.ts';
import type { ActionsTable } from '../../db/tables.ts';
import { nowIso } from '../context.ts';
import { AppError } from '../errors.ts';
import { commonSorts, itemApi, type LogEnv, type LogKind, type LogListQuery } from './raid-log.ts';
import { patchedFields } from '../shared/versioning.ts';
import { actionAssigned } from '../notifications/notification-events.ts';

type Row = Selectable<ActionsTable> & { sourceCode?: string | null };
type Source = (typeof ACTION_SOURCES)[number];

const OPEN = [...OPEN_ACTION_STATUSES];
/** The sources an action may name, by the table that holds them. A review's corrective action names the finding it corrects. */
const LOGGED_SOURCES: Record<Exclude<Source, 'maturity'>, 'risks' | 'issues' | 'gateReviews' | 'qualityFindings' | 'changeRequests' | 'meetings'> = { risk: 'risks', issue: 'issues', gate: 'gateReviews', review: 'qualityFindings', change: 'changeRequests', meeting: 'meetings' };
const SOURCE_LABEL: Partial<Record<Source, string>> = { review: 'finding of a quality review', change: 'change request', maturity: 'maturity assessment' };

export interface ActionListQuery extends LogListQuery {
  sourceType?: Source | undefined;
  sourceId?: string | undefined;
  overdue?: boolean | undefined;
}

async function checkSource(env: LogEnv, projectId: string, sourceType: Source | null, sourceId: string | null): Promise<void> {
  if ((sourceType === null) !== (sourceId === null)) {
    throw new AppError('validation_failed', 'Give both sourceType and sourceId (where the action comes from), or neither.', { errors: [{ path: sourceType === null ? 'sourceType' : 'sourceId', message: 'given without the other' }] });
  }
  if (sourceType === null) return;
  // A maturity assessment is the PMO's, not a project's: its improvement steps become actions of whichever project runs the PMO's roadmap.
  const found = sourceType === 'maturity'
    ? await env.trx.selectFrom('maturityAssessments').select('id').where('id', '=', sourceId!).executeTakeFirst()
    : await env.trx.selectFrom(LOGGED_SOURCES[sourceType]).select('id').where('id', '=', sourceId!).where('projectId', '=', projectId).executeTakeFirst();
  const label = SOURCE_LABEL[sourceType] ?? sourceType;
  if (!found) throw new AppError('invalid_reference', `sourceId names no ${label} of this project (${sourceId}).`, { errors: [{ path: 'sourceId', message: `no ${label} of this project with this id` }] });
}

const completedAtFor = (env: LogEnv, status: string, before: Row | null): string | null =>
  status === 'done' ? (before?.status === 'done' ? before.completedAt : nowIso(env.ctx.clock)) : null;

export const actionKind: LogKind<Row, Action, ActionCreate, ActionUpdate, ActionListQuery> = {
  table: 'actions',
  prefix: 'ACT',
  label: 'Action',
  auditType: 'action',
  async createColumns(env, project, input) {
    await checkSource(env, project.id, input.sourceType, input.sourceId);
    return { status: input.status, dueDate: input.dueDate, sourceType: input.sourceType, sourceId: input.sourceId, completedAt: completedAtFor(env, input.status, null) };
  },
  async updateColumns(env, before, patch) {
    const columns: Partial<Row> = patchedFields(patch);
    if (patch.status !== undefined) columns.completedAt = completedAtFor(env, patch.status, before);
    return columns;
  },
  /** The code of the record the action comes from, whichever log holds it. */
  extendQuery: (q) =>
    q
      .leftJoin('risks as sr', 'sr.id', 'i.sourceId')
      .leftJoin('issues as si', 'si.id', 'i.sourceId')
      .leftJoin('gateReviews as sg', 'sg.id', 'i.sourceId')
      .leftJoin('qualityFindings as sf', 'sf.id', 'i.sourceId')
      .leftJoin('changeRequests as sc', 'sc.id', 'i.sourceId')
      .leftJoin('meetings as sm', 'sm.id', 'i.sourceId')
      .leftJoin('maturityAssessments as sa', 'sa.id', 'i.sourceId')
      .select(sql<string | null>`coalesce(sr.code, si.code, sg.code, sf.code, sc.code, sm.code, sa.code)`.as('sourceCode')),
  /** A new owner (other than the person acting) hears the action is theirs. */
  async afterWrite(env, before, after) {
    if (!after.ownerId || after.ownerId === before?.ownerId || !OPEN.includes(after.status)) return;
    const project = await env.trx.selectFrom('projects').select(['id', 'code']).where('id', '=', after.projectId).executeTakeFirstOrThrow();
    await actionAssigned(env.trx, env.ctx, { ...after, ownerId: after.ownerId }, project);
  },
  toApi: (r, env) => ({
    ...itemApi(r),
    status: r.status as Action['status'],
    dueDate: r.dueDate,
    overdue: OPEN.includes(r.status) && r.dueDate !== null && r.dueDate < env.today,
    sourceType: r.sourceType as Action['sourceType'],
    sourceId: r.sourceId,
    sourceCode: r.sourceCode ?? null,
    completedAt: r.completedAt,
  }),
  filter(q, query, env) {
    if (query.sourceType) q = q.where('i.sourceType', '=', query.sourceType);
    if (query.sourceId) q = q.where('i.sourceId', '=', query.sourceId);
    if (query.overdue === true) q = q.where('i.status', 'in', OPEN).where('i.dueDate', '<', env.today);
    if (query.overdue === false) q = q.where((eb) => eb.or([eb('i.status', 'not in', OPEN), eb('i.dueDate', 'is', null), eb('i.dueDate', '>=', env.today)]));
    return q;
  },
  sorts: {
    ...commonSorts<Row>(),
    dueDate: { expr: sql`coalesce(i.due_date, '9999-12-31')`, value: (r) => r.dueDate ?? '9999-12-31' },
  },
};
