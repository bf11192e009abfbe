// The demo's governance: every project holds the deliverables its phase implies (what the gates it
// has passed required, approved; the next gate's in draft), and two projects wait at a gate — the
// Customer Self-Service Portal at Gate 2 with a partly answered checklist, the Enterprise BI
// Rollout at Gate 1 with a named approver — so the approval queue and the gate review screen show
// real work on the first look. Everything goes through the governance use cases as the people
// who would do it.
import type { DeliverableCreate } from '../../contracts/governance.schema.ts';
import { DEFAULT_METHODOLOGIES } from '../../core/governance/default-methodologies.ts';
import type { AppContext } from '../context.ts';
import { createDeliverable } from '../governance/deliverables.ts';
import { requestGateReview, updateGateReview } from '../governance/gate-review-commands.ts';
import { DEMO_PEOPLE, DEMO_PROJECTS } from './demo-organisation.ts';

const PREDICTIVE = DEFAULT_METHODOLOGIES.find((m) => m.key === 'predictive')!;
const DOCS = 'https://intranet.example.com/pmo/projects';

/** The demo person's context: they request, answer and approve in their own name. */
function as(ctx: AppContext, key: string, person: (key: string) => string): AppContext {
  const p = DEMO_PEOPLE.find((d) => d.key === key)!;
  return { ...ctx, actor: { userId: person(key), name: p.name, orgRole: p.orgRole, via: 'session' } };
}

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The deliverables of a project in `phase`: approved for the gates behind it, drafts of the next gate's first two. */
function deliverablesFor(projectName: string, phase: string, status: string): DeliverableCreate[] {
  const at = PREDICTIVE.phases.findIndex((p) => p.key === phase);
  const passed = PREDICTIVE.phases.slice(0, status === 'completed' ? PREDICTIVE.phases.length : at).flatMap((p) => p.gate?.deliverables ?? []);
  const next = status === 'completed' || status === 'cancelled' ? [] : (PREDICTIVE.phases[at]?.gate?.deliverables ?? []).slice(0, 2);
  const doc = (key: string, name: string, state: 'approved' | 'draft'): DeliverableCreate => ({
    requirementKey: key,
    title: `${name} — ${projectName}`,
    status: state,
    url: `${DOCS}/${slug(projectName)}/${key.replace(/_/g, '-')}`,
    body: '',
  });
  return [...passed.map((d) => doc(d.key, d.name, 'approved')), ...next.map((d) => doc(d.key, d.name, 'draft'))];
}

export async function loadDemoGovernance(ctx: AppContext, projectIds: ReadonlyMap<string, string>, person: (key: string) => string): Promise<void> {
  for (const p of DEMO_PROJECTS) {
    const projectId = projectIds.get(p.name)!;
    for (const d of deliverablesFor(p.name, p.phase, p.status)) await createDeliverable(as(ctx, p.manager, person), projectId, d);
  }

  const portal = DEMO_PROJECTS.find((p) => p.name === 'Customer Self-Service Portal')!;
  const portalReview = await requestGateReview(as(ctx, portal.manager, person), projectIds.get(portal.name)!, {
    note: 'Plan baselined with the vendor; budget approved by finance on the 12th. The stakeholder register and communication plan are still in draft, and the test environment is not yet committed.',
    approverIds: [],
  });
  await updateGateReview(as(ctx, portal.manager, person), portalReview.id, portalReview.version, {
    checklist: [
      { criterionKey: 'scope_baselined', outcome: 'met', comment: 'WBS v1.2 agreed with the business on the 3rd.' },
      { criterionKey: 'schedule_realistic', outcome: 'met', comment: 'Critical path runs through the ERP order API.' },
      { criterionKey: 'budget_funded', outcome: 'met', comment: '' },
      { criterionKey: 'resources_committed', outcome: 'not_met', comment: 'Two front-end developers still to be released by Digital.' },
    ],
  });

  const bi = DEMO_PROJECTS.find((p) => p.name === 'Enterprise BI Rollout')!;
  await requestGateReview(as(ctx, bi.manager, person), projectIds.get(bi.name)!, {
    note: 'Charter signed off by the data board. The business case awaits the licence quote; asking for approval to plan with that as a condition.',
    approverIds: [person('tom')],
  });
}
