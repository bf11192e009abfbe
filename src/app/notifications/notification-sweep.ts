// What Orrery notices on its own, at each tick of the scheduler: status reports that fall due within
// two days (or are late) tell their project's manager, once per period; policy breaches tell the
// manager (or, without one, the sponsor) once per breach — the same breach with the same offending
// items is not news, a new offending item is.
import { createHash } from 'node:crypto';
import { addDays } from '../../core/status/reporting-period.ts';
import { systemActor, type AppDeps } from '../context.ts';
import { loadReportFacts, mustReport } from '../dashboard/report-facts.ts';
import { evaluateScope } from '../policies/compliance.ts';
import { notify } from './notify.ts';

/** How many days before a report's due date its manager hears of it. */
export const REPORT_DUE_NOTICE_DAYS = 2;

const todayOf = (deps: AppDeps) => deps.clock.now().toISOString().slice(0, 10);
const activeProjects = (deps: AppDeps) => deps.db.selectFrom('projects as p').where('p.archivedAt', 'is', null).where('p.status', '=', 'active');

export async function noticeReportsDue(deps: AppDeps): Promise<void> {
  const today = todayOf(deps);
  const ctx = { ...deps, actor: systemActor };
  const [projects, facts] = await Promise.all([activeProjects(deps).select(['p.id', 'p.code', 'p.name', 'p.managerId', 'p.status']).execute(), loadReportFacts(deps.db, activeProjects(deps), today)]);
  for (const p of projects) {
    const fact = facts.byProject.get(p.id);
    const owed = fact?.owed;
    if (!p.managerId || !mustReport(p.status) || !owed) continue;
    const late = fact.notReported || owed.dueDate < today;
    if (!late && owed.dueDate > addDays(today, REPORT_DUE_NOTICE_DAYS)) continue;
    await notify(deps.db, ctx, {
      kind: 'report_due',
      to: [p.managerId],
      title: late ? `The status report of ${p.code} is late` : `The status report of ${p.code} is due ${owed.dueDate === today ? 'today' : `on ${owed.dueDate}`}`,
      body: `${p.code} ${p.name} owes its status report for the period ending ${owed.periodEnd}.`,
      link: `/projects/${p.id}/status`,
      projectId: p.id,
      dedupeKey: `report_due:${p.id}:${owed.periodEnd}`,
    });
  }
}

export async function noticeBreaches(deps: AppDeps): Promise<void> {
  const ctx = { ...deps, actor: systemActor };
  const { evaluated } = await evaluateScope(deps.db, activeProjects(deps), todayOf(deps));
  for (const { facts, compliance } of evaluated) {
    const project = facts.project;
    const owner = project.managerId ?? project.sponsorId;
    if (!owner) continue;
    for (const breach of compliance.breaches) {
      const items = breach.items.map((i) => i.id ?? i.code ?? '').sort().join(',');
      const fingerprint = createHash('sha256').update(`${breach.policyKey}|${items}`).digest('hex').slice(0, 24);
      await notify(deps.db, ctx, {
        kind: 'breach_raised',
        to: [owner],
        title: `${project.code} breaches “${breach.policyName}”${breach.severity === 'critical' ? ' (critical)' : ''}`,
        body: breach.message,
        link: `/projects/${project.id}`,
        projectId: project.id,
        dedupeKey: `breach:${project.id}:${fingerprint}`,
      });
    }
  }
}
