// RAID logs, governance and quality, policies, scoring and selection, templates, change control,
// register exports, status reports, stakeholders, meetings and comments, for the access and
// contract matrices (spread into CASES by route-cases.ts).
import { systemContext } from './register-fixtures.ts';
import { getRiskMatrix } from '../../src/app/settings/risk-matrix-setting.ts';
import { RAID_KINDS } from '../../src/contracts/raid.schema.ts';
import { DEFAULT_RISK_MATRIX } from '../../src/core/risk/risk-matrix.ts';
import { getGovernanceSettings } from '../../src/app/governance/governance-settings.ts';
import { OFFICE_RELOCATION } from '../../src/core/templates/default-office-relocation.ts';
import { getStatusThresholds } from '../../src/app/settings/status-thresholds-setting.ts';
import { DEFAULT_STATUS_THRESHOLDS } from '../../src/core/status/status-thresholds.ts';
import { ALL, REGISTER_EDITORS, PROJECT_READERS, PROJECT_EDITORS, PROJECT_WORKERS, type Env, type Case } from './route-case-kit.ts';
import { fresh } from './route-case-targets.ts';

export const GOVERNANCE_CASES: Case[] = [
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
];
