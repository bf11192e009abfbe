// What a project's assignments amount to now: each work assignment spread over its resource's
// working time within the task's current dates (the given units or work kept, the other following,
// as the core's `assignmentWork`), and its planned cost — work × the standard rate of each day
// (the planned overtime's share of it at the overtime rate, which falls back to the standard), a
// material's quantity × its cost per unit, a cost resource's amount, plus a cost per use once — in
// the project's currency. Work or quantity without a rate is reported, never priced at zero. Read by
// the assignment lists, the financials, baselines (the cost baseline) and the CLI: one loader, a
// constant number of queries per call.
import type { Money } from '../../contracts/common.schema.ts';
import { dayOf, wallFromIso } from '../../core/calendar/wall-time.ts';
import { extendedCost } from '../../core/finance/money.ts';
import { assignmentWork } from '../../core/resources/assignment-work.ts';
import { workCost } from '../../core/resources/assignment-cost.ts';
import { hasCapacity, type ResourceKind } from '../../core/resources/resource-kinds.ts';
import type { AssignmentInput, Contour } from '../../core/resources/resource-types.ts';
import { WorkingDays } from '../../core/resources/working-days.ts';
import type { Db } from '../../db/database.ts';
import type { TaskAssignmentsTable } from '../../db/tables.ts';
import type { Selectable } from 'kysely';
import { currencyConverter, type CurrencyConverter } from '../rates/exchange-rates.ts';
import { capacityTable } from './resource-capacity.ts';
import { resourceRateTable } from './resource-rates.ts';

export type AssignmentRow = Selectable<TaskAssignmentsTable> & {
  taskName: string;
  taskStart: string | null;
  taskFinish: string | null;
  resourceCode: string;
  resourceName: string;
  resourceKind: string;
  resourceUnit: string | null;
};

/** An assignment with its work, units and cost as they stand on the task's current dates. */
export interface PlannedAssignment {
  readonly row: AssignmentRow;
  readonly kind: ResourceKind;
  readonly units: number | null;
  readonly workMinutes: number | null;
  /** Work resources: the minutes of the work planned as overtime (at most the work); 0 for other kinds. */
  readonly overtimeMinutes: number;
  /** The project's currency minor units; null when nothing of it could be priced. */
  readonly costMinor: number | null;
  readonly unpricedMinutes: number;
  /** Why part (or all) of it has no price; null when all of it is priced. */
  readonly unpriced: string | null;
}

export interface AssignmentPlans {
  readonly currency: string;
  readonly items: ReadonlyArray<PlannedAssignment>;
  /** Per task: the priced cost of its assignments and their work (work resources). */
  readonly byTask: ReadonlyMap<string, { costMinor: number; workMinutes: number; byKind: ReadonlyMap<ResourceKind, number> }>;
}

/** Assignments with the task and resource names they show, in schedule order. */
export const assignmentRows = (db: Db) =>
  db
    .selectFrom('taskAssignments as a')
    .innerJoin('scheduleTasks as t', 't.id', 'a.taskId')
    .innerJoin('resources as r', 'r.id', 'a.resourceId')
    .selectAll('a')
    .select(['t.name as taskName', 't.start as taskStart', 't.finish as taskFinish', 'r.code as resourceCode', 'r.name as resourceName', 'r.kind as resourceKind', 'r.unit as resourceUnit'])
    .orderBy('t.position')
    .orderBy('r.name')
    .orderBy('a.id');

const hours = (minutes: number) => `${Math.round((minutes / 60) * 100) / 100} h`;

/** `amount` in `from` as the project's currency on `day`, or null when no exchange rate is in force. */
function converted(fx: CurrencyConverter, money: Money | null, to: string, day: string): number | null {
  if (money === null) return null;
  try {
    return fx.convert(money.amountMinor, money.currency, to, day);
  } catch {
    return null;
  }
}

