// Exchange rates to the organisation's base currency, in force from a date, and the base currency
// itself (an organisation setting, EUR until the PMO says otherwise). Everyone reads them; the PMO
// keeps them. Roll-ups across projects in other currencies convert through `currencyConverter`,
// which reads every rate once and converts by day: directly, by the inverse, or across the base.
import type { Selectable } from 'kysely';
import type { ExchangeRate, ExchangeRateCreate, ExchangeRateUpdate, FinanceSettings, FinanceSettingsBody } from '../../contracts/rates.schema.ts';
import { convertMinor, rateOn, type DatedRate } from '../../core/finance/currency.ts';
import type { Db } from '../../db/database.ts';
import type { ExchangeRatesTable } from '../../db/tables.ts';
import { nowIso, type AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { requireRegisterEditor } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadSetting, saveSetting, type Setting } from '../settings/org-settings.ts';
import { newId } from '../shared/ids.ts';
import { isUniqueViolation } from '../shared/references.ts';
import { inTransaction } from '../shared/transaction.ts';
import { assertUpdated, assertVersion } from '../shared/versioning.ts';

type Row = Selectable<ExchangeRatesTable>;
const KEY = 'finance';
const DEFAULT_SETTINGS = { baseCurrency: 'EUR' };

const settingsApi = ({ value, version }: Setting<{ baseCurrency: string }>): FinanceSettings => ({ baseCurrency: value.baseCurrency, version });
export const loadBaseCurrency = async (db: Db): Promise<string> => (await loadSetting(db, KEY, DEFAULT_SETTINGS)).value.baseCurrency;
export const getFinanceSettings = async (ctx: AppContext): Promise<FinanceSettings> => settingsApi(await loadSetting(ctx.db, KEY, DEFAULT_SETTINGS));

/** Sets the base currency (PMO, admin). Rates to the old base stay, and count again if it returns. */
export function setFinanceSettings(ctx: AppContext, expectedVersion: number, body: FinanceSettingsBody): Promise<FinanceSettings> {
  requireRegisterEditor(ctx.actor, 'change the base currency');
  return inTransaction(ctx, async (trx) => settingsApi(await saveSetting(trx, ctx, KEY, 'The finance settings', expectedVersion, await loadSetting(trx, KEY, DEFAULT_SETTINGS), body, settingsApi)));
}

const toApi = (r: Row): ExchangeRate => ({ ...r });

export async function listExchangeRates(ctx: AppContext, query: { currency?: string | undefined }): Promise<{ baseCurrency: string; items: ExchangeRate[] }> {
  const baseCurrency = await loadBaseCurrency(ctx.db);
  let q = ctx.db.selectFrom('exchangeRates').selectAll().where('baseCurrency', '=', baseCurrency).orderBy('currency').orderBy('effectiveFrom', 'desc');
  if (query.currency) q = q.where('currency', '=', query.currency);
  return { baseCurrency, items: (await q.execute()).map(toApi) };
}

const taken = (currency: string, base: string, day: string) =>
  new AppError('duplicate', `A ${currency} → ${base} rate from ${day} exists already. Change it, or give the new one another date.`, { errors: [{ path: 'effectiveFrom', message: 'a rate from this day exists' }] });

async function loadRate(db: Db, id: string): Promise<Row> {
  const row = await db.selectFrom('exchangeRates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Exchange rate', id);
  return row;
}

export function createExchangeRate(ctx: AppContext, input: ExchangeRateCreate): Promise<ExchangeRate> {
  requireRegisterEditor(ctx.actor, 'set exchange rates');
  return inTransaction(ctx, async (trx) => {
    const base = await loadBaseCurrency(trx);
    if (input.currency === base) throw new AppError('validation_failed', `${base} is the base currency: its rate is 1 by definition. Give rates of other currencies to ${base}.`, { errors: [{ path: 'currency', message: 'is the base currency' }] });
    const now = nowIso(ctx.clock);
    const row: Row = { id: newId(), currency: input.currency, baseCurrency: base, effectiveFrom: input.effectiveFrom, rate: input.rate, createdAt: now, updatedAt: now, version: 1 };
    try {
      await trx.insertInto('exchangeRates').values(row).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(input.currency, base, input.effectiveFrom);
      throw error;
    }
    await recordAudit(trx, ctx, { entityType: 'exchange_rate', entityId: row.id, action: 'create', after: toApi(row) });
    return toApi(row);
  });
}

