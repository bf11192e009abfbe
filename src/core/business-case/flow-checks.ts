// What the cash-flow arithmetic refuses, said once: no flows at all, an amount that is not whole
// minor units, a rate of −100 % or below (every later flow would be divided by zero or change
// sign). The business case reports these as field problems; the arithmetic functions, which are
// also called directly, throw a RangeError with the same words, since reaching them with such
// input is a programming error.
import type { FieldProblem } from './business-case-types.ts';

/** The most periods a case may span: 100 years of months. */
export const MAX_PERIODS = 1200;

const shown = (x: number): string => (Number.isNaN(x) ? 'NaN' : String(x));

/**
 * What is wrong with signed net flows in minor units (empty: nothing).
 * @example flowProblems([-1000, 12.5]) // [{ path: 'flows[1]', message: 'Period 1: 12.5 is not a whole amount of minor units (cents); give amounts as integers.' }]
 */
export function flowProblems(flows: ReadonlyArray<number>, path = 'flows'): FieldProblem[] {
  if (flows.length === 0) return [{ path, message: 'There are no cash flows: give at least the flow of period 0.' }];
  if (flows.length > MAX_PERIODS + 1) return [{ path, message: `${flows.length} periods is more than the ${MAX_PERIODS + 1} a case may span (100 years of months).` }];
  const problems: FieldProblem[] = [];
  flows.forEach((f, t) => {
    if (!Number.isSafeInteger(f)) problems.push({ path: `${path}[${t}]`, message: `Period ${t}: ${shown(f)} is not a whole amount of minor units (cents); give amounts as integers.` });
  });
  return problems;
}

/**
 * What is wrong with a discount rate (null: nothing). Rates are fractions: 0.08 is 8 %.
 * @example rateProblem(-1) // { path: 'rate', message: 'The rate -1 (-100 %) must be above −100 %: …' }
 */
export function rateProblem(rate: number, path = 'rate'): FieldProblem | null {
  if (!Number.isFinite(rate)) return { path, message: `The rate ${shown(rate)} is not a number; give it as a fraction (0.08 for 8 %).` };
  if (rate <= -1) return { path, message: `The rate ${rate} (${+(rate * 100).toPrecision(12)} %) must be above −100 %: at −100 % or below, money a period later would be worth nothing or less than nothing.` };
  return null;
}

/** Throws a RangeError naming the first problem of the flows or the rate. */
export function assertFlowsAndRate(flows: ReadonlyArray<number>, rate?: number): void {
  const problem = flowProblems(flows)[0] ?? (rate === undefined ? null : rateProblem(rate));
  if (problem) throw new RangeError(problem.message);
}
