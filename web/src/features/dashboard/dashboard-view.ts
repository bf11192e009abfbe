// Pure helpers of the dashboards: the filters as URL search params, the KPI tiles, every chart's
// buckets as rows (label, count, colour, the projects behind it) so the chart, its "numbers" table
// and the list of projects a click opens all read the same rows, and the projects with earned
// value, worst performance first.
import type { DashboardProject, DashboardQuery, MilestoneRef, PortfolioDashboard, ProjectRefs } from '../../api/types.ts';
import { PROJECT_STATUS_LABELS, isLabelKey } from '../../ui/labels.ts';

export type DashboardSearch = DashboardQuery;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (value: unknown): string | undefined => (typeof value === 'string' && UUID.test(value) ? value : undefined);
const ID_KEYS = ['portfolioId', 'programId', 'sponsorId', 'managerId', 'objectiveId'] as const;

/** validateSearch of /dashboard: only well-formed filters survive, so a bad URL shows everything. */
export function parseDashboardSearch(raw: Record<string, unknown>): DashboardSearch {
  const search: DashboardSearch = {};
  for (const key of ID_KEYS) {
    const id = uuid(raw[key]);
    if (id) search[key] = id;
  }
  if (typeof raw.tag === 'string' && raw.tag.trim() !== '') search.tag = raw.tag.trim().slice(0, 40);
  return search;
}

export type RagKey = PortfolioDashboard['byRag']['buckets'][number]['rag'];

export const RAG_META: Record<RagKey, { label: string; color: string; hex: string }> = {
  red: { label: 'Red', color: 'red', hex: '#e03131' },
  amber: { label: 'Amber', color: 'orange', hex: '#f59f00' },
  green: { label: 'Green', color: 'teal', hex: '#2f9e44' },
  not_reported: { label: 'Not reported', color: 'gray', hex: '#adb5bd' },
};
const RAG_ORDER: readonly RagKey[] = ['red', 'amber', 'green', 'not_reported'];

/** One bar (or slice) of a chart, with the projects behind it. */
export interface ChartRow {
  key: string;
  label: string;
  count: number;
  projects: ProjectRefs;
  /** A fixed colour (RAG); the chart's palette otherwise. */
  hex?: string;
}

/** Phases in methodology order; named with their methodology when several methodologies appear. */
export function phaseRows(byPhase: PortfolioDashboard['byPhase']): ChartRow[] {
  const several = new Set(byPhase.map((b) => b.methodologyKey)).size > 1;
  return byPhase.map((b) => ({
    key: `${b.methodologyKey}:${b.phaseKey}`,
    label: several ? `${b.phaseName} (${b.methodologyName})` : b.phaseName,
    count: b.count,
    projects: b.projects,
  }));
}

export function statusRows(byStatus: PortfolioDashboard['byStatus']): ChartRow[] {
  return byStatus.map((b) => ({
    key: b.status,
    label: isLabelKey(PROJECT_STATUS_LABELS, b.status) ? PROJECT_STATUS_LABELS[b.status] : b.status,
    count: b.count,
    projects: b.projects,
  }));
}

/** Red first, then amber, green and not reported, each in its RAG colour. */
export function ragRows(byRag: PortfolioDashboard['byRag']): ChartRow[] {
  const rows = byRag.buckets.map((b) => ({ key: b.rag, label: RAG_META[b.rag].label, count: b.count, projects: b.projects, hex: RAG_META[b.rag].hex }));
  return rows.sort((a, b) => RAG_ORDER.indexOf(a.key as RagKey) - RAG_ORDER.indexOf(b.key as RagKey));
}

export interface KpiTile {
  key: string;
  label: string;
  count: number;
  color: string;
}

/** Projects, each RAG colour, not reported, and projects with a critical policy breach. */
export function kpiTiles(data: Pick<PortfolioDashboard, 'projectCount' | 'byRag' | 'notReported' | 'compliance'>): KpiTile[] {
  const rag = (key: RagKey) => data.byRag.buckets.find((b) => b.rag === key)?.count ?? 0;
  const critical = data.compliance.byState.find((s) => s.state === 'critical')?.count ?? 0;
  return [
    { key: 'projects', label: 'Projects', count: data.projectCount, color: 'dark' },
    { key: 'red', label: 'Red', count: rag('red'), color: RAG_META.red.color },
    { key: 'amber', label: 'Amber', count: rag('amber'), color: RAG_META.amber.color },
    { key: 'green', label: 'Green', count: rag('green'), color: RAG_META.green.color },
    { key: 'not-reported', label: 'Not reported', count: data.notReported.count, color: 'gray' },
    { key: 'critical-breaches', label: 'Critical breaches', count: critical, color: 'red' },
  ];
}

/** "+3 days" late, "2 days early", "on time"; "baseline passed" when it is late without a later forecast. */
export function slipLabel(m: Pick<MilestoneRef, 'varianceDays' | 'lateness'>): string {
  const days = m.varianceDays;
  if (days === null) return m.lateness === 'baseline_passed' ? 'Baseline passed' : '—';
  const unit = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  if (days > 0) return `+${unit(days)}`;
  if (days < 0) return `${unit(-days)} early`;
  return m.lateness === 'baseline_passed' ? 'Baseline passed' : 'On time';
}

/** The date part of a schedule's local date-time ("2026-03-02T17:00" → "2026-03-02"). */
export const localDay = (localTime: string | null): string | null => (localTime ? localTime.slice(0, 10) : null);

/** The filters actually set (for "Clear filters"). */
export const hasFilters = (search: DashboardSearch): boolean => Object.values(search).some((v) => v !== undefined);

/**
 * The projects with earned value (a CPI or an SPI), the worst index first (the lower of the two),
 * so the projects needing attention lead; ties by code.
 * @example performanceRows([{ code: 'A', cpi: 1.1, spi: 0.8 }, { code: 'B', cpi: 0.95, spi: 1 }, { code: 'C', cpi: null, spi: null }]).map((p) => p.code) // ['A', 'B']
 */
export function performanceRows<P extends Pick<DashboardProject, 'code' | 'cpi' | 'spi'>>(projects: readonly P[]): P[] {
  const worst = (p: P) => Math.min(p.cpi ?? Infinity, p.spi ?? Infinity);
  return projects.filter((p) => p.cpi !== null || p.spi !== null).sort((a, b) => worst(a) - worst(b) || a.code.localeCompare(b.code));
}
