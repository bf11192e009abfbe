// The life every RAID log shares: items belong to a project, carry a code (RSK-12), a title, an
// owner and a status, are added and kept by the project's team, change under If-Match with an
// audit event each time, and are listed across every project the reader may see (one project, a
// program, a portfolio, or all), filtered, searched, sorted and paged. Each kind (risks.ts,
// issues.ts …) describes only its own columns, rules and view.
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { AuditEntityType } from '../../contracts/audit.schema.ts';
import type { Db } from '../../db/database.ts';
import type { LogItemColumns } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadAccessibleProject } from '../projects/project-access.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { loadProjectRow } from '../projects/project-store.ts';
import { duplicateCode, newId, nextCode, reserveCode } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion, patchedFields } from '../shared/versioning.ts';
import { afterCursor, decodeCursor, ilike, parseSort, toPage, type SortValue } from '../shared/pagination.ts';
import { assertExists, isUniqueViolation } from '../shared/references.ts';
import type { RiskMatrix } from '../../core/risk/risk-matrix.ts';
import { loadRiskMatrix } from '../settings/risk-matrix-setting.ts';

export type LogTable = 'risks' | 'issues' | 'assumptions' | 'decisions' | 'actions' | 'projectDependencies' | 'qualityFindings' | 'changeRequests' | 'stakeholders' | 'communications' | 'meetings';

/** An item's row with what the list joins in: its project's code and name, its owner's name. */
export type Joined<Row> = Row & { projectCode: string; projectName: string; ownerName: string | null; portfolioId: string; programId: string | null };

/** What a kind's rules and views may read besides the row: the transaction, the caller, today. */
export interface LogEnv {
  readonly trx: Db;
  readonly ctx: AppContext;
  /** Today, YYYY-MM-DD (UTC), for due and overdue dates. */
  readonly today: string;
  /** The PMO's risk matrix, which scores risks. */
  readonly riskMatrix: RiskMatrix;
}

export interface LogSort<Row> {
  /** Never NULL, so the keyset comparison is total. `i` is the item, `p` its project. */
  readonly expr: RawBuilder<unknown>;
  readonly value: (row: Joined<Row>) => SortValue;
}

export interface LogKind<Row extends LogItemColumns, Api, Create, Update, Query> {
  readonly table: LogTable;
  readonly prefix: string;
  /** "Risk", "Issue" … */
  readonly label: string;
  readonly auditType: AuditEntityType;
  /** A kind's own columns from a create input (checked: references exist, rules hold). */
  createColumns(env: LogEnv, project: { id: string; code: string }, input: Omit<Create, 'code' | 'title' | 'description' | 'ownerId'>): Promise<Partial<Row>>;
  /** The columns a patch changes (checked), given the row before. */
  updateColumns(env: LogEnv, before: Row, patch: Omit<Update, 'title' | 'description' | 'ownerId'>): Promise<Partial<Row>>;
  /** Extra joins and columns a kind's view needs (aliases: `i` the item, `p` its project). */
  extendQuery?(q: SelectQueryBuilder<any, any, any>): SelectQueryBuilder<any, any, any>;
  /** The API view of a row. */
  toApi(row: Joined<Row>, env: LogEnv): Api;
  /** Filters of the list query a kind has besides project, owner, status and search. */
  filter?(q: SelectQueryBuilder<any, any, any>, query: Query, env: LogEnv): SelectQueryBuilder<any, any, any>;
  readonly sorts: Record<string, LogSort<Row>>;
  /** Runs after a create (before: null) or an update, in the same transaction (e.g. score history). */
  afterWrite?(env: LogEnv, before: Row | null, after: Row): Promise<void>;
  /** What the audit trail keeps of an item (default: its API view), for kinds saved very often with large text. */
  auditView?(api: Api): object;
}

export interface LogListQuery {
  q?: string | undefined;
  limit: number;
  cursor?: string | undefined;
  includeArchived?: boolean | undefined;
  projectId?: string | undefined;
  portfolioId?: string | undefined;
  programId?: string | undefined;
  ownerId?: string | undefined;
  status?: string[] | undefined;
  sort: string;
}

type AnyDb = Kysely<any>;
const raw = (db: Db): AnyDb => db as unknown as AnyDb;
const SQL_TABLE: Record<LogTable, string> = { risks: 'risks', issues: 'issues', assumptions: 'assumptions', decisions: 'decisions', actions: 'actions', projectDependencies: 'projectDependencies', qualityFindings: 'qualityFindings', changeRequests: 'changeRequests', stakeholders: 'stakeholders', communications: 'communications', meetings: 'meetings' };

export const todayOf = (ctx: AppContext): string => nowIso(ctx.clock).slice(0, 10);

/** The API fields every log's items share. */
export const itemApi = (r: Joined<LogItemColumns>) => ({
  id: r.id,
  code: r.code,
  projectId: r.projectId,
  projectCode: r.projectCode,
  projectName: r.projectName,
  title: r.title,
  description: r.description,
  ownerId: r.ownerId,
  ownerName: r.ownerName,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  version: r.version,
});

