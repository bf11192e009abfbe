// Requests to the PMO's support desk. Anyone raises one; the requester sees their own, the PMO,
// administrators and executives the whole queue; the PMO and administrators assign, move and resolve
// them. Taking a request up (or resolving it straight away) is its first response; resolving needs a
// resolution; reopening a resolved request clears its resolution time. Times are read against the
// service levels of the request's category on every read, so breaches show while a request waits.
import type { Selectable } from 'kysely';
import type { SupportQueue, SupportQueueQuery, SupportRequest, SupportRequestCreate, SupportRequestUpdate } from '../../contracts/support.schema.ts';
import { requestSla, transitionProblem, type ServiceLevels, type SlaClock, type SupportCategory, type SupportStatus } from '../../core/support/support-desk.ts';
import type { Db } from '../../db/database.ts';
import type { SupportRequestsTable } from '../../db/tables.ts';
import { nowIso, type Actor, type AppContext } from '../context.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { canEditRegister, canReadAllProjects } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { newId, nextCode } from '../shared/ids.ts';
import { assertExists } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { loadServiceLevels } from './service-levels-setting.ts';

type Row = Selectable<SupportRequestsTable>;
const readsQueue = (actor: Actor): boolean => canReadAllProjects(actor);

async function names(db: Db, rows: readonly Row[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => [r.requesterId, r.assigneeId]).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  return new Map((await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute()).map((u) => [u.id, u.name]));
}

function toApi(ctx: AppContext, row: Row, people: ReadonlyMap<string, string>, { levels, clock }: { levels: ServiceLevels; clock: SlaClock }): SupportRequest {
  const sla = requestSla({ category: row.category as SupportCategory, raisedAt: row.raisedAt, firstResponseAt: row.firstResponseAt, resolvedAt: row.resolvedAt }, levels, nowIso(ctx.clock), clock);
  const person = (id: string | null) => (id !== null && people.has(id) ? { id, name: people.get(id)! } : null);
  return {
    id: row.id, code: row.code, title: row.title, description: row.description, category: row.category as SupportCategory, status: row.status as SupportStatus,
    requester: person(row.requesterId), assignee: person(row.assigneeId), resolution: row.resolution,
    raisedAt: row.raisedAt, firstResponseAt: row.firstResponseAt, resolvedAt: row.resolvedAt, closedAt: row.closedAt,
    firstResponse: sla.firstResponse, resolutionTime: sla.resolution, breached: sla.breached, canManage: canEditRegister(ctx.actor), version: row.version,
  };
}

async function loadVisible(ctx: AppContext, db: Db, id: string): Promise<Row> {
  const row = await db.selectFrom('supportRequests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (!readsQueue(ctx.actor) && row.requesterId !== ctx.actor.userId)) throw notFound('Support request', id);
  return row;
}

async function one(ctx: AppContext, db: Db, row: Row): Promise<SupportRequest> {
  return toApi(ctx, row, await names(db, [row]), await loadServiceLevels(db, ctx.clock.now().getTime()));
}

export async function listSupportRequests(ctx: AppContext, query: SupportQueueQuery): Promise<SupportQueue> {
  let q = ctx.db.selectFrom('supportRequests').selectAll().orderBy('raisedAt').orderBy('id');
  if (!readsQueue(ctx.actor) || query.mine === 'true') q = q.where('requesterId', '=', ctx.actor.userId);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.category) q = q.where('category', '=', query.category);
  const rows = await q.execute();
  const [people, levels] = await Promise.all([names(ctx.db, rows), loadServiceLevels(ctx.db, ctx.clock.now().getTime())]);
  const all = rows.map((r) => toApi(ctx, r, people, levels));
  const open = all.filter((r) => r.status === 'new' || r.status === 'in_progress');
  const items = query.breached === undefined ? all : all.filter((r) => r.breached === (query.breached === 'true'));
  return { items, open: open.length, breached: open.filter((r) => r.breached).length };
}

export async function getSupportRequest(ctx: AppContext, id: string): Promise<SupportRequest> {
  return one(ctx, ctx.db, await loadVisible(ctx, ctx.db, id));
}

export function raiseSupportRequest(ctx: AppContext, input: SupportRequestCreate): Promise<SupportRequest> {
  return inTransaction(ctx, async (trx) => {
    const now = nowIso(ctx.clock);
    const row: Row = {
      id: newId(), code: await nextCode(trx, 'SUP'), title: input.title, description: input.description, category: input.category, status: 'new',
      requesterId: ctx.actor.userId || null, assigneeId: null, resolution: '', raisedAt: now, firstResponseAt: null, resolvedAt: null, closedAt: null,
      createdAt: now, updatedAt: now, version: 1,
    };
    await trx.insertInto('supportRequests').values(row).execute();
    const api = await one(ctx, trx, row);
    await recordAudit(trx, ctx, { entityType: 'support_request', entityId: row.id, action: 'create', after: api });
    return api;
  });
}

/** Assigns, recategorises, moves and resolves a request (PMO, admin). */
export function updateSupportRequest(ctx: AppContext, id: string, expectedVersion: number, patch: SupportRequestUpdate): Promise<SupportRequest> {
  return inTransaction(ctx, async (trx) => {
    const row = await loadVisible(ctx, trx, id);
    if (!canEditRegister(ctx.actor)) throw forbidden(`manage ${row.code} (the PMO works the support queue)`);
    assertVersion(`Support request ${row.code}`, row.version, expectedVersion);
    if (patch.assigneeId) await assertExists(trx, 'users', 'assigneeId', patch.assigneeId);
    const from = row.status as SupportStatus;
    const to = patch.status ?? from;
    const problem = transitionProblem(from, to);
    if (problem) throw new AppError('validation_failed', problem, { errors: [{ path: 'status', message: problem }] });
    const resolution = patch.resolution ?? row.resolution;
    if (to === 'resolved' && from !== 'resolved' && resolution.trim() === '') {
      throw new AppError('validation_failed', `Say how ${row.code} was resolved (resolution) before resolving it.`, { errors: [{ path: 'resolution', message: 'required to resolve' }] });
    }
    const now = nowIso(ctx.clock);
    const next: Row = {
      ...row,
      status: to,
      assigneeId: patch.assigneeId === undefined ? row.assigneeId : patch.assigneeId,
      category: patch.category ?? row.category,
      resolution,
      firstResponseAt: row.firstResponseAt ?? (to !== 'new' ? now : null),
      resolvedAt: to === 'resolved' ? (from === 'resolved' ? row.resolvedAt : now) : to === 'closed' ? row.resolvedAt : null,
      closedAt: to === 'closed' ? (row.closedAt ?? now) : null,
      updatedAt: now,
      version: expectedVersion + 1,
    };
    const { id: _id, code: _code, createdAt: _c, raisedAt: _r, requesterId: _q, ...changes } = next;
    const result = await trx.updateTable('supportRequests').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    assertUpdated(`Support request ${row.code}`, result.numUpdatedRows, expectedVersion);
    const before = await one(ctx, trx, row);
    const after = await one(ctx, trx, next);
    await recordAudit(trx, ctx, { entityType: 'support_request', entityId: id, action: to !== from ? to : 'update', before, after });
    return after;
  });
}
