// One transaction per use case: the change and its audit event commit together or not at all.
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../context.ts';

export function inTransaction<T>(ctx: AppContext, work: (trx: Db) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute((trx) => work(trx));
}
