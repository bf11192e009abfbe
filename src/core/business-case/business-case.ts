// A business case evaluated: its cost and benefit lines summed per period, then NPV, IRR, simple
// and discounted payback, ROI and the benefit–cost ratio, with the cash-flow table behind them.
// Bad input is an expected outcome (people type business cases), so it comes back as a tagged
// error listing every problem with the field it is in, never as an exception.
import { sumMinor } from '../finance/money.ts';
import {
  PERIODS_PER_YEAR,
  type BusinessCaseError,
  type BusinessCaseFigures,
  type BusinessCaseInput,
  type CashFlowRow,
  type FieldProblem,
  type Payback,
} from './business-case-types.ts';
import { annualRate, compensatedSum, discountFactor, npv, periodRate, presentValues, toMinor } from './discounting.ts';
import { MAX_PERIODS, rateProblem } from './flow-checks.ts';
import { irr } from './irr.ts';
import { discountedPaybackPeriods, paybackPeriods } from './payback.ts';
import { benefitCostRatio, returnOnInvestment } from './ratios.ts';
import { apportion } from './apportion.ts';

const CURRENCY = /^[A-Z]{3}$/;

/** What is wrong with a business case (empty: nothing), each problem naming its field. */
export function businessCaseProblems(input: BusinessCaseInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!CURRENCY.test(input.currency ?? '')) problems.push({ path: 'currency', message: `"${input.currency}" is not an ISO 4217 currency code; give three capital letters, such as EUR.` });
  if (!Object.hasOwn(PERIODS_PER_YEAR, input.periodicity)) problems.push({ path: 'periodicity', message: `Periods are "year", "quarter" or "month", not "${input.periodicity}".` });
  if (input.rateConvention !== undefined && input.rateConvention !== 'effective' && input.rateConvention !== 'nominal') {
    problems.push({ path: 'rateConvention', message: `The rate convention is "effective" or "nominal", not "${input.rateConvention}".` });
  }
  const rate = rateProblem(input.annualDiscountRate, 'annualDiscountRate');
  if (rate) problems.push(rate);
  if (input.lines.length === 0 || input.lines.every((l) => l.amountsMinor.length === 0)) {
    problems.push({ path: 'lines', message: 'The case has no cash flows: add at least one cost or benefit line with an amount.' });
  }
  input.lines.forEach((line, i) => {
    const at = `lines[${i}]`;
    const name = line.label?.trim() ? `"${line.label.trim()}"` : `Line ${i + 1}`;
    if (!line.label?.trim()) problems.push({ path: `${at}.label`, message: `Line ${i + 1} has no label: say what it is, such as "Licences".` });
    if (line.kind !== 'cost' && line.kind !== 'benefit') problems.push({ path: `${at}.kind`, message: `${name} is a "cost" or a "benefit", not "${line.kind}".` });
    if (line.amountsMinor.length > MAX_PERIODS + 1) problems.push({ path: `${at}.amountsMinor`, message: `${name} spans ${line.amountsMinor.length} periods, more than the ${MAX_PERIODS + 1} a case may span.` });
    line.amountsMinor.forEach((amount, t) => {
      if (!Number.isSafeInteger(amount)) problems.push({ path: `${at}.amountsMinor[${t}]`, message: `${name}, period ${t}: ${amount} is not a whole amount of minor units (cents); give amounts as integers.` });
      else if (amount < 0) problems.push({ path: `${at}.amountsMinor[${t}]`, message: `${name}, period ${t}: ${amount} is negative; amounts are positive, and money coming back belongs on a benefit line.` });
    });
  });
  return problems;
}

/** Costs and benefits per period, or a problem when a sum goes past what minor units keep exactly. */
function perPeriod(input: BusinessCaseInput): { costs: number[]; benefits: number[] } | FieldProblem {
  const horizon = Math.max(...input.lines.map((l) => l.amountsMinor.length));
  const costs: number[] = [];
  const benefits: number[] = [];
  try {
    for (let t = 0; t < horizon; t++) {
      const of = (kind: 'cost' | 'benefit') => sumMinor(input.lines.filter((l) => l.kind === kind).map((l) => l.amountsMinor[t] ?? 0));
      costs.push(of('cost'));
      benefits.push(of('benefit'));
    }
    sumMinor(costs);
    sumMinor(benefits);
  } catch {
    return { path: 'lines', message: 'The amounts add up to more than 2^53 minor units, beyond what Orrery keeps exactly.' };
  }
  return { costs, benefits };
}

const payback = (periods: number | null, perYear: number): Payback | null => (periods === null ? null : { periods, years: periods / perYear });

/**
 * Evaluates a business case. Period 0 is now (undiscounted); the annual discount rate becomes a
 * rate per period by the case's convention (effective by default).
 * @example
 * const figures = evaluateBusinessCase({
 *   currency: 'EUR', periodicity: 'year', annualDiscountRate: 0.1,
 *   lines: [{ label: 'Build', kind: 'cost', amountsMinor: [100_000] }, { label: 'Savings', kind: 'benefit', amountsMinor: [0, 40_000, 40_000, 40_000] }],
 * });
 * // figures.npvMinor 99_474 − 100_000 = −526; figures.payback { periods: 2.5, years: 2.5 }; figures.roi 0.2
 */
export function evaluateBusinessCase(input: BusinessCaseInput): BusinessCaseFigures | BusinessCaseError {
  const problems = businessCaseProblems(input);
  const sums = problems.length === 0 ? perPeriod(input) : null;
  if (sums && 'path' in sums) problems.push(sums);
  if (problems.length > 0 || !sums || 'path' in sums) return { ok: false, error: 'invalid_business_case', problems };

  const { costs, benefits } = sums;
  const convention = input.rateConvention ?? 'effective';
  const perYear = PERIODS_PER_YEAR[input.periodicity];
  const rate = periodRate(input.annualDiscountRate, input.periodicity, convention);
  const net = costs.map((c, t) => benefits[t]! - c);
  const npvMinor = npv(net, rate);
  const irrResult = irr(net);
  const pvOf = (amounts: number[]) => compensatedSum(presentValues(amounts, rate));
  const rowValues = apportion(presentValues(net, rate), npvMinor);
  let cumulative = 0;
  let cumulativePv = 0;
  const rows: CashFlowRow[] = net.map((n, t) => ({
    period: t,
    costMinor: costs[t]!,
    benefitMinor: benefits[t]!,
    netMinor: n,
    cumulativeMinor: (cumulative += n),
    discountFactor: discountFactor(rate, t),
    presentValueMinor: rowValues[t]!,
    cumulativePresentValueMinor: (cumulativePv += rowValues[t]!),
  }));
  const totalCost = sumMinor(costs);
  const totalBenefit = sumMinor(benefits);
  return {
    ok: true,
    currency: input.currency,
    periodicity: input.periodicity,
    rateConvention: convention,
    ratePerPeriod: rate,
    totals: { costMinor: totalCost, benefitMinor: totalBenefit, netMinor: totalBenefit - totalCost },
    presentValues: { costMinor: toMinor(pvOf(costs)), benefitMinor: toMinor(pvOf(benefits)) },
    npvMinor,
    irr: { ...irrResult, annualRate: irrResult.rate === null ? null : annualRate(irrResult.rate, input.periodicity, convention) },
    payback: payback(paybackPeriods(net), perYear),
    discountedPayback: payback(discountedPaybackPeriods(net, rate), perYear),
    roi: returnOnInvestment(costs, benefits),
    benefitCostRatio: benefitCostRatio(costs, benefits, rate),
    rows,
  };
}
