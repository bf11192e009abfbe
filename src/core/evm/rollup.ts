// Roll-up: items into a project, projects into a program, programs into a portfolio. Amounts add
// and the indices are computed again from the sums (a program's CPI is never an average of its
// projects'). Amounts of different currencies must not add: a part in another currency is an
// expected outcome, returned as `mixed_currency`, and converting is the caller's job (at dated
// rates it alone knows).
import type { CurrencyCode, EacMethod, EvmAmounts, EvmError, EvmIndices } from './evm-types.ts';
import { evmIndices } from './indices.ts';

export type RollUpResult = { readonly ok: true; readonly amounts: EvmAmounts; readonly indices: EvmIndices } | Extract<EvmError, { error: 'mixed_currency' }>;

/**
 * The sum of parts' amounts in `currency`. The bottom-up ETC adds only when every part has one
 * (else it is null). Returns `mixed_currency`, naming the currencies, when a part has another.
 * @example
 * sumAmounts('EUR', [a, b]); // { ok: true, amounts: { currency: 'EUR', bac: a.bac + b.bac, … } }
 */
export function sumAmounts(currency: CurrencyCode, parts: ReadonlyArray<EvmAmounts>): { readonly ok: true; readonly amounts: EvmAmounts } | Extract<EvmError, { error: 'mixed_currency' }> {
  let bac = 0;
  let pv = 0;
  let ev = 0;
  let ac = 0;
  let etc: number | null = 0;
  const others = new Set<CurrencyCode>();
  for (const p of parts) {
    if (p.currency !== currency) others.add(p.currency);
    bac += p.bac;
    pv += p.pv;
    ev += p.ev;
    ac += p.ac;
    etc = etc === null || p.etcBottomUp === null ? null : etc + p.etcBottomUp;
  }
  if (others.size > 0) {
    const currencies = [currency, ...[...others].sort()];
    return { ok: false, error: 'mixed_currency', currencies, message: `Amounts in ${currencies.join(', ')} cannot be added: convert them to ${currency} first.` };
  }
  return { ok: true, amounts: { currency, bac, pv, ev, ac, etcBottomUp: etc } };
}

/**
 * Rolls parts up: their summed amounts and the indices of the sums.
 * @example
 * const program = rollUp('EUR', projects.map((p) => p.amounts));
 * if (program.ok) console.log(program.indices.cpi); // Σ EV / Σ AC
 * else console.log(program.message); // e.g. a project in USD
 */
export function rollUp(currency: CurrencyCode, parts: ReadonlyArray<EvmAmounts>, eacMethod: EacMethod = 'cpi'): RollUpResult {
  const sum = sumAmounts(currency, parts);
  if (!sum.ok) return sum;
  return { ok: true, amounts: sum.amounts, indices: evmIndices(sum.amounts, eacMethod) };
}
