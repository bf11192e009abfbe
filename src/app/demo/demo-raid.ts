// Loads the demo's RAID logs (demo-raid-content.ts) through the real use cases, so every item is
// validated, coded, audited and scored like one a user adds: risks are logged, some re-rated (their
// score history shows the move), closed, or raised as issues when they happened; issues are
// resolved with a resolution; actions answer risks and issues; dependencies point at a task of the
// provider's demo plan, whose slip makes one of them threatened. Dates are days from the demo's
// reference date (the clock), so overdue items stay overdue whenever the demo is loaded.
import {
  ActionCreate, AssumptionCreate, DecisionCreate, DependencyCreate, IssueCreate, IssueUpdate, RiskCreate, RiskOccurred, RiskUpdate,
} from '../../contracts/raid.schema.ts';
import type { AppContext } from '../context.ts';
import { actionKind } from '../raid/actions.ts';
import { assumptionKind } from '../raid/assumptions.ts';
import { decisionKind } from '../raid/decisions.ts';
import { dependencyKind } from '../raid/dependencies.ts';
import { issueKind, raiseIssueFromRisk } from '../raid/issues.ts';
import { createLogItem, updateLogItem } from '../raid/raid-log.ts';
import { riskKind } from '../raid/risks.ts';
import { getSchedule } from '../schedules/schedule-commands.ts';
import { DEMO_DEPENDENCIES, DEMO_RAID, type DemoRaidLog, type DemoRisk } from './demo-raid-content.ts';

interface Refs {
  ctx: AppContext;
  /** YYYY-MM-DD, `offset` days from the reference date. */
  day(offset: number): string;
  person(key: string): string;
}

const DAY_MS = 86_400_000;
const plusDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The project's demo plan: task id and finish date by task name (empty without a plan). */
async function planTasks(ctx: AppContext, projectId: string): Promise<Map<string, { id: string; finish: string | null }>> {
  const plan = await getSchedule(ctx, projectId);
  return new Map(plan.tasks.map((t) => [t.name, { id: t.id, finish: t.finish }]));
}

async function loadRisk(refs: Refs, projectId: string, tasks: Map<string, { id: string }>, r: DemoRisk, issues: Map<string, string>): Promise<string> {
  const { ctx, day, person } = refs;
  const residual = (rating: readonly [number, number] | undefined) => ({ residualProbability: rating?.[0] ?? null, residualImpact: rating?.[1] ?? null });
  let risk = await createLogItem(riskKind, ctx, projectId, RiskCreate.parse({
    title: r.title, description: r.event, category: r.category, cause: r.cause, effect: r.effect,
    probability: r.rating[0], impact: r.rating[1], ...residual(r.residual),
    strategy: r.strategy, response: r.response, triggers: r.triggers ?? '', reviewDate: day(r.review), ownerId: person(r.owner),
    taskIds: (r.tasks ?? []).map((name) => tasks.get(name)!.id),
  }));
  if (r.rerated) {
    const change = { probability: r.rerated.rating[0], impact: r.rerated.rating[1], ...(r.rerated.residual ? residual(r.rerated.residual) : {}) };
    risk = await updateLogItem(riskKind, ctx, risk.id, risk.version, RiskUpdate.parse(change));
  }
  if (r.closed) risk = await updateLogItem(riskKind, ctx, risk.id, risk.version, RiskUpdate.parse({ status: 'closed', response: `${r.response} Closed: ${r.closed}` }));
  if (r.occurred) {
    const o = r.occurred;
    const { issue } = await raiseIssueFromRisk(ctx, risk.id, risk.version, RiskOccurred.parse({ title: o.title, priority: o.priority, escalationLevel: o.escalation, dueDate: day(o.due) }));
    if (o.key) issues.set(o.key, issue.id);
  }
  return risk.id;
}

async function loadLog(refs: Refs, projectId: string, log: DemoRaidLog): Promise<number> {
  const { ctx, day, person } = refs;
  const tasks = log.risks.some((r) => r.tasks?.length) ? await planTasks(ctx, projectId) : new Map();
  const sources = { risk: new Map<string, string>(), issue: new Map<string, string>() };
  for (const r of log.risks) {
    const id = await loadRisk(refs, projectId, tasks, r, sources.issue);
    if (r.key) sources.risk.set(r.key, id);
  }
  for (const i of log.issues) {
    const issue = await createLogItem(issueKind, ctx, projectId, IssueCreate.parse({
      title: i.title, description: i.description, priority: i.priority, severity: i.severity, escalationLevel: i.escalation,
      dueDate: i.due === null ? null : day(i.due), ownerId: person(i.owner), status: i.status ?? 'open',
    }));
    if (i.resolved) await updateLogItem(issueKind, ctx, issue.id, issue.version, IssueUpdate.parse({ status: 'resolved', resolution: i.resolved }));
    if (i.key) sources.issue.set(i.key, issue.id);
  }
  for (const a of log.assumptions) {
    await createLogItem(assumptionKind, ctx, projectId, AssumptionCreate.parse({
      title: a.title, description: a.description, status: a.status, validateBy: day(a.validateBy), validationNotes: a.notes ?? '', ownerId: person(a.owner),
    }));
  }
  for (const d of log.decisions) {
    const decided = d.decided ? { status: 'decided', outcome: d.decided.outcome, rationale: d.decided.rationale, decidedBy: person(d.decided.by), decidedOn: day(d.decided.on) } : { status: 'proposed' };
    await createLogItem(decisionKind, ctx, projectId, DecisionCreate.parse({ title: d.title, description: d.description, ownerId: person(d.owner), ...decided }));
  }
  for (const a of log.actions) {
    const source = a.from ? { sourceType: a.from[0], sourceId: sources[a.from[0]].get(a.from[1])! } : {};
    await createLogItem(actionKind, ctx, projectId, ActionCreate.parse({ title: a.title, ownerId: person(a.owner), dueDate: day(a.due), status: a.status ?? 'open', ...source }));
  }
  return log.risks.length + log.issues.length + log.assumptions.length + log.decisions.length + log.actions.length;
}

/**
 * Fills the RAID logs of the demo projects named in DEMO_RAID (their ids by name) and the
 * dependencies between them. Returns how many items it added.
 */
export async function loadDemoRaid(ctx: AppContext, projects: ReadonlyMap<string, string>, person: (key: string) => string): Promise<number> {
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const refs: Refs = { ctx, person, day: (offset) => plusDays(today, offset) };
  const project = (name: string): string => {
    const id = projects.get(name);
    if (!id) throw new Error(`The demo RAID log names a project the demo does not have: ${name}.`);
    return id;
  };
  let count = 0;
  for (const log of DEMO_RAID) count += await loadLog(refs, project(log.project), log);
  for (const d of DEMO_DEPENDENCIES) {
    const providerId = project(d.provider);
    // The need is set against the provider's current forecast, so the threatened one stays threatened.
    const task = d.task ? (await planTasks(ctx, providerId)).get(d.task) : undefined;
    if (d.task && !task?.finish) throw new Error(`The demo plan of ${d.provider} has no scheduled task ${d.task}.`);
    const neededBy = task ? plusDays(task.finish!.slice(0, 10), d.neededBy) : refs.day(d.neededBy);
    await createLogItem(dependencyKind, ctx, project(d.consumer), DependencyCreate.parse({
      title: d.title, description: d.description, ownerId: person(d.owner), providerProjectId: providerId, providerTaskId: task?.id ?? null, neededBy,
    }));
    count++;
  }
  return count;
}
