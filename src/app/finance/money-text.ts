// Amounts in messages people read ("EUR 1,250.00"), written from integer minor units without floats.
import { minorDigits as digitsOf } from '../../core/finance/currency.ts';

/** "EUR 1,250.00" from (125000, 'EUR'); "-EUR 5.00" for a negative amount. */
export function formatMinor(amountMinor: number, currency: string): string {
  const digits = digitsOf(currency);
  const text = Math.abs(amountMinor).toString().padStart(digits + 1, '0');
  const whole = (digits === 0 ? text : text.slice(0, -digits)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amountMinor < 0 ? '-' : ''}${currency} ${whole}${digits === 0 ? '' : `.${text.slice(-digits)}`}`;
}

/** Major units for a spreadsheet cell (1250 from 125000 EUR): a display value, never stored or summed. */
export const majorUnits = (amountMinor: number, currency: string): number => amountMinor / 10 ** digitsOf(currency);
