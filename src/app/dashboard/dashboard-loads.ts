// What the dashboards read, for every project in scope at once: one query per kind of fact, with
// the projects in scope as a subquery (never a list of ids), counts grouped in SQL and the top
// risks ranked and cut there. A dashboard over a thousand projects is a dozen queries.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { DONE_ISSUE_STATUSES, OPEN_ACTION_STATUSES } from '../../core/raid/raid-states.ts';
import type { MilestoneFact } from '../../core/portfolio/milestone-watch.ts';
import type { ProjectScope } from '../policies/compliance-facts.ts';

export async function loadScopeProjects(scope: ProjectScope) {
  return scope
    .leftJoin('users as mgr', 'mgr.id', 'p.managerId')
    .select(['p.id', 'p.code', 'p.name', 'p.portfolioId', 'p.programId', 'p.managerId', 'mgr.name as managerName', 'p.sponsorId', 'p.methodologyKey', 'p.phase', 'p.status', 'p.priority', 'p.budgetAmountMinor', 'p.budgetCurrency'])
    .orderBy('p.code')
    .execute();
}
export type ScopeProject = Awaited<ReturnType<typeof loadScopeProjects>>[number];

export interface MilestoneRow extends MilestoneFact {
  readonly taskId: string;
  readonly name: string;
  readonly projectCode: string;
  readonly projectName: string;
}

interface BaselineTask {
  readonly taskId: string;
  readonly finish: string | null;
}

/**
 * Active milestones of the projects in scope that are not yet reached or were reached on or after
 * `since` (YYYY-MM-DD), by project code and schedule order, with baseline 0's finish of each.
 * Baselines are stored as one JSON document per project; only those of projects with such
 * milestones are read.
 */
export async function loadMilestones(db: Db, scope: ProjectScope, since: string): Promise<MilestoneRow[]> {
  const watched = scope
    .innerJoin('scheduleTasks as t', 't.projectId', 'p.id')
    .where('t.milestone', '=', 1)
    .where('t.active', '=', 1)
    .where((eb) => eb.or([eb('t.actualFinish', 'is', null), eb('t.finish', '>=', since)]));
  const [tasks, baselines] = await Promise.all([
    watched.select(['t.id', 't.projectId', 't.name', 't.finish', 't.actualFinish', 'p.code', 'p.name as projectName']).orderBy('p.code').orderBy('t.position').execute(),
    db.selectFrom('scheduleBaselines').select(['projectId', 'tasksJson']).where('number', '=', 0).where('projectId', 'in', watched.select('t.projectId')).execute(),
  ]);
  const wanted = new Set(tasks.map((t) => t.id));
  const baselineFinish = new Map<string, string | null>();
  for (const b of baselines) for (const t of JSON.parse(b.tasksJson) as BaselineTask[]) if (wanted.has(t.taskId)) baselineFinish.set(t.taskId, t.finish);
  return tasks.map((t) => ({
    taskId: t.id,
    name: t.name,
    projectId: t.projectId,
    projectCode: t.code,
    projectName: t.projectName,
    forecastFinish: t.finish,
    actualFinish: t.actualFinish,
    baselineFinish: baselineFinish.get(t.id) ?? null,
  }));
}

/** Per project: open risks, those scored at `criticalScore` or above, and actions open past their due date. */
export async function loadItemCounts(scope: ProjectScope, criticalScore: number, today: string): Promise<Map<string, { openRisks: number; openCriticalRisks: number; overdueActions: number }>> {
  const [risks, actions] = await Promise.all([
    scope
      .innerJoin('risks as r', 'r.projectId', 'p.id')
      .where('r.status', '=', 'open')
      .select(['p.id', (eb) => eb.fn.countAll<number>().as('open'), sql<number>`sum(case when r.probability * r.impact >= ${criticalScore} then 1 else 0 end)`.as('critical')])
      .groupBy('p.id')
      .execute(),
    scope
      .innerJoin('actions as a', 'a.projectId', 'p.id')
      .where('a.status', 'in', [...OPEN_ACTION_STATUSES])
      .where('a.dueDate', '<', today)
      .select(['p.id', (eb) => eb.fn.countAll<number>().as('overdue')])
      .groupBy('p.id')
      .execute(),
  ]);
  const counts = new Map<string, { openRisks: number; openCriticalRisks: number; overdueActions: number }>();
  const of = (id: string) => counts.get(id) ?? counts.set(id, { openRisks: 0, openCriticalRisks: 0, overdueActions: 0 }).get(id)!;
  for (const r of risks) Object.assign(of(r.id), { openRisks: Number(r.open), openCriticalRisks: Number(r.critical) });
  for (const a of actions) of(a.id).overdueActions = Number(a.overdue);
  return counts;
}

/** The `limit` open risks with the highest score (probability × impact); ties by project and risk code. */
export function loadTopRisks(scope: ProjectScope, limit: number) {
  return scope
    .innerJoin('risks as r', 'r.projectId', 'p.id')
    .leftJoin('users as o', 'o.id', 'r.ownerId')
    .where('r.status', '=', 'open')
    .select(['r.id', 'r.code', 'r.title', 'p.id as projectId', 'p.code as projectCode', 'p.name as projectName', 'r.probability', 'r.impact', 'r.ownerId', 'o.name as ownerName', 'r.reviewDate'])
    .orderBy(sql`r.probability * r.impact`, 'desc')
    .orderBy('p.code')
    .orderBy('r.code')
    .limit(limit)
    .execute();
}

const LEVEL_RANK = sql`case i.escalation_level when 'executive' then 1 when 'pmo' then 2 else 3 end`;
const PRIORITY_RANK = sql`case i.priority when 'critical' then 1 when 'high' then 2 when 'medium' then 3 else 4 end`;

/** Open issues escalated beyond their project: the highest level first, then by priority. */
export function loadEscalatedIssues(scope: ProjectScope) {
  return scope
    .innerJoin('issues as i', 'i.projectId', 'p.id')
    .leftJoin('users as o', 'o.id', 'i.ownerId')
    .where('i.status', 'not in', [...DONE_ISSUE_STATUSES])
    .where('i.escalationLevel', '!=', 'project')
    .select(['i.id', 'i.code', 'i.title', 'p.id as projectId', 'p.code as projectCode', 'p.name as projectName', 'i.escalationLevel', 'i.priority', 'i.severity', 'i.status', 'i.dueDate', 'i.ownerId', 'o.name as ownerName'])
    .orderBy(LEVEL_RANK)
    .orderBy(PRIORITY_RANK)
    .orderBy('p.code')
    .orderBy('i.code')
    .execute();
}

/** Objectives not archived, and which projects in scope serve each. */
export async function loadObjectives(db: Db, scope: ProjectScope) {
  const [objectives, links] = await Promise.all([
    db.selectFrom('objectives').select(['id', 'code', 'name', 'status', 'targetDate']).where('archivedAt', 'is', null).orderBy('code').execute(),
    scope.innerJoin('projectObjectives as po', 'po.projectId', 'p.id').select(['po.objectiveId', 'p.id', 'p.code']).orderBy('p.code').execute(),
  ]);
  return { objectives, links };
}
