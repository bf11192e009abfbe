// What the stakeholders page shows, pure: its state in the URL (?view=grid&q=…&status=all&sort=…),
// the register narrowed and sorted on the screen (a project's register is read whole), and the
// quadrant and engagement gap a form's scores would give, before it is saved.
import type { EngagementLevel, Quadrant, Stakeholder } from '../../api/stakeholders.ts';
import { valuesOf } from '../../ui/labels.ts';
import { ENGAGEMENT_LABELS } from './stakeholder-labels.ts';

export interface StakeholderSearch {
  view?: 'grid';
  q?: string;
  /** Active stakeholders unless asked for the inactive ones or all. */
  status?: 'inactive' | 'all';
  sort?: string;
  /** The stakeholder whose form is open. */
  open?: string;
}

export const STAKEHOLDER_SORTS = ['code', 'title', 'category', 'influence', 'interest', 'gap', 'status'] as const;
export type StakeholderSort = (typeof STAKEHOLDER_SORTS)[number];
const DEFAULT_SORT = 'code';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** validateSearch of the stakeholders route: unknown or malformed params are dropped. */
export function parseStakeholderSearch(raw: Record<string, unknown>): StakeholderSearch {
  const q = typeof raw.q === 'string' && raw.q.trim() !== '' ? raw.q.trim().slice(0, 200) : undefined;
  const sort = typeof raw.sort === 'string' && /^-?[a-z]+$/.test(raw.sort) && (STAKEHOLDER_SORTS as readonly string[]).includes(raw.sort.replace(/^-/, '')) ? raw.sort : undefined;
  const search: StakeholderSearch = {
    view: raw.view === 'grid' ? 'grid' : undefined,
    q,
    status: raw.status === 'inactive' || raw.status === 'all' ? raw.status : undefined,
    sort: sort === DEFAULT_SORT ? undefined : sort,
    open: typeof raw.open === 'string' && UUID.test(raw.open) ? raw.open : undefined,
  };
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as StakeholderSearch;
}

const haystack = (s: Stakeholder): string =>
  [s.code, s.title, s.organisation, s.role, s.email, s.contactEmail ?? '', s.userName ?? ''].join('\n').toLowerCase();

const SORT_VALUE: Record<StakeholderSort, (s: Stakeholder) => string | number> = {
  code: (s) => s.code,
  title: (s) => s.title.toLowerCase(),
  category: (s) => s.category,
  influence: (s) => s.influence,
  interest: (s) => s.interest,
  gap: (s) => s.engagementGap,
  status: (s) => s.status,
};

/** The register as the page shows it: by status, matching the search words, in the asked order (then by code). */
export function visibleStakeholders(items: readonly Stakeholder[], search: Pick<StakeholderSearch, 'q' | 'status' | 'sort'>): Stakeholder[] {
  const status = search.status ?? 'active';
  const words = (search.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const { column, descending } = sortOf(search.sort);
  const value = SORT_VALUE[column];
  return items
    .filter((s) => status === 'all' || s.status === status)
    .filter((s) => words.every((w) => haystack(s).includes(w)))
    .sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = x < y ? -1 : x > y ? 1 : 0;
      return (descending ? -order : order) || a.code.localeCompare(b.code, undefined, { numeric: true });
    });
}

export function sortOf(sort: string | undefined): { column: StakeholderSort; descending: boolean } {
  const column = (sort ?? '').replace(/^-/, '');
  return (STAKEHOLDER_SORTS as readonly string[]).includes(column)
    ? { column: column as StakeholderSort, descending: sort!.startsWith('-') }
    : { column: DEFAULT_SORT, descending: false };
}

/** A header click: ascending first, then descending; the default order leaves the URL clean. */
export function nextSort(current: string | undefined, column: string): string | undefined {
  const { column: active, descending } = sortOf(current);
  const next = active === column && !descending ? `-${column}` : column;
  return next === DEFAULT_SORT ? undefined : next;
}

export function sortDirectionOf(current: string | undefined, column: string): 'ascending' | 'descending' | 'none' {
  const { column: active, descending } = sortOf(current);
  if (active !== column) return 'none';
  return descending ? 'descending' : 'ascending';
}

/** Where scores put a stakeholder on the grid: a score is high from `highFrom` (the server's grid says which). */
export function quadrantOf(influence: number, interest: number, highFrom = 3): Quadrant {
  const powerful = influence >= highFrom;
  const interested = interest >= highFrom;
  if (powerful) return interested ? 'manage_closely' : 'keep_satisfied';
  return interested ? 'keep_informed' : 'monitor';
}

const LEVELS = valuesOf(ENGAGEMENT_LABELS);

/** Levels from current to desired engagement: positive when they must become more engaged. */
export const engagementGapOf = (current: EngagementLevel, desired: EngagementLevel): number => LEVELS.indexOf(desired) - LEVELS.indexOf(current);

/** The gap in words: "2 levels to go", "On target", "1 level above". */
export function gapText(gap: number): string {
  if (gap === 0) return 'On target';
  const levels = Math.abs(gap) === 1 ? 'level' : 'levels';
  return gap > 0 ? `${gap} ${levels} to go` : `${-gap} ${levels} above`;
}
