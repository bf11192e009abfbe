// Fresh targets for the route cases: each call makes a new record (project, schedule, log item,
// review, resource, …) through the application's own commands, so no case sees another's changes.
import { makeProject, systemContext } from './register-fixtures.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { objectiveKind } from '../../src/app/register/objectives.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { programKind } from '../../src/app/register/programs.ts';
import { createUser } from '../../src/app/users/users.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { createScheduleLink } from '../../src/app/schedules/schedule-links.ts';
import { saveBaseline } from '../../src/app/schedules/baselines.ts';
import { createLogItem, updateLogItem } from '../../src/app/raid/raid-log.ts';
import { RAID_LOGS } from '../../src/app/raid/raid-kinds.ts';
import { type RaidKind } from '../../src/contracts/raid.schema.ts';
import { requestGateReview } from '../../src/app/governance/gate-review-commands.ts';
import { createDeliverable } from '../../src/app/governance/deliverables.ts';
import { createQualityReview, updateQualityReview } from '../../src/app/quality/review-commands.ts';
import { createFinding } from '../../src/app/quality/finding-commands.ts';
import { changeRequestKind } from '../../src/app/changes/change-requests.ts';
import { decideChangeRequest, submitChangeRequest } from '../../src/app/changes/change-request-commands.ts';
import { createStatusReport, submitStatusReport, updateStatusReport } from '../../src/app/status/report-commands.ts';
import { createStakeholder } from '../../src/app/stakeholders/stakeholders.ts';
import { createCommunication } from '../../src/app/communications/communication-commands.ts';
import { meetingKind } from '../../src/app/meetings/meetings.ts';
import { createPersonRate } from '../../src/app/rates/person-rates.ts';
import { createExchangeRate } from '../../src/app/rates/exchange-rates.ts';
import { createResource } from '../../src/app/resources/resources.ts';
import { createResourceRate } from '../../src/app/resources/resource-rates.ts';
import { createAssignment } from '../../src/app/resources/assignments.ts';
import { createResourceRequest } from '../../src/app/resources/resource-requests.ts';
import { addComment } from '../../src/app/comments/comment-commands.ts';
import { createBudgetRevision } from '../../src/app/finance/budget-revisions.ts';
import { createTaskCost } from '../../src/app/finance/task-costs.ts';
import { createExpense } from '../../src/app/finance/expenses.ts';
import { createPurchaseOrder } from '../../src/app/finance/purchase-orders.ts';
import type { Env, Role } from './route-case-kit.ts';

let currencies = 0;
/** A currency code no other case used: XAA, XAB … (the exchange-rate cases each need their own). */
export const nextCurrency = (): string => {
  const n = currencies++;
  return `X${String.fromCharCode(65 + Math.floor(n / 26) % 26)}${String.fromCharCode(65 + (n % 26))}`;
};

