// The demo's stakeholder engagement on three flagship projects: a stakeholder register spread over
// the power–interest grid (sponsors and executives in Orrery, a works council, a regulator and a
// supplier outside it) with engagement gaps to close; a communication plan with a monthly status
// report Orrery sends itself as a PDF, a steering pack, a newsletter to groups and one overdue
// item; and a held steering committee whose minutes captured a decision and an action.
import type { AppContext } from '../context.ts';
import { createCommunication } from '../communications/communication-commands.ts';
import { createLogItem, updateLogItem } from '../raid/raid-log.ts';
import { meetingKind } from '../meetings/meetings.ts';
import { createStakeholder } from '../stakeholders/stakeholders.ts';
import { DEMO_PEOPLE } from './demo-organisation.ts';

type Person = (key: string) => string;

const as = (ctx: AppContext, key: string, person: Person): AppContext => {
  const p = DEMO_PEOPLE.find((d) => d.key === key)!;
  return { ...ctx, actor: { userId: person(key), name: p.name, orgRole: p.orgRole, via: 'session' } };
};

const DAY_MS = 86_400_000;
const dayFrom = (ctx: AppContext, days: number) => new Date(ctx.clock.now().getTime() + days * DAY_MS).toISOString().slice(0, 10);

interface OutsideStakeholder {
  title: string;
  organisation: string;
  role: string;
  email: string;
  category: 'regulator' | 'supplier' | 'team' | 'customer' | 'user';
  influence: number;
  interest: number;
  now: 'unaware' | 'resistant' | 'neutral' | 'supportive' | 'leading';
  wanted: 'unaware' | 'resistant' | 'neutral' | 'supportive' | 'leading';
}

const PLANS: ReadonlyArray<{ project: string; manager: string; sponsor: string; executive: string; outside: OutsideStakeholder[] }> = [
  {
    project: 'CRM Replacement',
    manager: 'marcus',
    sponsor: 'david',
    executive: 'elena',
    outside: [
      { title: 'Works council', organisation: 'Employee representatives', role: 'Co-determination on call-centre tooling', email: 'works.council@example.com', category: 'team', influence: 4, interest: 5, now: 'resistant', wanted: 'supportive' },
      { title: 'CloudCRM account team', organisation: 'CloudCRM Ltd', role: 'Vendor', email: 'accounts@cloudcrm.example', category: 'supplier', influence: 3, interest: 4, now: 'supportive', wanted: 'supportive' },
      { title: 'Call-centre agents', organisation: 'Customer service', role: 'Daily users', email: '', category: 'user', influence: 2, interest: 5, now: 'neutral', wanted: 'supportive' },
    ],
  },
  {
    project: 'NIS2 Compliance',
    manager: 'marcus',
    sponsor: 'david',
    executive: 'elena',
    outside: [
      { title: 'National cyber-security authority', organisation: 'BSI', role: 'Supervisory authority', email: 'nis2.cases@authority.example', category: 'regulator', influence: 5, interest: 2, now: 'unaware', wanted: 'neutral' },
      { title: 'External auditor', organisation: 'Audit & Partners', role: 'Information security audit', email: 'audit.team@auditpartners.example', category: 'regulator', influence: 4, interest: 3, now: 'neutral', wanted: 'supportive' },
    ],
  },
  {
    project: 'Warehouse Management System',
    manager: 'jonas',
    sponsor: 'elena',
    executive: 'david',
    outside: [
      { title: 'Site B warehouse staff', organisation: 'Logistics', role: 'Pickers and shift leads', email: '', category: 'user', influence: 2, interest: 4, now: 'resistant', wanted: 'supportive' },
      { title: 'WMS integrator', organisation: 'LogiSoft GmbH', role: 'Implementation partner', email: 'pmo@logisoft.example', category: 'supplier', influence: 3, interest: 5, now: 'supportive', wanted: 'leading' },
    ],
  },
];

