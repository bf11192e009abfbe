// Cost rates, exchange rates and the base currency through the API on both databases: the PMO
// keeps them, a person reads only their own rate, a rate from the same day twice is refused, and
// amounts convert by the rate in force on their day — directly, or across the base currency.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { currencyConverter, MissingExchangeRate } from '../../src/app/rates/exchange-rates.ts';
import { rateTable } from '../../src/app/rates/rate-table.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';

describe.each(DIALECTS)('rates on %s', (dialect) => {
  const s = apiSuite(dialect);
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, who: Who, body?: unknown, ifMatch?: number) =>
    call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
  const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

  it('keeps people’s rates by date, shows each person only their own, and refuses a second rate from the same day', async () => {
    const member = s.cast.member.user.id;
    const first = await send('POST', '/api/v1/rates', 'pmo', { userId: member, effectiveFrom: '2027-01-01', standard: eur(8_000), overtime: eur(12_000) });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ userName: 'Member Person', standard: eur(8_000), overtime: eur(12_000), version: 1 });
    expect((await send('POST', '/api/v1/rates', 'pmo', { userId: member, effectiveFrom: '2027-07-01', standard: eur(8_800) })).statusCode).toBe(201);
    const twice = await send('POST', '/api/v1/rates', 'pmo', { userId: member, effectiveFrom: '2027-07-01', standard: eur(9_000) });
    expect([twice.statusCode, twice.json().errors]).toEqual([409, [{ path: 'effectiveFrom', message: 'a rate from this day exists' }]]);
    const mixed = await send('POST', '/api/v1/rates', 'pmo', { userId: member, effectiveFrom: '2028-01-01', standard: eur(9_000), overtime: { amountMinor: 1, currency: 'USD' } });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.body).toContain('overtime rate in the standard rate’s currency');
    expect((await send('POST', '/api/v1/rates', 'manager', { userId: member, effectiveFrom: '2028-01-01', standard: eur(1) })).statusCode).toBe(403);

    expect((await send('GET', '/api/v1/rates', 'member')).json().items.map((r: { effectiveFrom: string }) => r.effectiveFrom)).toEqual(['2027-07-01', '2027-01-01']);
    expect((await send('GET', '/api/v1/rates', 'manager')).json().items).toEqual([]);
    expect((await send('GET', `/api/v1/rates?userId=${member}`, 'pmo')).json().items).toHaveLength(2);

    const rate = await rateTable(s.deps.db, [member]);
    expect(rate(member, '2026-12-31')).toBeNull();
    expect(rate(member, '2027-03-01')).toEqual({ currency: 'EUR', standardMinor: 8_000, overtimeMinor: 12_000 });
    expect(rate(member, '2027-07-01')).toEqual({ currency: 'EUR', standardMinor: 8_800, overtimeMinor: 8_800 });

    const changed = await send('PATCH', `/api/v1/rates/${first.json().id}`, 'pmo', { standard: eur(8_100) }, 1);
    expect(changed.json()).toMatchObject({ standard: eur(8_100), overtime: eur(12_000), version: 2 });
    expect((await send('PATCH', `/api/v1/rates/${first.json().id}`, 'pmo', { standard: eur(1) }, 1)).statusCode).toBe(409);
    expect((await send('DELETE', `/api/v1/rates/${first.json().id}`, 'pmo', undefined, 2)).statusCode).toBe(200);
    expect((await send('GET', '/api/v1/rates', 'member')).json().items).toHaveLength(1);
  });

  it('converts by the exchange rate in force on the day, across the base currency, and says which rate is missing', async () => {
    expect((await send('GET', '/api/v1/settings/finance', 'member')).json()).toEqual({ baseCurrency: 'EUR', version: 0 });
    for (const [currency, effectiveFrom, rate] of [['USD', '2027-01-01', '0.9'], ['USD', '2027-07-01', '0.8'], ['GBP', '2027-01-01', '1.2']]) {
      expect((await send('POST', '/api/v1/exchange-rates', 'pmo', { currency, effectiveFrom, rate })).statusCode).toBe(201);
    }
    const base = await send('POST', '/api/v1/exchange-rates', 'pmo', { currency: 'EUR', effectiveFrom: '2027-01-01', rate: '1' });
    expect([base.statusCode, base.json().detail]).toEqual([422, 'EUR is the base currency: its rate is 1 by definition. Give rates of other currencies to EUR.']);
    expect((await send('POST', '/api/v1/exchange-rates', 'pmo', { currency: 'USD', effectiveFrom: '2027-02-01', rate: '1e3' })).statusCode).toBe(400);
    expect((await send('POST', '/api/v1/exchange-rates', 'member', { currency: 'CHF', effectiveFrom: '2027-01-01', rate: '1.05' })).statusCode).toBe(403);
    const list = (await send('GET', '/api/v1/exchange-rates?currency=USD', 'executive')).json();
    expect([list.baseCurrency, list.items.map((r: { rate: string }) => r.rate)]).toEqual(['EUR', ['0.8', '0.9']]);

    const fx = await currencyConverter(s.deps.db);
    expect(fx.convert(10_000, 'USD', 'EUR', '2027-03-01')).toBe(9_000);
    expect(fx.convert(10_000, 'USD', 'EUR', '2027-07-01')).toBe(8_000);
    expect(fx.convert(10_000, 'USD', 'GBP', '2027-03-01')).toBe(7_500); // 100 USD = 90 EUR = 75 GBP
    expect(fx.convert(10_000, 'EUR', 'EUR', '2020-01-01')).toBe(10_000);
    expect(() => fx.convert(10_000, 'USD', 'EUR', '2026-12-31')).toThrow(MissingExchangeRate);
    expect(() => fx.convert(10_000, 'USD', 'EUR', '2026-12-31')).toThrow('No USD → EUR exchange rate is in force on 2026-12-31');

    const settings = await send('PUT', '/api/v1/settings/finance', 'pmo', { baseCurrency: 'USD' }, 0);
    expect(settings.json()).toEqual({ baseCurrency: 'USD', version: 1 });
    expect((await send('GET', '/api/v1/exchange-rates', 'member')).json()).toEqual({ baseCurrency: 'USD', items: [] });
    expect((await send('PUT', '/api/v1/settings/finance', 'pmo', { baseCurrency: 'EUR' }, 1)).statusCode).toBe(200);
  });
});