/** Sorts every kind has. */
export const commonSorts = <Row extends LogItemColumns>(): Record<string, LogSort<Row>> => ({
  code: { expr: sql`i.code`, value: (r) => r.code },
  title: { expr: sql`lower(i.title)`, value: (r) => r.title.toLowerCase() },
  status: { expr: sql`i.status`, value: (r) => r.status },
  createdAt: { expr: sql`i.created_at`, value: (r) => r.createdAt },
  updatedAt: { expr: sql`i.updated_at`, value: (r) => r.updatedAt },
});

/** Items of a kind (as `i`) in projects the actor may read (as `p`), with the joined names. */
function itemsQuery<Row extends LogItemColumns>(kind: LogKind<Row, any, any, any, any>, ctx: AppContext, db: Db, includeArchived: boolean, restricted = true) {
  const scoped = { ...ctx, db };
  const projects = restricted ? visibleProjects(scoped, { includeArchived }) : raw(db).selectFrom('projects as p');
  let q = (projects as unknown as SelectQueryBuilder<any, any, any>)
    .innerJoin(`${SQL_TABLE[kind.table]} as i`, 'i.projectId', 'p.id')
    .leftJoin('users as o', 'o.id', 'i.ownerId')
    .selectAll('i')
    .select(['p.code as projectCode', 'p.name as projectName', 'p.portfolioId as portfolioId', 'p.programId as programId', 'o.name as ownerName']);
  if (kind.extendQuery) q = kind.extendQuery(q);
  return q;
}

async function loadJoined<Row extends LogItemColumns>(kind: LogKind<Row, any, any, any, any>, ctx: AppContext, db: Db, id: string, restricted = true): Promise<Joined<Row>> {
  const row = (await itemsQuery(kind, ctx, db, true, restricted).where('i.id', '=', id).executeTakeFirst()) as Joined<Row> | undefined;
  if (!row) throw notFound(kind.label, id);
  return row;
}

async function envOf(ctx: AppContext, trx: Db): Promise<LogEnv> {
  return { trx, ctx, today: todayOf(ctx), riskMatrix: (await loadRiskMatrix(trx)).matrix };
}

/** An item the actor may read; `authorised`: the caller has itself decided they may (a finding's reviewer from outside the team). */
export async function getLogItem<Row extends LogItemColumns, Api>(kind: LogKind<Row, Api, any, any, any>, ctx: AppContext, id: string, options: { authorised?: boolean } = {}): Promise<Api> {
  return kind.toApi(await loadJoined(kind, ctx, ctx.db, id, !options.authorised), await envOf(ctx, ctx.db));
}

export async function listLogItems<Row extends LogItemColumns, Api, Query extends LogListQuery>(
  kind: LogKind<Row, Api, any, any, Query>,
  ctx: AppContext,
  query: Query,
): Promise<{ items: Api[]; nextCursor: string | null }> {
  const { field, desc } = parseSort<string>(query.sort);
  const sort = kind.sorts[field]!;
  const cursor = decodeCursor(query.cursor);
  const env = await envOf(ctx, ctx.db);
  let q = itemsQuery(kind, ctx, ctx.db, query.includeArchived === true || query.projectId !== undefined);
  if (query.projectId) q = q.where('i.projectId', '=', query.projectId);
  if (query.portfolioId) q = q.where('p.portfolioId', '=', query.portfolioId);
  if (query.programId) q = q.where('p.programId', '=', query.programId);
  if (query.ownerId) q = q.where('i.ownerId', '=', query.ownerId);
  if (query.status?.length) q = q.where('i.status', 'in', query.status);
  if (query.q) {
    const text = query.q;
    q = q.where((eb) => eb.or([ilike(sql.ref('i.title'), text), ilike(sql.ref('i.code'), text), ilike(sql.ref('i.description'), text)]));
  }
  if (kind.filter) q = kind.filter(q, query, env);
  if (cursor) q = q.where(afterCursor(sort.expr, sql.ref('i.id'), desc, cursor));
  const rows = (await q.orderBy(sort.expr, desc ? 'desc' : 'asc').orderBy('i.id', desc ? 'desc' : 'asc').limit(query.limit + 1).execute()) as Array<Joined<Row>>;
  return toPage(rows, query.limit, sort.value, (r) => kind.toApi(r, env));
}

/** Every item a list query matches (no paging), for exports. At most `cap`. */
export async function allLogItems<Row extends LogItemColumns, Api, Query extends LogListQuery>(kind: LogKind<Row, Api, any, any, Query>, ctx: AppContext, query: Omit<Query, 'limit' | 'cursor'>, cap: number): Promise<Api[]> {
  const items: Api[] = [];
  let cursor: string | undefined;
  do {
    const page = await listLogItems(kind, ctx, { ...query, limit: 200, cursor } as Query);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < cap);
  return items.slice(0, cap);
}

export interface LogCreate {
  code?: string | undefined;
  title: string;
  description: string;
  ownerId: string | null;
}

