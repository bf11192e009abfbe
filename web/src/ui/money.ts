// Money on screen: amounts are integer minor units (cents) in the API and decimal text in forms.
// Conversions go through strings, never floats, so 0.1 + 0.2 never appears in a budget.
import type { Money } from '../api/types.ts';
// One rule for a currency's minor digits, the core's (the runtime's ISO 4217 data).
import { minorDigits } from '../../../src/core/finance/currency.ts';

export { minorDigits };

/** "€1,234,567.89" from { amountMinor: 123456789, currency: 'EUR' }. */
export function formatMoney(money: Money | null | undefined, locale?: string): string {
  if (!money) return '—';
  const digits = minorDigits(money.currency);
  const major = minorToDecimal(money.amountMinor, digits);
  try {
    // Intl accepts decimal strings, which keeps large amounts exact.
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(major as `${number}`);
  } catch {
    return `${major} ${money.currency}`;
  }
}

/** "1234.50" from 123450 with 2 digits. */
export function minorToDecimal(amountMinor: number, digits: number): string {
  const negative = amountMinor < 0;
  const text = Math.abs(Math.trunc(amountMinor)).toString().padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${text.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export type ParsedAmount = { ok: true; amountMinor: number } | { ok: false; message: string };

/** Parses "1,234.5" or "1234.50" into minor units; rejects negatives, letters and extra decimals. */
export function decimalToMinor(text: string, digits: number): ParsedAmount {
  const cleaned = text.trim().replace(/[\s,_']/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return { ok: false, message: 'Enter an amount like 125000 or 125000.50.' };
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return { ok: false, message: digits === 0 ? 'This currency has no decimals.' : `Use at most ${digits} decimals.` };
  }
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, message: 'That amount is too large.' };
  return { ok: true, amountMinor: Number(minor) };
}
