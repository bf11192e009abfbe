// Checks that ids in an input name records that exist, with an error that says which field is wrong.
import type { Db } from '../../db/database.ts';
import { AppError } from '../errors.ts';

type Referable = 'users' | 'portfolios' | 'programs' | 'objectives';
const LABEL: Record<Referable, string> = { users: 'person', portfolios: 'portfolio', programs: 'program', objectives: 'strategic objective' };

export async function assertExists(trx: Db, table: Referable, field: string, id: string | null | undefined): Promise<void> {
  if (id === null || id === undefined) return;
  const found = await trx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (!found) {
    throw new AppError('invalid_reference', `${field} names no ${LABEL[table]} (${id}). Pick an existing one.`, {
      errors: [{ path: field, message: `no ${LABEL[table]} with this id` }],
    });
  }
}

export async function assertAllExist(trx: Db, table: Referable, field: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await trx.selectFrom(table).select('id').where('id', 'in', [...ids]).execute();
  const known = new Set(found.map((r) => r.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new AppError('invalid_reference', `${field} names no ${LABEL[table]} for ${missing.join(', ')}.`, {
      errors: missing.map((id) => ({ path: `${field}[${ids.indexOf(id)}]`, message: `no ${LABEL[table]} with this id` })),
    });
  }
}

/** A unique-constraint violation from either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
