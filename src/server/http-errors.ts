// The one place where failures become HTTP: RFC 9457 application/problem+json with a stable code.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type AppErrorCode, type FieldProblem } from '../app/errors.ts';

export type HttpProblemCode =
  | AppErrorCode
  | 'invalid_request' // the request does not match the API's schema
  | 'malformed_json'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'route_not_found'
  | 'rate_limited'
  | 'internal_error';

export function statusOf(code: HttpProblemCode): number {
  switch (code) {
    case 'unauthenticated':
    case 'invalid_credentials':
      return 401;
    case 'forbidden':
    case 'csrf_failed':
      return 403;
    case 'not_found':
    case 'route_not_found':
      return 404;
    case 'duplicate':
    case 'version_conflict':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'validation_failed':
    case 'invalid_reference':
    case 'schedule_cycle':
      return 422;
    case 'precondition_required':
      return 428;
    case 'rate_limited':
      return 429;
    case 'invalid_request':
    case 'invalid_if_match':
    case 'invalid_cursor':
    case 'malformed_json':
      return 400;
    case 'internal_error':
      return 500;
  }
}

const TITLES: Record<HttpProblemCode, string> = {
  unauthenticated: 'Sign in first',
  invalid_credentials: 'Wrong e-mail or password',
  forbidden: 'Not allowed',
  csrf_failed: 'Missing or wrong CSRF token',
  not_found: 'Not found',
  route_not_found: 'No such API route',
  duplicate: 'Already exists',
  version_conflict: 'Changed by someone else',
  payload_too_large: 'Request body too large',
  unsupported_media_type: 'Unsupported content type',
  validation_failed: 'Breaks a rule',
  invalid_request: 'Invalid request',
  invalid_reference: 'Invalid reference',
  schedule_cycle: 'Dependency loop',
  precondition_required: 'If-Match header required',
  invalid_if_match: 'Unreadable If-Match header',
  rate_limited: 'Too many requests',
  invalid_cursor: 'Invalid cursor',
  malformed_json: 'Malformed JSON',
  internal_error: 'Internal error',
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: HttpProblemCode;
  detail: string;
  instance: string;
  errors?: FieldProblem[];
  currentVersion?: number;
}

export function problem(request: FastifyRequest, code: HttpProblemCode, detail: string, extra: { errors?: readonly FieldProblem[] | undefined; currentVersion?: number | undefined } = {}): ProblemBody {
  return {
    type: `urn:orrery:problem:${code}`,
    title: TITLES[code],
    status: statusOf(code),
    code,
    detail,
    instance: request.url.split('?')[0] ?? request.url,
    ...(extra.errors && { errors: [...extra.errors] }),
    ...(extra.currentVersion !== undefined && { currentVersion: extra.currentVersion }),
  };
}

export function sendProblem(reply: FastifyReply, body: ProblemBody): FastifyReply {
  if (body.code === 'version_conflict' && body.currentVersion !== undefined) reply.header('etag', `"${body.currentVersion}"`);
  return reply.code(body.status).type('application/problem+json').send(body);
}

function validationProblems(error: FastifyError): FieldProblem[] {
  const context = (error as { validationContext?: string }).validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    return { path: context === 'body' ? path || '(body)' : `${context}.${path}`, message: v.message ?? 'invalid' };
  });
}

/** Translates any thrown error into a problem response. Unknown errors are logged and hidden. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof AppError) {
    return sendProblem(reply, problem(request, error.code, error.message, { errors: error.errors, currentVersion: error.currentVersion }));
  }
  if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
    const errors = validationProblems(error);
    const detail = `The request is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}. Fix these fields and send it again.`;
    return sendProblem(reply, problem(request, 'invalid_request', detail, { errors }));
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return sendProblem(reply, problem(request, 'payload_too_large', 'The request body is larger than the server accepts (1 MiB). Send less data per request.'));
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return sendProblem(reply, problem(request, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.'));
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error instanceof SyntaxError && error.statusCode === 400)) {
    return sendProblem(reply, problem(request, 'malformed_json', `The body is not valid JSON: ${error.message}. Check quotes, commas and brackets.`));
  }
  if (error.statusCode === 429) {
    return sendProblem(reply, problem(request, 'rate_limited', 'Too many attempts from this address. Wait a minute and try again.'));
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
  } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendProblem(reply, problem(request, 'invalid_request', error.message));
  } else {
    request.log.error({ err: error }, 'unexpected error');
  }
  return sendProblem(reply, problem(request, 'internal_error', 'Something went wrong on the server; nothing was changed. The error is in the server log.'));
}
