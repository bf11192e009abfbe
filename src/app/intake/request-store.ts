// Project requests as read: the row turned into the API view (people's names, the project it
// became, the business case's figures, what the reader may do now) and who sees which request —
// the PMO, administrators and executives see all; a member sees requests they raised, sponsor or
// review, and the one a project they can read came from.
import { sql, type Selectable } from 'kysely';
import type { BusinessCaseBody } from '../../contracts/business-case.schema.ts';
import type { ProjectRequest, ProjectRequestListQuery, RequestHistoryEntry } from '../../contracts/intake.schema.ts';
import { ACTION_TAKER, isRequestEditable, possibleRequestActions, type RequestStatus } from '../../core/intake/request-workflow.ts';
import type { IntakeValue } from '../../core/intake/intake-fields.ts';
import type { ProjectRequestsTable } from '../../db/tables.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type Actor, type AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { canRaiseRequests, canReadAllRequests, canTriageRequests } from '../access/policy.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { afterCursor, decodeCursor, ilike, toPage } from '../shared/pagination.ts';
import { businessCaseView } from './business-case-view.ts';

export type RequestRow = Selectable<ProjectRequestsTable>;

export const reviewerIdsOf = (row: RequestRow): string[] => JSON.parse(row.reviewerIdsJson) as string[];
export const historyOf = (row: RequestRow): RequestHistoryEntry[] => JSON.parse(row.historyJson) as RequestHistoryEntry[];
export const businessCaseOf = (row: RequestRow): BusinessCaseBody | null => (row.businessCaseJson ? (JSON.parse(row.businessCaseJson) as BusinessCaseBody) : null);
export const fieldValuesOf = (row: RequestRow): Record<string, IntakeValue> => JSON.parse(row.fieldsJson) as Record<string, IntakeValue>;

export function historyEntry(ctx: AppContext, action: RequestHistoryEntry['action'], from: RequestStatus | null, to: RequestStatus, comment: string): RequestHistoryEntry {
  return { at: nowIso(ctx.clock), actorId: ctx.actor.userId || null, actorName: ctx.actor.name, action, from, to, comment };
}

const isRequester = (actor: Actor, row: RequestRow): boolean => row.requesterId !== null && row.requesterId === actor.userId;

/** The reader may change the content: the PMO while undecided; the requester while a draft or asked for a business case. */
export function canEditRequest(actor: Actor, row: RequestRow): boolean {
  const status = row.status as RequestStatus;
  if (!isRequestEditable(status)) return false;
  if (canTriageRequests(actor)) return true;
  return isRequester(actor, row) && (status === 'draft' || status === 'business_case');
}

/** May this actor take this action on this request (the status aside)? */
export function mayTake(actor: Actor, row: RequestRow, action: keyof typeof ACTION_TAKER): boolean {
  return ACTION_TAKER[action] === 'requester' ? isRequester(actor, row) : canTriageRequests(actor);
}

interface Names {
  people: Map<string, string>;
  projects: Map<string, { id: string; code: string; name: string }>;
}

async function namesFor(db: Db, rows: readonly RequestRow[]): Promise<Names> {
  const people = [...new Set(rows.flatMap((r) => [r.requesterId, ...reviewerIdsOf(r)]).filter((id): id is string => id !== null))];
  const projects = [...new Set(rows.map((r) => r.projectId).filter((id): id is string => id !== null))];
  const users = people.length > 0 ? await db.selectFrom('users').select(['id', 'name']).where('id', 'in', people).execute() : [];
  const found = projects.length > 0 ? await db.selectFrom('projects').select(['id', 'code', 'name']).where('id', 'in', projects).execute() : [];
  return { people: new Map(users.map((u) => [u.id, u.name])), projects: new Map(found.map((p) => [p.id, p])) };
}

