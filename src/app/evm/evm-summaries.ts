// Each project's earned-value inputs, kept in step with its schedule: budget at completion, earned
// value now, and planned value at the end of every day of its cost baseline — computed with the
// same core functions as the project's own page, so a roll-up from summaries and the page agree to
// the minor unit. Refreshed in the transaction of every schedule change, every change of a task's
// earning rule or estimate to complete or of the project's estimate, and every save of baseline 0;
// a project whose currency changed since is recomputed when read. The portfolio reads these rows
// instead of every task and baseline. The same refresh records the day's EV and BAC in the project's EV history (the last
// change of a day stands), which S-curves and past status dates read.
import { earnedShare } from '../../core/evm/earned-value.ts';
import { plannedValueCurve } from '../../core/evm/evm-curves.ts';
import { roundMinor } from '../../core/evm/money.ts';
import { periodBoundaries, periodStartOf } from '../../core/evm/periods.ts';
import { plannedFinish, plannedStart, standardWorkingTime } from '../../core/evm/planned-value.ts';
import type { Db } from '../../db/database.ts';
import { nowIso, type Clock } from '../context.ts';
import { loadBaseCurrency } from '../rates/exchange-rates.ts';
import { evmInputs, type EvmProject } from './evm-inputs.ts';
import { recordedTasksJson } from './task-ev-history.ts';

const DAY = 1440;

export interface EvmSummary {
  readonly currency: string;
  readonly bac: number;
  readonly ev: number;
  readonly origin: number;
  /** PV at the end of each day from the origin (the last value is BAC). */
  readonly pvCurve: ReadonlyArray<number>;
  /** The project's bottom-up estimate to complete: its manager's for the whole project, else its tasks' summed (null unless every unfinished costed task has one). */
  readonly etcBottomUp: number | null;
  readonly notAssessed: string | null;
  /** Computed summaries only: each task's progress and EV, recorded with the day's EV (task-ev-history.ts). */
  readonly tasksJson?: string;
}

/** The summaries of these projects computed from their schedules and baselines now. */
export async function computeEvmSummaries(db: Db, projects: ReadonlyArray<EvmProject>): Promise<Map<string, EvmSummary>> {
  const inputsOf = await evmInputs(db, projects);
  return new Map(
    projects.map((p): [string, EvmSummary] => {
      const { items, calendar, notAssessed, bottomUp } = inputsOf.get(p.id)!;
      if (notAssessed || items.length === 0) return [p.id, { currency: p.currency, bac: 0, ev: 0, origin: 0, pvCurve: [], etcBottomUp: bottomUp.etc, notAssessed }];
      let start = Infinity;
      let finish = -Infinity;
      let bac = 0;
      let ev = 0;
      for (const item of items) {
        start = Math.min(start, plannedStart(item));
        finish = Math.max(finish, plannedFinish(item));
        bac += item.bac;
        ev += roundMinor(item.bac * earnedShare(item.earning ?? { method: 'percent-complete' }, item.progress));
      }
      const origin = periodStartOf(start, 'day');
      let boundaries: number[];
      try {
        // boundaries[k] is the midnight k days after the origin: the end of day k − 1.
        boundaries = periodBoundaries(origin, finish, 'day');
      } catch {
        return [p.id, { currency: p.currency, bac: 0, ev: 0, origin: 0, pvCurve: [], etcBottomUp: bottomUp.etc, notAssessed: `The baseline dates of ${p.code} span more than a century: correct them and save baseline 0 again.` }];
      }
      const curve = plannedValueCurve(items, boundaries, calendar ?? standardWorkingTime(origin));
      return [p.id, { currency: p.currency, bac, ev, origin, pvCurve: curve.slice(1), etcBottomUp: bottomUp.etc, notAssessed: null, tasksJson: recordedTasksJson(items) }];
    }),
  );
}

/** Recomputes and stores a project's summary (in the caller's transaction). */
export async function refreshEvmSummary(trx: Db, clock: Clock, project: { id: string; code: string; budgetCurrency: string | null }): Promise<void> {
  const currency = project.budgetCurrency ?? (await loadBaseCurrency(trx));
  const summary = (await computeEvmSummaries(trx, [{ id: project.id, code: project.code, currency }])).get(project.id)!;
  const row = { currency, bacMinor: summary.bac, evMinor: summary.ev, origin: summary.origin, pvCurveJson: JSON.stringify(summary.pvCurve), etcMinor: summary.etcBottomUp, notAssessed: summary.notAssessed, updatedAt: nowIso(clock) };
  await trx
    .insertInto('projectEvmSummaries')
    .values({ projectId: project.id, ...row })
    .onConflict((oc) => oc.column('projectId').doUpdateSet(row))
    .execute();
  if (summary.notAssessed === null) await recordEvSnapshot(trx, project.id, row.updatedAt, { currency, bacMinor: summary.bac, evMinor: summary.ev, tasksJson: summary.tasksJson ?? null });
}

