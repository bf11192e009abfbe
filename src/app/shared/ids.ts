// Identifiers: UUIDv7 for records (time-ordered, so "by id" is "by creation"), short
// people-facing codes (PRJ-042) from per-prefix counters kept in the database.
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/database.ts';
import { AppError } from '../errors.ts';

export const newId = (): string => uuidv7();

/** Next code for a prefix, inside the caller's transaction: PRJ-001, PRJ-002 … */
export async function nextCode(trx: Db, prefix: string): Promise<string> {
  const bumped = await trx
    .updateTable('sequences')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', prefix)
    .returning('value')
    .executeTakeFirst();
  let value = bumped?.value;
  if (value === undefined) {
    await trx.insertInto('sequences').values({ name: prefix, value: 1 }).execute();
    value = 1;
  }
  return `${prefix}-${String(value).padStart(3, '0')}`;
}

/** Codes taken by hand must not collide with later generated ones: move the counter past them. */
export async function reserveCode(trx: Db, code: string): Promise<void> {
  const match = /^([A-Z][A-Z0-9]*)-(\d+)$/.exec(code);
  if (!match) return;
  const [, prefix, digits] = match as unknown as [string, string, string];
  const n = Number(digits);
  const row = await trx.selectFrom('sequences').select('value').where('name', '=', prefix).executeTakeFirst();
  if (!row) await trx.insertInto('sequences').values({ name: prefix, value: n }).execute();
  else if (row.value < n) await trx.updateTable('sequences').set({ value: n }).where('name', '=', prefix).execute();
}

/** A code someone chose that is already taken. */
export const duplicateCode = (code: string): AppError =>
  new AppError('duplicate', `The code ${code} is already in use. Choose another code or leave it out to get the next free one.`, {
    errors: [{ path: 'code', message: 'already in use' }],
  });
