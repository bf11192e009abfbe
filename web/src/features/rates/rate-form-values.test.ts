// The rate forms: decimal text to minor units and back, only changed fields in a patch (a new
// currency sends both amounts), the client's checks, and server paths onto the right fields.
import { describe, expect, it } from 'vitest';
import type { ExchangeRate, PersonRate } from '../../api/types.ts';
import {
  exchangeRateFieldOf, exchangeRateFormValues, personRateFieldOf, personRateFormValues, toExchangeRateCreate, toExchangeRatePatch,
  toPersonRateCreate, toPersonRatePatch, validateExchangeRate, validatePersonRate,
} from './rate-form-values.ts';

const ID = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const stamp = { createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z', version: 1 };
const rate: PersonRate = { id: ID, userId: ID, userName: 'Wendy', effectiveFrom: '2027-01-01', standard: { amountMinor: 6_000, currency: 'EUR' }, overtime: null, ...stamp };
const usd: ExchangeRate = { id: ID, currency: 'USD', baseCurrency: 'EUR', effectiveFrom: '2027-01-01', rate: '0.9', ...stamp };

describe('person rate form', () => {
  it('shows minor units as decimals and builds the body back in minor units', () => {
    const values = personRateFormValues(rate);
    expect(values).toEqual({ userId: ID, effectiveFrom: '2027-01-01', currency: 'EUR', standard: '60.00', overtime: '' });
    expect(toPersonRateCreate({ ...values, standard: '85.5', overtime: '120' })).toEqual({
      userId: ID, effectiveFrom: '2027-01-01', standard: { amountMinor: 8_550, currency: 'EUR' }, overtime: { amountMinor: 12_000, currency: 'EUR' },
    });
  });

  it('patches only what changed, and both amounts when the currency changes', () => {
    const values = personRateFormValues(rate);
    expect(toPersonRatePatch(values, rate)).toEqual({});
    expect(toPersonRatePatch({ ...values, standard: '65' }, rate)).toEqual({ standard: { amountMinor: 6_500, currency: 'EUR' } });
    expect(toPersonRatePatch({ ...values, overtime: '90' }, rate)).toEqual({ overtime: { amountMinor: 9_000, currency: 'EUR' } });
    expect(toPersonRatePatch({ ...values, currency: 'GBP' }, rate)).toEqual({ standard: { amountMinor: 6_000, currency: 'GBP' } });
    const withOvertime = { ...rate, overtime: { amountMinor: 9_000, currency: 'EUR' } };
    expect(toPersonRatePatch({ ...personRateFormValues(withOvertime), overtime: '' }, withOvertime)).toEqual({ overtime: null });
    expect(toPersonRatePatch({ ...personRateFormValues(withOvertime), currency: 'GBP' }, withOvertime)).toEqual({
      standard: { amountMinor: 6_000, currency: 'GBP' }, overtime: { amountMinor: 9_000, currency: 'GBP' },
    });
  });

  it('asks for a person, a day and an hourly cost, and refuses too many decimals', () => {
    expect(validatePersonRate(personRateFormValues())).toEqual({ userId: 'Pick the person.', effectiveFrom: 'Pick the day the rate starts.', standard: 'Give the cost of an hour.' });
    expect(validatePersonRate({ ...personRateFormValues(rate), standard: '60.001', overtime: 'x' })).toEqual({ standard: 'Use at most 2 decimals.', overtime: 'Enter an amount like 125000 or 125000.50.' });
    expect(validatePersonRate({ ...personRateFormValues(rate), currency: 'JPY', standard: '6000.5' })).toEqual({ standard: 'This currency has no decimals.' });
  });

  it('puts server errors on their fields', () => {
    expect(['userId', 'effectiveFrom', 'standard.amountMinor', 'overtime.currency', 'overtime', 'other'].map(personRateFieldOf)).toEqual(['userId', 'effectiveFrom', 'standard', 'currency', 'overtime', null]);
  });
});

describe('exchange rate form', () => {
  it('keeps the rate as text and patches what changed', () => {
    const values = exchangeRateFormValues(usd);
    expect(toExchangeRateCreate({ ...values, rate: ' 1.0834 ' })).toEqual({ currency: 'USD', effectiveFrom: '2027-01-01', rate: '1.0834' });
    expect(toExchangeRatePatch(values, usd)).toEqual({});
    expect(toExchangeRatePatch({ ...values, rate: '0.92', effectiveFrom: '2027-02-01' }, usd)).toEqual({ rate: '0.92', effectiveFrom: '2027-02-01' });
  });

  it('refuses the base currency, exponents and zero', () => {
    expect(validateExchangeRate({ currency: 'EUR', effectiveFrom: '2027-01-01', rate: '1' }, 'EUR')).toEqual({ currency: 'EUR is the base currency: its rate is 1.' });
    expect(validateExchangeRate({ currency: 'USD', effectiveFrom: '', rate: '1e3' }, 'EUR')).toEqual({ effectiveFrom: 'Pick the day the rate starts.', rate: 'Give the rate as a plain decimal, e.g. 1.0834.' });
    expect(validateExchangeRate({ currency: 'USD', effectiveFrom: '2027-01-01', rate: '0.0' }, 'EUR')).toEqual({ rate: 'A rate is more than zero.' });
    expect(exchangeRateFieldOf('rate')).toBe('rate');
  });
});
