// "My work" for the caller: the projects they manage, the gate reviews and change requests waiting
// for their decision, the actions, risk reviews and findings they own, the policy breaches on
// their projects and the status reports those owe (through the report seam). Who may decide a
// gate or a change is asked of the same rules the approval queues use (canDecide,
// canDecideAnyChange); each block is one query, so the page costs the same for a busy PMO.
import { sql } from 'kysely';
import type { MyWork } from '../../contracts/my-work.schema.ts';
import { OPEN_ACTION_STATUSES } from '../../core/raid/raid-states.ts';
import { addDays } from '../../core/portfolio/milestone-watch.ts';
import { bandOf, riskScore } from '../../core/risk/risk-matrix.ts';
import type { AppContext } from '../context.ts';
import { canDecideAnyChange } from '../access/policy.ts';
import { historyOf } from '../changes/change-requests.ts';
import { canDecide, gateOf } from '../governance/gate-review-store.ts';
import { listStored } from '../governance/methodology-library.ts';
import { evaluateScope, toApiBreach } from '../policies/compliance.ts';
import { visibleProjects } from '../projects/project-queries.ts';
import { todayOf } from '../raid/raid-log.ts';
import { loadRiskMatrix } from '../settings/risk-matrix-setting.ts';
import { phaseNamer } from './dashboard-blocks.ts';
import { loadReportFacts, reportFactOf } from './report-facts.ts';

/** Risks whose review comes within this many days show in "my work". */
export const RISK_REVIEW_HORIZON_DAYS = 7;
/** Findings not yet resolved: what their owner still has to do. */
const OPEN_FINDING_STATUSES = ['open', 'in_progress'];

/** One sort key: items overdue (due before today) first, then by due date, undated ones last. */
const overdueFirst = (column: string, today: string) => sql`case when ${sql.ref(column)} < ${today} then '0' || ${sql.ref(column)} else '1' || coalesce(${sql.ref(column)}, '9999-12-31') end`;
const IN_PROJECT = ['p.id as projectId', 'p.code as projectCode', 'p.name as projectName'] as const;

