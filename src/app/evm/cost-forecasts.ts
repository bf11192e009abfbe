// Cost forecasts of many projects at once, for the portfolio dashboard's budget against forecast:
// earned value's EAC (BAC × AC / EV, i.e. BAC / CPI) from each project's earned-value summary and its
// actual cost to date. A project with no cost baseline, or nothing earned and spent yet, has no
// forecast (null): the dashboard says how many are left out rather than guessing. Three small
// queries whatever the number of projects (no task and no timesheet entry is read).
import type { Db } from '../../db/database.ts';
import { roundMinor } from '../../core/evm/money.ts';
import { actualCosts } from './actual-costs.ts';

/** Each project's EAC in its currency (null: not assessable yet), keyed by id. */
export async function costForecasts(db: Db, projects: ReadonlyArray<{ id: string; currency: string }>, today: string): Promise<Map<string, number | null>> {
  if (projects.length === 0) return new Map();
  const [summaries, actuals] = await Promise.all([
    db.selectFrom('projectEvmSummaries').select(['projectId', 'currency', 'bacMinor', 'evMinor']).where('projectId', 'in', projects.map((p) => p.id)).execute(),
    actualCosts(db, projects, today, 'total'),
  ]);
  const currencyOf = new Map(projects.map((p) => [p.id, p.currency]));
  const summaryOf = new Map(summaries.filter((s) => s.currency === currencyOf.get(s.projectId)).map((s) => [s.projectId, s]));
  return new Map(
    projects.map((p) => {
      const s = summaryOf.get(p.id);
      const ac = (actuals.get(p.id)?.costs ?? []).reduce((sum, c) => sum + c.amount, 0);
      const ev = s ? Number(s.evMinor) : 0;
      return [p.id, s && ev > 0 && ac > 0 ? roundMinor((Number(s.bacMinor) * ac) / ev) : null];
    }),
  );
}
