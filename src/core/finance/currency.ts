// Money across currencies, in integer minor units. Each ISO-4217 currency has its own number of
// minor digits (EUR cents: 2, JPY: 0, BHD fils: 3); a conversion multiplies the major amount by a
// dated exchange rate and rounds once, half away from zero, in the target's minor units. Rates are
// decimal strings ("1.0834"), so no binary fraction sneaks into a stored rate.

const digitsCache = new Map<string, number>();
/**
 * Digits after the decimal point of a currency's amounts, from the ISO 4217 data the runtime
 * carries (EUR 2, JPY 0, BHD 3); 2 for a code it does not know.
 * @example minorDigits('JPY') // 0
 */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Rounds half away from zero (2.5 → 3, −2.5 → −3), as accountants do. */
export const roundHalfAway = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));

/** A rate as the decimal text it is stored as: positive, at most 10 decimals. */
export const RATE_PATTERN = /^(?:0|[1-9]\d{0,8})(?:\.\d{1,10})?$/;

/**
 * Converts an amount in `from`'s minor units to `to`'s, at `rate` units of `to` per unit of `from`.
 * @example convertMinor(10_000, 'USD', 'EUR', '0.92') // 9200 (100.00 USD → 92.00 EUR)
 * @example convertMinor(1_000, 'JPY', 'EUR', '0.0061') // 610 (1,000 JPY → 6.10 EUR)
 */
export function convertMinor(amountMinor: number, from: string, to: string, rate: string): number {
  if (from === to) return amountMinor;
  const major = amountMinor / 10 ** minorDigits(from);
  return roundHalfAway(major * Number(rate) * 10 ** minorDigits(to));
}

export interface DatedRate<T> {
  /** YYYY-MM-DD: in force from this day until the next one's. */
  readonly effectiveFrom: string;
  readonly value: T;
}

/**
 * The value in force on a day: the latest whose effectiveFrom is on or before it; null before the first.
 * @example rateOn([{ effectiveFrom: '2027-01-01', value: 90 }, { effectiveFrom: '2027-07-01', value: 95 }], '2027-03-15') // 90
 */
export function rateOn<T>(rates: ReadonlyArray<DatedRate<T>>, day: string): T | null {
  let best: DatedRate<T> | null = null;
  for (const r of rates) if (r.effectiveFrom <= day && (best === null || r.effectiveFrom > best.effectiveFrom)) best = r;
  return best ? best.value : null;
}