export const fresh = {
  objective: (e: Env) => createRegisterItem(objectiveKind, systemContext(e.deps), { name: 'Objective X', description: '', ownerId: null, status: 'active', targetDate: null }),
  portfolio: (e: Env) => createRegisterItem(portfolioKind, systemContext(e.deps), { name: 'Portfolio X', description: '', ownerId: null }),
  program: (e: Env) => createRegisterItem(programKind, systemContext(e.deps), { name: 'Program X', description: '', portfolioId: e.reg.portfolioId, managerId: null }),
  project: async (e: Env) => {
    const p = await makeProject(e.deps, { name: 'Project X', portfolioId: e.reg.portfolioId, managerId: e.cast.manager.user.id });
    await setProjectMember(systemContext(e.deps), p.id, e.cast.contributor.user.id, 'contributor');
    return p;
  },
  /** A project (managed by the manager, with the contributor on its team) with two linked tasks and baseline 0. */
  scheduled: async (e: Env) => {
    const p = await fresh.project(e);
    const system = systemContext(e.deps);
    const a = await createScheduleTask(system, p.id, { name: 'A', durationMinutes: 480 });
    const b = await createScheduleTask(system, p.id, { name: 'B', durationMinutes: 480 });
    const link = await createScheduleLink(system, p.id, { predecessorId: a.taskId, successorId: b.taskId, type: 'FS', lagMinutes: 0, lagElapsed: false, lagPercent: null });
    await saveBaseline(system, p.id, 0, undefined);
    return { projectId: p.id, a: a.taskId, b: b.taskId, linkId: link.linkId };
  },
  /** A project, alone in a new portfolio when asked, whose two parallel tasks both need the same person full time: levelling moves one. */
  overloaded: async (e: Env, ownPortfolio = false) => {
    const system = systemContext(e.deps);
    const portfolioId = ownPortfolio ? (await createRegisterItem(portfolioKind, system, { name: 'Levelled portfolio', description: '', ownerId: null })).id : e.reg.portfolioId;
    const p = await makeProject(e.deps, { name: 'Overloaded', portfolioId, managerId: e.cast.manager.user.id });
    await setProjectMember(system, p.id, e.cast.contributor.user.id, 'contributor');
    const person = await createResource(system, { kind: 'person', name: 'Busy Person' });
    for (const name of ['Build', 'Test']) {
      const task = await createScheduleTask(system, p.id, { name, durationMinutes: 960 });
      await createAssignment(system, p.id, task.taskId, { resourceId: person.id, units: 100 });
    }
    return { projectId: p.id, portfolioId };
  },
  /** A RAID item of each kind on a fresh project. */
  raid: async (e: Env, kind: RaidKind) => {
    const p = await fresh.project(e);
    const system = systemContext(e.deps);
    const body: Record<RaidKind, object> = {
      risks: { probability: 3, impact: 3, status: 'open', category: 'general', cause: '', effect: '', residualProbability: null, residualImpact: null, strategy: null, response: '', triggers: '', reviewDate: null, taskIds: [] },
      issues: { status: 'open', priority: 'medium', severity: 'moderate', dueDate: null, escalationLevel: 'project', resolution: '' },
      assumptions: { status: 'unvalidated', validateBy: null, validationNotes: '' },
      decisions: { status: 'proposed', outcome: '', rationale: '', decidedBy: null, decidedOn: null },
      actions: { status: 'open', dueDate: null, sourceType: null, sourceId: null },
      dependencies: { status: 'open', providerProjectId: e.reg.projectId, providerTaskId: null, neededBy: '2027-01-01' },
    };
    return createLogItem(RAID_LOGS[kind], system, p.id, { title: `A ${kind} item`, description: '', ownerId: null, ...body[kind] } as never) as Promise<{ id: string; projectId: string }>;
  },
  /** A requested gate review on a fresh project (in its Plan phase, managed by the manager). */
  review: async (e: Env) => requestGateReview(systemContext(e.deps), (await fresh.project(e)).id, { note: '', approverIds: [] }),
  deliverable: async (e: Env) => createDeliverable(systemContext(e.deps), (await fresh.project(e)).id, { requirementKey: 'charter', title: 'Charter', status: 'draft', url: null, body: '' }),
  /** A planned schedule quality review of a fresh project, reviewed by the outsider (an assessor from outside the team). */
  qualityReview: async (e: Env) => createQualityReview(systemContext(e.deps), (await fresh.project(e)).id, { typeKey: 'schedule_quality', scope: '', plannedDate: '2026-12-01', reviewerIds: [e.cast.outsider.user.id] }),
  /** The same review started (version 2). */
  runningReview: async (e: Env) => {
    const review = await fresh.qualityReview(e);
    return updateQualityReview(systemContext(e.deps), review.id, 1, { status: 'in_progress' });
  },
  /** A finding of a running review, owned by the project's contributor. */
  finding: async (e: Env) => createFinding(systemContext(e.deps), (await fresh.runningReview(e)).id, { title: 'Leads in the network', description: '', ownerId: e.cast.contributor.user.id, questionKey: 'leads', severity: 'high', dueDate: null }),
  /** A change request (task A one day longer) on a fresh scheduled project, taken as far as `upTo`. */
  change: async (e: Env, upTo: 'draft' | 'submitted' | 'approved' = 'draft') => {
    const s = await fresh.scheduled(e);
    const system = systemContext(e.deps);
    const edits = [{ op: 'set_duration' as const, taskId: s.a, durationMinutes: 960 }];
    let cr = await createLogItem(changeRequestKind, system, s.projectId, { title: 'Longer A', description: '', ownerId: null, category: 'schedule', priority: 'medium', reason: 'More to do', requestedBy: '', scopeImpact: '', costImpact: null, riskImpact: '', scheduleEdits: edits });
    if (upTo !== 'draft') cr = await submitChangeRequest(system, cr.id, 1, { comment: '' });
    if (upTo === 'approved') cr = await decideChangeRequest(system, cr.id, 2, { decision: 'approved', comment: '' });
    return cr;
  },
  /** A status report of a fresh project: a draft (version 1), written (2) or submitted (3). */
  statusReport: async (e: Env, upTo: 'draft' | 'written' | 'submitted' = 'draft') => {
    const system = systemContext(e.deps);
    let report = await createStatusReport(system, (await fresh.project(e)).id, {});
    if (upTo !== 'draft') report = await updateStatusReport(system, report.id, 1, { summary: 'On track.' });
    if (upTo === 'submitted') report = await submitStatusReport(system, report.id, 2, { comment: '' });
    return report;
  },
  rate: async (e: Env) => createPersonRate(systemContext(e.deps), { userId: (await fresh.user(e)).id, effectiveFrom: '2027-01-01', standard: { amountMinor: 8_000, currency: 'EUR' }, overtime: null }),
  /** An unlinked person of the resource pool with a skill. */
  resource: (e: Env) => createResource(systemContext(e.deps), { kind: 'person', name: 'Pool Person', department: 'Engineering', skills: [{ skill: 'SQL', proficiency: 3 }] }),
  /** A scheduled project whose task A holds a generic role at 50 %. */
  assignment: async (e: Env) => {
    const s = await fresh.scheduled(e);
    const role = await createResource(systemContext(e.deps), { kind: 'role', name: 'Analyst role', headcount: 2 });
    const a = await createAssignment(systemContext(e.deps), s.projectId, s.a, { resourceId: role.id, units: 50 });
    return { ...s, assignmentId: a.id, url: `/api/v1/projects/${s.projectId}/schedule/tasks/${s.a}/assignments/${a.id}` };
  },
  /** An open request for a person to fill that role (one with SQL at 3 fills it). */
  resourceRequest: async (e: Env) => {
    const a = await fresh.assignment(e);
    return createResourceRequest(systemContext(e.deps), a.projectId, a.a, a.assignmentId, { skill: 'SQL', minProficiency: 2, note: '' });
  },
  resourceRate: async (e: Env) => createResourceRate(systemContext(e.deps), (await fresh.resource(e)).id, { effectiveFrom: '2027-01-01', standard: { amountMinor: 7_000, currency: 'EUR' } }),
  /** An exchange rate of a currency of its own, so no two collide. */
  exchangeRate: async (e: Env) => createExchangeRate(systemContext(e.deps), { currency: nextCurrency(), effectiveFrom: '2027-01-01', rate: '1.5' }),
  stakeholder: async (e: Env) => createStakeholder(systemContext(e.deps), (await fresh.project(e)).id, { title: 'Works council', description: '', ownerId: null, userId: null, organisation: '', role: '', email: '', phone: '', category: 'other', influence: 4, interest: 5, engagementCurrent: 'neutral', engagementDesired: 'supportive', status: 'active' }),
  communication: async (e: Env) =>
    createCommunication(systemContext(e.deps), (await fresh.project(e)).id, { title: 'Status report', description: '', ownerId: null, type: 'status_report', frequency: 'monthly', channel: 'email', audience: { stakeholderIds: [], userIds: [e.cast.pmo.user.id], groups: [] }, status: 'active', report: null }),
  /** A meeting of a fresh project, planned (version 1) or held with some minutes (version 2). */
  meeting: async (e: Env, upTo: 'planned' | 'held' = 'planned') => {
    const system = systemContext(e.deps);
    const m = await createLogItem(meetingKind, system, (await fresh.project(e)).id, { title: 'Board', description: '', ownerId: null, type: 'project_board', startsAt: '2026-12-01T10:00', endsAt: '2026-12-01T11:00', location: '', agenda: [], attendees: [{ userId: e.cast.manager.user.id, attended: null }] });
    return upTo === 'held' ? updateLogItem(meetingKind, system, m.id, 1, { status: 'held', minutes: 'All present.' }) : m;
  },
  /** A comment on a risk of a fresh project, written by `author` (a reader of the project). */
  comment: async (e: Env, author: Role = 'manager') => {
    const risk = await fresh.raid(e, 'risks');
    return addComment(e.cast[author].ctx, risk.projectId, { subjectType: 'risk', subjectId: risk.id, body: `A thought by ${author}` });
  },
  /** A draft original budget of a fresh project (managed by the manager, the contributor on its team). */
  budgetRevision: async (e: Env) =>
    createBudgetRevision(systemContext(e.deps), (await fresh.project(e)).id, { reason: '', changeRequestId: null, lines: [{ category: 'labour', costType: 'opex', month: '2027-01', amount: { amountMinor: 100_000, currency: 'EUR' }, note: '' }] }),
  taskCost: async (e: Env) => {
    const s = await fresh.scheduled(e);
    return createTaskCost(systemContext(e.deps), s.projectId, { taskId: s.a, kind: 'fixed', category: 'services', costType: 'opex', description: '', amount: { amountMinor: 50_000, currency: 'EUR' }, unit: '', accrual: 'prorated' });
  },
  purchaseOrder: async (e: Env) =>
    createPurchaseOrder(systemContext(e.deps), (await fresh.project(e)).id, { number: 'PO-1', supplier: 'Northwind', amount: { amountMinor: 90_000, currency: 'EUR' }, orderedOn: '2027-01-04', status: 'open', category: 'equipment', costType: 'capex', description: '' }),
  expense: async (e: Env) =>
    createExpense(systemContext(e.deps), (await fresh.project(e)).id, { kind: 'expense', incurredOn: '2027-01-05', amount: { amountMinor: 4_200, currency: 'EUR' }, category: 'material', costType: 'opex', supplier: '', reference: '', taskId: null, purchaseOrderId: null, description: 'Cables' }),
  user: (e: Env) => createUser(systemContext(e.deps), { email: `u${Math.random().toString(36).slice(2)}@example.org`, name: 'Someone', password: 'a long enough password', orgRole: 'member' }),
};
