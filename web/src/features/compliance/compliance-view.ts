// Pure helpers of the compliance screens: where each breach's "fix" link goes (a RAID item opened
// in its log, the project's governance page, its schedule or its overview), how it is worded, the
// order breaches are listed in, and the state of a project as a badge.
import type { Breach, Compliance, ProjectCompliance, RaidKind } from '../../api/types.ts';

type BreachKind = Breach['fix']['kind'];

/** Where a breach is put right, as data the page turns into a link. */
export type FixTarget =
  | { to: 'raid'; projectId: string; tab: RaidKind; open?: string }
  | { to: 'governance'; projectId: string }
  | { to: 'schedule'; projectId: string }
  | { to: 'project'; projectId: string };

const RAID_TABS: Partial<Record<BreachKind, RaidKind>> = { risk: 'risks', action: 'actions', issue: 'issues', dependency: 'dependencies' };
const NOUNS: Record<BreachKind, string> = {
  risk: 'risk log',
  action: 'action log',
  issue: 'issue log',
  dependency: 'dependency log',
  deliverable: 'deliverables',
  project: 'project',
  schedule: 'schedule',
};

export function fixTarget(breach: Breach): FixTarget {
  const { projectId, fix } = breach;
  const tab = RAID_TABS[fix.kind];
  if (tab) return fix.id ? { to: 'raid', projectId, tab, open: fix.id } : { to: 'raid', projectId, tab };
  if (fix.kind === 'deliverable') return { to: 'governance', projectId };
  if (fix.kind === 'schedule') return { to: 'schedule', projectId };
  return { to: 'project', projectId };
}

/** "Open RSK-4", or "Open the risk log" when several items (or none with an id) are named. */
export function fixLabel(breach: Breach): string {
  const { fix, items } = breach;
  if (fix.id && RAID_TABS[fix.kind]) {
    const code = items.find((i) => i.id === fix.id)?.code;
    if (code) return `Open ${code}`;
  }
  return `Open the ${NOUNS[fix.kind]}`;
}

/** The governance page is a colleague's route: linked by address, not by the typed route tree. */
export const governanceHref = (projectId: string): string => `/projects/${encodeURIComponent(projectId)}/governance`;

const SEVERITY_RANK = { critical: 0, warning: 1 } as const;

/** Critical breaches first, then by policy name. */
export const sortBreaches = (breaches: readonly Breach[]): Breach[] =>
  [...breaches].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.policyName.localeCompare(b.policyName));

export const STATE_META: Record<ProjectCompliance['state'], { label: string; color: string }> = {
  compliant: { label: 'Compliant', color: 'teal' },
  warnings: { label: 'Warnings', color: 'yellow' },
  critical: { label: 'Critical', color: 'red' },
};

export const SEVERITY_META: Record<Breach['severity'], { label: string; color: string }> = {
  critical: { label: 'Critical', color: 'red' },
  warning: { label: 'Warning', color: 'yellow' },
};

export interface Tile {
  key: ProjectCompliance['state'];
  label: string;
  count: number;
  color: string;
}

/** The three tiles above the table: compliant projects, projects with warnings only, with a critical breach. */
export function summaryTiles(summary: Compliance['summary']): Tile[] {
  return [
    { key: 'compliant', label: 'Compliant projects', count: summary.compliant, color: 'teal' },
    { key: 'warnings', label: 'Projects with warnings', count: summary.withWarnings, color: 'yellow' },
    { key: 'critical', label: 'Projects with critical breaches', count: summary.withCritical, color: 'red' },
  ];
}

/** Projects in breach first (critical, then warnings), then by code; `only` narrows to one state. */
export function projectsToShow(projects: readonly ProjectCompliance[], only: ProjectCompliance['state'] | null): ProjectCompliance[] {
  const rank = { critical: 0, warnings: 1, compliant: 2 } as const;
  return projects
    .filter((p) => only === null || p.state === only)
    .sort((a, b) => rank[a.state] - rank[b.state] || a.projectCode.localeCompare(b.projectCode));
}

export interface ComplianceSearch {
  portfolioId?: string;
  programId?: string;
  /** Only projects in this state (a tile clicked). */
  state?: ProjectCompliance['state'];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (value: unknown): string | undefined => (typeof value === 'string' && UUID.test(value) ? value : undefined);

/** validateSearch of /compliance: only valid keys survive, so a hand-edited URL cannot break the page. */
export function parseComplianceSearch(raw: Record<string, unknown>): ComplianceSearch {
  const state = typeof raw.state === 'string' && Object.hasOwn(STATE_META, raw.state) ? (raw.state as ProjectCompliance['state']) : undefined;
  const search: ComplianceSearch = { portfolioId: uuid(raw.portfolioId), programId: uuid(raw.programId), state };
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as ComplianceSearch;
}
