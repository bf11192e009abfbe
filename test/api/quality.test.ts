// Quality reviews through the API on both databases: the PMO's library of review types, a health
// check from plan to completion with its score and RAG, findings followed up by their owner and
// verified and closed by the reviewer (never by the owner), corrective actions logged as RAID
// actions, and the review closing by itself when its last finding closes.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { PROJECT_HEALTH_CHECK } from '../../src/core/quality/default-review-types.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
const KEYS = PROJECT_HEALTH_CHECK.questions.map((q) => q.key);

describe.each(DIALECTS)('quality reviews on %s', (dialect) => {
  const s = apiSuite(dialect);
  const as = (who: Who) => s.cast[who].token;
  const get = (path: string, who: Who = 'manager') => call(s.app, 'GET', path, { token: as(who) });
  const post = (path: string, body: unknown, who: Who = 'manager') => call(s.app, 'POST', path, { token: as(who), body });
  const patch = (path: string, version: number, body: unknown, who: Who) => call(s.app, 'PATCH', path, { token: as(who), body, ifMatch: version });
  /** A project the manager runs with the contributor on its team. */
  const newProject = async (name: string) => {
    const { id } = await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id });
    await setProjectMember(systemContext(s.deps), id, s.cast.contributor.user.id, 'contributor');
    return id;
  };
  /** A health check planned by the manager, reviewed by the outsider (an assessor from outside the team). */
  const plan = async (projectId: string, body: object = {}) => {
    const res = await post(`/api/v1/projects/${projectId}/reviews`, { typeKey: 'project_health_check', plannedDate: '2026-12-01', reviewerIds: [s.cast.outsider.user.id], ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  /** Answers every question: the first `n` as given, the rest compliant. */
  const answers = (...first: string[]) => KEYS.map((questionKey, i) => ({ questionKey, outcome: first[i] ?? 'compliant' }));
  /** A review of a fresh project, answered and completed by the outsider. */
  const completed = async (name: string) => {
    const projectId = await newProject(name);
    const review = await plan(projectId);
    const done = await patch(`/api/v1/reviews/${review.id}`, 1, { status: 'in_progress' }, 'outsider');
    const res = await patch(`/api/v1/reviews/${review.id}`, done.json().version, { answers: answers(), status: 'completed' }, 'outsider');
    expect(res.statusCode, res.body).toBe(200);
    return { projectId, review: res.json() };
  };

  it('lists the built-in review types and lets the PMO tailor them without changing reviews already planned', async () => {
    const types = (await get('/api/v1/review-types', 'member')).json().items;
    expect(types.map((t: { key: string; builtIn: boolean; version: number }) => [t.key, t.builtIn, t.version])).toEqual([
      ['project_health_check', true, 0],
      ['schedule_quality', true, 0],
      ['quality_audit', true, 0],
      ['closure_readiness', true, 0],
    ]);
    const projectId = await newProject('Tailored');
    const before = await plan(projectId, { typeKey: 'schedule_quality' });
    expect(before.questions).toHaveLength(14);

    const schedule = types[1];
    const body = { name: schedule.name, description: schedule.description, questions: schedule.questions.slice(0, 6) };
    expect((await call(s.app, 'PUT', '/api/v1/review-types/schedule_quality', { token: as('manager'), ifMatch: 0, body })).statusCode).toBe(403);
    const twice = await call(s.app, 'PUT', '/api/v1/review-types/schedule_quality', { token: as('pmo'), ifMatch: 0, body: { ...body, questions: [...body.questions, body.questions[0]] } });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().errors).toEqual([{ path: 'questions[6].key', message: '"missing_logic" is used twice; give each question its own key' }]);
    const saved = await call(s.app, 'PUT', '/api/v1/review-types/schedule_quality', { token: as('pmo'), ifMatch: 0, body });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ key: 'schedule_quality', builtIn: true, version: 1 });
    expect((await call(s.app, 'PUT', '/api/v1/review-types/schedule_quality', { token: as('pmo'), ifMatch: 0, body })).statusCode).toBe(409);
    const own = await call(s.app, 'PUT', '/api/v1/review-types/supplier_check', { token: as('pmo'), ifMatch: 0, body: { name: 'Supplier check', questions: [{ key: 'contract_signed', area: 'Commercial', text: 'The contract is signed.' }] } });
    expect(own.json()).toMatchObject({ builtIn: false, version: 1 });

    expect((await get(`/api/v1/reviews/${before.id}`)).json().questions).toHaveLength(14);
    expect((await plan(projectId, { typeKey: 'schedule_quality' })).questions).toHaveLength(6);
    const unknown = await post(`/api/v1/projects/${projectId}/reviews`, { typeKey: 'audit_of_audits', plannedDate: '2026-12-01' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().detail).toContain('project_health_check');
  });

  it('plans a review by the project manager, lets its outside reviewer run it, and scores it with a RAG', async () => {
    const projectId = await newProject('Health checked');
    const review = await plan(projectId, { scope: 'Governance and control after the re-plan.' });
    expect(review).toMatchObject({ code: expect.stringMatching(/^QAR-\d+$/), status: 'planned', title: 'Project health check', score: null, rag: null, canEdit: false });
    expect(review.reviewers).toEqual([{ id: s.cast.outsider.user.id, name: 'Outsider Person' }]);
    expect(review.unanswered).toEqual(KEYS);
    expect((await post(`/api/v1/projects/${projectId}/reviews`, { typeKey: 'quality_audit', plannedDate: '2026-12-01' }, 'contributor')).statusCode).toBe(403);
    const byPmo = await post(`/api/v1/projects/${projectId}/reviews`, { typeKey: 'quality_audit', plannedDate: '2026-11-01' }, 'pmo');
    expect(byPmo.json().reviewers).toEqual([{ id: s.cast.pmo.user.id, name: 'Pmo Person' }]);

    expect((await get(`/api/v1/reviews/${review.id}`, 'outsider')).json().canEdit).toBe(true);
    expect((await get(`/api/v1/projects/${projectId}`, 'outsider')).statusCode).toBe(404);
    expect((await get(`/api/v1/reviews/${review.id}`, 'member')).statusCode).toBe(404);
    expect((await patch(`/api/v1/reviews/${review.id}`, 1, { status: 'in_progress' }, 'manager')).statusCode).toBe(403);
    const skipped = await patch(`/api/v1/reviews/${review.id}`, 1, { status: 'completed' }, 'outsider');
    expect(skipped.statusCode).toBe(422);
    expect(skipped.json().detail).toContain('can go to in_progress or cancelled');

    const partial = answers('compliant', 'compliant', 'compliant', 'compliant', 'compliant', 'compliant', 'partially', 'partially', 'non_compliant', 'non_compliant', 'non_compliant', 'not_applicable').slice(0, 10);
    const started = await patch(`/api/v1/reviews/${review.id}`, 1, { status: 'in_progress', answers: partial }, 'outsider');
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ status: 'in_progress', score: 70, rag: 'amber', unanswered: KEYS.slice(10), startedAt: expect.any(String) });
    const early = await patch(`/api/v1/reviews/${review.id}`, 2, { status: 'completed' }, 'outsider');
    expect(early.statusCode).toBe(422);
    expect(early.json().detail).toContain(`${KEYS[10]}, ${KEYS[11]} are unanswered`);
    expect(early.json().errors.map((e: { path: string }) => e.path)).toEqual([`answers.${KEYS[10]}`, `answers.${KEYS[11]}`]);
    const stray = await patch(`/api/v1/reviews/${review.id}`, 2, { answers: [{ questionKey: 'vibes', outcome: 'compliant' }] }, 'outsider');
    expect(stray.statusCode).toBe(422);

    const rest = [{ questionKey: KEYS[10], outcome: 'non_compliant', comment: 'Two people short in test.' }, { questionKey: KEYS[11], outcome: 'not_applicable' }];
    const done = await patch(`/api/v1/reviews/${review.id}`, 2, { answers: rest, status: 'completed', summary: 'Sound governance; the team is stretched.' }, 'outsider');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', score: 63.6, rag: 'amber', completedBy: s.cast.outsider.user.id, tally: { compliant: 6, partially: 2, nonCompliant: 3, notApplicable: 1, unanswered: 0 } });
    expect(done.json().areas[0]).toEqual({ area: 'Governance', score: 100, rag: 'green' });
    expect(done.json().questions[10]).toMatchObject({ outcome: 'non_compliant', comment: 'Two people short in test.' });
    const frozen = await patch(`/api/v1/reviews/${review.id}`, 3, { answers: [{ questionKey: KEYS[0], outcome: 'non_compliant' }] }, 'pmo');
    expect(frozen.statusCode).toBe(422);
    expect(frozen.json().detail).toContain('back to in_progress');

    const listed = async (query: string, who: Who) => (await get(`/api/v1/reviews?${query}`, who)).json().items.map((r: { id: string }) => r.id);
    expect(await listed(`reviewerId=${s.cast.outsider.user.id}&status=completed`, 'pmo')).toContain(review.id);
    expect(await listed('', 'outsider')).toContain(review.id);
    expect(await listed('', 'member')).not.toContain(review.id);
    expect(await listed(`projectId=${projectId}&type=quality_audit`, 'manager')).toEqual([byPmo.json().id]);
    const first = (await get(`/api/v1/reviews?projectId=${projectId}&limit=1`)).json();
    expect(first.items.map((r: { id: string }) => r.id)).toEqual([review.id]);
    expect((await get(`/api/v1/reviews?projectId=${projectId}&limit=1&cursor=${first.nextCursor}`)).json().items.map((r: { id: string }) => r.id)).toEqual([byPmo.json().id]);
  });

  it('follows a finding up: the owner works and resolves it, cannot close it; the reviewer verifies and closes it once its actions are done', async () => {
    const { projectId, review } = await completed('Followed up');
    const addFinding = (body: object, who: Who = 'outsider') => post(`/api/v1/reviews/${review.id}/findings`, { title: 'Resourcing gap in test', ownerId: s.cast.contributor.user.id, questionKey: 'team_resourced', severity: 'high', dueDate: '2026-01-15', ...body }, who);
    expect((await addFinding({}, 'executive')).statusCode).toBe(403);
    expect((await addFinding({ questionKey: 'vibes' })).json().code).toBe('invalid_reference');
    const created = await addFinding({});
    expect(created.statusCode, created.body).toBe(201);
    const finding = created.json();
    expect(finding).toMatchObject({ code: expect.stringMatching(/^QAF-\d+$/), status: 'open', reviewCode: review.code, overdue: true, awaitingVerification: false, actions: [] });

    const action = await post(`/api/v1/projects/${projectId}/actions`, { title: 'Second tester from the pool', sourceType: 'review', sourceId: finding.id, dueDate: '2026-01-10' }, 'contributor');
    expect(action.statusCode, action.body).toBe(201);
    const elsewhere = await post(`/api/v1/projects/${await newProject('Elsewhere')}/actions`, { title: 'x', sourceType: 'review', sourceId: finding.id });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().detail).toContain('no finding of a quality review of this project');
    const seen = (await get(`/api/v1/findings/${finding.id}`, 'outsider')).json();
    expect(seen.actions).toEqual([{ id: action.json().id, code: action.json().code, title: 'Second tester from the pool', status: 'open', ownerId: null, dueDate: '2026-01-10', overdue: true }]);

    const followUp = async (query = '') => (await get(`/api/v1/findings${query}`)).json().items.map((f: { id: string }) => f.id);
    expect(await followUp()).toContain(finding.id);
    expect(await followUp(`?overdue=true&reviewId=${review.id}`)).toEqual([finding.id]);
    expect(await followUp('?severity=low')).not.toContain(finding.id);
    expect((await get(`/api/v1/reviews/${review.id}`)).json().findings).toEqual({ total: 1, notClosed: 1, overdue: 1 });

    const url = `/api/v1/findings/${finding.id}`;
    expect((await patch(url, 1, { status: 'in_progress' }, 'executive')).statusCode).toBe(403);
    const working = await patch(url, 1, { status: 'in_progress' }, 'contributor');
    expect(working.statusCode, working.body).toBe(200);
    expect((await patch(url, 2, { severity: 'low' }, 'contributor')).statusCode).toBe(403);
    const resolved = await patch(url, 2, { status: 'resolved', resolution: 'A second tester joined on 3 January.' }, 'contributor');
    expect(resolved.json()).toMatchObject({ status: 'resolved', overdue: false, awaitingVerification: true, resolvedAt: expect.any(String) });
    const ownerCloses = await patch(url, 3, { status: 'closed' }, 'contributor');
    expect(ownerCloses.statusCode).toBe(403);
    expect(ownerCloses.json().detail).toContain('Only the review’s reviewers or the PMO close');
    const actionOpen = await patch(url, 3, { status: 'closed' }, 'outsider');
    expect(actionOpen.statusCode).toBe(422);
    expect(actionOpen.json().detail).toContain(`${action.json().code} is still open`);
    expect((await patch(`/api/v1/actions/${action.json().id}`, 1, { status: 'done' }, 'contributor')).statusCode).toBe(200);

    const closed = await patch(url, 3, { status: 'closed' }, 'outsider');
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', verifiedBy: s.cast.outsider.user.id, verifiedByName: 'Outsider Person', closedAt: expect.any(String), actions: [expect.objectContaining({ status: 'done', overdue: false })] });
    expect((await get(`/api/v1/reviews/${review.id}`)).json()).toMatchObject({ status: 'closed', closedAt: expect.any(String), findings: { total: 1, notClosed: 0, overdue: 0 } });
    expect(await followUp()).not.toContain(finding.id);
    expect(await followUp(`?status=closed&reviewId=${review.id}`)).toEqual([finding.id]);
    const audit = await s.deps.db.selectFrom('auditEvents').select(['entityType', 'action']).where('entityId', 'in', [finding.id, review.id]).orderBy('at').orderBy('id').execute();
    expect(audit.slice(-2)).toEqual([{ entityType: 'quality_finding', action: 'close' }, { entityType: 'quality_review', action: 'close' }]);

    expect((await patch(url, 4, { status: 'open' }, 'contributor')).statusCode).toBe(403);
    const reopened = await patch(url, 4, { status: 'open' }, 'pmo');
    expect(reopened.json()).toMatchObject({ status: 'open', closedAt: null, verifiedBy: null, resolvedAt: null });
    expect((await get(`/api/v1/reviews/${review.id}`)).json().status).toBe('completed');
    const skip = await patch(url, 5, { status: 'closed' }, 'outsider');
    expect(skip.statusCode).toBe(422);
    expect(skip.json().detail).toContain('Resolve it first');
  });

  it('records findings only while a review runs or once it is completed, and closes a review by hand only when its findings are closed', async () => {
    const projectId = await newProject('Rules');
    const planned = await plan(projectId);
    const early = await post(`/api/v1/reviews/${planned.id}/findings`, { title: 'Too early' }, 'outsider');
    expect(early.statusCode).toBe(422);
    expect(early.json().detail).toContain('Start it first');
    const cancelled = await patch(`/api/v1/reviews/${planned.id}`, 1, { status: 'cancelled' }, 'pmo');
    expect(cancelled.json().status).toBe('cancelled');
    expect((await patch(`/api/v1/reviews/${planned.id}`, 2, { title: 'Again' }, 'pmo')).statusCode).toBe(422);

    const clean = await completed('Clean');
    const closedByHand = await patch(`/api/v1/reviews/${clean.review.id}`, clean.review.version, { status: 'closed' }, 'outsider');
    expect(closedByHand.json()).toMatchObject({ status: 'closed', score: 100, rag: 'green' });

    const { review } = await completed('With a finding');
    const finding = (await post(`/api/v1/reviews/${review.id}/findings`, { title: 'No benefits owner', severity: 'critical' }, 'pmo')).json();
    const refused = await patch(`/api/v1/reviews/${review.id}`, review.version, { status: 'closed' }, 'outsider');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain(`Findings ${finding.code} are not closed yet`);
    const reopened = await patch(`/api/v1/reviews/${review.id}`, review.version, { status: 'in_progress', answers: [{ questionKey: KEYS[0], outcome: 'partially' }] }, 'outsider');
    expect(reopened.json()).toMatchObject({ status: 'in_progress', completedAt: null, score: 95.8 });
  });
});
