// The facts the training rules read, gathered from the database in a few queries: the catalogue,
// every record, certification and assessment, the framework, the people with the roles they hold
// now (training-roles.ts) and each active project's highest open-risk exposure.
import type { CompetencyLevel, TrainingFacts } from '../../core/training/training-types.ts';
import { rolesByPerson } from '../../core/training/training-roles.ts';
import { highRiskExposure } from '../../core/training/training-needs.ts';
import { riskScore } from '../../core/risk/risk-matrix.ts';
import { isOpenRisk } from '../../core/raid/raid-states.ts';
import type { Db } from '../../db/database.ts';
import { loadRiskMatrix } from '../settings/risk-matrix-setting.ts';
import { loadFramework } from './competency-framework-setting.ts';

type Levels = Readonly<Record<string, CompetencyLevel>>;
const levels = (json: string): Levels => JSON.parse(json) as Levels;

export async function loadTrainingFacts(db: Db, today: string): Promise<TrainingFacts> {
  const [framework, { matrix }, courses, records, certifications, assessments, users, projects] = await Promise.all([
    loadFramework(db),
    loadRiskMatrix(db),
    db.selectFrom('trainingCourses').selectAll().orderBy('name').execute(),
    db.selectFrom('trainingRecords').selectAll().execute(),
    db.selectFrom('certifications').selectAll().execute(),
    db.selectFrom('competencyAssessments').selectAll().orderBy('assessedOn').orderBy('createdAt').execute(),
    db.selectFrom('users').select(['id', 'name', 'orgRole']).where('disabledAt', 'is', null).orderBy('name').orderBy('id').execute(),
    db.selectFrom('projects').select(['id', 'code', 'name', 'managerId']).where('status', '=', 'active').where('archivedAt', 'is', null).where('managerId', 'is not', null).execute(),
  ]);
  const [programs, sponsors, members] = await Promise.all([
    db.selectFrom('programs').select('managerId').where('archivedAt', 'is', null).where('managerId', 'is not', null).execute(),
    db.selectFrom('projects').select('sponsorId').where('status', '=', 'active').where('archivedAt', 'is', null).where('sponsorId', 'is not', null).execute(),
    db.selectFrom('projectMembers as m').innerJoin('projects as p', 'p.id', 'm.projectId').select('m.userId').where('p.status', '=', 'active').where('p.archivedAt', 'is', null).execute(),
  ]);
  const risks = projects.length === 0 ? [] : await db.selectFrom('risks').select(['projectId', 'probability', 'impact', 'status'])
    .where('projectId', 'in', projects.map((p) => p.id)).execute();
  const exposure = new Map<string, number>();
  for (const r of risks) {
    if (!isOpenRisk(r.status)) continue;
    exposure.set(r.projectId, Math.max(exposure.get(r.projectId) ?? 0, riskScore(r)));
  }
  const roles = rolesByPerson({
    projectManagers: projects.map((p) => p.managerId!),
    programManagers: programs.map((p) => p.managerId!),
    sponsors: sponsors.map((p) => p.sponsorId!),
    teamMembers: members.map((m) => m.userId),
    pmoStaff: users.filter((u) => u.orgRole === 'pmo').map((u) => u.id),
  });
  return {
    today,
    competencies: framework.competencies,
    requirements: framework.requirements,
    courses: courses.map((c) => ({ id: c.id, name: c.name, provider: c.provider, durationHours: c.durationHours, competencies: levels(c.competenciesJson), preparesFor: c.preparesFor, archived: c.archivedAt !== null })),
    records: records.map((r) => ({ personId: r.userId, courseId: r.courseId, completedOn: r.completedOn, score: r.score })),
    certifications: certifications.map((c) => ({ personId: c.userId, name: c.name, projectManagement: c.projectManagement === 1, obtainedOn: c.obtainedOn, expiresOn: c.expiresOn, competencies: levels(c.competenciesJson) })),
    assessments: assessments.map((a) => ({ personId: a.userId, competencyKey: a.competencyKey, level: a.level as CompetencyLevel, by: a.assessedBy as 'self' | 'pmo', assessedOn: a.assessedOn })),
    people: users.map((u) => ({ id: u.id, name: u.name, roles: roles.get(u.id) ?? [] })),
    projects: projects.map((p) => ({ id: p.id, code: p.code, name: p.name, managerId: p.managerId!, maxExposure: exposure.get(p.id) ?? null })),
    highRiskExposure: highRiskExposure(matrix.bands),
  };
}
