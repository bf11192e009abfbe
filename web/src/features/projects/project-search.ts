// The project list's filters and sort as URL search params (?status=active&sort=-priority), so a
// filtered list can be bookmarked and shared. Unknown or malformed values are dropped, not errors.
import type { ProjectListQuery, ProjectSort } from '../../api/types.ts';
import { PROJECT_PRIORITY_LABELS, PROJECT_STATUS_LABELS, isLabelKey } from '../../ui/labels.ts';
import { isPhaseKey } from '../../ui/phase-labels.ts';

export interface ProjectSearch {
  q?: string;
  portfolioId?: string;
  programId?: string;
  status?: ProjectListQuery['status'];
  phase?: ProjectListQuery['phase'];
  priority?: ProjectListQuery['priority'];
  tag?: string;
  mine?: boolean;
  archived?: boolean;
  sort?: ProjectSort;
}

/** The columns the server sorts by; `-` in front sorts descending. */
export const SORTABLE_COLUMNS = ['code', 'name', 'status', 'phase', 'priority', 'plannedStart', 'plannedFinish', 'updatedAt'] as const satisfies readonly ProjectSort[];
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;
const uuid = (value: unknown): string | undefined => (typeof value === 'string' && UUID.test(value) ? value : undefined);
const flag = (value: unknown): boolean | undefined => (value === true || value === 'true' ? true : undefined);

export function parseSort(value: unknown): ProjectSort | undefined {
  if (typeof value !== 'string') return undefined;
  const column = value.startsWith('-') ? value.slice(1) : value;
  return (SORTABLE_COLUMNS as readonly string[]).includes(column) ? (value as ProjectSort) : undefined;
}

/** validateSearch of the /projects route. Only set keys appear, so URLs stay short. */
export function parseProjectSearch(raw: Record<string, unknown>): ProjectSearch {
  const search: ProjectSearch = {
    q: text(raw.q, 200),
    portfolioId: uuid(raw.portfolioId),
    programId: uuid(raw.programId),
    status: isLabelKey(PROJECT_STATUS_LABELS, raw.status) ? raw.status : undefined,
    phase: isPhaseKey(raw.phase) ? raw.phase : undefined,
    priority: isLabelKey(PROJECT_PRIORITY_LABELS, raw.priority) ? raw.priority : undefined,
    tag: text(raw.tag, 40),
    mine: flag(raw.mine),
    archived: flag(raw.archived),
    sort: parseSort(raw.sort),
  };
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as ProjectSearch;
}

/** The API query for a search: the same filters, with flags as the API spells them. */
export function toProjectListQuery(search: ProjectSearch): ProjectListQuery {
  const { mine, archived, sort, ...filters } = search;
  return {
    ...filters,
    ...(mine ? { mine: 'true' as const } : {}),
    ...(archived ? { includeArchived: 'true' as const } : {}),
    sort: sort ?? 'code',
  };
}

/** The next sort when a column header is clicked: ascending first, then descending. */
export function nextSort(current: ProjectSort | undefined, column: SortColumn): ProjectSort {
  const active = current ?? 'code';
  return (active === column ? `-${column}` : column) as ProjectSort;
}

export function sortDirectionOf(current: ProjectSort | undefined, column: SortColumn): 'ascending' | 'descending' | 'none' {
  const active = current ?? 'code';
  if (active === column) return 'ascending';
  if (active === `-${column}`) return 'descending';
  return 'none';
}
