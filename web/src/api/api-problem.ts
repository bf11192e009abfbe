// The error every API call throws on a non-2xx answer: it carries the server's RFC 9457 problem
// so screens can show its detail and forms can put errors[].path messages on the right fields.
import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldProblem = NonNullable<Problem['errors']>[number];

export class ApiProblem extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiProblem';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }

  get fieldErrors(): readonly FieldProblem[] {
    return this.problem.errors ?? [];
  }

  /** Builds the error from a response and whatever body openapi-fetch parsed from it. */
  static from(response: Response, body: unknown): ApiProblem {
    if (isProblem(body)) return new ApiProblem(body);
    const title = response.statusText || 'Request failed';
    return new ApiProblem({
      type: 'about:blank',
      title,
      status: response.status,
      code: response.status === 0 ? 'network_error' : 'http_error',
      detail: `The server answered ${response.status} ${title}.`,
    });
  }

  static network(cause: unknown): ApiProblem {
    const error = new ApiProblem({
      type: 'about:blank',
      title: 'Cannot reach the server',
      status: 0,
      code: 'network_error',
      detail: 'Orrery’s server did not answer. Check your connection and try again.',
    });
    error.cause = cause;
    return error;
  }
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b.status === 'number' && typeof b.code === 'string' && typeof b.title === 'string';
}

export const isApiProblem = (error: unknown): error is ApiProblem => error instanceof ApiProblem;

/** A sentence for the user, with the special cases every screen should word the same way. */
export function describeProblem(error: unknown): string {
  if (!isApiProblem(error)) return error instanceof Error ? error.message : 'Something went wrong.';
  switch (error.code) {
    case 'version_conflict':
      return 'This record was changed by someone else since you opened it — reload to see their changes, then apply yours again.';
    case 'forbidden':
      return `You are not allowed to do this. ${error.problem.detail}`;
    default:
      return error.problem.detail || error.problem.title;
  }
}
