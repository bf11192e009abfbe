// Puts a server problem's field errors (errors[].path) on the form fields they name, and returns
// whatever is left for the form's general alert.
import { isApiProblem } from '../api/api-problem.ts';

interface FormWithErrors {
  setFieldError: (path: string, message: string) => void;
}

/**
 * @param fieldOf maps a server path ("budget.amountMinor", "tags.2") to a form field, or null.
 * @returns true when at least one message was placed on a field.
 */
export function applyProblemToForm(form: FormWithErrors, error: unknown, fieldOf: (path: string) => string | null): boolean {
  if (!isApiProblem(error)) return false;
  let placed = false;
  for (const { path, message } of error.fieldErrors) {
    const field = fieldOf(path.replace(/^body\./, ''));
    if (!field) continue;
    form.setFieldError(field, sentence(message));
    placed = true;
  }
  return placed;
}

/** "must be on or after plannedStart" → "Must be on or after plannedStart." */
function sentence(message: string): string {
  const text = message.trim();
  if (!text) return 'Check this value.';
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** A field-mapper for forms whose field names match the API's top-level names. */
export const sameNameFields = (fields: readonly string[]) => (path: string): string | null => {
  const head = path.split('.')[0] ?? '';
  return fields.includes(head) ? head : null;
};
