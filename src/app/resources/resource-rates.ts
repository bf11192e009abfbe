// Dated rates of resources, and the one answer to "what does resource R cost on day D". A person
// linked to an account keeps their hourly rates in the people's rates (rates/person-rates.ts, the
// PMO's Rates page), which also price their timesheets; every other resource keeps its own here:
// standard and overtime per hour (unlinked persons, roles, equipment), a cost per unit (material),
// and for any kind a cost per use. Read by the PMO and administrators, and a person their own.
import type { Selectable } from 'kysely';
import type { ResourceRate, ResourceRateCreate, ResourceRateOn, ResourceRateUpdate } from '../../contracts/resource.schema.ts';
import type { PersonRate } from '../../contracts/rates.schema.ts';
import type { Money } from '../../contracts/common.schema.ts';
import { rateOn, type DatedRate } from '../../core/finance/currency.ts';
import { rateProblems, type ResourceKind } from '../../core/resources/resource-kinds.ts';
import type { Db } from '../../db/database.ts';
import type { ResourceRatesTable } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { canReadResourceRates, requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { newId } from '../shared/ids.ts';
import { isUniqueViolation } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { listPersonRates } from '../rates/person-rates.ts';
import { rateTable } from '../rates/rate-table.ts';
import { loadResource, type ResourceRow } from './resource-store.ts';

type Row = Selectable<ResourceRatesTable>;
type Amounts = Pick<ResourceRate, 'standard' | 'overtime' | 'perUse' | 'perUnit'>;
const PARTS = ['standard', 'overtime', 'perUse', 'perUnit'] as const;

const money = (minor: number | string | null, currency: string): Money | null => (minor === null ? null : { amountMinor: Number(minor), currency });
const amountsOf = (r: Row): Amounts => ({ standard: money(r.standardMinor, r.currency), overtime: money(r.overtimeMinor, r.currency), perUse: money(r.perUseMinor, r.currency), perUnit: money(r.perUnitMinor, r.currency) });
const toApi = (r: Row): ResourceRate => ({ id: r.id, resourceId: r.resourceId, effectiveFrom: r.effectiveFrom, ...amountsOf(r), createdAt: r.createdAt, updatedAt: r.updatedAt, version: r.version });

const hourlyFrom = (row: Pick<ResourceRow, 'userId'>) => (row.userId !== null ? 'person_rates' : 'resource_rates');

async function readableResource(ctx: AppContext, resourceId: string): Promise<ResourceRow> {
  const row = await loadResource(ctx.db, resourceId);
  if (!canReadResourceRates(ctx.actor, row)) throw forbidden('read this resource’s rates');
  return row;
}

/** The amounts of a rate checked against its resource's kind, with their one currency. */
function checkedColumns(row: ResourceRow, amounts: Amounts): { currency: string; standardMinor: number | null; overtimeMinor: number | null; perUseMinor: number | null; perUnitMinor: number | null } {
  const problems = rateProblems(row.kind as ResourceKind, row.userId !== null, { standard: amounts.standard !== null, overtime: amounts.overtime !== null, perUse: amounts.perUse !== null, perUnit: amounts.perUnit !== null });
  const currencies = [...new Set(PARTS.map((p) => amounts[p]?.currency).filter((c) => c !== undefined))];
  if (currencies.length > 1) problems.push({ path: 'standard.currency', message: `give every amount in one currency (now ${currencies.join(' and ')})` });
  if (problems.length > 0) {
    throw new AppError('validation_failed', `This rate does not fit ${row.code} ${row.name} (${row.kind}): ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}.`, { errors: problems.map((p) => ({ ...p })) });
  }
  const minor = (m: Money | null) => m?.amountMinor ?? null;
  return { currency: currencies[0]!, standardMinor: minor(amounts.standard), overtimeMinor: minor(amounts.overtime), perUseMinor: minor(amounts.perUse), perUnitMinor: minor(amounts.perUnit) };
}

const taken = (row: ResourceRow, effectiveFrom: string) =>
  new AppError('duplicate', `${row.code} already has a rate from ${effectiveFrom}. Change that rate, or give the new one another start date.`, { errors: [{ path: 'effectiveFrom', message: 'a rate from this day exists' }] });

export async function listResourceRates(ctx: AppContext, resourceId: string): Promise<{ hourlyFrom: 'person_rates' | 'resource_rates'; items: ResourceRate[]; personRates: PersonRate[] }> {
  const row = await readableResource(ctx, resourceId);
  const items = await ctx.db.selectFrom('resourceRates').selectAll().where('resourceId', '=', resourceId).orderBy('effectiveFrom', 'desc').execute();
  const personRates = row.userId === null ? [] : (await listPersonRates(ctx, { userId: row.userId })).items;
  return { hourlyFrom: hourlyFrom(row), items: items.map(toApi), personRates };
}

export function createResourceRate(ctx: AppContext, resourceId: string, input: ResourceRateCreate): Promise<ResourceRate> {
  requireRegisterEditor(ctx.actor, 'set resource rates');
  return inTransaction(ctx, async (trx) => {
    const row = await loadResource(trx, resourceId);
    const columns = checkedColumns(row, { standard: input.standard ?? null, overtime: input.overtime ?? null, perUse: input.perUse ?? null, perUnit: input.perUnit ?? null });
    const now = nowIso(ctx.clock);
    const id = newId();
    try {
      await trx.insertInto('resourceRates').values({ id, resourceId, effectiveFrom: input.effectiveFrom, ...columns, createdAt: now, updatedAt: now, version: 1 }).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(row, input.effectiveFrom);
      throw error;
    }
    const after = toApi(await loadRate(trx, id));
    await recordAudit(trx, ctx, { entityType: 'resource_rate', entityId: id, action: 'create', after });
    return after;
  });
}

async function loadRate(db: Db, id: string): Promise<Row> {
  const row = await db.selectFrom('resourceRates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Resource rate', id);
  return row;
}

export function updateResourceRate(ctx: AppContext, id: string, expectedVersion: number, patch: ResourceRateUpdate): Promise<ResourceRate> {
  requireRegisterEditor(ctx.actor, 'change resource rates');
  return inTransaction(ctx, async (trx) => {
    const before = await loadRate(trx, id);
    const resource = await loadResource(trx, before.resourceId);
    assertVersion(`The rate of ${resource.code} from ${before.effectiveFrom}`, before.version, expectedVersion);
    const merged = { ...amountsOf(before), ...Object.fromEntries(PARTS.filter((p) => patch[p] !== undefined).map((p) => [p, patch[p]])) } as Amounts;
    const columns = { ...checkedColumns(resource, merged), ...(patch.effectiveFrom !== undefined && { effectiveFrom: patch.effectiveFrom }), updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 };
    try {
      const result = await trx.updateTable('resourceRates').set(columns).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
      assertUpdated('The rate', result.numUpdatedRows, expectedVersion);
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(resource, patch.effectiveFrom ?? before.effectiveFrom);
      throw error;
    }
    const after = toApi(await loadRate(trx, id));
    await recordAudit(trx, ctx, { entityType: 'resource_rate', entityId: id, action: 'update', before: toApi(before), after });
    return after;
  });
}

export function deleteResourceRate(ctx: AppContext, id: string, expectedVersion: number): Promise<ResourceRate> {
  requireRegisterEditor(ctx.actor, 'remove resource rates');
  return inTransaction(ctx, async (trx) => {
    const before = await loadRate(trx, id);
    assertVersion(`The rate from ${before.effectiveFrom}`, before.version, expectedVersion);
    await trx.deleteFrom('resourceRates').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { entityType: 'resource_rate', entityId: id, action: 'delete', before: toApi(before) });
    return toApi(before);
  });
}

