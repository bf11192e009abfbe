// People's cost rates per hour, in force from a date: the PMO (and administrators) keep them; a
// person may read their own, nobody else's — pay is personal. A rise is a new rate from its date,
// so hours already worked keep the rate of their day. Two rates of one person from the same day
// are refused. Approved hours are priced with them (timesheets/entry-costs.ts), and priced again from
// a rate's date on whenever it is added, changed or removed — but never inside the locked timesheet
// period, whose actual cost is closed: there re-pricing starts the day after the lock (the audit
// event says from when), and the days are priced again only if the PMO moves the lock back.
import type { Selectable } from 'kysely';
import type { PersonRate, PersonRateCreate, PersonRateUpdate } from '../../contracts/rates.schema.ts';
import type { Db } from '../../db/database.ts';
import type { PersonRatesTable } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { canEditRegister, requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { newId } from '../shared/ids.ts';
import { assertExists, isUniqueViolation } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';
import { repriceUnlocked } from '../timesheets/timesheet-lock.ts';

type Row = Selectable<PersonRatesTable> & { userName: string };

const toApi = (r: Row): PersonRate => ({
  id: r.id,
  userId: r.userId,
  userName: r.userName,
  effectiveFrom: r.effectiveFrom,
  standard: { amountMinor: Number(r.standardMinor), currency: r.currency },
  overtime: r.overtimeMinor === null ? null : { amountMinor: Number(r.overtimeMinor), currency: r.currency },
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  version: r.version,
});

const rows = (db: Db) => db.selectFrom('personRates as r').innerJoin('users as u', 'u.id', 'r.userId').selectAll('r').select('u.name as userName');

const taken = (effectiveFrom: string) =>
  new AppError('duplicate', `This person already has a rate from ${effectiveFrom}. Change that rate, or give the new one another start date.`, { errors: [{ path: 'effectiveFrom', message: 'a rate from this day exists' }] });

/** Rates the reader may see: all for the PMO and administrators, their own for everyone else. */
export async function listPersonRates(ctx: AppContext, query: { userId?: string | undefined }): Promise<{ items: PersonRate[] }> {
  let q = rows(ctx.db).orderBy('u.name').orderBy('r.userId').orderBy('r.effectiveFrom', 'desc');
  if (!canEditRegister(ctx.actor)) q = q.where('r.userId', '=', ctx.actor.userId);
  if (query.userId) q = q.where('r.userId', '=', query.userId);
  return { items: (await q.execute()).map(toApi) };
}

async function loadRate(db: Db, id: string): Promise<Row> {
  const row = await rows(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Rate', id);
  return row;
}

export function createPersonRate(ctx: AppContext, input: PersonRateCreate): Promise<PersonRate> {
  requireRegisterEditor(ctx.actor, 'set people’s cost rates');
  return inTransaction(ctx, async (trx) => {
    await assertExists(trx, 'users', 'userId', input.userId);
    const now = nowIso(ctx.clock);
    const id = newId();
    try {
      await trx
        .insertInto('personRates')
        .values({ id, userId: input.userId, effectiveFrom: input.effectiveFrom, currency: input.standard.currency, standardMinor: input.standard.amountMinor, overtimeMinor: input.overtime?.amountMinor ?? null, createdAt: now, updatedAt: now, version: 1 })
        .execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(input.effectiveFrom);
      throw error;
    }
    const after = toApi(await loadRate(trx, id));
    const repricedFrom = await repriceUnlocked(trx, input.userId, input.effectiveFrom);
    await recordAudit(trx, ctx, { entityType: 'person_rate', entityId: id, action: 'create', after: { ...after, repricedFrom } });
    return after;
  });
}

export function updatePersonRate(ctx: AppContext, id: string, expectedVersion: number, patch: PersonRateUpdate): Promise<PersonRate> {
  requireRegisterEditor(ctx.actor, 'change people’s cost rates');
  return inTransaction(ctx, async (trx) => {
    const before = await loadRate(trx, id);
    assertVersion(`The rate of ${before.userName} from ${before.effectiveFrom}`, before.version, expectedVersion);
    const currency = patch.standard?.currency ?? before.currency;
    if (patch.overtime && patch.overtime.currency !== currency) {
      throw new AppError('validation_failed', `Give the overtime rate in the standard rate’s currency (${currency}).`, { errors: [{ path: 'overtime.currency', message: `must be ${currency}` }] });
    }
    // A new currency for the standard rate would silently re-denominate the overtime rate kept in the old one.
    if (currency !== before.currency && patch.overtime === undefined && before.overtimeMinor !== null) {
      throw new AppError('validation_failed', `The overtime rate is in ${before.currency}: give it in ${currency} too (overtime), or remove it (null), when the standard rate moves to ${currency}.`, { errors: [{ path: 'overtime', message: `required in ${currency}` }] });
    }
    const columns = {
      ...(patch.effectiveFrom !== undefined && { effectiveFrom: patch.effectiveFrom }),
      ...(patch.standard && { standardMinor: patch.standard.amountMinor, currency }),
      ...(patch.overtime !== undefined && { overtimeMinor: patch.overtime?.amountMinor ?? null }),
      updatedAt: nowIso(ctx.clock),
      version: expectedVersion + 1,
    };
    try {
      const result = await trx.updateTable('personRates').set(columns).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
      assertUpdated('The rate', result.numUpdatedRows, expectedVersion);
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(patch.effectiveFrom ?? before.effectiveFrom);
      throw error;
    }
    const after = toApi(await loadRate(trx, id));
    const repricedFrom = await repriceUnlocked(trx, before.userId, [before.effectiveFrom, after.effectiveFrom].sort()[0]!);
    await recordAudit(trx, ctx, { entityType: 'person_rate', entityId: id, action: 'update', before: toApi(before), after: { ...after, repricedFrom } });
    return after;
  });
}

export function deletePersonRate(ctx: AppContext, id: string, expectedVersion: number): Promise<PersonRate> {
  requireRegisterEditor(ctx.actor, 'remove people’s cost rates');
  return inTransaction(ctx, async (trx) => {
    const before = await loadRate(trx, id);
    assertVersion(`The rate of ${before.userName} from ${before.effectiveFrom}`, before.version, expectedVersion);
    await trx.deleteFrom('personRates').where('id', '=', id).execute();
    const repricedFrom = await repriceUnlocked(trx, before.userId, before.effectiveFrom);
    await recordAudit(trx, ctx, { entityType: 'person_rate', entityId: id, action: 'delete', before: toApi(before), after: { repricedFrom } });
    return toApi(before);
  });
}
