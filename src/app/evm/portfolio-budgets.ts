// The budget side of the portfolio's money, for many projects in two queries: each project's
// approved budget (its approved original revision) and current budget (plus every approved change),
// as the budget view computes them from the revisions, and its open commitments (open purchase
// orders less what was invoiced against them, as the project's financials count them). Amounts are
// in the currency they were recorded in; the roll-up converts them.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { openCommitment } from '../finance/purchase-orders.ts';

export interface ProjectBudgetFigures {
  /** The approved original's total; null until one is approved. */
  readonly approvedMinor: number | null;
  /** The approved original plus every approved change; null until the original is approved. */
  readonly currentMinor: number | null;
  readonly budgetCurrency: string | null;
  /** Open commitments per currency they are in. */
  readonly committed: ReadonlyMap<string, number>;
}

const NONE: ProjectBudgetFigures = { approvedMinor: null, currentMinor: null, budgetCurrency: null, committed: new Map() };

export async function loadBudgetFigures(db: Db, projectIds: readonly string[]): Promise<Map<string, ProjectBudgetFigures>> {
  if (projectIds.length === 0) return new Map();
  const ids = [...projectIds];
  const invoiced = db
    .selectFrom('expenses')
    .select(['purchaseOrderId', sql<number>`sum(amount_minor)`.as('invoicedMinor')])
    .where('purchaseOrderId', 'is not', null)
    .where('projectId', 'in', ids)
    .groupBy('purchaseOrderId')
    .as('x');
  const [revisions, orders] = await Promise.all([
    db
      .selectFrom('budgetRevisions as r')
      .leftJoin('budgetLines as l', 'l.revisionId', 'r.id')
      .select(['r.projectId', 'r.original', 'r.currency', sql<number | null>`sum(l.amount_minor)`.as('amountMinor')])
      .where('r.status', '=', 'approved')
      .where('r.projectId', 'in', ids)
      .groupBy(['r.projectId', 'r.original', 'r.currency'])
      .execute(),
    db
      .selectFrom('purchaseOrders as o')
      .leftJoin(invoiced, 'x.purchaseOrderId', 'o.id')
      .select(['o.projectId', 'o.currency', 'o.status', 'o.amountMinor', 'x.invoicedMinor'])
      .where('o.status', '=', 'open')
      .where('o.projectId', 'in', ids)
      .execute(),
  ]);
  const out = new Map<string, { approvedMinor: number | null; changesMinor: number; budgetCurrency: string | null; committed: Map<string, number> }>();
  const of = (id: string) => {
    let figures = out.get(id);
    if (!figures) out.set(id, (figures = { approvedMinor: null, changesMinor: 0, budgetCurrency: null, committed: new Map() }));
    return figures;
  };
  for (const r of revisions) {
    const figures = of(r.projectId);
    figures.budgetCurrency = r.currency;
    if (r.original === 1) figures.approvedMinor = Number(r.amountMinor ?? 0);
    else figures.changesMinor += Number(r.amountMinor ?? 0);
  }
  for (const o of orders) {
    const open = openCommitment(o.status, Number(o.amountMinor), Number(o.invoicedMinor ?? 0));
    const committed = of(o.projectId).committed;
    if (open > 0) committed.set(o.currency, (committed.get(o.currency) ?? 0) + open);
  }
  return new Map(
    ids.map((id) => {
      const f = out.get(id);
      if (!f) return [id, NONE];
      return [id, { approvedMinor: f.approvedMinor, currentMinor: f.approvedMinor === null ? null : f.approvedMinor + f.changesMinor, budgetCurrency: f.budgetCurrency, committed: f.committed }];
    }),
  );
}
