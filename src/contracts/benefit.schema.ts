// The benefits register of a project: what it is to bring about, measured from a baseline to a
// target (better higher or lower), owned by a person, expected by a date and measured on planned
// dates — often after the project has closed — with the measurements taken so far. Realisation
// (percent of the planned move made) and status are computed on every read; the portfolio view
// sums money benefits planned against realised in the base currency.
import { z } from 'zod';
import { CurrencyCode, Description, Id, IsoDate, Timestamp } from './common.schema.ts';
import { itemFields, Title } from './raid.schema.ts';
import { Code } from './register.schema.ts';

export const BENEFIT_CATEGORIES = ['financial', 'non_financial'] as const;
export const BenefitCategory = z.enum(BENEFIT_CATEGORIES).describe('financial: money in a currency (values in its minor units); non_financial: any other measure in its unit.');
export const BENEFIT_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export const BenefitDirection = z.enum(BENEFIT_DIRECTIONS);
export const BENEFIT_STATUSES = ['on_track', 'at_risk', 'realised', 'not_realised'] as const;
export const BenefitStatus = z
  .enum(BENEFIT_STATUSES)
  .describe('realised: the latest measurement reaches the target; not_realised: short of it after the last date to judge it on (the expected date or the last planned measurement, whichever is later); at_risk: a measurement overdue, worse than the baseline, past its expected date, or a trend short of the target; else on_track.');

const Value = z.number().finite().min(-1e15).max(1e15);
const Unit = z.string().trim().max(40);
const Measure = z.string().trim().min(1, 'Name the measure or KPI, e.g. Annual operating cost.').max(200);
const PlannedDates = z.array(IsoDate).max(60).describe('Dates it is to be measured on (any order; duplicates are dropped).');

export const BenefitMeasurement = z.object({
  id: Id,
  measuredOn: IsoDate,
  value: z.number(),
  note: z.string(),
  realisationPct: z.number().describe('Realisation this value means, unclamped: 0 at the baseline, 100 at the target.'),
  recordedBy: z.object({ id: Id, name: z.string() }).nullable(),
  recordedAt: Timestamp,
});
export type BenefitMeasurement = z.infer<typeof BenefitMeasurement>;

export const Benefit = z.object({
  ...itemFields,
  ownerId: Id.nullable().describe('The person accountable for realising it.'),
  category: BenefitCategory,
  measure: z.string(),
  unit: z.string().describe('The measure’s unit (hours, %, tickets/month); for money benefits the currency code.'),
  currency: CurrencyCode.nullable().describe('Money benefits: the currency of baseline, target and values (in its minor units).'),
  direction: BenefitDirection,
  baseline: z.number(),
  target: z.number(),
  expectedBy: IsoDate,
  plannedMeasurements: z.array(IsoDate),
  measurements: z.array(BenefitMeasurement).describe('Oldest first.'),
  realisationPct: z.number().nullable().describe('At the latest measurement; null before the first.'),
  status: BenefitStatus,
  reasons: z.array(z.string()).describe('Why the status is what it is, in words.'),
  overdueMeasurements: z.array(IsoDate),
  nextMeasurement: IsoDate.nullable(),
  projectedPct: z.number().nullable().describe('The trend of the last two measurements carried to the expected date.'),
  editable: z.boolean().describe('Whether you may change it and record measurements.'),
});
export type Benefit = z.infer<typeof Benefit>;

const moneyRule = (b: { category?: string | undefined; currency?: string | null | undefined; baseline?: number | undefined; target?: number | undefined }, ctx: z.RefinementCtx) => {
  if (b.category === 'financial') {
    if (b.currency === null) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'A financial benefit is money: give its currency (EUR …); values are in its minor units.' });
    for (const key of ['baseline', 'target'] as const) {
      const v = b[key];
      if (v !== undefined && !Number.isInteger(v)) ctx.addIssue({ code: 'custom', path: [key], message: 'Money is whole minor units (cents): give an integer.' });
    }
  }
  if (b.category === 'non_financial' && b.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'Only financial benefits have a currency; leave it out, or make the category financial.' });
};

export const BenefitCreate = z
  .object({
    code: Code.optional(),
    title: Title,
    description: Description.default(''),
    category: BenefitCategory,
    measure: Measure,
    unit: Unit.default(''),
    currency: CurrencyCode.nullable().default(null),
    direction: BenefitDirection.default('higher_is_better'),
    baseline: Value,
    target: Value,
    ownerId: Id.nullable().default(null).describe('The person accountable for realising it (may be outside the project team).'),
    expectedBy: IsoDate,
    plannedMeasurements: PlannedDates.default([]),
  })
  .strict()
  .superRefine(moneyRule);
export type BenefitCreate = z.infer<typeof BenefitCreate>;

export const BenefitUpdate = z
  .object({
    title: Title.optional(),
    description: Description.optional(),
    category: BenefitCategory.optional(),
    measure: Measure.optional(),
    unit: Unit.optional(),
    currency: CurrencyCode.nullable().optional(),
    direction: BenefitDirection.optional(),
    baseline: Value.optional(),
    target: Value.optional(),
    ownerId: Id.nullable().optional(),
    expectedBy: IsoDate.optional(),
    plannedMeasurements: PlannedDates.optional(),
  })
  .strict()
  .superRefine(moneyRule);
export type BenefitUpdate = z.infer<typeof BenefitUpdate>;

export const BenefitMeasurementCreate = z
  .object({
    measuredOn: IsoDate.describe('The day the value holds for.'),
    value: Value.describe('In the benefit’s unit; money in minor units of its currency.'),
    note: z.string().trim().max(2000).default(''),
  })
  .strict();
export type BenefitMeasurementCreate = z.infer<typeof BenefitMeasurementCreate>;
export const BenefitMeasurementParams = z.object({ id: Id, measurementId: Id }).strict();

const Totals = z.object({
  benefits: z.number().int(),
  byStatus: z.object({ on_track: z.number().int(), at_risk: z.number().int(), realised: z.number().int(), not_realised: z.number().int() }),
  plannedMinor: z.number().int().describe('Money benefits’ planned improvement (target − baseline, the better way), in the view’s currency.'),
  realisedMinor: z.number().int().describe('Their improvement at the latest measurement (unmeasured: 0), overshoot and losses included.'),
  realisedPct: z.number().nullable(),
  overdueMeasurements: z.number().int(),
});

export const ProjectBenefits = z.object({
  projectId: Id,
  projectCode: z.string(),
  currency: CurrencyCode.describe('The currency of the totals: the base currency.'),
  totals: Totals,
  unconverted: z.array(z.string()).describe('Codes of money benefits left out of the totals for want of an exchange rate.'),
  canAdd: z.boolean(),
  items: z.array(Benefit),
});
export type ProjectBenefits = z.infer<typeof ProjectBenefits>;

export const PortfolioBenefits = z.object({
  portfolioId: Id,
  portfolioCode: z.string(),
  currency: CurrencyCode,
  asOf: IsoDate,
  total: Totals,
  projects: z.array(z.object({ projectId: Id, projectCode: z.string(), projectName: z.string(), projectStatus: z.string(), totals: Totals })),
  overdue: z.array(z.object({ benefitId: Id, code: z.string(), title: z.string(), projectCode: z.string(), ownerName: z.string().nullable(), dates: z.array(IsoDate) })).describe('Benefits with planned measurements not taken, oldest first.'),
  unconverted: z.array(z.string()),
});
export type PortfolioBenefits = z.infer<typeof PortfolioBenefits>;