export async function loadDemoEngagement(ctx: AppContext, projects: ReadonlyMap<string, string>, person: Person): Promise<void> {
  for (const plan of PLANS) {
    const projectId = projects.get(plan.project)!;
    const pm = as(ctx, plan.manager, person);
    const inside = { description: '', ownerId: person(plan.manager), organisation: '', email: '', phone: '', status: 'active' as const };
    const sponsor = await createStakeholder(pm, projectId, { ...inside, userId: person(plan.sponsor), role: 'Sponsor', category: 'sponsor', influence: 5, interest: 5, engagementCurrent: 'supportive', engagementDesired: 'leading' });
    const executive = await createStakeholder(pm, projectId, { ...inside, userId: person(plan.executive), role: 'Executive board', category: 'executive', influence: 5, interest: 2, engagementCurrent: 'neutral', engagementDesired: 'supportive' });
    const outside = [];
    for (const o of plan.outside) {
      outside.push(await createStakeholder(pm, projectId, { ...inside, userId: null, title: o.title, organisation: o.organisation, role: o.role, email: o.email, category: o.category, influence: o.influence, interest: o.interest, engagementCurrent: o.now, engagementDesired: o.wanted }));
    }
    const withEmail = outside.filter((s) => s.contactEmail).map((s) => s.id);
    const base = { description: '', ownerId: person(plan.manager), status: 'active' as const, report: null };
    await createCommunication(pm, projectId, {
      ...base,
      title: 'Monthly status report to sponsor and board',
      description: 'The status report as PDF, sent by Orrery on the first working days of the month.',
      type: 'status_report',
      frequency: 'monthly',
      channel: 'email',
      audience: { stakeholderIds: [sponsor.id, executive.id], userIds: [person('priya')], groups: [] },
      nextDueOn: dayFrom(ctx, 9),
      report: { kind: 'project_status', format: 'pdf' },
    });
    await createCommunication(pm, projectId, { ...base, title: 'Steering committee pack', type: 'steering_pack', frequency: 'monthly', channel: 'meeting', audience: { stakeholderIds: [sponsor.id, executive.id, ...withEmail.slice(0, 1)], userIds: [], groups: [] }, nextDueOn: dayFrom(ctx, 14) });
    await createCommunication(pm, projectId, { ...base, title: 'Project newsletter', type: 'newsletter', frequency: 'fortnightly', channel: 'intranet', audience: { stakeholderIds: outside.filter((s) => !s.contactEmail).map((s) => s.id), userIds: [], groups: ['All staff'] }, nextDueOn: dayFrom(ctx, -3) });
    await createCommunication(pm, projectId, { ...base, title: 'Supplier and partner briefing', type: 'briefing', frequency: 'quarterly', channel: 'email', audience: { stakeholderIds: withEmail, userIds: [], groups: [] }, nextDueOn: dayFrom(ctx, 30) });

    const held = dayFrom(ctx, -7);
    const meeting = await createLogItem(meetingKind, pm, projectId, {
      title: 'Steering committee',
      description: '',
      ownerId: person(plan.manager),
      type: 'steering_committee',
      startsAt: `${held}T10:00`,
      endsAt: `${held}T11:00`,
      location: 'Board room',
      agenda: [{ topic: 'Status and forecast', presenter: DEMO_PEOPLE.find((p) => p.key === plan.manager)!.name, minutes: 20 }, { topic: 'Risks and decisions', presenter: '', minutes: 30 }],
      attendees: [plan.sponsor, plan.executive, plan.manager, 'priya'].map((key) => ({ userId: person(key), attended: null })),
    });
    const owner = DEMO_PEOPLE.find((p) => p.key === plan.manager)!.email;
    await updateLogItem(meetingKind, pm, meeting.id, meeting.version, {
      status: 'held',
      minutes: [
        'Forecast presented: finish date holds if the open risks are handled this month.',
        'DECISION: Keep the go-live date and add one test cycle within the contingency',
        `ACTION @${owner} due ${dayFrom(ctx, 10)}: Present the recovery options for the top risk`,
      ].join('\n'),
    });
  }
}
