// The decision log: the question, what was decided, why, by whom and when. A decision is on record
// only with its outcome; whoever records it decided it today unless they say otherwise.
import { sql, type Selectable } from 'kysely';
import type { Decision, DecisionCreate, DecisionUpdate } from '../../contracts/raid.schema.ts';
import type { DecisionsTable } from '../../db/tables.ts';
import { AppError } from '../errors.ts';
import { assertExists } from '../shared/references.ts';
import { commonSorts, itemApi, type LogEnv, type LogKind, type LogListQuery } from './raid-log.ts';
import { patchedFields } from '../shared/versioning.ts';

type Row = Selectable<DecisionsTable>;
type Decided = Pick<Row, 'status' | 'outcome' | 'decidedBy' | 'decidedOn'>;

/** A decided decision has its outcome, and who decided it when (the recorder, today, by default). */
async function settle(env: LogEnv, d: Decided): Promise<Decided> {
  await assertExists(env.trx, 'users', 'decidedBy', d.decidedBy);
  if (d.status !== 'decided') return d;
  if (d.outcome.trim() === '') {
    throw new AppError('validation_failed', 'Say what was decided (outcome) before marking the decision decided.', { errors: [{ path: 'outcome', message: 'required when the status is decided' }] });
  }
  return { ...d, decidedBy: d.decidedBy ?? (env.ctx.actor.userId || null), decidedOn: d.decidedOn ?? env.today };
}

export const decisionKind: LogKind<Row & { decidedByName?: string | null }, Decision, DecisionCreate, DecisionUpdate, LogListQuery> = {
  table: 'decisions',
  prefix: 'DEC',
  label: 'Decision',
  auditType: 'decision',
  async createColumns(env, _project, input) {
    return { ...(await settle(env, input)), rationale: input.rationale };
  },
  async updateColumns(env, before, patch) {
    const columns = patchedFields(patch) as Partial<Row>;
    const settled = await settle(env, { ...before, ...columns });
    return { ...columns, decidedBy: settled.decidedBy, decidedOn: settled.decidedOn };
  },
  extendQuery: (q) => q.leftJoin('users as d', 'd.id', 'i.decidedBy').select('d.name as decidedByName'),
  toApi: (r) => ({
    ...itemApi(r),
    status: r.status as Decision['status'],
    outcome: r.outcome,
    rationale: r.rationale,
    decidedBy: r.decidedBy,
    decidedByName: r.decidedByName ?? null,
    decidedOn: r.decidedOn,
  }),
  sorts: {
    ...commonSorts<Row>(),
    decidedOn: { expr: sql`coalesce(i.decided_on, '0000-01-01')`, value: (r) => r.decidedOn ?? '0000-01-01' },
  },
};
