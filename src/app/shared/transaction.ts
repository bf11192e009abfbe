// One transaction per use case: the change and its audit event commit together or not at all.
// A use case called by another inside its transaction (ctx.db is then that transaction) joins it.
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';

export function inTransaction<T>(ctx: AppContext, work: (trx: Db) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx.db);
  return ctx.db.transaction().execute((trx) => work(trx));
}