export function updateExchangeRate(ctx: AppContext, id: string, expectedVersion: number, patch: ExchangeRateUpdate): Promise<ExchangeRate> {
  requireRegisterEditor(ctx.actor, 'change exchange rates');
  return inTransaction(ctx, async (trx) => {
    const before = await loadRate(trx, id);
    const label = `The ${before.currency} rate from ${before.effectiveFrom}`;
    assertVersion(label, before.version, expectedVersion);
    const columns = { ...(patch.effectiveFrom !== undefined && { effectiveFrom: patch.effectiveFrom }), ...(patch.rate !== undefined && { rate: patch.rate }), updatedAt: nowIso(ctx.clock), version: expectedVersion + 1 };
    try {
      const result = await trx.updateTable('exchangeRates').set(columns).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
      assertUpdated(label, result.numUpdatedRows, expectedVersion);
    } catch (error) {
      if (isUniqueViolation(error)) throw taken(before.currency, before.baseCurrency, patch.effectiveFrom ?? before.effectiveFrom);
      throw error;
    }
    const after = { ...before, ...columns };
    await recordAudit(trx, ctx, { entityType: 'exchange_rate', entityId: id, action: 'update', before: toApi(before), after: toApi(after) });
    return toApi(after);
  });
}

export function deleteExchangeRate(ctx: AppContext, id: string, expectedVersion: number): Promise<ExchangeRate> {
  requireRegisterEditor(ctx.actor, 'remove exchange rates');
  return inTransaction(ctx, async (trx) => {
    const before = await loadRate(trx, id);
    assertVersion(`The ${before.currency} rate from ${before.effectiveFrom}`, before.version, expectedVersion);
    await trx.deleteFrom('exchangeRates').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { entityType: 'exchange_rate', entityId: id, action: 'delete', before: toApi(before) });
    return toApi(before);
  });
}

/** Why an amount could not be converted: no rate of that currency was in force on the day. */
export class MissingExchangeRate extends AppError {
  constructor(
    /** The currency without a rate on the day. */
    readonly currency: string,
    base: string,
    day: string,
  ) {
    super('validation_failed', `No ${currency} → ${base} exchange rate is in force on ${day}. The PMO adds one under Exchange rates (from ${day} or earlier).`, { errors: [{ path: 'currency', message: `no ${currency} rate on ${day}` }] });
  }
}

export interface CurrencyConverter {
  readonly baseCurrency: string;
  /** `amountMinor` of `from` in `to` on `day`; throws MissingExchangeRate when a rate is missing. */
  convert(amountMinor: number, from: string, to: string, day: string): number;
}

/** Every rate to the base currency, read once, for converting many amounts by day. */
export async function currencyConverter(db: Db): Promise<CurrencyConverter> {
  const baseCurrency = await loadBaseCurrency(db);
  const byCurrency = new Map<string, DatedRate<string>[]>();
  for (const r of await db.selectFrom('exchangeRates').select(['currency', 'effectiveFrom', 'rate']).where('baseCurrency', '=', baseCurrency).execute()) {
    byCurrency.set(r.currency, [...(byCurrency.get(r.currency) ?? []), { effectiveFrom: r.effectiveFrom, value: r.rate }]);
  }
  const toBase = (currency: string, day: string): string => {
    if (currency === baseCurrency) return '1';
    const rate = rateOn(byCurrency.get(currency) ?? [], day);
    if (rate === null) throw new MissingExchangeRate(currency, baseCurrency, day);
    return rate;
  };
  return {
    baseCurrency,
    convert(amountMinor, from, to, day) {
      if (from === to) return amountMinor;
      if (to === baseCurrency) return convertMinor(amountMinor, from, to, toBase(from, day));
      // Across the base: from → base at its rate, base → to at the inverse of to's rate (one rounding).
      const rate = String(Number(toBase(from, day)) / Number(toBase(to, day)));
      return convertMinor(amountMinor, from, to, rate);
    },
  };
}
