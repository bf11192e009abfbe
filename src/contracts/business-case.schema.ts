// A business case as the API carries it: its inputs (cost and benefit lines per period, the
// discount rate) and the figures the core's engine computes from them (NPV, IRR, payback, ROI and
// the cash-flow table). Money is integer minor units of the case's one currency; rates are
// fractions (0.08 is 8 %).
import { z } from 'zod';
import { CurrencyCode, FieldError } from './common.schema.ts';

export const PERIODICITIES = ['year', 'quarter', 'month'] as const;
export const Periodicity = z.enum(PERIODICITIES).describe('How long one period is; period 0 is now and is not discounted.');

export const CashFlowLine = z
  .object({
    label: z.string().trim().min(1, 'Say what the line is, such as Licences.').max(200),
    kind: z.enum(['cost', 'benefit']),
    amountsMinor: z.array(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)).max(1201).describe('Minor units per period from period 0; give every amount as a positive integer.'),
  })
  .strict();
export type CashFlowLine = z.infer<typeof CashFlowLine>;

export const BusinessCaseBody = z
  .object({
    currency: CurrencyCode,
    periodicity: Periodicity,
    annualDiscountRate: z.number().gt(-1).max(10).describe('Per year as a fraction: 0.08 is 8 %.'),
    rateConvention: z.enum(['effective', 'nominal']).default('effective').describe('effective: (1 + r)^(1/k) − 1 per period; nominal: r / k.'),
    lines: z.array(CashFlowLine).max(100),
  })
  .strict();
export type BusinessCaseBody = z.infer<typeof BusinessCaseBody>;

const Payback = z.object({ periods: z.number(), years: z.number() }).nullable();
export const BusinessCaseFigures = z.object({
  ratePerPeriod: z.number(),
  totals: z.object({ costMinor: z.number().int(), benefitMinor: z.number().int(), netMinor: z.number().int() }),
  presentValues: z.object({ costMinor: z.number().int(), benefitMinor: z.number().int() }),
  npvMinor: z.number().int(),
  irr: z.object({
    ratePerPeriod: z.number().nullable(),
    annualRate: z.number().nullable(),
    note: z.string().nullable().describe('Why there is no IRR, or a warning that it may not be unique.'),
  }),
  payback: Payback,
  discountedPayback: Payback,
  roi: z.number().nullable().describe('(benefits − costs) ÷ costs, undiscounted.'),
  benefitCostRatio: z.number().nullable(),
  rows: z.array(
    z.object({
      period: z.number().int(),
      costMinor: z.number().int(),
      benefitMinor: z.number().int(),
      netMinor: z.number().int(),
      cumulativeMinor: z.number().int(),
      discountFactor: z.number(),
      presentValueMinor: z.number().int(),
      cumulativePresentValueMinor: z.number().int(),
    }),
  ),
});
export type BusinessCaseFigures = z.infer<typeof BusinessCaseFigures>;

export const BusinessCase = BusinessCaseBody.extend({
  figures: BusinessCaseFigures.nullable().describe('Null when the inputs cannot be evaluated (see problems).'),
  problems: z.array(FieldError),
});
export type BusinessCase = z.infer<typeof BusinessCase>;
