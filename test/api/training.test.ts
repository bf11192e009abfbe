// Training and competencies through the API on both databases: the PMO keeps the catalogue and
// people's records and certifications; the manager of a high-risk project without a current PM
// certification, an expiring certification and gaps against the project manager's required levels
// all show as needs with the courses that meet them; the competency matrix takes the PMO's
// assessment over a self-assessment; a person reads their own training, not others'; each change audited.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(DIALECTS)('training on %s', (dialect) => {
  const s = apiSuite(dialect);
  const as = (who: Who) => s.cast[who].token;
  const get = (path: string, who: Who = 'pmo') => call(s.app, 'GET', path, { token: as(who) });
  const post = async (path: string, body: unknown, who: Who = 'pmo', status = 201) => {
    const res = await call(s.app, 'POST', `/api/v1/training/${path}`, { token: as(who), body });
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const needsOf = async (who: Who) => (await get('/api/v1/training/needs')).json().items.filter((n: { person: { id: string } }) => n.person.id === s.cast[who].user.id);

  it('finds the manager of a high-risk project without a current PM certification, and stops once certified', async () => {
    const pmp = await post('courses', { name: 'PMP exam preparation', provider: 'PMI chapter', durationHours: 35, competencies: { scheduling: 3, risk_management: 3 }, preparesFor: 'PMP' });
    const risk = await call(s.app, 'POST', `/api/v1/projects/${s.reg.projectId}/risks`, { token: as('manager'), body: { title: 'Vendor insolvency', probability: 4, impact: 4 } });
    expect(risk.statusCode, risk.body).toBe(201);
    const needs = await needsOf('manager');
    const uncertified = needs.find((n: { kind: string }) => n.kind === 'high_risk_uncertified');
    expect(uncertified).toMatchObject({ projects: [{ id: s.reg.projectId, exposure: 16 }], courses: [{ id: pmp.id, code: pmp.code, name: 'PMP exam preparation' }] });
    expect(uncertified.reason).toContain('exposure 16) without a current project-management certification');

    await post('certifications', { userId: s.cast.manager.user.id, name: 'PMP', projectManagement: true, obtainedOn: '2024-05-01', expiresOn: dayFromToday(40) });
    const after = await needsOf('manager');
    expect(after.map((n: { kind: string }) => n.kind)).not.toContain('high_risk_uncertified');
    expect(after.find((n: { kind: string }) => n.kind === 'certification_expiring')).toMatchObject({ certification: 'PMP', daysLeft: 40, courses: [{ id: pmp.id }] });
    const own = (await get(`/api/v1/training/people/${s.cast.manager.user.id}`, 'manager')).json();
    expect(own.certifications[0]).toMatchObject({ name: 'PMP', state: 'expiring' });
    expect(own.roles).toEqual(['project_manager']);
  });

  it('shows gaps against the project manager\'s required levels, closed by training and the PMO\'s assessment', async () => {
    const sched = await post('courses', { name: 'Advanced scheduling', provider: 'In-house', durationHours: 14, competencies: { scheduling: 4 } });
    const gapKeys = async () => (await needsOf('manager')).filter((n: { kind: string }) => n.kind === 'competency_gap').map((n: { competencyKey: string }) => n.competencyKey);
    expect(await gapKeys()).toContain('leadership');
    const record = await post('records', { userId: s.cast.manager.user.id, courseId: sched.id, completedOn: '2026-02-10', score: 91 });
    expect(record.id).toEqual(expect.any(String));
    expect(await gapKeys()).not.toContain('scheduling');

    expect((await post('assessments', { userId: s.cast.manager.user.id, competencyKey: 'leadership', level: 4 }, 'manager')).by).toBe('self');
    expect(await gapKeys()).not.toContain('leadership');
    expect((await post('assessments', { userId: s.cast.manager.user.id, competencyKey: 'leadership', level: 1 }, 'pmo')).by).toBe('pmo');
    expect(await gapKeys()).toContain('leadership');

    const matrix = (await get('/api/v1/training/matrix', 'executive')).json();
    expect(matrix.competencies.find((c: { key: string }) => c.key === 'leadership')).toMatchObject({ required: 2 });
    const row = matrix.rows.find((r: { person: { id: string } }) => r.person.id === s.cast.manager.user.id);
    expect(row.cells.leadership).toEqual({ level: 1, source: 'pmo' });
    expect(row.cells.scheduling).toEqual({ level: 4, source: 'course' });
    expect(matrix.rows.map((r: { person: { id: string } }) => r.person.id)).not.toContain(s.cast.member.user.id);
  });

  it('sets required levels for other roles too, each held by whoever does the job now: a team member’s gaps and matrix', async () => {
    const { version, ...framework } = (await get('/api/v1/training/framework')).json();
    const put = (body: unknown, ifMatch: number) => call(s.app, 'PUT', '/api/v1/training/framework', { token: as('pmo'), body, ifMatch });
    const unknown = await put({ ...framework, requirements: [...framework.requirements, { role: 'astronaut', name: 'Astronauts', levels: {} }] }, version);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ path: 'requirements.1.role', message: expect.stringContaining('"team_member"') }]);
    const twice = await put({ ...framework, requirements: [...framework.requirements, framework.requirements[0]] }, version);
    expect(twice.statusCode).toBe(422);
    expect(twice.json().detail).toContain('"project_manager" has its required levels twice');
    const saved = await put({ ...framework, requirements: [...framework.requirements, { role: 'team_member', name: 'Team members', levels: { scheduling: 2 } }] }, version);
    expect(saved.statusCode, saved.body).toBe(200);

    // The contributor is on the active project's team; the member is on no team.
    expect((await get(`/api/v1/training/people/${s.cast.contributor.user.id}`)).json().roles).toEqual(['team_member']);
    expect(await needsOf('contributor')).toEqual([expect.objectContaining({ kind: 'competency_gap', competencyKey: 'scheduling', required: 2, reason: 'Team members need Scheduling at level 2; no evidence yet.' })]);
    expect(await needsOf('member')).toEqual([]);
    const team = (await get('/api/v1/training/matrix?role=team_member', 'executive')).json();
    expect(team).toMatchObject({ role: 'team_member', roleName: 'Team members', heldBy: 'members of an active project’s team' });
    expect(team.competencies.find((c: { key: string }) => c.key === 'scheduling')).toMatchObject({ required: 2 });
    expect(team.competencies.find((c: { key: string }) => c.key === 'leadership')).toMatchObject({ required: null });
    expect(team.rows.map((r: { person: { id: string } }) => r.person.id)).toEqual([s.cast.contributor.user.id]);
    expect((await get('/api/v1/training/matrix?role=sponsor', 'executive')).json().rows).toEqual([]);
    expect((await get('/api/v1/training/matrix?role=astronaut', 'executive')).statusCode).toBe(400);
    await put(framework, version + 1);
  });

  it('keeps training to the PMO and a person to their own record, refusing unknown competencies', async () => {
    await post('courses', { name: 'Sneaky', provider: 'x', durationHours: 1 }, 'manager', 403);
    await post('assessments', { userId: s.cast.manager.user.id, competencyKey: 'scheduling', level: 5 }, 'contributor', 403);
    expect((await get(`/api/v1/training/people/${s.cast.manager.user.id}`, 'contributor')).statusCode).toBe(404);
    expect((await get('/api/v1/training/needs', 'member')).statusCode).toBe(403);
    const bad = await post('courses', { name: 'Astrology for PMs', provider: 'x', durationHours: 2, competencies: { astrology: 3 } }, 'pmo', 422);
    expect(bad.detail).toContain('competencies names no competency astrology');
    const expiresFirst = await post('certifications', { userId: s.cast.manager.user.id, name: 'PRINCE2', projectManagement: true, obtainedOn: '2026-01-01', expiresOn: '2025-01-01' }, 'pmo', 422);
    expect(expiresFirst.detail).toContain('before it was obtained');
    const audits = await s.database.db.selectFrom('auditEvents').select('entityType').where('entityType', 'in', ['training_course', 'training_record', 'certification', 'competency_assessment']).execute();
    expect(new Set(audits.map((a) => a.entityType))).toEqual(new Set(['training_course', 'training_record', 'certification', 'competency_assessment']));
  });
});
