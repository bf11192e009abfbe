// A request's business case: its stored inputs evaluated by the core's engine into the figures the
// API shows (NPV, IRR, payback, ROI, the cash-flow table), and the check made before saving one.
import type { BusinessCase, BusinessCaseBody } from '../../contracts/business-case.schema.ts';
import { evaluateBusinessCase } from '../../core/business-case/business-case.ts';
import { AppError } from '../errors.ts';

export function businessCaseView(body: BusinessCaseBody): BusinessCase {
  const result = evaluateBusinessCase(body);
  if (!result.ok) return { ...body, figures: null, problems: result.problems.map((p) => ({ ...p })) };
  const irr = result.irr;
  return {
    ...body,
    figures: {
      ratePerPeriod: result.ratePerPeriod,
      totals: { ...result.totals },
      presentValues: { ...result.presentValues },
      npvMinor: result.npvMinor,
      irr: irr.rate === null ? { ratePerPeriod: null, annualRate: null, note: irr.message } : { ratePerPeriod: irr.rate, annualRate: irr.annualRate, note: irr.warning },
      payback: result.payback && { ...result.payback },
      discountedPayback: result.discountedPayback && { ...result.discountedPayback },
      roi: result.roi,
      benefitCostRatio: result.benefitCostRatio,
      rows: result.rows.map((r) => ({ ...r })),
    },
    problems: [],
  };
}

/** Refuses a case the engine cannot evaluate, listing every problem with its field. */
export function assertEvaluable(body: BusinessCaseBody): void {
  const result = evaluateBusinessCase(body);
  if (!result.ok) {
    throw new AppError('validation_failed', `The business case needs fixing: ${result.problems.map((p) => p.message).join(' ')}`, { errors: result.problems.map((p) => ({ path: `businessCase.${p.path}`, message: p.message })) });
  }
}

/** Cost lines with an amount: approval needs at least one. */
export const costLinesOf = (body: BusinessCaseBody | null): number => (body ? body.lines.filter((l) => l.kind === 'cost' && l.amountsMinor.some((a) => a > 0)).length : 0);
