// What the dashboards, "my work" and the status_report_current policy know about status reports,
// for many projects at once: each project's latest submitted report (its period, when it was
// submitted, the colours as shown — frozen at submission, overrides applied) and the report it owes
// for the current period of its cadence. Two queries whatever the number of projects (the projects
// in scope are a subquery, never a list of ids).
import type { Db } from '../../db/database.ts';
import type { ProjectScope } from '../policies/compliance-facts.ts';
import { SUBMITTED_STATUSES } from '../../core/status/report-lifecycle.ts';
import { addDays, DEFAULT_CADENCE, periodOf, type Cadence } from '../../core/status/reporting-period.ts';
import { headlineOf } from '../status/report-store.ts';

export type Rag = 'green' | 'amber' | 'red';

/** A project's latest submitted status report. */
export interface LatestReport {
  readonly reportId: string;
  /** YYYY-MM-DD: the last day of the period it covers. */
  readonly periodEnd: string;
  /** ISO-8601 instant it was submitted. */
  readonly submittedAt: string;
  readonly overall: Rag;
  /** The colour of each dimension the report rates (schedule, cost, scope, risks …), by key. */
  readonly dimensions: Readonly<Record<string, Rag>>;
}

/** The report a project owes now: the period it covers and when it is due. */
export interface OwedReport {
  /** YYYY-MM-DD. */
  readonly periodEnd: string;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
}

export interface ReportFact {
  readonly latest: LatestReport | null;
  readonly owed: OwedReport | null;
  /** It owes a report whose due date has passed, or it must report and never has. */
  readonly notReported: boolean;
}

export interface ReportFacts {
  /** False while status reports are not wired in; the figures then rest on "no reports". */
  readonly available: boolean;
  /** Why the report-based figures cannot be trusted yet (shown as `notAssessed`); null once available. */
  readonly unavailableReason: string | null;
  /** Projects with reports (or owing one); a project absent here has none (see reportFactOf). */
  readonly byProject: ReadonlyMap<string, ReportFact>;
}

export type ReportFactsProvider = (db: Db, scope: ProjectScope, today: string) => Promise<ReportFacts>;

/**
 * The report facts of every project in scope, as of `today` (YYYY-MM-DD). A project owes the report
 * of its current period until one is submitted for it; it has not reported when it must report and
 * its last submitted report is older than the period before the current one (or there is none).
 */
export const loadReportFacts: ReportFactsProvider = async (db, scope, today) => {
  const ids = scope.select('p.id');
  const submitted = [...SUBMITTED_STATUSES];
  const [projects, latest] = await Promise.all([
    scope.leftJoin('projectReporting as pr', 'pr.projectId', 'p.id').select(['p.id', 'p.status', 'pr.cadence']).execute(),
    db
      .selectFrom('statusReports as r')
      .innerJoin(
        (eb) => eb.selectFrom('statusReports').select(['projectId', (e) => e.fn.max('periodStart').as('latestStart')]).where('projectId', 'in', ids).where('status', 'in', submitted).groupBy('projectId').as('m'),
        (join) => join.onRef('m.projectId', '=', 'r.projectId').onRef('m.latestStart', '=', 'r.periodStart'),
      )
      .selectAll('r')
      .where('r.status', 'in', submitted)
      .execute(),
  ]);
  const latestOf = new Map(latest.map((row) => [row.projectId, row]));
  const byProject = new Map<string, ReportFact>();
  for (const p of projects) {
    const cadence = (p.cadence ?? DEFAULT_CADENCE) as Cadence;
    const current = periodOf(cadence, today);
    const previous = periodOf(cadence, addDays(current.start, -1));
    const row = latestOf.get(p.id);
    const headline = row ? headlineOf(row) : null;
    const report: LatestReport | null =
      row && headline?.overall && row.submittedAt && headline.overall !== 'grey'
        ? { reportId: row.id, periodEnd: row.periodEnd, submittedAt: row.submittedAt, overall: headline.overall, dimensions: Object.fromEntries(Object.entries(headline.dimensions ?? {}).filter((e): e is [string, Rag] => e[1] !== 'grey')) }
        : null;
    const coversCurrent = row !== undefined && row.periodEnd >= current.end;
    byProject.set(p.id, {
      latest: report,
      owed: mustReport(p.status) && !coversCurrent ? { periodEnd: current.end, dueDate: current.end } : null,
      notReported: mustReport(p.status) && (row === undefined || row.periodEnd < previous.end),
    });
  }
  return { available: true, unavailableReason: null, byProject };
};

/** Which projects must report: those under way (a proposed, paused or finished project does not). */
export const mustReport = (status: string): boolean => status === 'active';

/** A project's report facts; one the provider did not list has no report. */
export function reportFactOf(facts: ReportFacts, project: { readonly id: string; readonly status: string }): ReportFact {
  return facts.byProject.get(project.id) ?? { latest: null, owed: null, notReported: mustReport(project.status) };
}
