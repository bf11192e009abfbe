// Every register's spreadsheet export as a link target (XLSX by default, CSV with format=csv):
// the browser downloads it with the session cookie, so no fetch or blob is needed. Queries are
// typed by the generated API, so a filter the server does not take fails the type check.
import type { paths } from './schema';

export type ExportPath =
  | '/api/v1/raid/export'
  | '/api/v1/gate-reviews/export'
  | '/api/v1/change-requests/export'
  | '/api/v1/reviews/export'
  | '/api/v1/findings/export'
  | '/api/v1/compliance/export'
  | '/api/v1/stakeholders/export'
  | '/api/v1/communications/export';

type QueryOf<T> = T extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
export type ExportQuery<P extends ExportPath> = QueryOf<paths[P]['get']>;
export type ExportFormat = 'xlsx' | 'csv';

/**
 * The export's address, with only the filters that are set.
 * @example exportUrl('/api/v1/compliance/export', { portfolioId, format: 'csv' })
 */
export function exportUrl<P extends ExportPath>(path: P, query: ExportQuery<P>): string {
  const entries = Object.entries(query as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  const params = new URLSearchParams(entries);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
