// One row per API operation: who may call it, and how to make a request to it against fresh
// targets. The access matrix and the contract matrix tests both walk these rows.
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { PASSWORD, type Cast } from './fixtures.ts';
import { call } from './api.ts';
import { makeProject, systemContext, type Register } from './register-fixtures.ts';
import type { AppDeps } from '../../src/app/context.ts';
import { createRegisterItem } from '../../src/app/register/register-kind.ts';
import { objectiveKind } from '../../src/app/register/objectives.ts';
import { portfolioKind } from '../../src/app/register/portfolios.ts';
import { programKind } from '../../src/app/register/programs.ts';
import { createUser } from '../../src/app/users/users.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createApiToken } from '../../src/app/auth/api-tokens.ts';
import { createScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { createScheduleLink } from '../../src/app/schedules/schedule-links.ts';
import { createScheduleCalendar } from '../../src/app/schedules/schedule-calendars.ts';
import { saveBaseline } from '../../src/app/schedules/baselines.ts';
import { MSPDI_SAMPLE } from './schedule-fixtures.ts';
import { createLogItem, updateLogItem } from '../../src/app/raid/raid-log.ts';
import { RAID_LOGS } from '../../src/app/raid/raid-kinds.ts';
import { getRiskMatrix } from '../../src/app/settings/risk-matrix-setting.ts';
import { RAID_KINDS, type RaidKind } from '../../src/contracts/raid.schema.ts';
import { DEFAULT_RISK_MATRIX } from '../../src/core/risk/risk-matrix.ts';
import { requestGateReview } from '../../src/app/governance/gate-review-commands.ts';
import { createDeliverable } from '../../src/app/governance/deliverables.ts';
import { getGovernanceSettings } from '../../src/app/governance/governance-settings.ts';
import { createQualityReview, updateQualityReview } from '../../src/app/quality/review-commands.ts';
import { createFinding } from '../../src/app/quality/finding-commands.ts';
import { OFFICE_RELOCATION } from '../../src/core/templates/default-office-relocation.ts';
import { changeRequestKind } from '../../src/app/changes/change-requests.ts';
import { decideChangeRequest, submitChangeRequest } from '../../src/app/changes/change-request-commands.ts';
import { createStatusReport, submitStatusReport, updateStatusReport } from '../../src/app/status/report-commands.ts';
import { getStatusThresholds } from '../../src/app/settings/status-thresholds-setting.ts';
import { DEFAULT_STATUS_THRESHOLDS } from '../../src/core/status/status-thresholds.ts';
import { createStakeholder } from '../../src/app/stakeholders/stakeholders.ts';
import { createCommunication } from '../../src/app/communications/communication-commands.ts';
import { meetingKind } from '../../src/app/meetings/meetings.ts';
import { createPersonRate } from '../../src/app/rates/person-rates.ts';
import { createExchangeRate, getFinanceSettings } from '../../src/app/rates/exchange-rates.ts';
import { createResource, setResourceArchived } from '../../src/app/resources/resources.ts';
import { createResourceRate } from '../../src/app/resources/resource-rates.ts';
import { createAssignment } from '../../src/app/resources/assignments.ts';
import { createResourceRequest } from '../../src/app/resources/resource-requests.ts';
import { getBaseCalendars } from '../../src/app/resources/base-calendars.ts';
import { addComment } from '../../src/app/comments/comment-commands.ts';
import { TIMESHEET_CASES } from './timesheet-route-cases.ts';
import { PMO_CASES } from './pmo-route-cases.ts';
import { INTAKE_CASES } from './intake-route-cases.ts';
import { LESSONS_CASES } from './lessons-route-cases.ts';
import { BENEFIT_CASES } from './benefit-route-cases.ts';
import { SCENARIO_CASES } from './scenario-route-cases.ts';
import { KNOWLEDGE_CASES } from './knowledge-route-cases.ts';
import { TRAINING_CASES } from './training-route-cases.ts';
import { SUPPORT_CASES } from './support-route-cases.ts';
import { createBudgetRevision } from '../../src/app/finance/budget-revisions.ts';
import { createTaskCost } from '../../src/app/finance/task-costs.ts';
import { createExpense } from '../../src/app/finance/expenses.ts';
import { createPurchaseOrder } from '../../src/app/finance/purchase-orders.ts';

export type Role = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
export const ROLES: Role[] = ['admin', 'pmo', 'executive', 'member', 'manager', 'contributor', 'outsider'];
const ALL = ROLES;
const REGISTER_EDITORS: Role[] = ['admin', 'pmo'];
const PROJECT_READERS: Role[] = ['admin', 'pmo', 'executive', 'manager', 'contributor'];
const PROJECT_EDITORS: Role[] = ['admin', 'pmo', 'manager'];
/** Who keeps a project's logs: its manager and team, and the PMO. */
const PROJECT_WORKERS: Role[] = ['admin', 'pmo', 'manager', 'contributor'];

export interface Env {
  deps: AppDeps;
  cast: Cast;
  reg: Register;
  app: FastifyInstance;
}
export interface Case {
  route: string;
  allowed: Role[];
  /** Prepares a target and returns the request to make. */
  request: (env: Env, role: Role) => Promise<{ method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; body?: unknown; ifMatch?: number }>;
  mutates: boolean;
  /** Needs If-Match (default: PATCH, archive and restore). */
  versioned?: boolean;
  /** Audit events an allowed call writes (default 1: one per record it changes). */
  audits?: number;
}

let currencies = 0;
/** A currency code no other case used: XAA, XAB … (the exchange-rate cases each need their own). */
const nextCurrency = (): string => {
  const n = currencies++;
  return `X${String.fromCharCode(65 + Math.floor(n / 26) % 26)}${String.fromCharCode(65 + (n % 26))}`;
};

const fresh = {
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

export const CASES: Case[] = [
  // register: objectives, portfolios, programs
  ...(['objective', 'portfolio', 'program'] as const).flatMap((kind): Case[] => {
    const path = `/api/v1/${kind}s`;
    const createBody = (e: Env) => (kind === 'program' ? { name: 'New program', portfolioId: e.reg.portfolioId } : { name: `New ${kind}` });
    return [
      { route: `GET ${path}`, allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: path }) },
      { route: `GET ${path}/:id`, allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `${path}/${(await fresh[kind](e)).id}` }) },
      { route: `POST ${path}`, allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: path, body: createBody(e) }) },
      { route: `PATCH ${path}/:id`, allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `${path}/${(await fresh[kind](e)).id}`, body: { name: 'Renamed' }, ifMatch: 1 }) },
      { route: `POST ${path}/:id/archive`, allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `${path}/${(await fresh[kind](e)).id}/archive`, ifMatch: 1 }) },
      {
        route: `POST ${path}/:id/restore`,
        allowed: REGISTER_EDITORS,
        mutates: true,
        request: async (e) => {
          const item = await fresh[kind](e);
          const archived = await call(e.app, 'POST', `${path}/${item.id}/archive`, { token: e.cast.admin.token, ifMatch: 1 });
          expect(archived.statusCode).toBe(200);
          return { method: 'POST', url: `${path}/${item.id}/restore`, ifMatch: 2 };
        },
      },
    ];
  }),
  // projects
  { route: 'GET /api/v1/projects', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/projects' }) },
  { route: 'GET /api/v1/projects/summary', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/projects/summary' }) },
  { route: 'GET /api/v1/projects/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${e.reg.projectId}` }) },
  { route: 'POST /api/v1/projects', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: '/api/v1/projects', body: { name: 'New project', portfolioId: e.reg.portfolioId } }) },
  { route: 'PATCH /api/v1/projects/:id', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/projects/${(await fresh.project(e)).id}`, body: { name: 'Renamed', status: 'on_hold' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/projects/:id/archive', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/archive`, ifMatch: 1 }) },
  {
    route: 'POST /api/v1/projects/:id/restore',
    allowed: REGISTER_EDITORS,
    mutates: true,
    request: async (e) => {
      const p = await fresh.project(e);
      const archived = await call(e.app, 'POST', `/api/v1/projects/${p.id}/archive`, { token: e.cast.admin.token, ifMatch: 1 });
      expect(archived.statusCode).toBe(200);
      return { method: 'POST', url: `/api/v1/projects/${p.id}/restore`, ifMatch: 2 };
    },
  },
  { route: 'GET /api/v1/projects/:id/members', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${e.reg.projectId}/members` }) },
  { route: 'PUT /api/v1/projects/:id/members/:userId', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PUT', url: `/api/v1/projects/${(await fresh.project(e)).id}/members/${e.cast.outsider.user.id}`, body: { role: 'viewer' } }) },
  { route: 'DELETE /api/v1/projects/:id/members/:userId', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/projects/${(await fresh.project(e)).id}/members/${e.cast.contributor.user.id}` }) },
  // schedules
  { route: 'GET /api/v1/projects/:id/schedule', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule` }) },
  { route: 'GET /api/v1/projects/:id/schedule/export', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/export` }) },
  { route: 'PATCH /api/v1/projects/:id/schedule/settings', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/settings`, body: { statusDate: '2026-03-04T17:00' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/projects/:id/schedule/import', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/import`, body: { content: MSPDI_SAMPLE } }) },
  { route: 'POST /api/v1/projects/:id/schedule/tasks', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/tasks`, body: { name: 'C' } }) },
  {
    route: 'PATCH /api/v1/projects/:id/schedule/tasks/:taskId',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'PATCH', url: `/api/v1/projects/${s.projectId}/schedule/tasks/${s.a}`, body: { durationMinutes: 960 }, ifMatch: 1 };
    },
  },
  {
    route: 'POST /api/v1/projects/:id/schedule/tasks/:taskId/move',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'POST', url: `/api/v1/projects/${s.projectId}/schedule/tasks/${s.b}/move`, body: { beforeTaskId: s.a } };
    },
  },
  {
    route: 'DELETE /api/v1/projects/:id/schedule/tasks/:taskId',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'DELETE', url: `/api/v1/projects/${s.projectId}/schedule/tasks/${s.b}` };
    },
  },
  {
    route: 'POST /api/v1/projects/:id/schedule/links',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      const c = await createScheduleTask(systemContext(e.deps), s.projectId, { name: 'C', durationMinutes: 480 });
      return { method: 'POST', url: `/api/v1/projects/${s.projectId}/schedule/links`, body: { predecessorId: s.b, successorId: c.taskId, type: 'SS', lagMinutes: 60 } };
    },
  },
  {
    route: 'PATCH /api/v1/projects/:id/schedule/links/:linkId',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'PATCH', url: `/api/v1/projects/${s.projectId}/schedule/links/${s.linkId}`, body: { lagMinutes: 480 }, ifMatch: 1 };
    },
  },
  {
    route: 'DELETE /api/v1/projects/:id/schedule/links/:linkId',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'DELETE', url: `/api/v1/projects/${s.projectId}/schedule/links/${s.linkId}` };
    },
  },
  { route: 'POST /api/v1/projects/:id/schedule/calendars', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/calendars`, body: { name: 'Night shift' } }) },
  {
    route: 'PATCH /api/v1/projects/:id/schedule/calendars/:calendarId',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      const c = await createScheduleCalendar(systemContext(e.deps), s.projectId, { name: 'Site', baseCalendarId: null });
      return { method: 'PATCH', url: `/api/v1/projects/${s.projectId}/schedule/calendars/${c.calendarId}`, body: { name: 'Site, summer hours' }, ifMatch: 1 };
    },
  },
  {
    route: 'DELETE /api/v1/projects/:id/schedule/calendars/:calendarId',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      const c = await createScheduleCalendar(systemContext(e.deps), s.projectId, { name: 'Site', baseCalendarId: null });
      return { method: 'DELETE', url: `/api/v1/projects/${s.projectId}/schedule/calendars/${c.calendarId}` };
    },
  },
  { route: 'GET /api/v1/projects/:id/schedule/baselines', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/baselines` }) },
  { route: 'PUT /api/v1/projects/:id/schedule/baselines/:number', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PUT', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/baselines/1`, body: { name: 'Re-plan' } }) },
  { route: 'GET /api/v1/projects/:id/schedule/baselines/:number', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.scheduled(e)).projectId}/schedule/baselines/0` }) },
  // RAID logs
  ...RAID_KINDS.flatMap((kind): Case[] => {
    const createBody = (e: Env) =>
      ({ risks: { title: 'New risk', probability: 2, impact: 4 }, issues: { title: 'New issue' }, assumptions: { title: 'New assumption' }, decisions: { title: 'New decision' }, actions: { title: 'New action' }, dependencies: { title: 'New dependency', providerProjectId: e.reg.projectId, neededBy: '2027-06-30' } })[kind];
    return [
      { route: `GET /api/v1/${kind}`, allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: `/api/v1/${kind}` }) },
      { route: `POST /api/v1/projects/:id/${kind}`, allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/${kind}`, body: createBody(e) }) },
      { route: `GET /api/v1/${kind}/:id`, allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/${kind}/${(await fresh.raid(e, kind)).id}` }) },
      { route: `PATCH /api/v1/${kind}/:id`, allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/${kind}/${(await fresh.raid(e, kind)).id}`, body: { title: 'Renamed' }, ifMatch: 1 }) },
    ];
  }),
  { route: 'GET /api/v1/risks/:id/history', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/risks/${(await fresh.raid(e, 'risks')).id}/history` }) },
  { route: 'POST /api/v1/risks/:id/occurred', allowed: PROJECT_WORKERS, mutates: true, versioned: true, audits: 2, request: async (e) => ({ method: 'POST', url: `/api/v1/risks/${(await fresh.raid(e, 'risks')).id}/occurred`, body: { priority: 'critical' }, ifMatch: 1 }) },
  { route: 'GET /api/v1/risk-heat-map', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/risk-heat-map' }) },
  { route: 'GET /api/v1/settings/risk-matrix', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/settings/risk-matrix' }) },
  {
    route: 'PUT /api/v1/settings/risk-matrix',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: '/api/v1/settings/risk-matrix', body: DEFAULT_RISK_MATRIX, ifMatch: (await getRiskMatrix(systemContext(e.deps))).version }),
  },
  { route: 'GET /api/v1/raid/export', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/raid/export' }) },
  // governance
  { route: 'GET /api/v1/methodologies', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/methodologies' }) },
  { route: 'GET /api/v1/methodologies/:key', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/methodologies/agile' }) },
  {
    route: 'PUT /api/v1/methodologies/:key',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async () => ({ method: 'PUT', url: `/api/v1/methodologies/m${Math.random().toString(36).slice(2, 10)}`, body: { name: 'Quick', lifecycle: 'predictive', phases: [{ key: 'do', name: 'Do', gate: null }] }, ifMatch: 0 }),
  },
  { route: 'GET /api/v1/settings/governance', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/settings/governance' }) },
  {
    route: 'PUT /api/v1/settings/governance',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: '/api/v1/settings/governance', body: { operatingModel: 'controlling' }, ifMatch: (await getGovernanceSettings(systemContext(e.deps))).version }),
  },
  { route: 'GET /api/v1/projects/:id/governance', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.project(e)).id}/governance` }) },
  { route: 'GET /api/v1/projects/:id/deliverables', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.project(e)).id}/deliverables` }) },
  { route: 'POST /api/v1/projects/:id/deliverables', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/deliverables`, body: { requirementKey: 'charter', title: 'Charter v1' } }) },
  { route: 'PATCH /api/v1/deliverables/:id', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/deliverables/${(await fresh.deliverable(e)).id}`, body: { status: 'final' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/projects/:id/gate-reviews', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/gate-reviews`, body: { note: 'Plan ready' } }) },
  { route: 'GET /api/v1/gate-reviews', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/gate-reviews' }) },
  { route: 'GET /api/v1/gate-reviews/export', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/gate-reviews/export' }) },
  { route: 'GET /api/v1/gate-reviews/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/gate-reviews/${(await fresh.review(e)).id}` }) },
  { route: 'PATCH /api/v1/gate-reviews/:id', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/gate-reviews/${(await fresh.review(e)).id}`, body: { checklist: [{ criterionKey: 'scope_baselined', outcome: 'met' }] }, ifMatch: 1 }) },
  { route: 'POST /api/v1/gate-reviews/:id/decision', allowed: REGISTER_EDITORS, mutates: true, versioned: true, audits: 2, request: async (e) => ({ method: 'POST', url: `/api/v1/gate-reviews/${(await fresh.review(e)).id}/decision`, body: { decision: 'hold', comment: 'Not yet' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/gate-reviews/:id/withdraw', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/gate-reviews/${(await fresh.review(e)).id}/withdraw`, ifMatch: 1 }) },
  // quality reviews (the outsider is the reviewer named on fresh reviews; the contributor owns fresh findings)
  { route: 'GET /api/v1/review-types', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/review-types' }) },
  {
    route: 'PUT /api/v1/review-types/:key',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async () => ({ method: 'PUT', url: `/api/v1/review-types/t${Math.random().toString(36).slice(2, 10)}`, body: { name: 'Supplier check', questions: [{ key: 'contract_signed', area: 'Commercial', text: 'The contract is signed.' }] }, ifMatch: 0 }),
  },
  { route: 'POST /api/v1/projects/:id/reviews', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/reviews`, body: { typeKey: 'project_health_check', plannedDate: '2026-12-01', reviewerIds: [e.cast.pmo.user.id] } }) },
  { route: 'GET /api/v1/reviews', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/reviews' }) },
  { route: 'GET /api/v1/reviews/:id', allowed: [...PROJECT_READERS, 'outsider'], mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/reviews/${(await fresh.qualityReview(e)).id}` }) },
  {
    route: 'PATCH /api/v1/reviews/:id',
    allowed: ['admin', 'pmo', 'outsider'],
    mutates: true,
    request: async (e) => ({ method: 'PATCH', url: `/api/v1/reviews/${(await fresh.qualityReview(e)).id}`, body: { status: 'in_progress', answers: [{ questionKey: 'leads', outcome: 'compliant' }] }, ifMatch: 1 }),
  },
  { route: 'POST /api/v1/reviews/:id/findings', allowed: ['admin', 'pmo', 'outsider'], mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/reviews/${(await fresh.runningReview(e)).id}/findings`, body: { title: 'Hard constraints', questionKey: 'hard_constraints', severity: 'medium' } }) },
  { route: 'GET /api/v1/findings', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/findings' }) },
  { route: 'GET /api/v1/findings/:id', allowed: [...PROJECT_READERS, 'outsider'], mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/findings/${(await fresh.finding(e)).id}` }) },
  { route: 'PATCH /api/v1/findings/:id', allowed: [...PROJECT_WORKERS, 'outsider'], mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/findings/${(await fresh.finding(e)).id}`, body: { status: 'in_progress' }, ifMatch: 1 }) },
  // policies and compliance
  { route: 'GET /api/v1/policies', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/policies' }) },
  {
    route: 'PUT /api/v1/policies/:key',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async () => ({ method: 'PUT', url: `/api/v1/policies/p${Math.random().toString(36).slice(2, 10)}`, body: { name: 'Quick', kind: 'overdue_actions', params: { maxDaysOverdue: 10 }, severity: 'warning', enabled: true }, ifMatch: 0 }),
  },
  { route: 'GET /api/v1/compliance', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/compliance' }) },
  // scoring and prioritisation: the PMO keeps the models, a project's manager scores it, everyone reads rankings
  { route: 'GET /api/v1/scoring-models', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/scoring-models' }) },
  { route: 'GET /api/v1/scoring-models/:key', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/scoring-models/default' }) },
  {
    route: 'PUT /api/v1/scoring-models/:key',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async () => ({ method: 'PUT', url: `/api/v1/scoring-models/m${Math.random().toString(36).slice(2, 10)}`, body: { name: 'Quick', criteria: [{ key: 'value', name: 'Value', weight: 1, direction: 'higher-is-better', levels: [{ level: 1, label: 'Low', description: 'Little' }, { level: 2, label: 'High', description: 'Much' }] }] }, ifMatch: 0 }),
  },
  { route: 'POST /api/v1/scoring/ahp-preview', allowed: ALL, mutates: false, request: async () => ({ method: 'POST', url: '/api/v1/scoring/ahp-preview', body: { labels: ['Value', 'Risk', 'Fit'], upper: [[3, 5], [2]] } }) },
  { route: 'GET /api/v1/projects/:id/scores/:modelKey', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.project(e)).id}/scores/default` }) },
  {
    route: 'PUT /api/v1/projects/:id/scores/:modelKey',
    allowed: PROJECT_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: `/api/v1/projects/${(await fresh.project(e)).id}/scores/default`, body: { levels: { strategic_alignment: 4, financial_value: 3, risk: 2, urgency: 3, compliance: 1, resource_fit: 4 } }, ifMatch: 0 }),
  },
  { route: 'GET /api/v1/portfolios/:id/ranking', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/portfolios/${e.reg.portfolioId}/ranking` }) },
  { route: 'POST /api/v1/portfolios/:id/ranking/what-if', allowed: ALL, mutates: false, request: async (e) => ({ method: 'POST', url: `/api/v1/portfolios/${e.reg.portfolioId}/ranking/what-if`, body: { weights: { risk: 40 } } }) },
  // optimal selection: the PMO keeps the settings; those who read every project (PMO, executives) optimise
  { route: 'GET /api/v1/portfolios/:id/selection-settings', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/portfolios/${e.reg.portfolioId}/selection-settings` }) },
  {
    route: 'PUT /api/v1/portfolios/:id/selection-settings',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: `/api/v1/portfolios/${(await fresh.portfolio(e)).id}/selection-settings`, body: { quarters: 4, firstQuarter: '2027-Q1' }, ifMatch: 0 }),
  },
  { route: 'POST /api/v1/portfolios/:id/optimise', allowed: ['admin', 'pmo', 'executive'], mutates: false, request: async (e) => ({ method: 'POST', url: `/api/v1/portfolios/${(await fresh.portfolio(e)).id}/optimise`, body: { budget: 1_000_000, frontierPoints: 0 } }) },
  // project templates
  { route: 'GET /api/v1/templates', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/templates' }) },
  { route: 'GET /api/v1/templates/:key', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/templates/office_relocation' }) },
  {
    route: 'PUT /api/v1/templates/:key',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async () => ({ method: 'PUT', url: `/api/v1/templates/t${Math.random().toString(36).slice(2, 10)}`, body: { name: 'Quick', methodologyKey: 'predictive', wbs: [{ ref: 'a', name: 'Do it', outlineLevel: 1, durationDays: 1 }] }, ifMatch: 0 }),
  },
  {
    route: 'POST /api/v1/projects/from-template',
    allowed: REGISTER_EDITORS,
    mutates: true,
    // The project, its schedule, and each register item and document of the template.
    audits: 2 + OFFICE_RELOCATION.registers.risks.length + OFFICE_RELOCATION.registers.assumptions.length + OFFICE_RELOCATION.registers.actions.length + OFFICE_RELOCATION.documents.length,
    request: async (e) => ({ method: 'POST', url: '/api/v1/projects/from-template', body: { templateKey: 'office_relocation', project: { name: 'From a template', portfolioId: e.reg.portfolioId } } }),
  },
  // change control
  { route: 'POST /api/v1/projects/:id/change-requests', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/change-requests`, body: { title: 'New change', reason: 'Needed' } }) },
  { route: 'GET /api/v1/projects/:id/change-requests', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.change(e)).projectId}/change-requests` }) },
  { route: 'GET /api/v1/change-requests', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/change-requests' }) },
  { route: 'GET /api/v1/change-requests/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/change-requests/${(await fresh.change(e)).id}` }) },
  { route: 'PATCH /api/v1/change-requests/:id', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/change-requests/${(await fresh.change(e)).id}`, body: { priority: 'high' }, ifMatch: 1 }) },
  { route: 'GET /api/v1/change-requests/:id/impact', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/change-requests/${(await fresh.change(e)).id}/impact` }) },
  { route: 'POST /api/v1/change-requests/:id/submit', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/change-requests/${(await fresh.change(e)).id}/submit`, body: { comment: 'Ready' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/change-requests/:id/decision', allowed: REGISTER_EDITORS, mutates: true, versioned: true, audits: 2, request: async (e) => ({ method: 'POST', url: `/api/v1/change-requests/${(await fresh.change(e, 'submitted')).id}/decision`, body: { decision: 'approved', comment: 'Go' }, ifMatch: 2 }) },
  // applying writes the task it changes, the new baseline and the request
  { route: 'POST /api/v1/change-requests/:id/apply', allowed: PROJECT_EDITORS, mutates: true, versioned: true, audits: 3, request: async (e) => ({ method: 'POST', url: `/api/v1/change-requests/${(await fresh.change(e, 'approved')).id}/apply`, body: {}, ifMatch: 3 }) },
  { route: 'POST /api/v1/change-requests/:id/withdraw', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/change-requests/${(await fresh.change(e)).id}/withdraw`, ifMatch: 1 }) },
  // spreadsheet exports of the registers
  ...['/api/v1/change-requests/export', '/api/v1/reviews/export', '/api/v1/findings/export', '/api/v1/compliance/export', '/api/v1/stakeholders/export', '/api/v1/communications/export'].map(
    (url): Case => ({ route: `GET ${url}`, allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url }) }),
  ),
  // status reports
  { route: 'GET /api/v1/settings/status-thresholds', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/settings/status-thresholds' }) },
  {
    route: 'PUT /api/v1/settings/status-thresholds',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: '/api/v1/settings/status-thresholds', body: DEFAULT_STATUS_THRESHOLDS, ifMatch: (await getStatusThresholds(systemContext(e.deps))).version }),
  },
  { route: 'GET /api/v1/projects/:id/reporting', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.project(e)).id}/reporting` }) },
  { route: 'PUT /api/v1/projects/:id/reporting', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'PUT', url: `/api/v1/projects/${(await fresh.project(e)).id}/reporting`, body: { cadence: 'weekly' }, ifMatch: 0 }) },
  { route: 'POST /api/v1/projects/:id/status-reports', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/status-reports`, body: {} }) },
  { route: 'GET /api/v1/projects/:id/status-reports', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.statusReport(e)).projectId}/status-reports` }) },
  { route: 'GET /api/v1/projects/:id/status-trend', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.statusReport(e, 'submitted')).projectId}/status-trend` }) },
  { route: 'GET /api/v1/status-reports', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/status-reports' }) },
  { route: 'GET /api/v1/status-reports/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/status-reports/${(await fresh.statusReport(e)).id}` }) },
  { route: 'PATCH /api/v1/status-reports/:id', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/status-reports/${(await fresh.statusReport(e)).id}`, body: { summary: 'Green so far.' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/status-reports/:id/submit', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/status-reports/${(await fresh.statusReport(e, 'written')).id}/submit`, body: { comment: 'For the board.' }, ifMatch: 2 }) },
  { route: 'POST /api/v1/status-reports/:id/review', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/status-reports/${(await fresh.statusReport(e, 'submitted')).id}/review`, body: { decision: 'send_back', comment: 'Add the recovery plan.' }, ifMatch: 3 }) },
  // stakeholders and communication plans
  { route: 'GET /api/v1/stakeholders', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/stakeholders' }) },
  { route: 'POST /api/v1/projects/:id/stakeholders', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/stakeholders`, body: { title: 'Regulator', influence: 5, interest: 2 } }) },
  { route: 'GET /api/v1/stakeholders/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/stakeholders/${(await fresh.stakeholder(e)).id}` }) },
  { route: 'PATCH /api/v1/stakeholders/:id', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/stakeholders/${(await fresh.stakeholder(e)).id}`, body: { engagementCurrent: 'supportive' }, ifMatch: 1 }) },
  { route: 'GET /api/v1/projects/:id/stakeholder-grid', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.stakeholder(e)).projectId}/stakeholder-grid` }) },
  { route: 'GET /api/v1/communications', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/communications' }) },
  { route: 'GET /api/v1/communications/due', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/communications/due' }) },
  { route: 'POST /api/v1/projects/:id/communications', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/communications`, body: { title: 'Newsletter', frequency: 'quarterly', channel: 'intranet' } }) },
  { route: 'GET /api/v1/communications/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/communications/${(await fresh.communication(e)).id}` }) },
  { route: 'PATCH /api/v1/communications/:id', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/communications/${(await fresh.communication(e)).id}`, body: { status: 'paused' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/communications/:id/done', allowed: PROJECT_WORKERS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/communications/${(await fresh.communication(e)).id}/done`, body: {}, ifMatch: 1 }) },
  { route: 'GET /api/v1/projects/:id/communication-plan', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.communication(e)).projectId}/communication-plan` }) },
  // meetings (saving minutes with a decision and an action writes both and the meeting)
  { route: 'GET /api/v1/meetings', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/meetings' }) },
  { route: 'POST /api/v1/projects/:id/meetings', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/meetings`, body: { title: 'Team meeting', startsAt: '2026-12-02T09:00', endsAt: '2026-12-02T09:30' } }) },
  { route: 'GET /api/v1/meetings/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/meetings/${(await fresh.meeting(e)).id}` }) },
  { route: 'PATCH /api/v1/meetings/:id', allowed: PROJECT_WORKERS, mutates: true, audits: 3, request: async (e) => ({ method: 'PATCH', url: `/api/v1/meetings/${(await fresh.meeting(e)).id}`, body: { minutes: 'DECISION: Go\nACTION due 2026-12-09: Book the room' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/meetings/:id/send-minutes', allowed: PROJECT_WORKERS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/meetings/${(await fresh.meeting(e, 'held')).id}/send-minutes`, body: {}, ifMatch: 2 }) },
  // comments: whoever reads a project reads and adds to its threads; authors edit theirs; authors, the PMO and admins remove
  {
    route: 'GET /api/v1/projects/:id/comments',
    allowed: PROJECT_READERS,
    mutates: false,
    request: async (e) => {
      const c = await fresh.comment(e);
      return { method: 'GET', url: `/api/v1/projects/${c.projectId}/comments?subjectType=risk&subjectId=${c.subjectId}` };
    },
  },
  {
    route: 'POST /api/v1/projects/:id/comments',
    allowed: PROJECT_READERS,
    mutates: true,
    request: async (e) => {
      const p = await fresh.project(e);
      return { method: 'POST', url: `/api/v1/projects/${p.id}/comments`, body: { subjectType: 'project', subjectId: p.id, body: 'Looks right to me.' } };
    },
  },
  { route: 'GET /api/v1/comments/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/comments/${(await fresh.comment(e)).id}` }) },
  // each reader edits a comment of their own; others (who cannot read the project) are answered 404
  { route: 'PATCH /api/v1/comments/:id', allowed: PROJECT_READERS, mutates: true, request: async (e, role) => ({ method: 'PATCH', url: `/api/v1/comments/${(await fresh.comment(e, PROJECT_READERS.includes(role) ? role : 'manager')).id}`, body: { body: 'On second thought.' }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/comments/:id', allowed: ['admin', 'pmo', 'manager'], mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/comments/${(await fresh.comment(e)).id}`, ifMatch: 1 }) },
  ...TIMESHEET_CASES,
  ...PMO_CASES,
  ...INTAKE_CASES,
  ...LESSONS_CASES,
  ...BENEFIT_CASES,
  ...SCENARIO_CASES,
  ...KNOWLEDGE_CASES,
  ...TRAINING_CASES,
  ...SUPPORT_CASES,
  // project money: readers read; the manager (and PMO, admin) drafts the budget, plans costs and records orders; the team records expenses;
  // the PMO, admins (and the sponsor) decide budget revisions, and approving one moves the project's register budget too
  { route: 'GET /api/v1/projects/:id/budget', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.budgetRevision(e)).projectId}/budget` }) },
  { route: 'GET /api/v1/projects/:id/budget/export', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.budgetRevision(e)).projectId}/budget/export?format=csv` }) },
  {
    route: 'POST /api/v1/projects/:id/budget/revisions',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/budget/revisions`, body: { lines: [{ category: 'services', costType: 'opex', month: '2027-02', amount: { amountMinor: 1_000, currency: 'EUR' } }] } }),
  },
  { route: 'GET /api/v1/budget-revisions/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/budget-revisions/${(await fresh.budgetRevision(e)).id}` }) },
  { route: 'PATCH /api/v1/budget-revisions/:id', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/budget-revisions/${(await fresh.budgetRevision(e)).id}`, body: { reason: 'Business case v2' }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/budget-revisions/:id', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/budget-revisions/${(await fresh.budgetRevision(e)).id}`, ifMatch: 1 }) },
  { route: 'POST /api/v1/budget-revisions/:id/approve', allowed: REGISTER_EDITORS, mutates: true, versioned: true, audits: 2, request: async (e) => ({ method: 'POST', url: `/api/v1/budget-revisions/${(await fresh.budgetRevision(e)).id}/approve`, body: { comment: 'Funded' }, ifMatch: 1 }) },
  { route: 'POST /api/v1/budget-revisions/:id/reject', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/budget-revisions/${(await fresh.budgetRevision(e)).id}/reject`, body: { comment: 'Not now' }, ifMatch: 1 }) },
  { route: 'GET /api/v1/projects/:id/financials', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.expense(e)).projectId}/financials?asOf=2027-01-31` }) },
  { route: 'GET /api/v1/projects/:id/task-costs', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.taskCost(e)).projectId}/task-costs` }) },
  {
    route: 'POST /api/v1/projects/:id/task-costs',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'POST', url: `/api/v1/projects/${s.projectId}/task-costs`, body: { taskId: s.b, kind: 'material', category: 'material', quantity: 3, unit: 'pcs', unitCost: { amountMinor: 1_250, currency: 'EUR' } } };
    },
  },
  { route: 'PATCH /api/v1/task-costs/:id', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/task-costs/${(await fresh.taskCost(e)).id}`, body: { accrual: 'end' }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/task-costs/:id', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/task-costs/${(await fresh.taskCost(e)).id}`, ifMatch: 1 }) },
  { route: 'GET /api/v1/projects/:id/expenses', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.expense(e)).projectId}/expenses` }) },
  { route: 'GET /api/v1/projects/:id/expenses/export', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.expense(e)).projectId}/expenses/export` }) },
  { route: 'POST /api/v1/projects/:id/expenses', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/expenses`, body: { incurredOn: '2027-01-06', amount: { amountMinor: 999, currency: 'EUR' }, category: 'material' } }) },
  { route: 'GET /api/v1/expenses/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/expenses/${(await fresh.expense(e)).id}` }) },
  { route: 'PATCH /api/v1/expenses/:id', allowed: PROJECT_WORKERS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/expenses/${(await fresh.expense(e)).id}`, body: { description: 'Cables and plugs' }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/expenses/:id', allowed: PROJECT_WORKERS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/expenses/${(await fresh.expense(e)).id}`, ifMatch: 1 }) },
  { route: 'GET /api/v1/projects/:id/purchase-orders', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.purchaseOrder(e)).projectId}/purchase-orders` }) },
  {
    route: 'POST /api/v1/projects/:id/purchase-orders',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.project(e)).id}/purchase-orders`, body: { number: 'PO-2', supplier: 'Contoso', amount: { amountMinor: 10_000, currency: 'EUR' }, orderedOn: '2027-01-07', category: 'services' } }),
  },
  { route: 'GET /api/v1/purchase-orders/:id', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/purchase-orders/${(await fresh.purchaseOrder(e)).id}` }) },
  { route: 'PATCH /api/v1/purchase-orders/:id', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/purchase-orders/${(await fresh.purchaseOrder(e)).id}`, body: { status: 'closed' }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/purchase-orders/:id', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/purchase-orders/${(await fresh.purchaseOrder(e)).id}`, ifMatch: 1 }) },
  // dashboards (every role; each reader sees only the projects they may read)
  { route: 'GET /api/v1/dashboard/portfolio', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/dashboard/portfolio' }) },
  { route: 'GET /api/v1/dashboard/programs/:id', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/dashboard/programs/${e.reg.programId}` }) },
  { route: 'GET /api/v1/dashboard/my-work', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/dashboard/my-work' }) },
  // reports as files
  { route: 'GET /api/v1/reports/portfolio', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/reports/portfolio?format=xlsx' }) },
  { route: 'GET /api/v1/projects/:id/report', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.statusReport(e, 'submitted')).projectId}/report?format=pptx` }) },
  // calendar feeds (iCalendar; also ?token=, tested in calendar.test.ts): a portfolio's feed is open to all, holding only the projects each reader sees
  { route: 'GET /api/v1/projects/:id/calendar.ics', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.review(e)).projectId}/calendar.ics` }) },
  { route: 'GET /api/v1/portfolios/:id/calendar.ics', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/portfolios/${(await fresh.portfolio(e)).id}/calendar.ics` }) },
  // my notifications (each person has their own; marking read is not audited, choosing e-mail is)
  { route: 'GET /api/v1/me/notifications', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/me/notifications?unread=true' }) },
  { route: 'POST /api/v1/me/notifications/read', allowed: ALL, mutates: true, audits: 0, request: async () => ({ method: 'POST', url: '/api/v1/me/notifications/read', body: { all: true } }) },
  { route: 'GET /api/v1/me/notification-preferences', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/me/notification-preferences' }) },
  { route: 'PUT /api/v1/me/notification-preferences', allowed: ALL, mutates: true, request: async () => ({ method: 'PUT', url: '/api/v1/me/notification-preferences', body: { email: { breach_raised: true } } }) },
  // cost rates, exchange rates and the base currency (the PMO keeps them; a person reads their own rate)
  { route: 'GET /api/v1/rates', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/rates' }) },
  { route: 'POST /api/v1/rates', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: '/api/v1/rates', body: { userId: (await fresh.user(e)).id, effectiveFrom: '2027-01-01', standard: { amountMinor: 9_000, currency: 'EUR' } } }) },
  { route: 'PATCH /api/v1/rates/:id', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/rates/${(await fresh.rate(e)).id}`, body: { standard: { amountMinor: 9_500, currency: 'EUR' } }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/rates/:id', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/rates/${(await fresh.rate(e)).id}`, ifMatch: 1 }) },
  { route: 'GET /api/v1/exchange-rates', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/exchange-rates' }) },
  { route: 'POST /api/v1/exchange-rates', allowed: REGISTER_EDITORS, mutates: true, request: async () => ({ method: 'POST', url: '/api/v1/exchange-rates', body: { currency: nextCurrency(), effectiveFrom: '2027-01-01', rate: '0.92' } }) },
  { route: 'PATCH /api/v1/exchange-rates/:id', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/exchange-rates/${(await fresh.exchangeRate(e)).id}`, body: { rate: '0.93' }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/exchange-rates/:id', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/exchange-rates/${(await fresh.exchangeRate(e)).id}`, ifMatch: 1 }) },
  { route: 'GET /api/v1/settings/finance', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/settings/finance' }) },
  {
    route: 'PUT /api/v1/settings/finance',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: '/api/v1/settings/finance', body: { baseCurrency: 'EUR' }, ifMatch: (await getFinanceSettings(systemContext(e.deps))).version }),
  },
  // the resource pool (the PMO keeps it, everyone reads it; rates as people's rates)
  { route: 'GET /api/v1/resources', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/resources?skill=sql&minProficiency=2&kind=person' }) },
  { route: 'POST /api/v1/resources', allowed: REGISTER_EDITORS, mutates: true, request: async () => ({ method: 'POST', url: '/api/v1/resources', body: { kind: 'equipment', name: 'Crane', skills: [] } }) },
  { route: 'GET /api/v1/resource-facets', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/resource-facets' }) },
  { route: 'GET /api/v1/resources/:id', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/resources/${(await fresh.resource(e)).id}` }) },
  { route: 'PATCH /api/v1/resources/:id', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/resources/${(await fresh.resource(e)).id}`, body: { team: 'Data', maxUnits: [{ from: '2027-01-01', units: 50 }] }, ifMatch: 1 }) },
  { route: 'POST /api/v1/resources/:id/archive', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/resources/${(await fresh.resource(e)).id}/archive`, ifMatch: 1 }) },
  {
    route: 'POST /api/v1/resources/:id/restore',
    allowed: REGISTER_EDITORS,
    mutates: true,
    request: async (e) => {
      const archived = await setResourceArchived(systemContext(e.deps), (await fresh.resource(e)).id, 1, true);
      return { method: 'POST', url: `/api/v1/resources/${archived.id}/restore`, ifMatch: archived.version };
    },
  },
  { route: 'GET /api/v1/resources/:id/calendar', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/resources/${(await fresh.resource(e)).id}/calendar` }) },
  {
    route: 'PUT /api/v1/resources/:id/calendar',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: `/api/v1/resources/${(await fresh.resource(e)).id}/calendar`, body: { baseCalendarId: 'standard', definition: { week: [null, null, null, null, null, [], null], workWeeks: [], exceptions: [] } }, ifMatch: 0 }),
  },
  { route: 'POST /api/v1/resources/:id/leave', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/resources/${(await fresh.resource(e)).id}/leave`, body: { from: '2027-08-02', to: '2027-08-06', name: 'Summer' } }) },
  { route: 'GET /api/v1/resources/:id/availability', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/resources/${(await fresh.resource(e)).id}/availability?from=2027-03-01&to=2027-03-07` }) },
  { route: 'GET /api/v1/resources/:id/rates', allowed: REGISTER_EDITORS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/resources/${(await fresh.resource(e)).id}/rates` }) },
  { route: 'POST /api/v1/resources/:id/rates', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/resources/${(await fresh.resource(e)).id}/rates`, body: { effectiveFrom: '2027-01-01', standard: { amountMinor: 7_000, currency: 'EUR' }, perUse: { amountMinor: 500, currency: 'EUR' } } }) },
  { route: 'GET /api/v1/resources/:id/rate', allowed: REGISTER_EDITORS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/resources/${(await fresh.resourceRate(e)).resourceId}/rate?on=2027-02-01` }) },
  { route: 'PATCH /api/v1/resource-rates/:id', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/resource-rates/${(await fresh.resourceRate(e)).id}`, body: { standard: { amountMinor: 7_500, currency: 'EUR' } }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/resource-rates/:id', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/resource-rates/${(await fresh.resourceRate(e)).id}`, ifMatch: 1 }) },
  // assignments of the pool to schedule tasks (as editing the schedule) and requests for people (the PMO fills them)
  { route: 'GET /api/v1/projects/:id/assignments', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.assignment(e)).projectId}/assignments` }) },
  { route: 'GET /api/v1/projects/:id/schedule/tasks/:taskId/assignments', allowed: PROJECT_READERS, mutates: false, request: async (e) => { const a = await fresh.assignment(e); return { method: 'GET', url: `/api/v1/projects/${a.projectId}/schedule/tasks/${a.a}/assignments` }; } },
  {
    route: 'POST /api/v1/projects/:id/schedule/tasks/:taskId/assignments',
    allowed: PROJECT_EDITORS,
    mutates: true,
    request: async (e) => {
      const a = await fresh.assignment(e);
      return { method: 'POST', url: `/api/v1/projects/${a.projectId}/schedule/tasks/${a.b}/assignments`, body: { resourceId: (await fresh.resource(e)).id, workMinutes: 240, contour: 'back-loaded' } };
    },
  },
  { route: 'PATCH /api/v1/projects/:id/schedule/tasks/:taskId/assignments/:assignmentId', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: (await fresh.assignment(e)).url, body: { units: 75 }, ifMatch: 1 }) },
  { route: 'DELETE /api/v1/projects/:id/schedule/tasks/:taskId/assignments/:assignmentId', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'DELETE', url: (await fresh.assignment(e)).url, ifMatch: 1 }) },
  { route: 'POST /api/v1/projects/:id/schedule/tasks/:taskId/assignments/:assignmentId/replace', allowed: PROJECT_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `${(await fresh.assignment(e)).url}/replace`, body: { resourceId: (await fresh.resource(e)).id }, ifMatch: 1 }) },
  { route: 'POST /api/v1/projects/:id/schedule/tasks/:taskId/assignments/:assignmentId/requests', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `${(await fresh.assignment(e)).url}/requests`, body: { skill: 'SQL', minProficiency: 2, note: 'Needs the data model' } }) },
  { route: 'GET /api/v1/resource-requests', allowed: REGISTER_EDITORS, mutates: false, request: async (e) => { await fresh.resourceRequest(e); return { method: 'GET', url: '/api/v1/resource-requests?status=open' }; } },
  { route: 'POST /api/v1/resource-requests/:id/fill', allowed: REGISTER_EDITORS, mutates: true, versioned: true, audits: 2, request: async (e) => ({ method: 'POST', url: `/api/v1/resource-requests/${(await fresh.resourceRequest(e)).id}/fill`, body: { resourceId: (await fresh.resource(e)).id }, ifMatch: 1 }) },
  { route: 'POST /api/v1/resource-requests/:id/decline', allowed: REGISTER_EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/resource-requests/${(await fresh.resourceRequest(e)).id}/decline`, body: { reason: 'Nobody free before June' }, ifMatch: 1 }) },
  { route: 'GET /api/v1/settings/base-calendars', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/settings/base-calendars' }) },
  {
    route: 'PUT /api/v1/settings/base-calendars',
    allowed: REGISTER_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => {
      const current = await getBaseCalendars(systemContext(e.deps));
      return { method: 'PUT', url: '/api/v1/settings/base-calendars', body: { items: current.items }, ifMatch: current.version };
    },
  },
  // earned value: a project's for its readers; the roll-up over the projects each reader can see
  { route: 'GET /api/v1/projects/:id/evm', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.project(e)).id}/evm?period=month` }) },
  {
    route: 'GET /api/v1/projects/:id/schedule/tasks/:taskId/earning',
    allowed: PROJECT_READERS,
    mutates: false,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'GET', url: `/api/v1/projects/${s.projectId}/schedule/tasks/${s.a}/earning` };
    },
  },
  {
    route: 'PUT /api/v1/projects/:id/schedule/tasks/:taskId/earning',
    allowed: PROJECT_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => {
      const s = await fresh.scheduled(e);
      return { method: 'PUT', url: `/api/v1/projects/${s.projectId}/schedule/tasks/${s.a}/earning`, body: { method: '50/50', etc: { amountMinor: 20_000, currency: 'EUR' } }, ifMatch: 0 };
    },
  },
  { route: 'GET /api/v1/projects/:id/evm/estimate', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/projects/${(await fresh.project(e)).id}/evm/estimate` }) },
  {
    route: 'PUT /api/v1/projects/:id/evm/estimate',
    allowed: PROJECT_EDITORS,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: `/api/v1/projects/${(await fresh.project(e)).id}/evm/estimate`, body: { etc: { amountMinor: 150_000, currency: 'EUR' }, note: 'Supplier quotes of 2 March' }, ifMatch: 0 }),
  },
  { route: 'GET /api/v1/evm/portfolio', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/evm/portfolio' }) },
  // capacity against demand: everyone reads the numbers; the drill-down hides projects the reader may not read
  { route: 'GET /api/v1/capacity', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/capacity?from=2027-03-01&to=2027-03-28&unit=week&groupBy=role&includeProposed=true' }) },
  { route: 'GET /api/v1/capacity/detail', allowed: ALL, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/capacity/detail?resourceId=${(await fresh.resource(e)).id}&from=2027-03-01&to=2027-03-07` }) },
  { route: 'GET /api/v1/capacity/available', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/capacity/available?skill=SQL&minProficiency=2&weeks=2&units=50&from=2027-03-01&to=2027-03-28' }) },
  { route: 'POST /api/v1/capacity/what-if', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'POST', url: '/api/v1/capacity/what-if', body: { projectId: e.reg.projectId, from: '2027-03-01', to: '2027-05-31' } }) },
  // resource levelling: the team reads a preview, the project's editors level and clear; the PMO levels a portfolio
  { route: 'POST /api/v1/projects/:id/levelling/preview', allowed: PROJECT_READERS, mutates: false, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.overloaded(e)).projectId}/levelling/preview`, body: {} }) },
  { route: 'POST /api/v1/projects/:id/levelling', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/projects/${(await fresh.overloaded(e)).projectId}/levelling`, body: { mode: 'optimise', schedules: 50 } }) },
  { route: 'DELETE /api/v1/projects/:id/levelling', allowed: PROJECT_EDITORS, mutates: true, request: async (e) => ({ method: 'DELETE', url: `/api/v1/projects/${(await fresh.overloaded(e)).projectId}/levelling` }) },
  { route: 'POST /api/v1/portfolios/:id/levelling/preview', allowed: REGISTER_EDITORS, mutates: false, request: async (e) => ({ method: 'POST', url: `/api/v1/portfolios/${(await fresh.overloaded(e, true)).portfolioId}/levelling/preview`, body: {} }) },
  { route: 'POST /api/v1/portfolios/:id/levelling', allowed: REGISTER_EDITORS, mutates: true, request: async (e) => ({ method: 'POST', url: `/api/v1/portfolios/${(await fresh.overloaded(e, true)).portfolioId}/levelling`, body: {} }) },
  // accounts
  { route: 'GET /api/v1/users', allowed: ['admin'], mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/users' }) },
  { route: 'POST /api/v1/users', allowed: ['admin'], mutates: true, request: async () => ({ method: 'POST', url: '/api/v1/users', body: { email: `n${Math.random().toString(36).slice(2)}@example.org`, name: 'New Person', password: 'a long enough password', orgRole: 'member' } }) },
  { route: 'GET /api/v1/users/:id', allowed: ['admin'], mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/users/${(await fresh.user(e)).id}` }) },
  { route: 'PATCH /api/v1/users/:id', allowed: ['admin'], mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/users/${(await fresh.user(e)).id}`, body: { name: 'Renamed Person' }, ifMatch: 1 }) },
  { route: 'GET /api/v1/people', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/people' }) },
  { route: 'GET /api/v1/audit-events', allowed: ['admin'], mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/audit-events' }) },
  // own session and tokens
  { route: 'GET /api/v1/auth/me', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/auth/me' }) },
  {
    route: 'POST /api/v1/auth/password',
    allowed: ALL,
    mutates: true,
    request: async (_e, role) => ({ method: 'POST', url: '/api/v1/auth/password', body: { currentPassword: PASSWORD, newPassword: `${role} second password` } }),
  },
  { route: 'GET /api/v1/auth/tokens', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/auth/tokens' }) },
  { route: 'POST /api/v1/auth/tokens', allowed: ALL, mutates: true, request: async () => ({ method: 'POST', url: '/api/v1/auth/tokens', body: { name: 'script' } }) },
  {
    route: 'DELETE /api/v1/auth/tokens/:id',
    allowed: ALL,
    mutates: true,
    request: async (e, role) => {
      const own = await createApiToken(e.cast[role].ctx, { name: 'to revoke' });
      return { method: 'DELETE', url: `/api/v1/auth/tokens/${own.id}` };
    },
  },
];

