// The intake operations for the access and contract matrices (spread into CASES by route-cases.ts):
// each call gets a fresh request raised by the plain member, moved as far as the call needs.
import { ALL, type Case, type Env, type Role } from './route-case-kit.ts';
import { systemContext } from './register-fixtures.ts';
import { createRequest, setBusinessCase, takeRequestStep } from '../../src/app/intake/request-commands.ts';
import { getIntakeFields } from '../../src/app/intake/intake-fields-setting.ts';
import { OFFICE_RELOCATION } from '../../src/core/templates/default-office-relocation.ts';

const PMO: Role[] = ['admin', 'pmo'];
/** Who reads a member's request: the PMO, administrators, executives and the member who raised it. */
const READERS: Role[] = ['admin', 'pmo', 'executive', 'member'];
const EDITORS: Role[] = ['admin', 'pmo', 'member'];

const CASE = { currency: 'EUR', periodicity: 'year' as const, annualDiscountRate: 0.08, rateConvention: 'effective' as const, lines: [{ label: 'Build', kind: 'cost' as const, amountsMinor: [50_000] }, { label: 'Savings', kind: 'benefit' as const, amountsMinor: [0, 30_000, 30_000] }] };

/** A request of the member: a draft (version 1), submitted (2) or at business case with a costed case (5). */
async function request(e: Env, upTo: 'draft' | 'submitted' | 'business_case' = 'draft') {
  const member = e.cast.member.ctx;
  const pmo = e.cast.pmo.ctx;
  let r = await createRequest(member, { title: 'Matrix request', problem: 'A problem', objectives: 'An aim', objectiveIds: [], expectedBenefits: '', costEstimate: null, durationEstimateMonths: null, desiredStart: null, keyRisks: '', sponsorId: null, portfolioId: e.reg.portfolioId, programId: null, fields: {} });
  if (upTo === 'draft') return r;
  r = await takeRequestStep(member, r.id, r.version, { action: 'submit', comment: '' });
  if (upTo === 'submitted') return r;
  r = await takeRequestStep(pmo, r.id, r.version, { action: 'screen', comment: '' });
  r = await takeRequestStep(pmo, r.id, r.version, { action: 'build_case', comment: '' });
  return setBusinessCase(member, r.id, r.version, CASE);
}

export const INTAKE_CASES: Case[] = [
  // scoring a request: its readers read the score; the PMO scores it while it is being decided
  { route: 'GET /api/v1/requests/:id/scores/:modelKey', allowed: READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/requests/${(await request(e, 'submitted')).id}/scores/default` }) },
  {
    route: 'PUT /api/v1/requests/:id/scores/:modelKey', allowed: PMO, mutates: true, versioned: true,
    request: async (e) => ({ method: 'PUT', url: `/api/v1/requests/${(await request(e, 'submitted')).id}/scores/default`, body: { levels: { strategic_alignment: 4, financial_value: 3, risk: 2, urgency: 3, compliance: 1, resource_fit: 3 } }, ifMatch: 0 }),
  },
  { route: 'GET /api/v1/settings/intake-fields', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/settings/intake-fields' }) },
  {
    route: 'PUT /api/v1/settings/intake-fields',
    allowed: PMO,
    mutates: true,
    versioned: true,
    request: async (e) => ({ method: 'PUT', url: '/api/v1/settings/intake-fields', body: { fields: [{ key: 'deadline', label: 'Deadline', type: 'date' }] }, ifMatch: (await getIntakeFields(systemContext(e.deps))).version }),
  },
  { route: 'POST /api/v1/requests', allowed: ALL.filter((r) => r !== 'executive'), mutates: true, request: async () => ({ method: 'POST', url: '/api/v1/requests', body: { title: 'New request' } }) },
  { route: 'GET /api/v1/requests', allowed: ALL, mutates: false, request: async () => ({ method: 'GET', url: '/api/v1/requests' }) },
  { route: 'GET /api/v1/requests/:id', allowed: READERS, mutates: false, request: async (e) => ({ method: 'GET', url: `/api/v1/requests/${(await request(e)).id}` }) },
  { route: 'PATCH /api/v1/requests/:id', allowed: EDITORS, mutates: true, request: async (e) => ({ method: 'PATCH', url: `/api/v1/requests/${(await request(e)).id}`, body: { keyRisks: 'Late supplier' }, ifMatch: 1 }) },
  { route: 'PUT /api/v1/requests/:id/business-case', allowed: EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'PUT', url: `/api/v1/requests/${(await request(e)).id}/business-case`, body: CASE, ifMatch: 1 }) },
  { route: 'POST /api/v1/requests/:id/steps', allowed: PMO, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/requests/${(await request(e, 'submitted')).id}/steps`, body: { action: 'screen', comment: 'Looks promising' }, ifMatch: 2 }) },
  { route: 'POST /api/v1/requests/:id/comments', allowed: EDITORS, mutates: true, versioned: true, request: async (e) => ({ method: 'POST', url: `/api/v1/requests/${(await request(e)).id}/comments`, body: { comment: 'A question' }, ifMatch: 1 }) },
  // approving makes the project from the template (the project, its schedule, each register item and document), logs the decision and moves the request
  { route: 'POST /api/v1/requests/:id/approve', allowed: PMO, mutates: true, versioned: true, audits: 4 + OFFICE_RELOCATION.registers.risks.length + OFFICE_RELOCATION.registers.assumptions.length + OFFICE_RELOCATION.registers.actions.length + OFFICE_RELOCATION.documents.length, request: async (e) => ({ method: 'POST', url: `/api/v1/requests/${(await request(e, 'business_case')).id}/approve`, body: { templateKey: 'office_relocation', comment: 'Go' }, ifMatch: 5 }) },
];
