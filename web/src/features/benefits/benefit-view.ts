// What the benefits screens show and read, pure: status labels and colours, a benefit's values in
// its unit or as money, and form text turned into API values (money typed in major units becomes
// whole minor units; dates as a comma-separated list) with a message saying what is wrong.
import type { Benefit, BenefitStatus } from '../../api/benefits.ts';
import { decimalToMinor, formatMoney, minorDigits, minorToDecimal } from '../../ui/money.ts';

export const STATUS_META: Record<BenefitStatus, { label: string; color: string }> = {
  on_track: { label: 'On track', color: 'teal' },
  at_risk: { label: 'At risk', color: 'orange' },
  realised: { label: 'Realised', color: 'blue' },
  not_realised: { label: 'Not realised', color: 'red' },
};

type Measured = Pick<Benefit, 'currency' | 'unit'>;

/** A value as the benefit measures it: money in its currency, else the number and its unit. */
export function formatBenefitValue(b: Measured, value: number): string {
  if (b.currency) return formatMoney({ amountMinor: value, currency: b.currency });
  const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 4 }).format(value);
  return b.unit ? `${number} ${b.unit}` : number;
}

/** A realisation percentage to one decimal, or an em dash before the first measurement. */
export const formatPct = (pct: number | null): string => (pct === null ? '—' : `${Math.round(pct * 10) / 10} %`);

/** A value as form text: money in major units ("1200.50"), other measures as typed. */
export function valueText(b: Pick<Benefit, 'currency'>, value: number): string {
  return b.currency ? minorToDecimal(value, minorDigits(b.currency)) : String(value);
}

export type ParsedValue = { ok: true; value: number } | { ok: false; message: string };

/** Form text as an API value: money (currency given) in whole minor units, other measures any number. */
export function parseValue(text: string, currency: string | null): ParsedValue {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a value.' };
  if (currency) {
    const negative = trimmed.startsWith('-');
    const parsed = decimalToMinor(negative ? trimmed.slice(1) : trimmed, minorDigits(currency));
    if (!parsed.ok) return parsed;
    return { ok: true, value: negative ? -parsed.amountMinor : parsed.amountMinor };
  }
  const value = Number(trimmed.replace(/[\s,_']/g, ''));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: 'Enter a number, such as 42 or 3.5.' };
}

export type ParsedDates = { ok: true; dates: string[] } | { ok: false; message: string };

/** "2027-03-31, 2027-06-30" as a sorted list of distinct dates. */
export function parseDates(text: string): ParsedDates {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const bad = parts.find((p) => !/^\d{4}-\d{2}-\d{2}$/.test(p) || Number.isNaN(Date.parse(`${p}T00:00:00Z`)));
  if (bad) return { ok: false, message: `${bad} is not a date: write dates as YYYY-MM-DD, separated by commas.` };
  return { ok: true, dates: [...new Set(parts)].sort() };
}

/** The realisation bar's fill: 0–100, overshoot shown full and losses empty. */
export const barValue = (pct: number | null): number => (pct === null ? 0 : Math.max(0, Math.min(100, pct)));