/** What a resource costs on a day: hourly (overtime falls back to standard), per use, per unit; null amounts: none in force. */
export interface ResourceCostRate {
  readonly hourlyFrom: 'person_rates' | 'resource_rates';
  readonly standard: Money | null;
  readonly overtime: Money | null;
  readonly perUse: Money | null;
  readonly perUnit: Money | null;
  /** Material: the unit perUnit is priced in. */
  readonly unit: string | null;
}

/**
 * THE cost rate lookup: every rate of these resources in a constant number of queries, answering
 * `rateOf(resourceId, day)` from the right source — the account's person rates for the hourly rates
 * of a linked person, the resource's own rates for everything else. Null for an unknown resource.
 * No access check: callers decide who sees money.
 */
export async function resourceRateTable(db: Db, resourceIds: readonly string[]): Promise<(resourceId: string, day: string) => ResourceCostRate | null> {
  const ids = [...new Set(resourceIds)];
  const [resources, rates] = await Promise.all([
    ids.length === 0 ? [] : db.selectFrom('resources').select(['id', 'userId', 'unit']).where('id', 'in', ids).execute(),
    ids.length === 0 ? [] : db.selectFrom('resourceRates').selectAll().where('resourceId', 'in', ids).execute(),
  ]);
  const personRate = await rateTable(db, resources.flatMap((r) => (r.userId === null ? [] : [r.userId])));
  const byResource = new Map<string, DatedRate<Amounts>[]>();
  for (const r of rates) byResource.set(r.resourceId, [...(byResource.get(r.resourceId) ?? []), { effectiveFrom: r.effectiveFrom, value: amountsOf(r) }]);
  const resourceOf = new Map(resources.map((r) => [r.id, r]));
  return (resourceId, day) => {
    const resource = resourceOf.get(resourceId);
    if (!resource) return null;
    const own = rateOn(byResource.get(resourceId) ?? [], day);
    const common = { perUse: own?.perUse ?? null, perUnit: own?.perUnit ?? null, unit: resource.unit };
    if (resource.userId !== null) {
      const hourly = personRate(resource.userId, day);
      return { hourlyFrom: 'person_rates', standard: hourly && money(hourly.standardMinor, hourly.currency), overtime: hourly && money(hourly.overtimeMinor, hourly.currency), ...common };
    }
    return { hourlyFrom: 'resource_rates', standard: own?.standard ?? null, overtime: own?.overtime ?? own?.standard ?? null, ...common };
  };
}

/** One resource's cost rate on a day, for those who may read its rates. */
export async function getResourceRateOn(ctx: AppContext, resourceId: string, on: string): Promise<ResourceRateOn> {
  await readableResource(ctx, resourceId);
  const rate = (await resourceRateTable(ctx.db, [resourceId]))(resourceId, on)!;
  return { resourceId, on, ...rate };
}