/** The planned work and cost of these assignment rows, in `currency` (the project's; the base currency when it has none). */
export async function planAssignments(db: Db, rows: ReadonlyArray<AssignmentRow>, projectCurrency: string | null): Promise<AssignmentPlans> {
  const ids = [...new Set(rows.map((r) => r.resourceId))];
  const [capacity, rateOf, fx] = await Promise.all([capacityTable(db, ids), resourceRateTable(db, ids), currencyConverter(db)]);
  const currency = projectCurrency ?? fx.baseCurrency;
  const items = rows.map((row): PlannedAssignment => {
    const kind = row.resourceKind as ResourceKind;
    const startDay = row.taskStart?.slice(0, 10) ?? null;
    const perUse = startDay === null ? null : converted(fx, rateOf(row.resourceId, startDay)?.perUse ?? null, currency, startDay);
    if (kind === 'cost') {
      const amount = row.amountMinor === null ? null : converted(fx, { amountMinor: Number(row.amountMinor), currency: row.amountCurrency! }, currency, startDay ?? '9999-12-31');
      return { row, kind, units: null, workMinutes: null, overtimeMinutes: 0, costMinor: amount === null ? null : amount + (perUse ?? 0), unpricedMinutes: 0, unpriced: amount === null ? `no ${row.amountCurrency} → ${currency} exchange rate` : null };
    }
    if (kind === 'material') {
      const perUnit = startDay === null ? null : converted(fx, rateOf(row.resourceId, startDay)?.perUnit ?? null, currency, startDay);
      const cost = perUnit === null || row.quantityMilli === null ? null : extendedCost(Number(row.quantityMilli), perUnit) + (perUse ?? 0);
      return { row, kind, units: null, workMinutes: null, overtimeMinutes: 0, costMinor: cost, unpricedMinutes: 0, unpriced: perUnit === null ? `${row.resourceName} has no cost per unit on ${startDay ?? 'the task’s start'}` : null };
    }
    const start = row.taskStart === null ? null : wallFromIso(row.taskStart);
    const finish = row.taskFinish === null ? null : wallFromIso(row.taskFinish);
    const given: Pick<AssignmentInput, 'units' | 'work'> = row.driver === 'work' ? { work: row.workMinutes ?? 0 } : { units: row.units ?? 0 };
    if (start === null || finish === null || finish < start) {
      return { row, kind, units: row.units, workMinutes: row.workMinutes, overtimeMinutes: row.overtimeMinutes ?? 0, costMinor: null, unpricedMinutes: row.workMinutes ?? 0, unpriced: 'the task has no dates yet' };
    }
    const calendar = new WorkingDays(row.resourceId, capacity.calendars, dayOf(start), dayOf(finish));
    const input: AssignmentInput = { id: row.id, resourceId: row.resourceId, taskId: row.taskId, projectId: row.projectId, start, finish, contour: row.contour as Contour, ...given };
    const spread = assignmentWork(input, calendar);
    const hourly = (day: string) => converted(fx, rateOf(row.resourceId, day)?.standard ?? null, currency, day);
    const overtimeHourly = (day: string) => converted(fx, rateOf(row.resourceId, day)?.overtime ?? null, currency, day);
    const overtimeMinutes = Math.min(row.overtimeMinutes ?? 0, spread.work);
    const cost = workCost(spread.firstDay, spread.minutesByDay, hourly, { minutes: overtimeMinutes, hourlyMinorOn: overtimeHourly });
    const priced = spread.work - cost.unpricedMinutes > 0 || perUse !== null || spread.work === 0;
    const units = row.driver === 'work' ? (spread.peakUnits === null ? null : Math.round(spread.peakUnits * 100) / 100) : row.units;
    return {
      row,
      kind,
      units,
      workMinutes: spread.work,
      overtimeMinutes,
      costMinor: priced ? cost.costMinor + (perUse ?? 0) : null,
      unpricedMinutes: cost.unpricedMinutes,
      unpriced: cost.unpricedMinutes > 0 ? `${hours(cost.unpricedMinutes)} of ${row.resourceName}’s work fall on days without a standard${overtimeMinutes > 0 ? ' or overtime' : ''} rate (in ${currency} or convertible to it)` : null,
    };
  });
  const byTask = new Map<string, { costMinor: number; workMinutes: number; byKind: Map<ResourceKind, number> }>();
  for (const p of items) {
    const task = byTask.get(p.row.taskId) ?? { costMinor: 0, workMinutes: 0, byKind: new Map<ResourceKind, number>() };
    task.costMinor += p.costMinor ?? 0;
    if (hasCapacity(p.kind)) task.workMinutes += p.workMinutes ?? 0;
    task.byKind.set(p.kind, (task.byKind.get(p.kind) ?? 0) + (p.costMinor ?? 0));
    byTask.set(p.row.taskId, task);
  }
  return { currency, items, byTask };
}

/** Every assignment of a project, planned. */
export async function projectAssignmentPlans(db: Db, projectId: string, projectCurrency: string | null): Promise<AssignmentPlans> {
  return planAssignments(db, await assignmentRows(db).where('a.projectId', '=', projectId).execute(), projectCurrency);
}

/** The spending category each kind's planned cost counts under in the financials. */
export const CATEGORY_OF_KIND: Readonly<Record<ResourceKind, 'labour' | 'equipment' | 'material' | 'services'>> = { person: 'labour', role: 'labour', equipment: 'equipment', material: 'material', cost: 'services' };
