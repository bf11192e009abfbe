// The demo's intake: the PMO's own fields on the request form, and project requests at every stage
// of triage — a draft, one waiting for screening, one being screened with a reviewer's comment, one
// at business case with a quarterly cash flow ready to approve, a deferred and a rejected one —
// raised by their requesters and moved by the PMO through the real use cases.
import type { BusinessCaseBody } from '../../contracts/business-case.schema.ts';
import type { ProjectRequest, ProjectRequestCreate, RequestStepBody } from '../../contracts/intake.schema.ts';
import type { AppContext } from '../context.ts';
import { setIntakeFields } from '../intake/intake-fields-setting.ts';
import { commentOnRequest, createRequest, setBusinessCase, takeRequestStep, updateRequest } from '../intake/request-commands.ts';
import { DEMO_PEOPLE } from './demo-organisation.ts';

type Person = (key: string) => string;
type Keyed = ReadonlyMap<string, string>;

const as = (ctx: AppContext, key: string, person: Person): AppContext => {
  const p = DEMO_PEOPLE.find((d) => d.key === key)!;
  return { ...ctx, actor: { userId: person(key), name: p.name, orgRole: p.orgRole, via: 'session' } };
};

const k = (eur: number) => eur * 100_000;

const WAREHOUSE_CASE: BusinessCaseBody = {
  currency: 'EUR',
  periodicity: 'quarter',
  annualDiscountRate: 0.08,
  rateConvention: 'effective',
  lines: [
    { label: 'Robots and integration', kind: 'cost', amountsMinor: [k(180), k(120), k(40)] },
    { label: 'Operations and maintenance', kind: 'cost', amountsMinor: [0, 0, k(10), k(10), k(10), k(10), k(10), k(10), k(10), k(10)] },
    { label: 'Picking labour saved', kind: 'benefit', amountsMinor: [0, 0, k(45), k(60), k(70), k(70), k(70), k(70), k(70), k(70)] },
  ],
};

interface DemoRequest {
  by: string;
  input: Omit<ProjectRequestCreate, 'portfolioId' | 'programId' | 'objectiveIds' | 'sponsorId' | 'fields'> & { portfolio: string; program?: string; serves: string[]; sponsor: string; fields: ProjectRequestCreate['fields'] };
  /** PMO steps after submitting, with their comments. */
  steps: RequestStepBody[];
  submit: boolean;
  reviewer?: { key: string; comment: string };
  businessCase?: BusinessCaseBody;
}

