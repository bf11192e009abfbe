// Keyset (cursor) pagination: stable pages under inserts, no OFFSET scans. A cursor carries the
// sort value and id of the last row of the previous page.
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { AppError } from '../errors.ts';

export type SortValue = string | number;
export interface Cursor {
  readonly value: SortValue;
  readonly id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (raw === undefined || raw === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') && typeof parsed[1] === 'string') {
      return { value: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('invalid_cursor', 'The cursor is not one Orrery gave out. Start again without `cursor`, then follow `nextCursor`.', {
    errors: [{ path: 'cursor', message: 'unknown cursor' }],
  });
}

/** `expr > v OR (expr = v AND id > lastId)` (or `<` when descending). */
export function afterCursor(expr: Expression<unknown> | RawBuilder<unknown>, idColumn: RawBuilder<unknown>, desc: boolean, cursor: Cursor): RawBuilder<SqlBool> {
  const op = desc ? sql.raw('<') : sql.raw('>');
  return sql<SqlBool>`(${expr} ${op} ${cursor.value} or (${expr} = ${cursor.value} and ${idColumn} ${op} ${cursor.id}))`;
}

/** Splits a fetched `limit + 1` rows into the page and the next cursor. */
export function toPage<R extends { id: string }, T>(rows: R[], limit: number, sortValue: (row: R) => SortValue, map: (row: R) => T): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(map),
    nextCursor: more && last ? encodeCursor({ value: sortValue(last), id: last.id }) : null,
  };
}

/** `name` → { field: 'name', desc: false }; `-name` → desc. */
export function parseSort<F extends string>(sort: string): { field: F; desc: boolean } {
  return sort.startsWith('-') ? { field: sort.slice(1) as F, desc: true } : { field: sort as F, desc: false };
}

/** A case-insensitive LIKE pattern with the user's % and _ taken literally. */
export function containsPattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `lower(column) LIKE %q% ESCAPE '\'`, the same on SQLite and PostgreSQL. */
export function ilike(column: RawBuilder<unknown> | Expression<unknown>, q: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`lower(${column}) like ${containsPattern(q)} escape '\\'`;
}