export async function createLogItem<Row extends LogItemColumns, Api, Create extends LogCreate>(
  kind: LogKind<Row, Api, Create, any, any>,
  ctx: AppContext,
  projectId: string,
  input: Create,
  /** Set by a use case that has itself authorised the actor (a gate's approver logs its decision and conditions). */
  options: { authorised?: boolean } = {},
): Promise<Api> {
  const { code: requestedCode, title, description, ownerId, ...own } = input;
  try {
    return await inTransaction(ctx, async (trx) => {
      const project = options.authorised ? (await loadProjectRow(trx, projectId))! : await loadAccessibleProject(ctx, trx, projectId, 'contribute', `add ${kind.label.toLowerCase()}s`);
      const env = await envOf(ctx, trx);
      await assertExists(trx, 'users', 'ownerId', ownerId);
      const columns = await kind.createColumns(env, project, own);
      let code = requestedCode;
      if (code) {
        if (await raw(trx).selectFrom(SQL_TABLE[kind.table]).select('id').where('code', '=', code).executeTakeFirst()) throw duplicateCode(code);
        await reserveCode(trx, code);
      } else code = await nextCode(trx, kind.prefix);
      const now = nowIso(ctx.clock);
      const row = { ...columns, id: newId(), projectId, code, title, description, ownerId, createdBy: ctx.actor.userId || null, createdAt: now, updatedAt: now, version: 1 } as Row;
      await raw(trx).insertInto(SQL_TABLE[kind.table]).values(row).execute();
      await kind.afterWrite?.(env, null, row);
      const api = kind.toApi(await loadJoined(kind, ctx, trx, row.id, !options.authorised), env);
      await recordAudit(trx, ctx, { entityType: kind.auditType, entityId: row.id, action: 'create', after: kind.auditView?.(api) ?? (api as object) });
      return api;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(requestedCode ?? '(generated)');
    throw error;
  }
}

export interface LogUpdate {
  title?: string | undefined;
  description?: string | undefined;
  ownerId?: string | null | undefined;
}

/**
 * Changes an item under If-Match. `extra` runs in the same transaction after the update (raising an
 * issue from a risk, say) and sees the item as it is now. `authorised`: the caller has itself
 * decided the actor may make this change (a finding's owner or reviewer from outside the team).
 */
export async function updateLogItem<Row extends LogItemColumns, Api, Update extends LogUpdate>(
  kind: LogKind<Row, Api, any, Update, any>,
  ctx: AppContext,
  id: string,
  expectedVersion: number,
  patch: Update,
  action = 'update',
  extra?: (env: LogEnv, after: Row, before: Row) => Promise<void>,
  options: { authorised?: boolean } = {},
): Promise<Api> {
  const restricted = !options.authorised;
  return inTransaction(ctx, async (trx) => {
    const before = (await raw(trx).selectFrom(SQL_TABLE[kind.table]).selectAll().where('id', '=', id).executeTakeFirst()) as Row | undefined;
    if (!before) throw notFound(kind.label, id);
    if (restricted) await loadAccessibleProject(ctx, trx, before.projectId, 'contribute', `change ${kind.label.toLowerCase()}s`);
    const label = `${kind.label} ${before.code}`;
    assertVersion(label, before.version, expectedVersion);
    const env = await envOf(ctx, trx);
    const { title, description, ownerId, ...own } = patch;
    if (ownerId !== undefined) await assertExists(trx, 'users', 'ownerId', ownerId);
    const common = patchedFields({ title, description, ownerId });
    const columns = { ...common, ...(await kind.updateColumns(env, before, own)) } as Partial<Row>;
    const now = nowIso(ctx.clock);
    const result = await raw(trx)
      .updateTable(SQL_TABLE[kind.table])
      .set({ ...columns, updatedAt: now, version: expectedVersion + 1 })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    assertUpdated(label, result.numUpdatedRows, expectedVersion);
    const after = { ...before, ...columns, updatedAt: now, version: expectedVersion + 1 } as Row;
    await kind.afterWrite?.(env, before, after);
    const beforeApi = kind.toApi(await loadJoinedAs(kind, ctx, trx, before, restricted), env);
    const api = kind.toApi(await loadJoined(kind, ctx, trx, id, restricted), env);
    await recordAudit(trx, ctx, { entityType: kind.auditType, entityId: id, action, before: kind.auditView?.(beforeApi) ?? (beforeApi as object), after: kind.auditView?.(api) ?? (api as object) });
    await extra?.(env, after, before);
    return api;
  });
}

/** The joined view of a row as it was (the joins read today's names, the row its old values). */
async function loadJoinedAs<Row extends LogItemColumns>(kind: LogKind<Row, any, any, any, any>, ctx: AppContext, trx: Db, before: Row, restricted: boolean): Promise<Joined<Row>> {
  const now = await loadJoined(kind, ctx, trx, before.id, restricted);
  const ownerName = before.ownerId === now.ownerId ? now.ownerName : ((await trx.selectFrom('users').select('name').where('id', '=', before.ownerId ?? '').executeTakeFirst())?.name ?? null);
  return { ...now, ...before, ownerName };
}
