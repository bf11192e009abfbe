// Budgets on the selection page: typed in the currency's units, one per year or one for all,
// sent in minor units.
import { minorDigits } from '../../ui/money.ts';

/** "1500000, 2000000" → minor units per year; [] for nothing typed; null when a figure is not an amount. */
export function parseBudget(text: string, currency: string): number[] | null {
  const parts = text.split(',').map((p) => p.trim().replace(/[_\s]/g, '')).filter((p) => p !== '');
  const amounts = parts.map(Number);
  if (amounts.some((a) => !Number.isFinite(a) || a < 0)) return null;
  return amounts.map((a) => Math.round(a * 10 ** minorDigits(currency)));
}

/** Minor units per year as the input shows them. */
export const budgetText = (perYear: ReadonlyArray<number>, currency: string): string => perYear.map((m) => String(m / 10 ** minorDigits(currency))).join(', ');

/** A group's key from its name (lower-case words joined by _), unique by its place. */
export function groupKey(name: string, index: number): string {
  const words = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 30);
  return `${/^[a-z]/.test(words) ? words : `group${words ? `_${words}` : ''}`}_${index + 1}`;
}
