// Variances, indices and forecasts from the additive amounts (BAC, PV, EV, AC). They are always
// computed from amounts, never averaged from parts: a program's CPI is its summed EV over its
// summed AC, which weighs each project by its size. A ratio whose denominator is zero is null,
// never Infinity or NaN, so "not known yet" cannot pass for a number in a report.
import type { EacMethod, EvmAmounts, EvmIndices, MinorUnits } from './evm-types.ts';
import { ratio, roundMinor } from './money.ts';

/**
 * The PMBOK estimates at completion (Table 7-1), each rounded half away from zero; the quotients
 * are taken from the amounts (BAC × AC / EV, not BAC over a rounded CPI).
 * - `cpi`: BAC / CPI, the rest at the cost efficiency so far; null while CPI is null (no AC) or 0 (no EV).
 * - `budget-rate`: AC + (BAC − EV), the rest as budgeted; always known.
 * - `cpi-spi`: AC + (BAC − EV) / (CPI × SPI), the rest under both efficiencies; null while either is null or 0.
 * - `bottom-up`: AC + the bottom-up ETC; null without one.
 * @example
 * estimatesAtCompletion({ currency: 'EUR', bac: 4000, pv: 3000, ev: 2500, ac: 2800, etcBottomUp: null });
 * // { cpi: 4480, 'budget-rate': 4300, 'cpi-spi': 4816, 'bottom-up': null }
 */
export function estimatesAtCompletion(a: EvmAmounts): { readonly [M in EacMethod]: MinorUnits | null } {
  const { bac, pv, ev, ac } = a;
  const efficient = ac > 0 && ev > 0;
  return {
    cpi: efficient ? roundMinor((bac * ac) / ev) : null,
    'budget-rate': ac + bac - ev,
    'cpi-spi': efficient && pv > 0 ? roundMinor(ac + ((bac - ev) * ac * pv) / (ev * ev)) : null,
    'bottom-up': a.etcBottomUp === null ? null : ac + a.etcBottomUp,
  };
}

/**
 * Variances, indices and forecasts of amounts. Null on zero denominators:
 * - CPI = EV / AC: null while AC is 0 (nothing spent yet);
 * - SPI = EV / PV: null while PV is 0 (nothing planned yet);
 * - EAC: see `estimatesAtCompletion`; ETC = EAC − AC and VAC = BAC − EAC are null with it;
 * - TCPI to BAC = (BAC − EV) / (BAC − AC): null when AC equals BAC (the budget is spent); negative
 *   once AC exceeds BAC, meaning the budget can no longer be met;
 * - TCPI to EAC = (BAC − EV) / (EAC − AC): null when EAC is null or equals AC.
 * @example
 * const i = evmIndices({ currency: 'EUR', bac: 4000, pv: 3000, ev: 2500, ac: 2800, etcBottomUp: null });
 * i.cpi; // 0.892857…
 * i.eac; // 4480 (BAC / CPI, the default method)
 * i.tcpiToBac; // 1.25
 */
export function evmIndices(amounts: EvmAmounts, eacMethod: EacMethod = 'cpi'): EvmIndices {
  const { bac, pv, ev, ac } = amounts;
  const eacs = estimatesAtCompletion(amounts);
  const eac = eacs[eacMethod];
  return {
    cv: ev - ac,
    sv: ev - pv,
    cpi: ratio(ev, ac),
    spi: ratio(ev, pv),
    eacs,
    eacMethod,
    eac,
    etc: eac === null ? null : eac - ac,
    vac: eac === null ? null : bac - eac,
    tcpiToBac: ratio(bac - ev, bac - ac),
    tcpiToEac: eac === null ? null : ratio(bac - ev, eac - ac),
  };
}
