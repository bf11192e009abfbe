// The project's bottom-up estimate to complete, pure: where the figure comes from in words (the
// manager's estimate for the whole project, with its date and note; the tasks' estimates summed;
// or what is missing), and the dialog's values — the estimate as decimal text in the project's
// currency, its date and note — with the client's checks, the body to save (nothing when nothing
// changed) and which field a server error's path lands on.
import type { ProjectEstimate, ProjectEstimateBody, ProjectEvm } from '../../api/types.ts';
import { formatDate } from '../../ui/dates.ts';
import { decimalToMinor, minorDigits, minorToDecimal } from '../../ui/money.ts';

/** Where a project's bottom-up ETC comes from, as one sentence. */
export function bottomUpSourceText(b: ProjectEvm['bottomUp']): string {
  if (b.source === 'project-estimate') return `The project manager’s estimate for the whole project, of ${formatDate(b.asOf)}${b.note ? ` (${b.note})` : ''}: it stands in for the tasks’ estimates while given.`;
  if (b.source === 'task-estimates') return 'The tasks’ estimates to complete, summed (finished tasks count 0).';
  if (b.tasksWithoutEstimate > 0) {
    const tasks = b.tasksWithoutEstimate === 1 ? '1 unfinished task has' : `${b.tasksWithoutEstimate} unfinished tasks have`;
    return `None yet: ${tasks} no estimate to complete. Give the project’s estimate, or each task’s (Edit on its row under Tasks).`;
  }
  return 'None yet: give the project’s estimate to complete.';
}

export interface ProjectEstimateValues {
  /** Decimal text in the project's currency. */
  etc: string;
  /** YYYY-MM-DD; empty: today. */
  asOf: string;
  note: string;
}

export function projectEstimateValues(e: ProjectEstimate): ProjectEstimateValues {
  return { etc: e.etc ? minorToDecimal(e.etc.amountMinor, minorDigits(e.etc.currency)) : '', asOf: e.asOf ?? '', note: e.note };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Field errors, empty when the values can be sent (withdrawing is its own button). */
export function validateProjectEstimate(v: ProjectEstimateValues, currency: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.etc.trim() === '') errors.etc = 'Give what the rest of the project will cost, e.g. 35000.00 (Withdraw takes an estimate away).';
  else {
    const etc = decimalToMinor(v.etc, minorDigits(currency));
    if (!etc.ok) errors.etc = etc.message;
  }
  if (v.asOf !== '' && !ISO_DATE.test(v.asOf)) errors.asOf = 'Pick the day of the estimate.';
  if (v.note.length > 2000) errors.note = 'Keep the note to 2,000 characters.';
  return errors;
}

/**
 * The estimate to save, or {} when nothing changed. A changed amount without a changed date is
 * dated today by the server; an unchanged date is sent again with an unchanged amount.
 */
export function toProjectEstimateBody(v: ProjectEstimateValues, original: ProjectEstimate, currency: string): ProjectEstimateBody | Record<string, never> {
  const parsed = decimalToMinor(v.etc, minorDigits(currency));
  if (!parsed.ok) throw new Error('Validate the estimate form before converting it.');
  const amountChanged = parsed.amountMinor !== (original.etc?.amountMinor ?? null);
  const dateChanged = v.asOf !== (original.asOf ?? '');
  if (!amountChanged && !dateChanged && v.note.trim() === original.note) return {};
  const asOf = v.asOf === '' || (amountChanged && !dateChanged) ? undefined : v.asOf;
  return { etc: { amountMinor: parsed.amountMinor, currency }, note: v.note.trim(), ...(asOf !== undefined && { asOf }) };
}

/** A server path ("etc.currency", "asOf") as the form's field. */
export function projectEstimateFieldOf(path: string): string | null {
  if (path === 'etc' || path.startsWith('etc.')) return 'etc';
  return path === 'asOf' || path === 'note' ? path : null;
}
