// The rate forms' values and conversions, pure: a person's cost rate (standard and overtime per
// hour as decimal text in one currency) and an exchange rate (decimal text, kept as text so no
// float rounds it), the bodies to add one, the patch of what changed, the client's checks, and
// which form field a server error's path lands on.
import type { ExchangeRate, ExchangeRateCreate, ExchangeRateUpdate, PersonRate, PersonRateCreate, PersonRateUpdate } from '../../api/types.ts';
import { decimalToMinor, minorDigits, minorToDecimal } from '../../ui/money.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateProblem = (v: string) => (ISO_DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? null : 'Pick the day the rate starts.');

export interface PersonRateFormValues {
  userId: string | null;
  effectiveFrom: string;
  currency: string;
  standard: string;
  overtime: string;
}

export function personRateFormValues(rate?: PersonRate, defaults: { currency?: string; effectiveFrom?: string } = {}): PersonRateFormValues {
  const currency = rate?.standard.currency ?? defaults.currency ?? 'EUR';
  const digits = minorDigits(currency);
  return {
    userId: rate?.userId ?? null,
    effectiveFrom: rate?.effectiveFrom ?? defaults.effectiveFrom ?? '',
    currency,
    standard: rate ? minorToDecimal(rate.standard.amountMinor, digits) : '',
    overtime: rate?.overtime ? minorToDecimal(rate.overtime.amountMinor, digits) : '',
  };
}

export function validatePersonRate(v: PersonRateFormValues): Partial<Record<keyof PersonRateFormValues, string>> {
  const digits = minorDigits(v.currency);
  const standard = decimalToMinor(v.standard, digits);
  const overtime = v.overtime.trim() === '' ? null : decimalToMinor(v.overtime, digits);
  const errors: Partial<Record<keyof PersonRateFormValues, string>> = {};
  if (!v.userId) errors.userId = 'Pick the person.';
  const date = dateProblem(v.effectiveFrom);
  if (date) errors.effectiveFrom = date;
  if (v.standard.trim() === '') errors.standard = 'Give the cost of an hour.';
  else if (!standard.ok) errors.standard = standard.message;
  if (overtime && !overtime.ok) errors.overtime = overtime.message;
  return errors;
}

function amounts(v: PersonRateFormValues) {
  const digits = minorDigits(v.currency);
  const standard = decimalToMinor(v.standard, digits);
  const overtime = v.overtime.trim() === '' ? null : decimalToMinor(v.overtime, digits);
  if (!standard.ok || (overtime && !overtime.ok)) throw new Error('Validate the rate form before converting it.');
  return {
    standard: { amountMinor: standard.amountMinor, currency: v.currency },
    overtime: overtime && overtime.ok ? { amountMinor: overtime.amountMinor, currency: v.currency } : null,
  };
}

export function toPersonRateCreate(v: PersonRateFormValues): PersonRateCreate {
  return { userId: v.userId ?? '', effectiveFrom: v.effectiveFrom, ...amounts(v) };
}

/** Only what changed; a new currency sends both amounts, as overtime must be in the standard's currency. */
export function toPersonRatePatch(v: PersonRateFormValues, original: PersonRate): PersonRateUpdate {
  const { standard, overtime } = amounts(v);
  const patch: PersonRateUpdate = {};
  const currencyChanged = standard.currency !== original.standard.currency;
  if (v.effectiveFrom !== original.effectiveFrom) patch.effectiveFrom = v.effectiveFrom;
  if (currencyChanged || standard.amountMinor !== original.standard.amountMinor) patch.standard = standard;
  if (currencyChanged ? overtime !== null || original.overtime !== null : overtime?.amountMinor !== original.overtime?.amountMinor) patch.overtime = overtime;
  return patch;
}

export function personRateFieldOf(path: string): keyof PersonRateFormValues | null {
  if (path === 'userId' || path === 'effectiveFrom') return path;
  if (path.endsWith('currency')) return 'currency';
  if (path.startsWith('standard')) return 'standard';
  if (path.startsWith('overtime')) return 'overtime';
  return null;
}

export interface ExchangeRateFormValues {
  currency: string;
  effectiveFrom: string;
  rate: string;
}

export const exchangeRateFormValues = (rate?: ExchangeRate, defaults: { effectiveFrom?: string } = {}): ExchangeRateFormValues => ({
  currency: rate?.currency ?? '',
  effectiveFrom: rate?.effectiveFrom ?? defaults.effectiveFrom ?? '',
  rate: rate?.rate ?? '',
});

/** As the server's RATE_PATTERN: no leading zeros, up to 10 decimals, no exponent. */
const RATE = /^(?:0|[1-9]\d{0,8})(?:\.\d{1,10})?$/;

export function validateExchangeRate(v: ExchangeRateFormValues, baseCurrency: string): Partial<Record<keyof ExchangeRateFormValues, string>> {
  const errors: Partial<Record<keyof ExchangeRateFormValues, string>> = {};
  if (!/^[A-Z]{3}$/.test(v.currency)) errors.currency = 'Pick the currency.';
  else if (v.currency === baseCurrency) errors.currency = `${baseCurrency} is the base currency: its rate is 1.`;
  const date = dateProblem(v.effectiveFrom);
  if (date) errors.effectiveFrom = date;
  const rate = v.rate.trim();
  if (!RATE.test(rate)) errors.rate = 'Give the rate as a plain decimal, e.g. 1.0834.';
  else if (Number(rate) <= 0) errors.rate = 'A rate is more than zero.';
  return errors;
}

export const toExchangeRateCreate = (v: ExchangeRateFormValues): ExchangeRateCreate => ({ currency: v.currency, effectiveFrom: v.effectiveFrom, rate: v.rate.trim() });

export function toExchangeRatePatch(v: ExchangeRateFormValues, original: ExchangeRate): ExchangeRateUpdate {
  const patch: ExchangeRateUpdate = {};
  if (v.effectiveFrom !== original.effectiveFrom) patch.effectiveFrom = v.effectiveFrom;
  if (v.rate.trim() !== original.rate) patch.rate = v.rate.trim();
  return patch;
}

export const exchangeRateFieldOf = (path: string): keyof ExchangeRateFormValues | null =>
  path === 'currency' || path === 'effectiveFrom' || path === 'rate' ? path : null;