const REQUESTS: readonly DemoRequest[] = [
  {
    by: 'mei', submit: false, steps: [],
    input: { title: 'Enterprise data catalogue', problem: 'Analysts cannot find which dataset is the trusted one.', objectives: 'One searchable catalogue of governed datasets with owners.', expectedBenefits: '', costEstimate: { amountMinor: k(150), currency: 'EUR' }, durationEstimateMonths: 6, desiredStart: null, keyRisks: '', portfolio: 'digital', program: 'data', serves: ['data'], sponsor: 'david', fields: { compliance_driven: 'No' } },
  },
  {
    by: 'sam', submit: true, steps: [],
    input: { title: 'Field service mobile app', problem: 'Technicians print work orders and re-type notes at the office.', objectives: 'Work orders, parts and signatures on a phone, offline first.', expectedBenefits: 'One more visit per technician per day; no re-typing.', costEstimate: { amountMinor: k(420), currency: 'EUR' }, durationEstimateMonths: 9, desiredStart: null, keyRisks: 'Offline sync with the ERP.', portfolio: 'digital', program: 'cx', serves: ['cx', 'cost'], sponsor: 'david', fields: { compliance_driven: 'No' } },
  },
  {
    by: 'jonas', submit: true, steps: [{ action: 'screen', comment: 'Fits the supply chain roadmap; checking overlap with the ERP upgrade.' }],
    reviewer: { key: 'mei', comment: 'The ERP vendor has a supplier module: compare before building.' },
    input: { title: 'Supplier self-service portal', problem: 'Suppliers e-mail delivery confirmations that buyers re-key.', objectives: 'Suppliers confirm orders and upload invoices themselves.', expectedBenefits: 'Two FTE of buyer time; fewer invoice disputes.', costEstimate: { amountMinor: k(300), currency: 'EUR' }, durationEstimateMonths: 8, desiredStart: null, keyRisks: 'Supplier adoption.', portfolio: 'ops', program: 'supply', serves: ['cost'], sponsor: 'elena', fields: { compliance_driven: 'No' } },
  },
  {
    by: 'jonas', submit: true, steps: [{ action: 'screen', comment: 'Strong cost case; needs numbers.' }, { action: 'build_case', comment: 'Please add a quarterly cash flow for the pilot and the roll-out.' }],
    businessCase: WAREHOUSE_CASE,
    input: { title: 'Warehouse robotics pilot', problem: 'Picking labour is 40 % of warehouse cost and hard to hire for.', objectives: 'Autonomous picking robots in one warehouse, then a roll-out decision.', expectedBenefits: 'Picking cost down by a third in the pilot warehouse.', costEstimate: { amountMinor: k(420), currency: 'EUR' }, durationEstimateMonths: 12, desiredStart: null, keyRisks: 'Integration with the warehouse system; safety certification.', portfolio: 'ops', program: 'supply', serves: ['cost'], sponsor: 'elena', fields: { compliance_driven: 'No' } },
  },
  {
    by: 'sofia', submit: true, steps: [{ action: 'screen', comment: '' }, { action: 'defer', comment: 'Wait for the EU market entry to land; revisit next planning round.' }],
    input: { title: 'Loyalty programme relaunch', problem: 'The loyalty programme has not changed in eight years.', objectives: 'Tiered rewards across both new markets.', expectedBenefits: 'Repeat purchases up 10 %.', costEstimate: { amountMinor: k(250), currency: 'EUR' }, durationEstimateMonths: 6, desiredStart: null, keyRisks: '', portfolio: 'growth', program: 'eu', serves: ['growth'], sponsor: 'elena', fields: { compliance_driven: 'No' } },
  },
  {
    by: 'sam', submit: true, steps: [{ action: 'reject', comment: 'Fax traffic ends with the supplier portal; not worth an upgrade.' }],
    input: { title: 'Fax gateway upgrade', problem: 'The fax gateway is out of support.', objectives: 'A supported fax gateway.', expectedBenefits: '', costEstimate: { amountMinor: k(40), currency: 'EUR' }, durationEstimateMonths: 2, desiredStart: null, keyRisks: '', portfolio: 'ops', serves: [], sponsor: 'elena', fields: { compliance_driven: 'Yes', regulatory_deadline: '2027-12-31' } },
  },
];

export async function loadDemoIntake(ctx: AppContext, register: { objectives: Keyed; portfolios: Keyed; programs: Keyed }, person: Person): Promise<ProjectRequest[]> {
  const pmo = as(ctx, 'priya', person);
  await setIntakeFields(pmo, 0, {
    fields: [
      { key: 'compliance_driven', label: 'Required by regulation?', type: 'choice', required: true, options: ['Yes', 'No'], help: 'Mandatory projects are ranked first.' },
      { key: 'regulatory_deadline', label: 'Regulatory deadline', type: 'date', required: false, options: [], help: 'When the regulation applies, if it does.' },
    ],
  });
  const made: ProjectRequest[] = [];
  for (const d of REQUESTS) {
    const requester = as(ctx, d.by, person);
    const { portfolio, program, serves, sponsor, ...rest } = d.input;
    let r = await createRequest(requester, {
      ...rest,
      portfolioId: register.portfolios.get(portfolio)!,
      programId: program ? register.programs.get(program)! : null,
      objectiveIds: serves.map((o) => register.objectives.get(o)!),
      sponsorId: person(sponsor),
    });
    if (d.submit) r = await takeRequestStep(requester, r.id, r.version, { action: 'submit', comment: '' });
    for (const step of d.steps) r = await takeRequestStep(pmo, r.id, r.version, step);
    if (d.reviewer) {
      r = await updateRequest(pmo, r.id, r.version, { reviewerIds: [person(d.reviewer.key)] });
      r = await commentOnRequest(as(ctx, d.reviewer.key, person), r.id, r.version, { comment: d.reviewer.comment });
    }
    if (d.businessCase) r = await setBusinessCase(requester, r.id, r.version, d.businessCase);
    made.push(r);
  }
  return made;
}
