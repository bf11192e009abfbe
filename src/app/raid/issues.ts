// Issues: problems the project has now, with a priority and severity, an owner and a due date, and
// the level they are escalated to (project → program → PMO → executive). An issue is resolved only
// with a resolution on record. A risk that happens becomes an issue that remembers the risk.
import { sql, type Selectable } from 'kysely';
import type { Risk, Issue, IssueCreate, IssueListQuery, IssueUpdate, RiskOccurred } from '../../contracts/raid.schema.ts';
import { DONE_ISSUE_STATUSES } from '../../core/raid/raid-states.ts';
import type { IssuesTable } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { commonSorts, createLogItem, getLogItem, itemApi, type LogEnv, type LogKind, updateLogItem } from './raid-log.ts';
import { riskKind } from './risks.ts';
import { patchedFields } from '../shared/versioning.ts';

type Row = Selectable<IssuesTable> & { riskCode?: string | null };
type Own<T> = Omit<T, 'code' | 'title' | 'description' | 'ownerId'>;

const DONE = new Set(DONE_ISSUE_STATUSES);
const RANK = { critical: 1, high: 2, medium: 3, low: 4 } as const;

function resolvedAtFor(env: LogEnv, status: string, before: Row | null): string | null {
  if (!DONE.has(status)) return null;
  return before && DONE.has(before.status) ? before.resolvedAt : nowIso(env.ctx.clock);
}

function assertResolution(status: string, resolution: string): void {
  if (DONE.has(status) && resolution.trim() === '') {
    throw new AppError('validation_failed', `Say how the issue was resolved (resolution) before marking it ${status}.`, { errors: [{ path: 'resolution', message: `required when the status is ${status}` }] });
  }
}

export const issueKind: LogKind<Row, Issue, IssueCreate & { riskId?: string | null }, IssueUpdate, IssueListQuery> = {
  table: 'issues',
  prefix: 'ISS',
  label: 'Issue',
  auditType: 'issue',
  async createColumns(env, _project, input: Own<IssueCreate> & { riskId?: string | null }) {
    assertResolution(input.status, input.resolution);
    return {
      status: input.status,
      priority: input.priority,
      severity: input.severity,
      dueDate: input.dueDate,
      escalationLevel: input.escalationLevel,
      resolution: input.resolution,
      riskId: input.riskId ?? null,
      resolvedAt: resolvedAtFor(env, input.status, null),
    };
  },
  async updateColumns(env, before, patch: Own<IssueUpdate>) {
    const columns: Partial<Row> = patchedFields(patch);
    const status = patch.status ?? before.status;
    assertResolution(status, patch.resolution ?? before.resolution);
    if (patch.status !== undefined) columns.resolvedAt = resolvedAtFor(env, status, before);
    return columns;
  },
  extendQuery: (q) => q.leftJoin('risks as ir', 'ir.id', 'i.riskId').select('ir.code as riskCode'),
  toApi: (r, env) => ({
    ...itemApi(r),
    status: r.status as Issue['status'],
    priority: r.priority as Issue['priority'],
    severity: r.severity as Issue['severity'],
    dueDate: r.dueDate,
    overdue: !DONE.has(r.status) && r.dueDate !== null && r.dueDate < env.today,
    escalationLevel: r.escalationLevel as Issue['escalationLevel'],
    resolution: r.resolution,
    riskId: r.riskId,
    riskCode: r.riskCode ?? null,
    resolvedAt: r.resolvedAt,
  }),
  filter(q, query) {
    if (query.priority) q = q.where('i.priority', '=', query.priority);
    if (query.escalationLevel) q = q.where('i.escalationLevel', '=', query.escalationLevel);
    return q;
  },
  sorts: {
    ...commonSorts<Row>(),
    priority: {
      expr: sql`(case i.priority when 'critical' then 1 when 'high' then 2 when 'medium' then 3 else 4 end)`,
      value: (r) => RANK[r.priority as keyof typeof RANK] ?? 4,
    },
    dueDate: { expr: sql`coalesce(i.due_date, '9999-12-31')`, value: (r) => r.dueDate ?? '9999-12-31' },
  },
};

const SEVERITY_OF_IMPACT = ['minor', 'minor', 'moderate', 'major', 'critical'] as const;

/**
 * A risk happened: it is marked occurred and an issue is raised from it, in one transaction (the
 * issue remembers the risk). The issue's severity follows the risk's impact unless given.
 */
export async function raiseIssueFromRisk(ctx: AppContext, riskId: string, expectedVersion: number, input: RiskOccurred): Promise<{ risk: Risk; issue: Issue }> {
  let issueId = '';
  const risk = await updateLogItem(riskKind, ctx, riskId, expectedVersion, { status: 'occurred' }, 'occurred', async (env, after, before) => {
    if (before.status === 'occurred') throw new AppError('validation_failed', `Risk ${after.code} has already occurred; see the issues raised from it.`);
    const impactShare = after.impact / env.riskMatrix.impact.length;
    const severity = input.severity ?? SEVERITY_OF_IMPACT[Math.min(4, Math.max(0, Math.ceil(impactShare * 5) - 1))]!;
    const issue = await createLogItem(issueKind, { ...ctx, db: env.trx }, after.projectId, {
      title: input.title ?? after.title,
      description: input.description ?? [after.description, after.effect && `Effect: ${after.effect}`].filter(Boolean).join('\n\n'),
      ownerId: input.ownerId !== undefined ? input.ownerId : after.ownerId,
      status: 'open',
      priority: input.priority,
      severity,
      dueDate: input.dueDate,
      escalationLevel: input.escalationLevel,
      resolution: '',
      riskId: after.id,
    });
    issueId = issue.id;
  });
  return { risk, issue: await getLogItem(issueKind, ctx, issueId) };
}
