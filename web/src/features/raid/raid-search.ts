// The RAID pages' state as URL search params (?tab=issues&status=open,in_progress&sort=-dueDate),
// so a filtered log can be bookmarked and shared, and the API query each log's grid asks for.
// One set of params serves every tab: values that do not fit the shown log are dropped, not errors.
import type { RaidKind, RaidListQueryOf } from '../../api/types.ts';
import { RAID_STATUS_LABELS, isRaidKind } from './raid-labels.ts';

export interface RaidSearch {
  tab?: RaidKind;
  q?: string;
  /** Comma-separated statuses of the shown log. */
  status?: string;
  ownerId?: string;
  sort?: string;
  /** Risks only: the heat-map cell the grid is narrowed to, on the inherent or residual rating. */
  probability?: number;
  impact?: number;
  rating?: 'residual';
  /** The item whose dialog is open (a link from elsewhere: a gate's condition, a policy breach). */
  open?: string;
  /** The portfolio-wide risk page's scope. */
  portfolioId?: string;
  programId?: string;
}

const COMMON_SORTS = ['code', 'title', 'status', 'createdAt', 'updatedAt'];

/** The columns the server sorts each log by, and its default sort. */
export const RAID_SORTS: { readonly [K in RaidKind]: { columns: readonly string[]; byDefault: string } } = {
  risks: { columns: [...COMMON_SORTS, 'score', 'residualScore', 'reviewDate'], byDefault: '-score' },
  issues: { columns: [...COMMON_SORTS, 'priority', 'dueDate'], byDefault: 'code' },
  assumptions: { columns: [...COMMON_SORTS, 'validateBy'], byDefault: 'code' },
  decisions: { columns: [...COMMON_SORTS, 'decidedOn'], byDefault: '-decidedOn' },
  actions: { columns: [...COMMON_SORTS, 'dueDate'], byDefault: 'dueDate' },
  dependencies: { columns: [...COMMON_SORTS, 'neededBy'], byDefault: 'neededBy' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;
const uuid = (value: unknown): string | undefined => (typeof value === 'string' && UUID.test(value) ? value : undefined);
const level = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : undefined;
};
const token = (value: unknown, pattern: RegExp): string | undefined => (typeof value === 'string' && pattern.test(value) ? value : undefined);

/** validateSearch of the RAID routes. Only set keys appear, so URLs stay short. */
export function parseRaidSearch(raw: Record<string, unknown>): RaidSearch {
  const search: RaidSearch = {
    tab: isRaidKind(raw.tab) ? raw.tab : undefined,
    q: text(raw.q, 200),
    status: token(raw.status, /^[a-z_]+(,[a-z_]+)*$/),
    ownerId: uuid(raw.ownerId),
    sort: token(raw.sort, /^-?[a-zA-Z]{1,40}$/),
    probability: level(raw.probability),
    impact: level(raw.impact),
    rating: raw.rating === 'residual' ? 'residual' : undefined,
    open: uuid(raw.open),
    portfolioId: uuid(raw.portfolioId),
    programId: uuid(raw.programId),
  };
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as RaidSearch;
}

/** The statuses of the search that the log knows. */
export function statusesOf(kind: RaidKind, search: Pick<RaidSearch, 'status'>): string[] {
  const known = RAID_STATUS_LABELS[kind];
  return (search.status ?? '').split(',').filter((s) => Object.hasOwn(known, s));
}

/** The sort of the search if the log sorts by it, else the log's default. */
export function sortOf(kind: RaidKind, sort: string | undefined): string {
  const column = sort?.startsWith('-') ? sort.slice(1) : sort;
  return sort && column && RAID_SORTS[kind].columns.includes(column) ? sort : RAID_SORTS[kind].byDefault;
}

export interface RaidScope {
  projectId?: string;
  portfolioId?: string;
  programId?: string;
}

/** The API query of a log's grid: its scope plus the search's filters that fit the log. */
export function toRaidListQuery<K extends RaidKind>(kind: K, search: RaidSearch, scope: RaidScope): RaidListQueryOf<K> {
  const statuses = statusesOf(kind, search);
  const query: Record<string, unknown> = {
    ...scope,
    q: search.q,
    ownerId: search.ownerId,
    status: statuses.length > 0 ? statuses.join(',') : undefined,
    sort: sortOf(kind, search.sort),
  };
  if (kind === 'risks') {
    query.probability = search.probability;
    query.impact = search.impact;
    query.rating = search.rating ?? (search.probability || search.impact ? 'inherent' : undefined);
  }
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as RaidListQueryOf<K>;
}

/** The next sort when a column header is clicked: ascending first, then descending. */
export function nextSort(kind: RaidKind, current: string | undefined, column: string): string {
  return sortOf(kind, current) === column ? `-${column}` : column;
}

export function sortDirectionOf(kind: RaidKind, current: string | undefined, column: string): 'ascending' | 'descending' | 'none' {
  const active = sortOf(kind, current);
  if (active === column) return 'ascending';
  if (active === `-${column}`) return 'descending';
  return 'none';
}

/** Moving to another tab keeps the page's scope and drops the other log's filters. */
export function searchForTab(search: RaidSearch, tab: RaidKind): RaidSearch {
  const { portfolioId, programId } = search;
  return Object.fromEntries(Object.entries({ tab, portfolioId, programId }).filter(([, v]) => v !== undefined)) as RaidSearch;
}
