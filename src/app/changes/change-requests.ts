// Change requests as a project log (raid-log.ts gives codes CR-001…, If-Match, audit, and lists
// across the projects a reader may see): what changes and why, the impact on scope, cost and risk,
// and the schedule edits it proposes, checked against the project's schedule whenever they are
// written. The content may change until the board decides; the steps of its life are in
// change-request-commands.ts. The list's `awaitingMe` is the reader's change board queue.
import { sql, type Selectable } from 'kysely';
import type { ChangeHistoryEntry, ChangeRequest, ChangeRequestCreate, ChangeRequestListQuery, ChangeRequestUpdate, ProjectChangeRequestListQuery, ScheduleEdit } from '../../contracts/change-request.schema.ts';
import type { ChangeRequestsTable } from '../../db/tables.ts';
import { isEditable, type ChangeStatus } from '../../core/change/change-workflow.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { canDecideAnyChange, canDecideChange } from '../access/policy.ts';
import { loadProjectRow } from '../projects/project-store.ts';
import { commonSorts, itemApi, listLogItems, type LogEnv, type LogKind } from '../raid/raid-log.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { newId } from '../shared/ids.ts';
import { readScheduleState } from '../schedules/schedule-settings.ts';
import { applyChangeEdits } from './change-edits.ts';

export type ChangeRow = Selectable<ChangeRequestsTable>;
type Row = ChangeRow & { decidedByName?: string | null; projectSponsorId?: string | null };

export const editsOf = (row: Pick<ChangeRow, 'scheduleEditsJson'>): ScheduleEdit[] => JSON.parse(row.scheduleEditsJson) as ScheduleEdit[];
export const historyOf = (row: Pick<ChangeRow, 'historyJson'>): ChangeHistoryEntry[] => JSON.parse(row.historyJson) as ChangeHistoryEntry[];

/** A step of the request's history, taken by the actor now. */
export function historyEntry(ctx: AppContext, action: ChangeHistoryEntry['action'], from: ChangeStatus | null, to: ChangeStatus, comment: string): ChangeHistoryEntry {
  return { at: nowIso(ctx.clock), actorId: ctx.actor.userId || null, actorName: ctx.actor.name, action, from, to, comment };
}

/** Checks that every edit applies to the project's schedule as it is now (a dry run; nothing is saved). */
async function checkEdits(env: LogEnv, projectId: string, edits: ReadonlyArray<ScheduleEdit>): Promise<void> {
  if (edits.length === 0) return;
  const project = (await loadProjectRow(env.trx, projectId))!;
  applyChangeEdits(await readScheduleState(env.trx, env.ctx, project), edits, { now: nowIso(env.ctx.clock), newId });
}

const costColumns = (cost: ChangeRequestCreate['costImpact']) => ({ costImpactMinor: cost?.amountMinor ?? null, costImpactCurrency: cost?.currency ?? null });

export interface ChangeListQuery extends Omit<ChangeRequestListQuery, 'status'> {
  status?: string[] | undefined;
}

export const changeRequestKind: LogKind<Row, ChangeRequest, ChangeRequestCreate, ChangeRequestUpdate, ChangeListQuery> = {
  table: 'changeRequests',
  prefix: 'CR',
  label: 'Change request',
  auditType: 'change_request',
  async createColumns(env, project, input) {
    await checkEdits(env, project.id, input.scheduleEdits);
    const { costImpact, scheduleEdits, ...own } = input;
    return {
      ...own,
      ...costColumns(costImpact),
      status: 'draft',
      scheduleEditsJson: JSON.stringify(scheduleEdits),
      historyJson: JSON.stringify([historyEntry(env.ctx, 'create', null, 'draft', '')]),
      decision: null,
      decisionComment: '',
      decidedBy: null,
      decidedAt: null,
      decisionId: null,
      appliedJson: null,
    };
  },
  async updateColumns(env, before, patch) {
    if (!isEditable(before.status as ChangeStatus)) {
      throw new AppError('validation_failed', `Change request ${before.code} is ${before.status}: the change board has decided on its content. Withdraw it and raise a new request if the change must differ.`);
    }
    const { costImpact, scheduleEdits, ...own } = patch;
    if (scheduleEdits !== undefined) await checkEdits(env, before.projectId, scheduleEdits);
    return {
      ...(Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined)) as Partial<Row>),
      ...(costImpact !== undefined && costColumns(costImpact)),
      ...(scheduleEdits !== undefined && { scheduleEditsJson: JSON.stringify(scheduleEdits) }),
    };
  },
  extendQuery: (q) => q.leftJoin('users as d', 'd.id', 'i.decidedBy').select(['d.name as decidedByName', 'p.sponsorId as projectSponsorId']),
  filter(q, query, env) {
    if (query.category) q = q.where('i.category', '=', query.category);
    if (query.awaitingMe) {
      q = q.where('i.status', '=', 'submitted');
      if (!canDecideAnyChange(env.ctx.actor)) q = q.where('p.sponsorId', '=', env.ctx.actor.userId);
    }
    return q;
  },
  toApi: (r, env) => ({
    ...itemApi(r),
    status: r.status as ChangeRequest['status'],
    category: r.category as ChangeRequest['category'],
    priority: r.priority as ChangeRequest['priority'],
    reason: r.reason,
    requestedBy: r.requestedBy,
    scopeImpact: r.scopeImpact,
    costImpact: r.costImpactMinor === null || r.costImpactCurrency === null ? null : { amountMinor: Number(r.costImpactMinor), currency: r.costImpactCurrency },
    riskImpact: r.riskImpact,
    scheduleEdits: editsOf(r),
    canDecide: r.status === 'submitted' && canDecideChange(env.ctx.actor, { sponsorId: r.projectSponsorId ?? null }),
    decision: r.decision as ChangeRequest['decision'],
    decisionComment: r.decisionComment,
    decidedBy: r.decidedBy,
    decidedByName: r.decidedByName ?? null,
    decidedAt: r.decidedAt,
    decisionId: r.decisionId,
    applied: r.appliedJson === null ? null : (JSON.parse(r.appliedJson) as ChangeRequest['applied']),
    history: historyOf(r),
  }),
  sorts: { ...commonSorts<Row>(), priority: { expr: sql`case i.priority when 'critical' then 4 when 'high' then 3 when 'medium' then 2 else 1 end`, value: (r) => ({ critical: 4, high: 3, medium: 2 })[r.priority] ?? 1 } },
};

/** A project's change requests (404 for a project the reader cannot see, rather than an empty list). */
export async function listProjectChangeRequests(ctx: AppContext, projectId: string, query: ProjectChangeRequestListQuery): Promise<{ items: ChangeRequest[]; nextCursor: string | null }> {
  await loadAccessibleProject(ctx, ctx.db, projectId, 'read');
  return listLogItems(changeRequestKind, ctx, { ...query, projectId });
}
