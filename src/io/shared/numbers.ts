// Small numeric fallbacks shared by the readers.

/** The value when it is a positive number, else the fallback (MS Project's defaults for missing settings). */
export function positiveOr(value: number | null, fallback: number): number {
  return value !== null && value > 0 ? value : fallback;
}

/** The smallest non-null value, or null. */
export function earliest(values: ReadonlyArray<number | null>): number | null {
  let best: number | null = null;
  for (const value of values) if (value !== null && (best === null || value < best)) best = value;
  return best;
}

/** An ISO 4217 currency code as a file gives it (upper-cased), or null when it is not one. */
export function currencyCodeOf(text: string | null): string | null {
  const code = text?.trim().toUpperCase() ?? '';
  return /^[A-Z]{3}$/.test(code) ? code : null;
}
