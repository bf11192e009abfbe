// Typed failures of use cases. Domain code names what went wrong; server/http-errors.ts alone
// decides the HTTP status for each code.

export type AppErrorCode =
  | 'unauthenticated' // no or bad credentials
  | 'invalid_credentials' // login with a wrong e-mail or password
  | 'forbidden' // authenticated, but the role does not allow it
  | 'csrf_failed' // cookie-authenticated write without the CSRF token
  | 'not_found'
  | 'validation_failed' // input is well-formed but breaks a rule (finish before start …)
  | 'invalid_reference' // input names a record that does not exist or does not fit
  | 'duplicate' // a unique key (code, e-mail) is taken
  | 'precondition_required' // an update without If-Match
  | 'invalid_if_match' // If-Match that is not an ETag Orrery gave
  | 'version_conflict' // If-Match names an old version
  | 'invalid_cursor'
  | 'schedule_cycle'; // a change would make the links loop

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly errors: readonly FieldProblem[] | undefined;
  readonly currentVersion: number | undefined;

  constructor(code: AppErrorCode, message: string, extra: { errors?: FieldProblem[]; currentVersion?: number } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.errors = extra.errors;
    this.currentVersion = extra.currentVersion;
  }
}

export const notFound = (what: string, id: string): AppError =>
  new AppError('not_found', `${what} ${id} does not exist (or you cannot see it).`);

export const forbidden = (doing: string): AppError =>
  new AppError('forbidden', `Your role does not allow you to ${doing}. Ask a PMO member or an administrator.`);