/** Keeps the day's EV of a project (the day of `updatedAt`, the app clock's date): one row a day, the last write wins. */
async function recordEvSnapshot(trx: Db, projectId: string, updatedAt: string, figures: { currency: string; bacMinor: number; evMinor: number; tasksJson: string | null }): Promise<void> {
  const row = { ...figures, updatedAt };
  await trx
    .insertInto('projectEvSnapshots')
    .values({ projectId, day: updatedAt.slice(0, 10), ...row })
    .onConflict((oc) => oc.columns(['projectId', 'day']).doUpdateSet(row))
    .execute();
}

/** A project's recorded EV in `currency` up to `lastDay` (YYYY-MM-DD), oldest first (records in another currency are left out). */
export async function loadEvSnapshots(db: Db, projectId: string, currency: string, lastDay: string): Promise<Array<{ day: string; ev: number; bac: number }>> {
  const rows = await db.selectFrom('projectEvSnapshots').select(['day', 'evMinor', 'bacMinor']).where('projectId', '=', projectId).where('currency', '=', currency).where('day', '<=', lastDay).orderBy('day').execute();
  return rows.map((r) => ({ day: r.day, ev: Number(r.evMinor), bac: Number(r.bacMinor) }));
}

/** The stored summaries of these projects; those missing or in another currency than asked are computed now. */
export async function loadEvmSummaries(db: Db, projects: ReadonlyArray<EvmProject>): Promise<Map<string, EvmSummary>> {
  if (projects.length === 0) return new Map();
  const rows = await db.selectFrom('projectEvmSummaries').selectAll().where('projectId', 'in', projects.map((p) => p.id)).execute();
  const stored = new Map(rows.map((r) => [r.projectId, r]));
  const out = new Map<string, EvmSummary>();
  const stale: EvmProject[] = [];
  for (const p of projects) {
    const r = stored.get(p.id);
    if (!r || r.currency !== p.currency) stale.push(p);
    else out.set(p.id, { currency: r.currency, bac: Number(r.bacMinor), ev: Number(r.evMinor), origin: Number(r.origin), pvCurve: JSON.parse(r.pvCurveJson) as number[], etcBottomUp: r.etcMinor === null ? null : Number(r.etcMinor), notAssessed: r.notAssessed });
  }
  for (const [id, summary] of await computeEvmSummaries(db, stale)) out.set(id, summary);
  return out;
}

/** Each project's EV as last recorded on or before `lastDay` in its currency (projects with no such record are absent). */
export async function loadRecordedEv(db: Db, projects: ReadonlyArray<EvmProject>, lastDay: string): Promise<Map<string, number>> {
  if (projects.length === 0) return new Map();
  const latest = db
    .selectFrom('projectEvSnapshots')
    .select(['projectId', 'currency', (eb) => eb.fn.max('day').as('day')])
    .where('projectId', 'in', projects.map((p) => p.id))
    .where('day', '<=', lastDay)
    .groupBy(['projectId', 'currency']);
  const rows = await db
    .selectFrom('projectEvSnapshots as s')
    .innerJoin(latest.as('l'), (j) => j.onRef('l.projectId', '=', 's.projectId').onRef('l.currency', '=', 's.currency').onRef('l.day', '=', 's.day'))
    .select(['s.projectId', 's.currency', 's.evMinor'])
    .execute();
  const currencyOf = new Map(projects.map((p) => [p.id, p.currency]));
  return new Map(rows.filter((r) => currencyOf.get(r.projectId) === r.currency).map((r) => [r.projectId, Number(r.evMinor)]));
}

/** Planned value at the end of the status day whose end is `statusInstant` (wall minutes). */
export function plannedValueAt(summary: EvmSummary, statusInstant: number): number {
  const k = Math.floor((statusInstant - summary.origin) / DAY) - 1;
  if (summary.pvCurve.length === 0 || k < 0) return 0;
  return summary.pvCurve[Math.min(k, summary.pvCurve.length - 1)]!;
}
