// Objectives, portfolios and programs share one life: a code, a name, an owner, versioned edits,
// archiving, and a searchable, sortable list. This module is that life, once; each kind
// (objectives.ts, portfolios.ts, programs.ts) describes only what is its own.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { AuditEntityType } from '../../contracts/audit.schema.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';
import { nowIso } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { duplicateCode, newId, nextCode, reserveCode } from '../shared/ids.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion, patchedFields } from '../shared/versioning.ts';
import { afterCursor, decodeCursor, ilike, parseSort, toPage, type SortValue } from '../shared/pagination.ts';
import { isUniqueViolation } from '../shared/references.ts';

export interface RegisterRow {
  id: string;
  code: string;
  name: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface RegisterKind<Row extends RegisterRow, Api, Create extends { code?: string | undefined }> {
  readonly table: 'objectives' | 'portfolios' | 'programs';
  readonly prefix: string;
  readonly label: string;
  readonly auditType: AuditEntityType;
  toApi(row: Row): Api;
  /** The kind's own columns from a create input (no id, code, timestamps or version). */
  columnsOf(input: Omit<Create, 'code'>): Partial<Row>;
  /** Checks the references named in new or changed columns. */
  checkReferences(trx: Db, columns: Partial<Row>): Promise<void>;
  /** Carries a change through to dependent records (in the same transaction). */
  afterUpdate?(trx: Db, ctx: AppContext, before: Row, after: Row): Promise<void>;
  /** Refuses to archive what still has live children, saying what to do first. */
  assertArchivable?(trx: Db, row: Row): Promise<void>;
  /** Extra list filters, from the list query. */
  filter?(query: Record<string, unknown>): Array<[string, unknown]>;
}

export interface RegisterListQuery {
  q?: string | undefined;
  limit: number;
  cursor?: string | undefined;
  includeArchived?: boolean | undefined;
  sort: string;
  [key: string]: unknown;
}

type AnyDb = Kysely<any>;
const raw = (trx: Db): AnyDb => trx as unknown as AnyDb;

async function load<Row extends RegisterRow>(trx: Db, table: string, id: string): Promise<Row | undefined> {
  return (await raw(trx).selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()) as Row | undefined;
}

export async function createRegisterItem<Row extends RegisterRow, Api, Create extends { code?: string | undefined }>(
  kind: RegisterKind<Row, Api, Create>,
  ctx: AppContext,
  input: Create,
): Promise<Api> {
  requireRegisterEditor(ctx.actor, `create ${kind.label.toLowerCase()}s`);
  const { code: requestedCode, ...rest } = input;
  const columns = kind.columnsOf(rest);
  try {
    return await inTransaction(ctx, async (trx) => {
      await kind.checkReferences(trx, columns);
      let code = requestedCode;
      if (code) {
        if (await raw(trx).selectFrom(kind.table).select('id').where('code', '=', code).executeTakeFirst()) throw duplicateCode(code);
        await reserveCode(trx, code);
      } else {
        code = await nextCode(trx, kind.prefix);
      }
      const now = nowIso(ctx.clock);
      const row = { ...columns, id: newId(), code, archivedAt: null, createdAt: now, updatedAt: now, version: 1 } as Row;
      await raw(trx).insertInto(kind.table).values(row).execute();
      const api = kind.toApi(row);
      await recordAudit(trx, ctx, { entityType: kind.auditType, entityId: row.id, action: 'create', after: api as object });
      return api;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(requestedCode ?? '(generated)');
    throw error;
  }
}

export async function getRegisterItem<Row extends RegisterRow, Api>(kind: RegisterKind<Row, Api, any>, ctx: AppContext, id: string): Promise<Api> {
  const row = await load<Row>(ctx.db, kind.table, id);
  if (!row) throw notFound(kind.label, id);
  return kind.toApi(row);
}

async function changeRegisterItem<Row extends RegisterRow, Api>(
  kind: RegisterKind<Row, Api, any>,
  ctx: AppContext,
  id: string,
  expectedVersion: number,
  action: string,
  change: (trx: Db, before: Row) => Promise<Partial<Row>>,
): Promise<Api> {
  requireRegisterEditor(ctx.actor, `change ${kind.label.toLowerCase()}s`);
  return inTransaction(ctx, async (trx) => {
    const before = await load<Row>(trx, kind.table, id);
    if (!before) throw notFound(kind.label, id);
    assertVersion(`This ${kind.label.toLowerCase()}`, before.version, expectedVersion);
    const columns = await change(trx, before);
    const now = nowIso(ctx.clock);
    const result = await raw(trx)
      .updateTable(kind.table)
      .set({ ...columns, updatedAt: now, version: expectedVersion + 1 })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    assertUpdated(`This ${kind.label.toLowerCase()}`, result.numUpdatedRows, expectedVersion);
    const after = { ...before, ...columns, updatedAt: now, version: expectedVersion + 1 };
    await recordAudit(trx, ctx, { entityType: kind.auditType, entityId: id, action, before: kind.toApi(before) as object, after: kind.toApi(after) as object });
    await kind.afterUpdate?.(trx, ctx, before, after);
    return kind.toApi(after);
  });
}

export function updateRegisterItem<Row extends RegisterRow, Api, Update extends object>(
  kind: RegisterKind<Row, Api, any>,
  ctx: AppContext,
  id: string,
  expectedVersion: number,
  patch: Update,
): Promise<Api> {
  return changeRegisterItem(kind, ctx, id, expectedVersion, 'update', async (trx, before) => {
    if (before.archivedAt) {
      throw new AppError('validation_failed', `${kind.label} ${before.code} is archived and read-only. Restore it first if it needs to change.`);
    }
    const columns = patchedFields(patch) as Partial<Row>;
    await kind.checkReferences(trx, columns);
    return columns;
  });
}

export function setRegisterItemArchived<Row extends RegisterRow, Api>(
  kind: RegisterKind<Row, Api, any>,
  ctx: AppContext,
  id: string,
  expectedVersion: number,
  archived: boolean,
): Promise<Api> {
  return changeRegisterItem(kind, ctx, id, expectedVersion, archived ? 'archive' : 'restore', async (trx, before) => {
    if (archived && before.archivedAt) throw new AppError('validation_failed', `${kind.label} ${before.code} is already archived.`);
    if (!archived && !before.archivedAt) throw new AppError('validation_failed', `${kind.label} ${before.code} is not archived.`);
    if (archived) await kind.assertArchivable?.(trx, before);
    return { archivedAt: archived ? nowIso(ctx.clock) : null } as Partial<Row>;
  });
}

const SORT_COLUMNS = { code: 'code', name: 'name', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export async function listRegisterItems<Row extends RegisterRow, Api>(
  kind: RegisterKind<Row, Api, any>,
  ctx: AppContext,
  query: RegisterListQuery,
): Promise<{ items: Api[]; nextCursor: string | null }> {
  const { field, desc } = parseSort<keyof typeof SORT_COLUMNS>(query.sort);
  const column = SORT_COLUMNS[field];
  const sortExpr = field === 'name' ? sql`lower(${sql.ref(column)})` : sql.ref(column);
  const cursor = decodeCursor(query.cursor);
  let q = raw(ctx.db).selectFrom(kind.table).selectAll() as SelectQueryBuilder<any, any, Row>;
  if (!query.includeArchived) q = q.where('archivedAt', 'is', null);
  for (const [col, value] of kind.filter?.(query) ?? []) q = q.where(col, '=', value);
  if (query.q) { const text = query.q; q = q.where((eb) => eb.or([ilike(sql.ref('name'), text), ilike(sql.ref('code'), text)])); }
  if (cursor) q = q.where(afterCursor(sortExpr, sql.ref('id'), desc, cursor));
  const rows = await q.orderBy(sortExpr, desc ? 'desc' : 'asc').orderBy('id', desc ? 'desc' : 'asc').limit(query.limit + 1).execute();
  const sortValue = (r: Row): SortValue => (field === 'name' ? r.name.toLowerCase() : (r[column] as string));
  return toPage(rows, query.limit, sortValue, (r) => kind.toApi(r));
}
