// The demo's closure and lessons learned: the completed Contact Centre Telephony Upgrade has a
// closure report its manager submitted and the PMO accepted (a supplier risk that happened, an
// approved scope change), and lessons from it, from a Warehouse Management System retrospective and
// from the Customer Self-Service Portal's gate review — most accepted, one built into a standard,
// two still proposed — so the lessons search and a starting project's suggestions have substance.
import { LessonCreate, LessonUpdate } from '../../contracts/lesson.schema.ts';
import { MeetingCreate } from '../../contracts/meeting.schema.ts';
import { RiskCreate, RiskOccurred } from '../../contracts/raid.schema.ts';
import type { AppContext } from '../context.ts';
import { changeRequestKind } from '../changes/change-requests.ts';
import { decideChangeRequest, submitChangeRequest } from '../changes/change-request-commands.ts';
import { createClosureReport, reviewClosureReport, submitClosureReport, updateClosureReport } from '../lessons/closure-commands.ts';
import { createLesson, updateLesson } from '../lessons/lesson-commands.ts';
import { meetingKind } from '../meetings/meetings.ts';
import { raiseIssueFromRisk } from '../raid/issues.ts';
import { createLogItem } from '../raid/raid-log.ts';
import { riskKind } from '../raid/risks.ts';
import { DEMO_PEOPLE } from './demo-organisation.ts';

type Person = (key: string) => string;
type Draft = Omit<LessonCreate, 'source'> & { status?: 'accepted' | 'built_in'; standardNote?: string };

function as(ctx: AppContext, key: string, person: Person): AppContext {
  const p = DEMO_PEOPLE.find((d) => d.key === key)!;
  return { ...ctx, actor: { userId: person(key), name: p.name, orgRole: p.orgRole, via: 'session' } };
}

