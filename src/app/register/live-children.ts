// How many records that are not archived still hang under a portfolio or program.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export async function countLive(trx: Db, table: 'projects' | 'programs', column: 'portfolioId' | 'programId', parentId: string): Promise<number> {
  const row = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(sql.ref(column), '=', parentId)
    .where('archivedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
