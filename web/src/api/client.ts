// The one typed HTTP client of the web app, generated from the server's OpenAPI document
// (schema.d.ts). It adds the CSRF token to writes and turns failures into ApiProblem errors.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ApiProblem } from './api-problem.ts';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;

/** Remembers the session's CSRF token (from login or /auth/me); null after sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (csrfToken && WRITE_METHODS.has(request.method.toUpperCase())) {
      request.headers.set('X-CSRF-Token', csrfToken);
    }
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });
api.use(csrfMiddleware);

/** The `If-Match` header for a change to a record last read at `version`. */
export const ifMatch = (version: number): { 'If-Match': string } => ({ 'If-Match': `"${version}"` });

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiProblem.
 * @example const project = await unwrap(api.GET('/api/v1/projects/{id}', { params: { path: { id } } }));
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw ApiProblem.network(cause);
  }
  if (result.error !== undefined || !result.response.ok) throw ApiProblem.from(result.response, result.error);
  return result.data as T;
}
