// The demo's change control and quality assurance, done by the people who would do them: the
// Data Lakehouse applied an approved change (a data-quality sprint, saved as baseline 1), the CRM
// Replacement waits for the change board on a longer training period, and a scope change to the
// WMS was rejected; the PMO's health check of the CRM is complete with findings (one overdue, with
// a corrective action) and a schedule quality review of the lakehouse is under way.
import type { ChangeRequestCreate } from '../../contracts/change-request.schema.ts';
import type { AppContext } from '../context.ts';
import { changeRequestKind } from '../changes/change-requests.ts';
import { decideChangeRequest, submitChangeRequest } from '../changes/change-request-commands.ts';
import { applyChangeRequest } from '../changes/change-request-apply.ts';
import { createLogItem } from '../raid/raid-log.ts';
import { actionKind } from '../raid/actions.ts';
import { createQualityReview, updateQualityReview } from '../quality/review-commands.ts';
import { createFinding } from '../quality/finding-commands.ts';
import { getSchedule } from '../schedules/schedule-commands.ts';
import { DEMO_PEOPLE } from './demo-organisation.ts';

type Person = (key: string) => string;
const DAY = 480;

function as(ctx: AppContext, key: string, person: Person): AppContext {
  const p = DEMO_PEOPLE.find((d) => d.key === key)!;
  return { ...ctx, actor: { userId: person(key), name: p.name, orgRole: p.orgRole, via: 'session' } };
}

