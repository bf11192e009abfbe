// Rates that turn hours into money and one currency into another: a person's cost rate per hour
// (standard and overtime, in force from a date), dated exchange rates to the organisation's base
// currency, and the base currency itself (what portfolio roll-ups are shown in).
import { z } from 'zod';
import { RATE_PATTERN } from '../core/finance/currency.ts';
import { CurrencyCode, Id, IsoDate, Money, Timestamp, Version } from './common.schema.ts';

export const PersonRate = z.object({
  id: Id,
  userId: Id,
  userName: z.string(),
  effectiveFrom: IsoDate.describe('In force from this day until the next rate of the person.'),
  standard: Money.describe('Per hour.'),
  overtime: Money.nullable().describe('Per overtime hour; null: overtime costs the standard rate.'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type PersonRate = z.infer<typeof PersonRate>;

const sameCurrency = (r: { standard?: Money | undefined; overtime?: Money | null | undefined }) => !r.standard || !r.overtime || r.overtime.currency === r.standard.currency;
const CURRENCY_MESSAGE = { message: 'Give the overtime rate in the standard rate’s currency.', path: ['overtime', 'currency'] };

export const PersonRateCreate = z
  .object({ userId: Id, effectiveFrom: IsoDate, standard: Money, overtime: Money.nullable().default(null) })
  .strict()
  .refine(sameCurrency, CURRENCY_MESSAGE);
export type PersonRateCreate = z.infer<typeof PersonRateCreate>;
export const PersonRateUpdate = z
  .object({ effectiveFrom: IsoDate.optional(), standard: Money.optional(), overtime: Money.nullable().optional() })
  .strict()
  .refine(sameCurrency, CURRENCY_MESSAGE);
export type PersonRateUpdate = z.infer<typeof PersonRateUpdate>;
export const PersonRateListQuery = z.object({ userId: Id.optional().describe('One person’s rates; default everyone’s you may see.') }).strict();
export const PersonRateList = z.object({ items: z.array(PersonRate) });

export const DecimalRate = z
  .string()
  .regex(RATE_PATTERN, 'Give the rate as a plain decimal, e.g. 1.0834 (up to 10 decimals, no exponent).')
  .refine((r) => Number(r) > 0, 'A rate is more than zero.');

export const ExchangeRate = z.object({
  id: Id,
  currency: CurrencyCode,
  baseCurrency: CurrencyCode,
  effectiveFrom: IsoDate,
  rate: z.string().describe('Units of the base currency per unit of `currency`, as decimal text.'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type ExchangeRate = z.infer<typeof ExchangeRate>;
export const ExchangeRateCreate = z
  .object({ currency: CurrencyCode, effectiveFrom: IsoDate, rate: DecimalRate.describe('Units of the base currency per unit of `currency`.') })
  .strict();
export type ExchangeRateCreate = z.infer<typeof ExchangeRateCreate>;
export const ExchangeRateUpdate = z.object({ effectiveFrom: IsoDate.optional(), rate: DecimalRate.optional() }).strict();
export type ExchangeRateUpdate = z.infer<typeof ExchangeRateUpdate>;
export const ExchangeRateListQuery = z.object({ currency: CurrencyCode.optional() }).strict();
export const ExchangeRateList = z.object({ baseCurrency: CurrencyCode, items: z.array(ExchangeRate) });

export const FinanceSettings = z.object({ baseCurrency: CurrencyCode.describe('What portfolio roll-ups are shown in.'), version: z.number().int() });
export type FinanceSettings = z.infer<typeof FinanceSettings>;
export const FinanceSettingsBody = z.object({ baseCurrency: CurrencyCode }).strict();
export type FinanceSettingsBody = z.infer<typeof FinanceSettingsBody>;
export const FinanceSettingsQuery = z.object({}).strict();
