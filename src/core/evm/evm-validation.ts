// What the engine refuses, said once: data that would make a figure meaningless (a budget in
// fractions of a cent, a finish before its start, a plan that does not add up to its budget, an
// expense in another currency). Stored data can be wrong, so these are expected outcomes returned
// as tagged errors naming the item, never exceptions.
import type { EvmError, ProjectEvmInput, WorkItem } from './evm-types.ts';
import { isMinorUnits } from './money.ts';
import { earningProblem, PERCENT_COMPLETE } from './earned-value.ts';

const invalidItem = (itemId: string, message: string): EvmError => ({ ok: false, error: 'invalid_item', itemId, message: `Item ${itemId}: ${message}.` });

/**
 * Why an item cannot be evaluated, or null when it can.
 * @example
 * itemProblem({ id: 'A', bac: 10.5, baselineStart: 0, baselineFinish: 480, progress: { percentComplete: 0 } });
 * // { ok: false, error: 'invalid_item', itemId: 'A', message: 'Item A: the budget 10.5 is not a whole, non-negative amount of minor units.' }
 */
export function itemProblem(item: WorkItem): EvmError | null {
  const id = item.id;
  if (!(isMinorUnits(item.bac) && item.bac >= 0)) return invalidItem(id, `the budget ${item.bac} is not a whole, non-negative amount of minor units`);
  if (!(Number.isFinite(item.baselineStart) && Number.isFinite(item.baselineFinish))) return invalidItem(id, 'the baseline dates are missing');
  if (item.baselineFinish < item.baselineStart) return invalidItem(id, 'the baseline finishes before it starts');
  if (item.plan) {
    let sum = 0;
    for (const s of item.plan) {
      if (!(Number.isFinite(s.start) && Number.isFinite(s.finish) && s.finish >= s.start)) return invalidItem(id, 'a stretch of its time-phased plan finishes before it starts');
      if (!(isMinorUnits(s.amount) && s.amount >= 0)) return invalidItem(id, `the planned amount ${s.amount} is not a whole, non-negative amount of minor units`);
      sum += s.amount;
    }
    if (sum !== item.bac) return invalidItem(id, `its time-phased plan adds up to ${sum}, not to its budget ${item.bac}`);
  }
  if (item.etc !== undefined && !(isMinorUnits(item.etc) && item.etc >= 0)) return invalidItem(id, `the estimate to complete ${item.etc} is not a whole, non-negative amount of minor units`);
  if (item.earnedValue !== undefined && !(isMinorUnits(item.earnedValue) && item.earnedValue >= 0)) return invalidItem(id, `the recorded earned value ${item.earnedValue} is not a whole, non-negative amount of minor units`);
  const earning = earningProblem(item.earning ?? PERCENT_COMPLETE, item.progress);
  return earning ? invalidItem(id, earning) : null;
}

/**
 * Why a project's input cannot be evaluated, or null when it can: the first invalid item, an item
 * id used twice, an actual cost that is not whole minor units, or an item or cost in another
 * currency (`mixed_currency`).
 * @example
 * inputProblem({ currency: 'EUR', statusDate, items: [], actuals: [{ at, amount: 500, currency: 'USD' }] });
 * // { ok: false, error: 'mixed_currency', currencies: ['EUR', 'USD'], … }
 */
export function inputProblem(input: ProjectEvmInput): EvmError | null {
  if (!input.currency) return { ok: false, error: 'invalid_input', message: 'The project has no currency.' };
  if (!Number.isFinite(input.statusDate)) return { ok: false, error: 'invalid_input', message: 'The status date is missing.' };
  if (input.origin !== undefined && !Number.isFinite(input.origin)) return { ok: false, error: 'invalid_input', message: 'The origin is not a date.' };
  if (input.earnedValue !== undefined && !isMinorUnits(input.earnedValue)) return { ok: false, error: 'invalid_input', message: `The recorded earned value ${input.earnedValue} is not a whole amount of minor units.` };
  const others = new Set<string>();
  const ids = new Set<string>();
  for (const item of input.items) {
    if (ids.has(item.id)) return invalidItem(item.id, 'the id is used by another item too');
    ids.add(item.id);
    const problem = itemProblem(item);
    if (problem) return problem;
    if (item.currency !== undefined && item.currency !== input.currency) others.add(item.currency);
  }
  for (const cost of input.actuals) {
    if (!Number.isFinite(cost.at)) return { ok: false, error: 'invalid_input', message: 'An actual cost has no date.' };
    if (!isMinorUnits(cost.amount)) return { ok: false, error: 'invalid_input', message: `The actual cost ${cost.amount} is not a whole amount of minor units.` };
    if (cost.currency !== undefined && cost.currency !== input.currency) others.add(cost.currency);
  }
  if (others.size === 0) return null;
  const currencies = [input.currency, ...[...others].sort()];
  return { ok: false, error: 'mixed_currency', currencies, message: `The project is in ${input.currency} but has amounts in ${[...others].sort().join(', ')}: convert them first.` };
}