const dayFrom = (ctx: AppContext, days: number): string => new Date(ctx.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

async function taskIds(ctx: AppContext, projectId: string): Promise<Map<string, { id: string; duration: number }>> {
  const plan = await getSchedule(ctx, projectId);
  return new Map(plan.tasks.map((t) => [t.name, { id: t.id, duration: t.durationMinutes }]));
}

function changeRequest(input: Partial<ChangeRequestCreate> & Pick<ChangeRequestCreate, 'title'>): ChangeRequestCreate {
  return { description: '', ownerId: null, category: 'scope', priority: 'medium', reason: '', requestedBy: '', scopeImpact: '', costImpact: null, riskImpact: '', scheduleEdits: [], ...input };
}

async function loadChanges(ctx: AppContext, projects: ReadonlyMap<string, string>, person: Person): Promise<void> {
  const lake = projects.get('Data Lakehouse Foundation')!;
  const lakeTasks = await taskIds(ctx, lake);
  const mei = as(ctx, 'mei', person);
  let cr = await createLogItem(changeRequestKind, mei, lake, changeRequest({
    title: 'Add a data-quality remediation sprint before go-live',
    description: 'Two weeks to fix the duplicate customer keys and missing product hierarchies found in integration testing.',
    reason: 'Integration testing found 4 % duplicate customer keys in the source extracts; loading them would break the BI KPIs.',
    requestedBy: 'Mei Chen (solution architect)',
    category: 'schedule',
    priority: 'high',
    scopeImpact: 'Adds data cleansing of two source systems; no change to the ten systems in scope.',
    costImpact: { amountMinor: 4_800_000, currency: 'EUR' },
    riskImpact: 'Reduces the risk of wrong KPIs at launch; go-live moves by two weeks.',
    scheduleEdits: [{ op: 'add_task', name: 'Data-quality remediation sprint', durationMinutes: 10 * DAY, milestone: false, afterTaskId: lakeTasks.get('Integration and testing')!.id, beforeTaskId: lakeTasks.get('Deployment')!.id }],
  }));
  cr = await submitChangeRequest(mei, cr.id, cr.version, { comment: 'Needed before go-live; see the test report.' });
  cr = await decideChangeRequest(as(ctx, 'david', person), cr.id, cr.version, { decision: 'approved', comment: 'Approved: wrong KPIs at launch would cost more than two weeks.' });
  await applyChangeRequest(mei, cr.id, cr.version, { comment: 'Applied after the steering meeting.' });

  const crm = projects.get('CRM Replacement')!;
  const training = (await taskIds(ctx, crm)).get('Training and change')!;
  const marcus = as(ctx, 'marcus', person);
  const waiting = await createLogItem(changeRequestKind, marcus, crm, changeRequest({
    title: 'Extend end-user training by a week for the call centre',
    description: 'The call centre asks for a second training wave for night shifts.',
    reason: 'Night-shift agents (120 people) cannot attend the planned sessions.',
    requestedBy: 'Head of Customer Service',
    category: 'schedule',
    scopeImpact: 'One more training wave; same material.',
    costImpact: { amountMinor: 1_850_000, currency: 'EUR' },
    riskImpact: 'Lowers adoption risk on night shifts.',
    scheduleEdits: [{ op: 'set_duration', taskId: training.id, durationMinutes: training.duration + 5 * DAY }],
  }));
  await submitChangeRequest(marcus, waiting.id, waiting.version, { comment: 'For the next change board.' });

  const wms = projects.get('Warehouse Management System')!;
  const jonas = as(ctx, 'jonas', person);
  const creep = await createLogItem(changeRequestKind, jonas, wms, changeRequest({
    title: 'Add yard management to the WMS scope',
    description: 'Dock scheduling and trailer tracking for the three warehouses.',
    reason: 'Requested by the logistics director after a site visit.',
    requestedBy: 'Logistics director',
    priority: 'low',
    costImpact: { amountMinor: 21_000_000, currency: 'EUR' },
    scopeImpact: 'A new module and two new interfaces.',
  }));
  const submitted = await submitChangeRequest(jonas, creep.id, creep.version, { comment: '' });
  await decideChangeRequest(as(ctx, 'elena', person), submitted.id, submitted.version, { decision: 'rejected', comment: 'Not in this project: raise it as a separate proposal for next year’s portfolio.' });
}

async function loadReviews(ctx: AppContext, projects: ReadonlyMap<string, string>, person: Person): Promise<void> {
  const priya = as(ctx, 'priya', person);
  const crm = projects.get('CRM Replacement')!;
  let review = await createQualityReview(priya, crm, { typeKey: 'project_health_check', title: 'Quarterly health check', scope: 'Governance, planning, control, people and benefits.', plannedDate: dayFrom(ctx, -10), reviewerIds: [person('priya')] });
  const outcomes: Record<string, 'compliant' | 'partially' | 'non_compliant'> = { governance_in_place: 'compliant', gates_passed: 'compliant', business_case_valid: 'partially', scope_controlled: 'compliant', plan_baselined: 'compliant', budget_tracked: 'partially', risks_managed: 'compliant', issues_managed: 'partially', reporting_honest: 'compliant', stakeholders_engaged: 'compliant', team_resourced: 'non_compliant', benefits_tracked: 'non_compliant' };
  review = await updateQualityReview(priya, review.id, review.version, { status: 'in_progress', answers: Object.entries(outcomes).map(([questionKey, outcome]) => ({ questionKey, outcome, comment: '' })) });
  const team = await createFinding(priya, review.id, { title: 'Data migration depends on one engineer', description: 'Only one engineer knows the legacy extract scripts; no backup is planned.', ownerId: person('marcus'), questionKey: 'team_resourced', severity: 'high', dueDate: dayFrom(ctx, -3) });
  await createFinding(priya, review.id, { title: 'No owner for the NPS benefit', description: 'The business case counts on +6 NPS points but no one measures it.', ownerId: person('david'), questionKey: 'benefits_tracked', severity: 'medium', dueDate: dayFrom(ctx, 20) });
  await updateQualityReview(priya, review.id, review.version, { status: 'completed', summary: 'Well governed and planned; people and benefits need attention before go-live.' });
  await createLogItem(actionKind, as(ctx, 'marcus', person), crm, { title: 'Pair a second engineer on the legacy extracts', description: 'Knowledge transfer sessions and a written runbook.', ownerId: person('sam'), status: 'in_progress', dueDate: dayFrom(ctx, 7), sourceType: 'review', sourceId: team.id });

  const lake = projects.get('Data Lakehouse Foundation')!;
  const schedule = await createQualityReview(as(ctx, 'tom', person), lake, { typeKey: 'schedule_quality', plannedDate: dayFrom(ctx, 2), reviewerIds: [person('tom')], scope: 'DCMA 14-point check of the integrated schedule.' });
  await updateQualityReview(as(ctx, 'tom', person), schedule.id, schedule.version, { status: 'in_progress' });
}

export async function loadDemoAssurance(ctx: AppContext, projects: ReadonlyMap<string, string>, person: Person): Promise<void> {
  await loadChanges(ctx, projects, person);
  await loadReviews(ctx, projects, person);
}
