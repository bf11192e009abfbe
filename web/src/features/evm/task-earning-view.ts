// How a task earns its value and its manager's estimate to complete, pure: the methods in words,
// why the bottom-up EAC is empty (a task without an estimate), and the dialog's values — the
// method, weighted milestones as rows, the estimate as decimal text in the project's currency —
// with the client's checks, the body to save (nothing when nothing changed) and which field a
// server error's path lands on.
import type { EarningMethod, ProjectEvm, TaskEarning, TaskEarningBody } from '../../api/types.ts';
import { decimalToMinor, minorDigits, minorToDecimal } from '../../ui/money.ts';

export const METHOD_LABELS: Record<EarningMethod, { label: string; description: string }> = {
  'percent-complete': { label: 'Percent complete', description: 'Earns its percent complete of the budget.' },
  '0/100': { label: '0/100', description: 'Earns nothing until it is 100 % complete.' },
  '50/50': { label: '50/50', description: 'Earns half once started, the rest when complete.' },
  milestones: { label: 'Weighted milestones', description: 'Earns the weights of the milestones done (percent complete is not used).' },
};
export const EARNING_METHODS = Object.keys(METHOD_LABELS) as EarningMethod[];

/** Why the bottom-up EAC shows nothing, or null when it shows a figure (or another method is chosen). */
export function bottomUpGap(evm: Pick<ProjectEvm, 'indices' | 'tasks'>): string | null {
  if (evm.indices.eacMethod !== 'bottom-up' || evm.indices.eac !== null) return null;
  const missing = evm.tasks.filter((t) => t.amounts.etcBottomUp === null);
  if (missing.length === 0) return null;
  const names = missing.slice(0, 3).map((t) => t.name).join(', ') + (missing.length > 3 ? ' …' : '');
  return `No bottom-up EAC: ${missing.length} of ${evm.tasks.length} tasks have no estimate to complete (${names}). Give each an estimate (Edit on its row under Tasks), or give the project’s estimate to complete.`;
}

export interface MilestoneValues {
  name: string;
  weight: string;
  done: boolean;
}

export interface TaskEarningValues {
  method: EarningMethod;
  milestones: MilestoneValues[];
  /** Decimal text in the project's currency; empty: no estimate. */
  etc: string;
  etcAsOf: string;
}

export const newMilestone = (): MilestoneValues => ({ name: '', weight: '1', done: false });

export function taskEarningValues(earning: TaskEarning): TaskEarningValues {
  return {
    method: earning.method,
    milestones: earning.milestones.length > 0 ? earning.milestones.map((m) => ({ name: m.name, weight: String(m.weight), done: m.done })) : [newMilestone()],
    etc: earning.etc ? minorToDecimal(earning.etc.amountMinor, minorDigits(earning.etc.currency)) : '',
    etcAsOf: earning.etcAsOf ?? '',
  };
}

const WEIGHT = /^\d+(?:\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Field errors by form path ("milestones.1.weight"), empty when the values can be sent. */
export function validateTaskEarning(v: TaskEarningValues, currency: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.method === 'milestones') {
    v.milestones.forEach((m, i) => {
      if (!m.name.trim()) errors[`milestones.${i}.name`] = 'Name the milestone.';
      if (!WEIGHT.test(m.weight.trim())) errors[`milestones.${i}.weight`] = 'A weight is a number of 0 or more.';
    });
    if (!v.milestones.some((m) => WEIGHT.test(m.weight.trim()) && Number(m.weight) > 0)) errors.milestones = 'Give at least one milestone a weight above 0.';
  }
  if (v.etc.trim() !== '') {
    const etc = decimalToMinor(v.etc, minorDigits(currency));
    if (!etc.ok) errors.etc = etc.message;
  }
  if (v.etcAsOf !== '' && !ISO_DATE.test(v.etcAsOf)) errors.etcAsOf = 'Pick the day of the estimate.';
  return errors;
}

/**
 * The settings to save, or {} when nothing changed. A changed estimate without a changed date is
 * dated today by the server; an unchanged one keeps its date.
 */
export function toTaskEarningBody(v: TaskEarningValues, original: TaskEarning, currency: string): TaskEarningBody | Record<string, never> {
  const parsed = v.etc.trim() === '' ? null : decimalToMinor(v.etc, minorDigits(currency));
  if (parsed && !parsed.ok) throw new Error('Validate the earning form before converting it.');
  const etc = parsed ? { amountMinor: parsed.amountMinor, currency } : null;
  const milestones = v.method === 'milestones' ? v.milestones.map((m) => ({ name: m.name.trim(), weight: Number(m.weight), done: m.done })) : [];
  const etcChanged = (etc?.amountMinor ?? null) !== (original.etc?.amountMinor ?? null);
  const dateChanged = v.etcAsOf !== (original.etcAsOf ?? '');
  const changed = v.method !== original.method || JSON.stringify(milestones) !== JSON.stringify(v.method === 'milestones' ? original.milestones : []) || etcChanged || dateChanged;
  if (!changed) return {};
  const etcAsOf = etc === null || v.etcAsOf === '' || (etcChanged && !dateChanged) ? undefined : v.etcAsOf;
  return { method: v.method, milestones, etc, ...(etcAsOf !== undefined && { etcAsOf }) };
}

/** A server path ("milestones[1].weight", "etc.currency") as the form's field. */
export function taskEarningFieldOf(path: string): string | null {
  const row = /^milestones\[(\d+)\]\.(name|weight|done)/.exec(path);
  if (row) return `milestones.${row[1]}.${row[2]}`;
  if (path === 'milestones' || path === 'method' || path === 'etcAsOf') return path;
  if (path === 'etc' || path.startsWith('etc.')) return 'etc';
  return null;
}
