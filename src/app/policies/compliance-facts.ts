// The facts policies are judged on, for many projects at once. A portfolio may hold hundreds of
// projects, so each kind of fact is read in one query for all of them (the projects in scope are
// a subquery, never a list of ids), and only what some rule can use: open risks, open actions with
// a due date, open issues, awaited dependencies, deliverables that count, baseline 0, and the last
// status report (through the dashboards' report seam). A constant number of queries whatever the
// number of projects.
import type { SelectQueryBuilder } from 'kysely';
import { gateEndingPhase } from '../../core/governance/gate-decision.ts';
import type { ActionFact, DependencyFact, IssueFact, ProjectFacts, RiskFact } from '../../core/policies/policy-types.ts';
import { DONE_ISSUE_STATUSES, OPEN_ACTION_STATUSES, WAITING_DEPENDENCY_STATUSES } from '../../core/raid/raid-states.ts';
import { riskScore } from '../../core/risk/risk-matrix.ts';
import type { Db } from '../../db/database.ts';
import type { ProjectsTable, Tables } from '../../db/tables.ts';
import { COUNTING_STATUSES } from '../governance/deliverables.ts';
import { listStored } from '../governance/methodology-library.ts';
import { loadReportFacts, reportFactOf } from '../dashboard/report-facts.ts';

/** The projects in scope, as `p` (e.g. visibleProjects, filtered). */
export type ProjectScope = SelectQueryBuilder<Tables & { p: ProjectsTable }, 'p', object>;

/** A project in scope with where it sits in the register, and the facts its policies judge. */
export interface ScopedFacts {
  readonly portfolioId: string;
  readonly programId: string | null;
  readonly facts: ProjectFacts;
}

/** Groups rows by project id. */
function byProject<R extends { projectId: string }, T>(rows: ReadonlyArray<R>, map: (r: R) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const list = groups.get(r.projectId);
    if (list) list.push(map(r));
    else groups.set(r.projectId, [map(r)]);
  }
  return groups;
}

/** The facts of every project in scope, by project code. `today` is YYYY-MM-DD. */
export async function loadScopedFacts(db: Db, scope: ProjectScope, today: string): Promise<ScopedFacts[]> {
  const projects = await scope
    .select(['p.id', 'p.code', 'p.name', 'p.phase', 'p.status', 'p.methodologyKey', 'p.managerId', 'p.sponsorId', 'p.portfolioId', 'p.programId'])
    .orderBy('p.code')
    .execute();
  if (projects.length === 0) return [];
  const ids = scope.select('p.id');
  const [risks, actions, issues, dependencies, deliverables, baselines, methodologies, reports] = await Promise.all([
    db.selectFrom('risks').select(['id', 'projectId', 'code', 'title', 'status', 'probability', 'impact', 'strategy', 'response', 'reviewDate']).where('projectId', 'in', ids).where('status', '=', 'open').orderBy('code').execute(),
    db.selectFrom('actions').select(['id', 'projectId', 'code', 'title', 'status', 'dueDate']).where('projectId', 'in', ids).where('status', 'in', [...OPEN_ACTION_STATUSES]).where('dueDate', 'is not', null).orderBy('code').execute(),
    db.selectFrom('issues').select(['id', 'projectId', 'code', 'title', 'status', 'priority', 'escalationLevel', 'createdAt']).where('projectId', 'in', ids).where('status', 'not in', [...DONE_ISSUE_STATUSES]).orderBy('code').execute(),
    db
      .selectFrom('projectDependencies as d')
      .innerJoin('projects as pp', 'pp.id', 'd.providerProjectId')
      .leftJoin('scheduleTasks as st', 'st.id', 'd.providerTaskId')
      .select(['d.id', 'd.projectId', 'd.code', 'd.title', 'd.status', 'd.neededBy', 'st.finish as forecast', 'pp.code as providerProjectCode'])
      .where('d.projectId', 'in', ids)
      .where('d.status', 'in', [...WAITING_DEPENDENCY_STATUSES])
      .orderBy('d.code')
      .execute(),
    db.selectFrom('projectDeliverables').select(['projectId', 'requirementKey']).where('projectId', 'in', ids).where('status', 'in', COUNTING_STATUSES).execute(),
    db.selectFrom('scheduleBaselines').select('projectId').where('number', '=', 0).where('projectId', 'in', ids).execute(),
    listStored(db),
    loadReportFacts(db, scope, today),
  ]);
  const methodologyOf = new Map(methodologies.map((m) => [m.methodology.key, m.methodology]));
  const risksOf = byProject(risks, (r): RiskFact => ({ id: r.id, code: r.code, title: r.title, status: r.status, score: riskScore(r), strategy: r.strategy, response: r.response, reviewDate: r.reviewDate }));
  const actionsOf = byProject(actions, (a): ActionFact => ({ id: a.id, code: a.code, title: a.title, status: a.status, dueDate: a.dueDate }));
  const issuesOf = byProject(issues, (i): IssueFact => ({ id: i.id, code: i.code, title: i.title, status: i.status, priority: i.priority, escalationLevel: i.escalationLevel, createdAt: i.createdAt }));
  const dependenciesOf = byProject(dependencies, (d): DependencyFact => ({ id: d.id, code: d.code, title: d.title, status: d.status, neededBy: d.neededBy, forecastDate: d.forecast?.slice(0, 10) ?? null, providerProjectCode: d.providerProjectCode }));
  const presentOf = byProject(deliverables, (d) => d.requirementKey);
  const baselined = new Set(baselines.map((b) => b.projectId));
  return projects.map((p) => {
    const methodology = methodologyOf.get(p.methodologyKey);
    const gate = methodology ? gateEndingPhase(methodology, p.phase) : null;
    return {
      portfolioId: p.portfolioId,
      programId: p.programId,
      facts: {
        project: { id: p.id, code: p.code, name: p.name, phase: p.phase, status: p.status, methodologyKey: p.methodologyKey, managerId: p.managerId, sponsorId: p.sponsorId },
        risks: risksOf.get(p.id) ?? [],
        actions: actionsOf.get(p.id) ?? [],
        issues: issuesOf.get(p.id) ?? [],
        dependencies: dependenciesOf.get(p.id) ?? [],
        gate: gate && { key: gate.key, name: gate.name, requiredDeliverables: gate.deliverables.filter((d) => d.mandatory).map((d) => ({ key: d.key, name: d.name })) },
        deliverablesPresent: presentOf.get(p.id) ?? [],
        baselined: baselined.has(p.id),
        lastStatusReportDate: reportFactOf(reports, p).latest?.submittedAt.slice(0, 10) ?? null,
        today,
      },
    };
  });
}
