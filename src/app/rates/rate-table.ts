// People's rates by day, read once for everyone concerned: what prices approved hours (timesheets/
// entry-costs.ts) and anything else that turns a person's time into money.
import { rateOn, type DatedRate } from '../../core/finance/currency.ts';
import type { Db } from '../../db/database.ts';

export interface HourlyRate {
  readonly currency: string;
  readonly standardMinor: number;
  readonly overtimeMinor: number;
}

/** Every rate of these people, for costing hours by day: `rateOf(userId, day)` (null: no rate then). */
export async function rateTable(db: Db, userIds: readonly string[]): Promise<(userId: string, day: string) => HourlyRate | null> {
  const byUser = new Map<string, DatedRate<HourlyRate>[]>();
  if (userIds.length > 0) {
    for (const r of await db.selectFrom('personRates').selectAll().where('userId', 'in', [...new Set(userIds)]).execute()) {
      const standardMinor = Number(r.standardMinor);
      const list = byUser.get(r.userId) ?? [];
      list.push({ effectiveFrom: r.effectiveFrom, value: { currency: r.currency, standardMinor, overtimeMinor: r.overtimeMinor === null ? standardMinor : Number(r.overtimeMinor) } });
      byUser.set(r.userId, list);
    }
  }
  return (userId, day) => rateOn(byUser.get(userId) ?? [], day);
}
