// The demo PMO's training: a small catalogue (certification preparation and in-house courses), what
// its project managers completed, their certifications — Marcus's PMP runs out within 90 days, Sofia
// holds PRINCE2 Practitioner, Jonas and Mei none — and a few self and PMO assessments, so the training
// needs and the competency matrix have something true to say.
import type { AppContext } from '../context.ts';
import { assessCompetency, createCourse, recordCertification, recordTraining } from '../training/training-commands.ts';
import { DEMO_PEOPLE } from './demo-organisation.ts';

type Person = (key: string) => string;

const dayFrom = (ctx: AppContext, days: number): string => new Date(ctx.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

const as = (ctx: AppContext, key: string, person: Person): AppContext => {
  const p = DEMO_PEOPLE.find((d) => d.key === key)!;
  return { ...ctx, actor: { userId: person(key), name: p.name, orgRole: p.orgRole, via: 'session' } };
};

export async function loadDemoTraining(ctx: AppContext, person: Person): Promise<void> {
  const pmo = as(ctx, 'priya', person);
  const course = (name: string, provider: string, durationHours: number, competencies: Record<string, 1 | 2 | 3 | 4 | 5>, preparesFor: string | null = null) =>
    createCourse(pmo, { name, provider, durationHours, competencies, preparesFor });
  const pmp = await course('PMP exam preparation', 'PMI chapter bootcamp', 35, { scheduling: 3, cost_control: 3, risk_management: 3, stakeholder_management: 3 }, 'PMP');
  await course('PRINCE2 Practitioner', 'Accredited training organisation', 21, { governance: 4, risk_management: 2 }, 'PRINCE2 Practitioner');
  const scheduling = await course('Advanced scheduling in Orrery', 'PMO (in-house)', 14, { scheduling: 4 });
  const risk = await course('Risk workshop facilitation', 'PMO (in-house)', 7, { risk_management: 3 });
  const evm = await course('Earned value management', 'PMO (in-house)', 7, { cost_control: 3 });
  await course('Leading project teams', 'Business school', 16, { leadership: 3, stakeholder_management: 3 });

  const record = (who: string, courseId: string, daysAgo: number, score: number | null) => recordTraining(pmo, { userId: person(who), courseId, completedOn: dayFrom(ctx, -daysAgo), score });
  await record('marcus', pmp.id, 1_050, 82);
  await record('marcus', scheduling.id, 200, 88);
  await record('sofia', risk.id, 120, null);
  await record('sofia', evm.id, 60, 91);
  await record('jonas', scheduling.id, 400, 74);

  await recordCertification(pmo, { userId: person('marcus'), name: 'PMP', projectManagement: true, obtainedOn: dayFrom(ctx, -1_035), expiresOn: dayFrom(ctx, 60), competencies: { scheduling: 3, risk_management: 3 } });
  await recordCertification(pmo, { userId: person('sofia'), name: 'PRINCE2 Practitioner', projectManagement: true, obtainedOn: dayFrom(ctx, -400), expiresOn: dayFrom(ctx, 695), competencies: { governance: 4 } });
  await recordCertification(pmo, { userId: person('mei'), name: 'TOGAF 10 Foundation', projectManagement: false, obtainedOn: dayFrom(ctx, -500), expiresOn: null, competencies: {} });

  const self = (who: string, competencyKey: string, level: 1 | 2 | 3 | 4 | 5) => assessCompetency(as(ctx, who, person), { userId: person(who), competencyKey, level, assessedOn: dayFrom(ctx, -30) });
  await self('marcus', 'leadership', 4);
  await self('marcus', 'governance', 3);
  await self('sofia', 'stakeholder_management', 4);
  await self('jonas', 'leadership', 3);
  await assessCompetency(pmo, { userId: person('jonas'), competencyKey: 'stakeholder_management', level: 2, assessedOn: dayFrom(ctx, -10) });
}
