// A server problem's field errors by path (problem, fields.deadline …), for the request form.
import { isApiProblem } from '../../api/api-problem.ts';

export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiProblem(error)) return {};
  return Object.fromEntries(error.fieldErrors.map((p) => [p.path.replace(/^body\./, ''), p.message]));
}
