// The business-case engine's input and output. Money is integer minor units of the case's one
// currency (cents of EUR: 1,000.00 EUR is 100000), as everywhere in Orrery; rates are plain
// fractions (0.08 is 8 %). Periods are numbered from 0: period 0 is "now" and its flows are not
// discounted, period t is t periods later (the end of the t-th period). That is the convention of
// finance textbooks; Excel's NPV() instead discounts its first value by one period, so Excel users
// write `=NPV(rate, B2:B9) + B1` to get what `npv` gives here.

/** How long one period of a business case is. */
export type Periodicity = 'year' | 'quarter' | 'month';

export const PERIODS_PER_YEAR: { readonly [P in Periodicity]: number } = { year: 1, quarter: 4, month: 12 };

/**
 * How an annual rate becomes a rate per period (and an IRR per period becomes annual):
 * - `effective` (the default): (1 + annual)^(1/k) − 1, so twelve monthly periods discount exactly
 *   as one year does (8 % a year is 0.6434 % a month);
 * - `nominal`: annual / k, the bank's APR convention and what `=NPV(8%/12, …)` does in a spreadsheet.
 */
export type RateConvention = 'effective' | 'nominal';

/** A line of the case: a cost or a benefit with its amount in each period (index = period). */
export interface CashFlowLine {
  /** What the line is, e.g. "Licences" or "Staff time saved"; problems name it. */
  readonly label: string;
  readonly kind: 'cost' | 'benefit';
  /** Non-negative minor units per period from period 0; missing periods at the end count 0. */
  readonly amountsMinor: ReadonlyArray<number>;
}

export interface BusinessCaseInput {
  /** ISO 4217 code of every amount, e.g. `EUR`. */
  readonly currency: string;
  readonly periodicity: Periodicity;
  /** The discount rate per year as a fraction (0.08 = 8 %); above −1. */
  readonly annualDiscountRate: number;
  readonly rateConvention?: RateConvention;
  readonly lines: ReadonlyArray<CashFlowLine>;
}

/** What is wrong with one field of the input; `path` points at it (`lines[2].amountsMinor[5]`). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** The input refused, every problem listed so they can all be fixed at once. */
export interface BusinessCaseError {
  readonly ok: false;
  readonly error: 'invalid_business_case';
  readonly problems: ReadonlyArray<FieldProblem>;
}

/** Why no IRR is given: the flows never change sign, or no rate above −100 % makes NPV zero. */
export type NoIrrReason = 'no_sign_change' | 'no_root';

/**
 * The internal rate of return per period. `rate` is the IRR or null; with several sign changes
 * there may be several rates that make NPV zero (`unique` false): all found are in `roots`
 * (ascending) and `rate` is the one nearest 0 %.
 */
export type IrrResult =
  | {
      readonly rate: number;
      readonly unique: boolean;
      readonly roots: ReadonlyArray<number>;
      readonly signChanges: number;
      /** Says that the IRR may not be unique when the flows change sign more than once. */
      readonly warning: string | null;
    }
  | {
      readonly rate: null;
      readonly reason: NoIrrReason;
      readonly signChanges: number;
      readonly message: string;
    };

/** When the cumulative flow turns non-negative for good, in periods (fractional) and years. */
export interface Payback {
  readonly periods: number;
  readonly years: number;
}

/** One row of the case's cash-flow table. */
export interface CashFlowRow {
  readonly period: number;
  readonly costMinor: number;
  readonly benefitMinor: number;
  /** benefit − cost. */
  readonly netMinor: number;
  readonly cumulativeMinor: number;
  /** 1 / (1 + rate per period)^period. */
  readonly discountFactor: number;
  /** The net flow's present value; the rows add up exactly to `npvMinor` (largest remainders). */
  readonly presentValueMinor: number;
  readonly cumulativePresentValueMinor: number;
}

export interface BusinessCaseFigures {
  readonly ok: true;
  readonly currency: string;
  readonly periodicity: Periodicity;
  readonly rateConvention: RateConvention;
  readonly ratePerPeriod: number;
  readonly totals: { readonly costMinor: number; readonly benefitMinor: number; readonly netMinor: number };
  /** Present values of costs and of benefits, each rounded once. */
  readonly presentValues: { readonly costMinor: number; readonly benefitMinor: number };
  /** Net present value, rounded once from the unrounded sum (so it may differ by a minor unit from PV benefits − PV costs). */
  readonly npvMinor: number;
  /** IRR per period, plus the same rate per year under the case's rate convention. */
  readonly irr: IrrResult & { readonly annualRate: number | null };
  readonly payback: Payback | null;
  readonly discountedPayback: Payback | null;
  /** (total benefits − total costs) ÷ total costs, undiscounted; null without costs. */
  readonly roi: number | null;
  /** PV of benefits ÷ PV of costs; null when the costs' PV is zero. */
  readonly benefitCostRatio: number | null;
  readonly rows: ReadonlyArray<CashFlowRow>;
}
