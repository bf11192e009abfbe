// The demo's status reporting: most active projects reported last month (submitted by their
// manager and accepted by the PMO, colours frozen), some have this month's draft under way, the
// CRM's manager overrode a colour with a justification, and two projects have not reported at all
// — so the due list, the compliance view and the report history all show real work.
import type { AppContext } from '../context.ts';
import { createStatusReport, submitStatusReport, updateStatusReport } from '../status/report-commands.ts';
import { reviewStatusReport } from '../status/report-review.ts';
import { DEMO_PEOPLE, DEMO_PROJECTS } from './demo-organisation.ts';

type Person = (key: string) => string;

function as(ctx: AppContext, key: string, person: Person): AppContext {
  const p = DEMO_PEOPLE.find((d) => d.key === key)!;
  return { ...ctx, actor: { userId: person(key), name: p.name, orgRole: p.orgRole, via: 'session' } };
}

/** The first day of last month (projects report monthly unless the PMO sets another cadence). */
function lastMonth(ctx: AppContext): string {
  const now = ctx.clock.now();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
}

const NARRATIVE: Record<string, { summary: string; accomplishments: string; nextPeriod: string; blockers?: string; decisionsNeeded?: string }> = {
  'CRM Replacement': {
    summary: 'Build is complete for sales and service; integration testing found data-quality problems in the legacy extracts that put the go-live date at risk.',
    accomplishments: '- Sales and service modules built and demonstrated\n- Integration test cycle 1 run (312 cases, 87 % passed)',
    nextPeriod: '- Test cycle 2 with cleansed data\n- Training plan for the call centre',
    blockers: 'One engineer holds all knowledge of the legacy extract scripts.',
    decisionsNeeded: 'Approve the extra training wave for night shifts (CR at the change board).',
  },
  'Data Lakehouse Foundation': {
    summary: 'Six of ten source systems are ingested; the approved data-quality sprint moved go-live by two weeks.',
    accomplishments: '- Ingestion of ERP, CRM and HR completed\n- Change request for the data-quality sprint approved and planned',
    nextPeriod: '- Remaining four sources\n- Data-quality sprint',
  },
  'Warehouse Management System': {
    summary: 'Site A is live on RF scanning; sites B and C follow the same playbook.',
    accomplishments: '- Site A cut-over completed over the weekend with no lost shipments',
    nextPeriod: '- Site B cut-over rehearsal',
  },
  'NIS2 Compliance': {
    summary: 'Eleven of fourteen gaps are closed; incident reporting runbook is in review.',
    accomplishments: '- MFA rolled out to all administrators\n- Supplier security clauses added to 40 contracts',
    nextPeriod: '- Tabletop exercise of the incident process',
  },
  'Germany Market Launch': {
    summary: 'The entity is registered and two distribution partners are signed; localisation is behind plan.',
    accomplishments: '- GmbH registered\n- Partner agreements with two distributors',
    nextPeriod: '- Finish the German web shop and contracts',
    blockers: 'Translation agency capacity.',
  },
};

/** Active projects not in this list have no report at all: the due list and the policy name them. */
const NOT_REPORTED = new Set(['Customer Self-Service Portal', 'Demand Planning Tool']);

export async function loadDemoStatusReports(ctx: AppContext, projects: ReadonlyMap<string, string>, person: Person): Promise<void> {
  const pmo = as(ctx, 'priya', person);
  for (const p of DEMO_PROJECTS.filter((x) => x.status === 'active' && !NOT_REPORTED.has(x.name))) {
    const manager = as(ctx, p.manager, person);
    const projectId = projects.get(p.name)!;
    const text = NARRATIVE[p.name] ?? { summary: `${p.name} is on plan for this period.`, accomplishments: '- Work of the period done as planned', nextPeriod: '- Continue to plan' };
    let report = await createStatusReport(manager, projectId, { periodStart: lastMonth(ctx) });
    report = await updateStatusReport(manager, report.id, report.version, {
      ...text,
      ...(p.name === 'CRM Replacement' ? { overrides: { schedule: { colour: 'red', justification: 'Go-live depends on cleansed data that is not there yet; the plan does not show it.' } } } : {}),
    });
    report = await submitStatusReport(manager, report.id, report.version, { comment: '' });
    await reviewStatusReport(pmo, report.id, report.version, { decision: 'accept', comment: 'Thanks — clear and consistent with the logs.' });
    if (NARRATIVE[p.name]) await createStatusReport(manager, projectId, {});
  }
}