export async function getMyWork(ctx: AppContext): Promise<MyWork> {
  const db = ctx.db;
  const me = ctx.actor.userId;
  const today = todayOf(ctx);
  const managed = db
    .selectFrom('projects as p')
    .where('p.archivedAt', 'is', null)
    .where((eb) => eb.or([eb('p.managerId', '=', me), eb.exists(eb.selectFrom('projectMembers as m').select('m.userId').whereRef('m.projectId', '=', 'p.id').where('m.userId', '=', me).where('m.role', '=', 'manager'))]));
  const visible = visibleProjects(ctx, {});
  const [projects, methodologies, gates, changes, actions, risks, findings, compliance, reports, { matrix }] = await Promise.all([
    managed.select(['p.id', 'p.code', 'p.name', 'p.methodologyKey', 'p.phase', 'p.status']).orderBy('p.code').execute(),
    listStored(db),
    db
      .selectFrom('gateReviews as g')
      .innerJoin('projects as p', 'p.id', 'g.projectId')
      .where('g.status', '=', 'requested')
      .where('p.archivedAt', 'is', null)
      .selectAll('g')
      .select(['p.code as projectCode', 'p.name as projectName', 'p.sponsorId', 'p.managerId'])
      .orderBy('g.createdAt')
      .orderBy('g.id')
      .execute(),
    db
      .selectFrom('changeRequests as c')
      .innerJoin('projects as p', 'p.id', 'c.projectId')
      .where('c.status', '=', 'submitted')
      .where('p.archivedAt', 'is', null)
      .$if(!canDecideAnyChange(ctx.actor), (q) => q.where('p.sponsorId', '=', me))
      .select(['c.id', 'c.code', 'c.title', ...IN_PROJECT, 'c.priority', 'c.category', 'c.historyJson', 'c.updatedAt'])
      .orderBy('c.updatedAt')
      .orderBy('c.id')
      .execute(),
    visible
      .innerJoin('actions as a', 'a.projectId', 'p.id')
      .where('a.ownerId', '=', me)
      .where('a.status', 'in', [...OPEN_ACTION_STATUSES])
      .select(['a.id', 'a.code', 'a.title', ...IN_PROJECT, 'a.status', 'a.dueDate'])
      .orderBy(overdueFirst('a.dueDate', today))
      .orderBy('p.code')
      .orderBy('a.code')
      .execute(),
    visible
      .innerJoin('risks as r', 'r.projectId', 'p.id')
      .where('r.ownerId', '=', me)
      .where('r.status', '=', 'open')
      .where('r.reviewDate', '<=', addDays(today, RISK_REVIEW_HORIZON_DAYS))
      .select(['r.id', 'r.code', 'r.title', ...IN_PROJECT, 'r.probability', 'r.impact', 'r.reviewDate'])
      .orderBy('r.reviewDate')
      .orderBy('p.code')
      .orderBy('r.code')
      .execute(),
    visible
      .innerJoin('qualityFindings as f', 'f.projectId', 'p.id')
      .where('f.ownerId', '=', me)
      .where('f.status', 'in', OPEN_FINDING_STATUSES)
      .select(['f.id', 'f.code', 'f.title', ...IN_PROJECT, 'f.severity', 'f.status', 'f.dueDate'])
      .orderBy(overdueFirst('f.dueDate', today))
      .orderBy('p.code')
      .orderBy('f.code')
      .execute(),
    evaluateScope(db, managed, today),
    loadReportFacts(db, managed, today),
    loadRiskMatrix(db),
  ]);
  const nameOf = phaseNamer(methodologies);
  const overdue = (due: string | null) => due !== null && due < today;
  const lastSubmitted = (historyJson: string, fallback: string) => historyOf({ historyJson }).filter((h) => h.action === 'submit').at(-1)?.at ?? fallback;
  return {
    asOf: today,
    projects: projects.map((p) => ({ id: p.id, code: p.code, name: p.name, methodologyKey: p.methodologyKey, phase: { key: p.phase, name: nameOf(p.methodologyKey, p.phase).name }, status: p.status })),
    gateReviews: gates
      .filter((g) => canDecide(ctx.actor, g, g))
      .map((g) => ({ id: g.id, code: g.code, projectId: g.projectId, projectCode: g.projectCode, projectName: g.projectName, phaseKey: g.phaseKey, gateName: gateOf(g).name, requestedAt: g.createdAt })),
    changeRequests: changes.map(({ historyJson, updatedAt, ...c }) => ({ ...c, submittedAt: lastSubmitted(historyJson, updatedAt) })),
    actions: actions.map((a) => ({ ...a, overdue: overdue(a.dueDate) })),
    risks: risks.map(({ probability, impact, reviewDate, ...r }) => ({ ...r, score: riskScore({ probability, impact }), band: bandOf(matrix, riskScore({ probability, impact })).key, reviewDate: reviewDate!, reviewOverdue: reviewDate! < today })),
    findings: findings.map((f) => ({ ...f, overdue: overdue(f.dueDate) })),
    breaches: compliance.evaluated
      .filter((e) => e.compliance.state !== 'compliant')
      .map((e) => ({ projectId: e.facts.project.id, projectCode: e.facts.project.code, projectName: e.facts.project.name, state: e.compliance.state, breaches: e.compliance.breaches.map(toApiBreach) })),
    reportsDue: {
      notAssessed: reports.unavailableReason,
      items: projects.flatMap((p) => {
        const fact = reportFactOf(reports, p);
        if (fact.owed === null && !fact.notReported) return [];
        return [{ projectId: p.id, projectCode: p.code, projectName: p.name, periodEnd: fact.owed?.periodEnd ?? null, dueDate: fact.owed?.dueDate ?? null, lastPeriodEnd: fact.latest?.periodEnd ?? null, overdue: fact.notReported }];
      }),
    },
  };
}