function toApi(actor: Actor, row: RequestRow, names: Names): ProjectRequest {
  const person = (id: string) => ({ id, name: names.people.get(id) ?? 'former user' });
  const status = row.status as RequestStatus;
  const businessCase = businessCaseOf(row);
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    problem: row.problem,
    objectives: row.objectives,
    objectiveIds: JSON.parse(row.objectiveIdsJson) as string[],
    expectedBenefits: row.expectedBenefits,
    costEstimate: row.costEstimateMinor === null ? null : { amountMinor: Number(row.costEstimateMinor), currency: row.costEstimateCurrency! },
    durationEstimateMonths: row.durationEstimateMonths,
    desiredStart: row.desiredStart,
    keyRisks: row.keyRisks,
    sponsorId: row.sponsorId,
    portfolioId: row.portfolioId,
    programId: row.programId,
    requester: row.requesterId ? person(row.requesterId) : null,
    status,
    reviewers: reviewerIdsOf(row).map(person),
    fields: fieldValuesOf(row),
    businessCase: businessCase && businessCaseView(businessCase),
    project: row.projectId ? (names.projects.get(row.projectId) ?? null) : null,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    history: historyOf(row),
    canEdit: canEditRequest(actor, row),
    actions: !canRaiseRequests(actor) ? [] : possibleRequestActions(status).filter((a) => mayTake(actor, row, a)),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export async function requestsToApi(db: Db, actor: Actor, rows: readonly RequestRow[]): Promise<ProjectRequest[]> {
  const names = await namesFor(db, rows);
  return rows.map((r) => toApi(actor, r, names));
}

/** Whether the actor sees the request, without asking about its project. */
function seesDirectly(actor: Actor, row: RequestRow): boolean {
  return canReadAllRequests(actor) || isRequester(actor, row) || row.sponsorId === actor.userId || reviewerIdsOf(row).includes(actor.userId);
}

/** The request if the actor may read it, else not found (ids do not leak). */
export async function loadVisibleRequest(ctx: AppContext, db: Db, id: string): Promise<RequestRow> {
  const row = await db.selectFrom('projectRequests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Project request', id);
  if (seesDirectly(ctx.actor, row)) return row;
  if (row.projectId) {
    try {
      await loadAccessibleProject(ctx, db, row.projectId, 'read');
      return row;
    } catch {
      // not readable through its project either
    }
  }
  throw notFound('Project request', id);
}

export async function getRequest(ctx: AppContext, id: string): Promise<ProjectRequest> {
  const row = await loadVisibleRequest(ctx, ctx.db, id);
  return (await requestsToApi(ctx.db, ctx.actor, [row]))[0]!;
}

/** Requests the reader sees, newest first; `projectId` finds the request a project came from. */
export async function listRequests(ctx: AppContext, query: ProjectRequestListQuery): Promise<{ items: ProjectRequest[]; nextCursor: string | null }> {
  const me = ctx.actor.userId;
  const cursor = decodeCursor(query.cursor);
  let q = ctx.db.selectFrom('projectRequests').selectAll();
  if (!canReadAllRequests(ctx.actor)) {
    q = q.where((eb) =>
      eb.or([
        eb('requesterId', '=', me),
        eb('sponsorId', '=', me),
        eb('reviewerIdsJson', 'like', `%"${me}"%`),
        eb('projectId', 'in', eb.selectFrom('projects').select('id').where((p) => p.or([p('managerId', '=', me), p('sponsorId', '=', me)]))),
        eb('projectId', 'in', eb.selectFrom('projectMembers').select('projectId').where('userId', '=', me)),
      ]),
    );
  }
  if (query.status) q = q.where('status', '=', query.status);
  if (query.portfolioId) q = q.where('portfolioId', '=', query.portfolioId);
  if (query.projectId) q = q.where('projectId', '=', query.projectId);
  if (query.q) { const text = query.q; q = q.where((eb) => eb.or([ilike(sql.ref('title'), text), ilike(sql.ref('code'), text)])); }
  if (cursor) q = q.where(afterCursor(sql.ref('createdAt'), sql.ref('id'), true, cursor));
  const rows = await q.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(query.limit + 1).execute();
  const page = toPage(rows, query.limit, (r) => r.createdAt, (r) => r);
  return { items: await requestsToApi(ctx.db, ctx.actor, page.items), nextCursor: page.nextCursor };
}