const dayFrom = (ctx: AppContext, days: number): string => new Date(ctx.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
const lesson = (l: Omit<Draft, 'description' | 'phase' | 'recommendation' | 'tags'> & Partial<Draft>): Draft => ({ description: '', phase: '', recommendation: '', tags: [], ...l });

const FROM_CLOSURE: Draft[] = [
  lesson({ title: 'Order carrier lines before the cut-over is planned', category: 'procurement', phase: 'execute', impact: 'negative', tags: ['telephony', 'vendor', 'cloud'], status: 'built_in', standardNote: 'Procurement policy v3, section 4.2: lead times of carrier and hardware orders',
    description: 'The SIP trunks from the carrier took eleven weeks instead of four, so the cut-over moved twice and the old PBX contract had to be extended for a quarter.',
    recommendation: 'Ask suppliers for written lead times at contract signature and place carrier and hardware orders before the plan is baselined.' }),
  lesson({ title: 'Rehearse the cut-over with real agents', category: 'quality', phase: 'execute', impact: 'positive', tags: ['telephony', 'go-live'], status: 'accepted',
    description: 'Two weekend rehearsals with twenty agents found the call-recording and queue-routing faults that testing had missed; the real cut-over had no outage.',
    recommendation: 'Plan at least one full dress rehearsal with end users for every cut-over of a customer-facing system.' }),
  lesson({ title: 'Involve the works council from the first design workshop', category: 'stakeholders', phase: 'plan', impact: 'negative', tags: ['works-council', 'customer'], status: 'accepted',
    description: 'Call recording needed the works council\'s agreement; they were asked late and the agreement took six weeks, blocking the pilot.',
    recommendation: 'Map co-determination duties in the stakeholder register at initiation and invite employee representatives to the design.' }),
  lesson({ title: 'Cloud licences were sized on seats, not on concurrent agents', category: 'cost', phase: 'plan', impact: 'negative', tags: ['cloud', 'licences', 'vendor'], status: 'accepted',
    description: 'Licensing per named seat cost 18 % more than the business case assumed; concurrent-agent licensing was available but not negotiated.',
    recommendation: 'Have procurement review the licence model against real usage data before signing a cloud subscription.' }),
];

const FROM_RETROSPECTIVE: Draft[] = [
  lesson({ title: 'Scanner hardware tested in one warehouse only', category: 'technical', phase: 'execute', impact: 'negative', tags: ['logistics', 'hardware'], status: 'accepted',
    description: 'RF scanners worked in the pilot warehouse but lost Wi-Fi in the cold store of the second; a site survey would have shown it.',
    recommendation: 'Survey every site before a hardware rollout, not only the pilot site.' }),
  lesson({ title: 'Daily stand-up with the vendor cut the defect backlog', category: 'communication', phase: 'execute', impact: 'positive', tags: ['vendor', 'logistics'],
    description: 'A fifteen-minute daily call with the vendor\'s lead developer halved the time defects stayed open.',
    recommendation: 'Agree a daily touch-point with the main vendor during test phases.' }),
];

const FROM_GATE: Draft[] = [
  lesson({ title: 'Resources not committed at the plan gate', category: 'resources', phase: 'plan', impact: 'negative', tags: ['resources', 'customer'], status: 'accepted',
    description: 'The plan gate found two front-end developers not yet released by their department; the build could not start on the baselined date.',
    recommendation: 'Confirm named resources with their line managers before requesting the plan gate.' }),
  lesson({ title: 'Baselining the plan with the vendor made the gate quick', category: 'governance', phase: 'plan', impact: 'positive', tags: ['vendor'],
    description: 'Agreeing the baseline jointly with the vendor meant the gate reviewers had no schedule questions.',
    recommendation: 'Baseline vendor-dependent plans together with the vendor.' }),
];

async function record(author: AppContext, pmo: AppContext, source: LessonCreate['source'], drafts: readonly Draft[]): Promise<void> {
  for (const { status, standardNote, ...draft } of drafts) {
    let l = await createLesson(author, LessonCreate.parse({ ...draft, source }));
    if (status) l = await updateLesson(pmo, l.id, l.version, LessonUpdate.parse({ status: 'accepted' }));
    if (status === 'built_in') await updateLesson(pmo, l.id, l.version, LessonUpdate.parse({ status: 'built_in', standardNote }));
  }
}

export async function loadDemoLessons(ctx: AppContext, projectIds: ReadonlyMap<string, string>, person: Person): Promise<void> {
  const jonas = as(ctx, 'jonas', person);
  const priya = as(ctx, 'priya', person);
  const telephony = projectIds.get('Contact Centre Telephony Upgrade')!;

  const risk = await createLogItem(riskKind, jonas, telephony, RiskCreate.parse({ title: 'Carrier delivers the SIP trunks late', probability: 3, impact: 4, category: 'external', ownerId: person('jonas') }));
  await raiseIssueFromRisk(jonas, risk.id, risk.version, RiskOccurred.parse({ title: 'SIP trunks eleven weeks late; cut-over moved', priority: 'high' }));
  await createLogItem(riskKind, jonas, telephony, RiskCreate.parse({ title: 'Agents reject the new softphone', probability: 2, impact: 3, category: 'organisational', ownerId: person('jonas') }));
  let change = await createLogItem(changeRequestKind, jonas, telephony, {
    title: 'Add call recording for complaints', description: '', ownerId: person('jonas'), category: 'scope', priority: 'medium', reason: 'Complaints handling needs recordings.', requestedBy: 'Head of customer service',
    scopeImpact: 'Call recording on the complaints queue', costImpact: { amountMinor: 2_400_000, currency: 'EUR' }, riskImpact: 'Needs works council agreement', scheduleEdits: [],
  });
  change = await submitChangeRequest(jonas, change.id, change.version, { comment: '' });
  await decideChangeRequest(priya, change.id, change.version, { decision: 'approved', comment: 'Within contingency.' });

  let report = await createClosureReport(jonas, telephony, { wentWell: '', wentBadly: '', recommendations: '' });
  report = await updateClosureReport(jonas, report.id, report.version, {
    wentWell: 'Cut-over rehearsals with real agents; no outage at go-live. Call quality scores rose from 3.6 to 4.3.',
    wentBadly: 'Carrier lead times moved the cut-over twice; the works council was involved late; licences were sized on seats.',
    recommendations: 'Order long-lead items before baselining; map co-determination duties at initiation; negotiate licence models on usage data.',
  });
  report = await submitClosureReport(jonas, report.id, report.version, { comment: 'Ready for the PMO.' });
  report = await reviewClosureReport(priya, report.id, report.version, { decision: 'accept', comment: 'Thorough; lessons go to the repository.' });
  await record(jonas, priya, { type: 'closure_report', id: report.id }, FROM_CLOSURE);

  const warehouse = projectIds.get('Warehouse Management System')!;
  const held = dayFrom(ctx, -14);
  const retro = await createLogItem(meetingKind, jonas, warehouse, MeetingCreate.parse({
    title: 'Rollout wave 2 retrospective', type: 'team', startsAt: `${held}T15:00`, endsAt: `${held}T16:00`, ownerId: person('jonas'),
    attendees: [{ userId: person('jonas'), attended: null }, { userId: person('sam'), attended: null }],
  }));
  await record(jonas, priya, { type: 'retrospective', id: retro.id }, FROM_RETROSPECTIVE);

  const portal = projectIds.get('Customer Self-Service Portal')!;
  const gate = await ctx.db.selectFrom('gateReviews').select('id').where('projectId', '=', portal).orderBy('code').executeTakeFirstOrThrow();
  await record(as(ctx, 'sofia', person), priya, { type: 'gate_review', id: gate.id }, FROM_GATE);
}
