// Change control through the API on both databases: a change request from draft to the plan (the
// what-if changes nothing, the sponsor approves, applying saves baseline 1 and logs the decision),
// rejection, a loop the what-if names, stale versions and edits, and who may do what.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { systemContext } from '../helpers/register-fixtures.ts';

type Who = 'manager' | 'contributor' | 'executive' | 'pmo' | 'admin' | 'outsider';

describe.each(DIALECTS)('change requests on %s', (dialect) => {
  const s = apiSuite(dialect);
  const as = (who: Who) => s.cast[who].token;
  const api = (who: Who, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, opts: { body?: unknown; ifMatch?: number } = {}) => call(s.app, method, url, { token: as(who), ...opts });

  /** Monday 2 March 2026: A → B → C, a day each (finish Wed 4 March), baseline 0 saved; the executive sponsors it. */
  async function plan() {
    const project = await makeProject(s.deps, { name: 'Changing', portfolioId: s.reg.portfolioId, plannedStart: '2026-03-02', managerId: s.cast.manager.user.id, sponsorId: s.cast.executive.user.id });
    await setProjectMember(systemContext(s.deps), project.id, s.cast.contributor.user.id, 'contributor');
    const base = `/api/v1/projects/${project.id}/schedule`;
    const add = async (name: string) => (await api('manager', 'POST', `${base}/tasks`, { body: { name, durationMinutes: 480 } })).json().taskId as string;
    const ids = { a: await add('A'), b: await add('B'), c: await add('C') };
    const link = async (p: string, q: string) => (await api('manager', 'POST', `${base}/links`, { body: { predecessorId: p, successorId: q } })).json().linkId as string;
    const links = { ab: await link(ids.a, ids.b), bc: await link(ids.b, ids.c) };
    expect((await api('manager', 'PUT', `${base}/baselines/0`, { body: {} })).statusCode).toBe(200);
    return { projectId: project.id, base, ids, links };
  }
  const schedule = async (projectId: string) => (await api('manager', 'GET', `/api/v1/projects/${projectId}/schedule`)).json();
  const raise = async (projectId: string, body: object, who: Who = 'contributor') => {
    const res = await api(who, 'POST', `/api/v1/projects/${projectId}/change-requests`, { body: { title: 'Add data migration', reason: 'The legacy data must move before go-live.', ...body } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const step = (who: Who, id: string, action: string, version: number, body: object | null = {}) => api(who, 'POST', `/api/v1/change-requests/${id}/${action}`, { ifMatch: version, ...(body && { body }) });
  const queue = async (who: Who) => (await api(who, 'GET', '/api/v1/change-requests?awaitingMe=true')).json().items.map((c: { id: string }) => c.id);

  it('takes a change from draft through the board to a new baseline, the what-if changing nothing', async () => {
    const { projectId, base, ids, links } = await plan();
    const cr = await raise(projectId, {
      description: 'Insert a two-day migration between B and C.',
      category: 'scope',
      requestedBy: 'Finance director',
      costImpact: { amountMinor: -250000, currency: 'EUR' },
      scheduleEdits: [{ op: 'remove_link', linkId: links.bc }, { op: 'add_task', name: 'Data migration', durationMinutes: 960, afterTaskId: ids.b, beforeTaskId: ids.c }],
    });
    expect(cr).toMatchObject({ code: expect.stringMatching(/^CR-\d{3}$/), status: 'draft', version: 1, canDecide: false, costImpact: { amountMinor: -250000, currency: 'EUR' }, applied: null });
    expect(cr.history).toEqual([expect.objectContaining({ action: 'create', from: null, to: 'draft', actorName: 'Contributor Person' })]);
    expect((await step('contributor', cr.id, 'submit', 1)).statusCode).toBe(403);
    const submitted = await step('manager', cr.id, 'submit', 1, { comment: 'Ready for the board' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: 2 });

    const stored = await schedule(projectId);
    const impact = await api('executive', 'GET', `/api/v1/change-requests/${cr.id}/impact`);
    expect(impact.statusCode, impact.body).toBe(200);
    expect(impact.json()).toMatchObject({ code: cr.code, projectFinishBefore: '2026-03-04T17:00', projectFinishAfter: '2026-03-06T17:00', finishDeltaWorkingDays: 2, costImpact: { amountMinor: -250000 } });
    expect(impact.json().moved).toEqual([{ taskId: ids.c, name: 'C', startBefore: '2026-03-04T08:00', startAfter: '2026-03-06T08:00', finishBefore: '2026-03-04T17:00', finishAfter: '2026-03-06T17:00' }]);
    expect(impact.json().addedTasks).toEqual([{ name: 'Data migration', start: '2026-03-04T08:00', finish: '2026-03-05T17:00', critical: true }]);
    expect(impact.json().criticalPath.joined).toEqual([{ taskId: null, name: 'Data migration' }]);
    expect(await schedule(projectId)).toEqual(stored);

    expect(await queue('executive')).toContain(cr.id);
    expect(await queue('pmo')).toContain(cr.id);
    expect(await queue('manager')).not.toContain(cr.id);
    const byManager = await step('manager', cr.id, 'decision', 2, { decision: 'approved' });
    expect(byManager.statusCode).toBe(403);
    expect(byManager.json().detail).toContain('sponsor');
    expect((await api('executive', 'GET', `/api/v1/change-requests/${cr.id}`)).json().canDecide).toBe(true);
    const approved = await step('executive', cr.id, 'decision', 2, { decision: 'approved', comment: 'Worth two days.' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decision: 'approved', decidedBy: s.cast.executive.user.id, decidedByName: 'Executive Person', canDecide: false });
    expect(await queue('executive')).not.toContain(cr.id);
    const decision = (await api('manager', 'GET', `/api/v1/decisions/${approved.json().decisionId}`)).json();
    expect(decision).toMatchObject({ projectId, status: 'decided', rationale: 'Worth two days.', decidedBy: s.cast.executive.user.id });
    expect(decision.outcome).toMatch(/^Approved/);
    expect(decision.description).toContain('Schedule: finish 2026-03-04T17:00 → 2026-03-06T17:00 (+2 working days)');

    expect((await step('executive', cr.id, 'apply', 3)).statusCode).toBe(403);
    const applied = await step('manager', cr.id, 'apply', 3, { comment: 'In the plan' });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ status: 'applied', version: 4, applied: { baselineNumber: 1, baselineName: `${cr.code} Add data migration`, finishBefore: '2026-03-04T17:00', finishAfter: '2026-03-06T17:00' } });
    expect(applied.json().applied.moved.map((m: { name: string }) => m.name)).toEqual(['C']);
    const migration = applied.json().applied.addedTaskIds;
    expect(applied.json().history.map((h: { action: string; to: string }) => `${h.action}→${h.to}`)).toEqual(['create→draft', 'submit→submitted', 'approve→approved', 'apply→applied']);

    const after = await schedule(projectId);
    expect(after.projectFinish).toBe(impact.json().projectFinishAfter);
    expect(after.tasks.map((t: { name: string }) => t.name)).toEqual(['A', 'B', 'C', 'Data migration']);
    expect(migration).toEqual([after.tasks[3].id]);
    expect(after.links.some((l: { id: string }) => l.id === links.bc)).toBe(false);
    const baselines = (await api('manager', 'GET', `${base}/baselines`)).json().items;
    expect(baselines.map((b: { number: number; name: string }) => [b.number, b.name])).toEqual([[0, 'Baseline'], [1, `${cr.code} Add data migration`]]);
    expect((await api('manager', 'GET', `${base}/baselines/1`)).json().tasks.find((t: { name: string }) => t.name === 'C').baselineFinish).toBe('2026-03-06T17:00');

    const audit = (await api('admin', 'GET', `/api/v1/audit-events?entityType=change_request&entityId=${cr.id}`)).json().items;
    expect(audit.map((e: { action: string }) => e.action).sort()).toEqual(['apply', 'approve', 'create', 'submit']);
    const again = await step('manager', cr.id, 'apply', 4);
    expect(again.statusCode).toBe(422);
    expect((await api('manager', 'GET', `/api/v1/change-requests/${cr.id}/impact`)).statusCode).toBe(422);
  });

  it('records a rejection with its reason and refuses to apply or edit what was not approved', async () => {
    const { projectId, ids } = await plan();
    const cr = await raise(projectId, { title: 'Gold-plate A', scheduleEdits: [{ op: 'set_duration', taskId: ids.a, durationMinutes: 2400 }] });
    const early = await step('manager', cr.id, 'apply', 1);
    expect(early.statusCode).toBe(422);
    expect(early.json().detail).toContain('Only an approved request is applied');
    await step('manager', cr.id, 'submit', 1);
    const silent = await step('pmo', cr.id, 'decision', 2, { decision: 'rejected' });
    expect(silent.statusCode).toBe(422);
    expect(silent.json().errors).toEqual([{ path: 'comment', message: 'required when the decision is rejected' }]);
    const rejected = await step('pmo', cr.id, 'decision', 2, { decision: 'rejected', comment: 'No budget.' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', decision: 'rejected', decisionComment: 'No budget.' });
    expect((await api('manager', 'GET', `/api/v1/decisions/${rejected.json().decisionId}`)).json()).toMatchObject({ outcome: 'Rejected', rationale: 'No budget.' });
    expect((await step('manager', cr.id, 'apply', 3)).statusCode).toBe(422);
    expect((await api('manager', 'PATCH', `/api/v1/change-requests/${cr.id}`, { ifMatch: 3, body: { title: 'Again' } })).statusCode).toBe(422);
    expect((await step('manager', cr.id, 'withdraw', 3, null)).json().detail).toContain('closed');
    expect((await schedule(projectId)).tasks.find((t: { id: string }) => t.id === ids.a).durationMinutes).toBe(480);
    const listed = (await api('manager', 'GET', `/api/v1/projects/${projectId}/change-requests?status=rejected`)).json().items;
    expect(listed.map((c: { id: string }) => c.id)).toEqual([cr.id]);
  });

  it('names the tasks of a loop in the what-if and will not approve it', async () => {
    const { projectId, ids } = await plan();
    const cr = await raise(projectId, { title: 'C before A', scheduleEdits: [{ op: 'add_link', predecessorId: ids.c, successorId: ids.a }] });
    const impact = await api('manager', 'GET', `/api/v1/change-requests/${cr.id}/impact`);
    expect(impact.statusCode).toBe(422);
    expect(impact.json().code).toBe('schedule_cycle');
    for (const name of ['A (1)', 'B (2)', 'C (3)']) expect(impact.json().detail).toContain(name);
    await step('manager', cr.id, 'submit', 1);
    const approval = await step('admin', cr.id, 'decision', 2, { decision: 'approved' });
    expect(approval.statusCode).toBe(422);
    expect((await api('manager', 'GET', `/api/v1/change-requests/${cr.id}`)).json()).toMatchObject({ status: 'submitted', version: 2, decisionId: null });
  });

  it('answers 409 to a stale version and 422 to an edit whose task has since been deleted, changing nothing', async () => {
    const { projectId, base, ids } = await plan();
    const cr = await raise(projectId, { scheduleEdits: [{ op: 'set_duration', taskId: ids.b, durationMinutes: 960 }] });
    const stale = await step('manager', cr.id, 'submit', 2);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(1);
    expect((await api('contributor', 'PATCH', `/api/v1/change-requests/${cr.id}`, { ifMatch: 1, body: { priority: 'high' } })).json()).toMatchObject({ priority: 'high', version: 2 });
    expect((await api('contributor', 'PATCH', `/api/v1/change-requests/${cr.id}`, { ifMatch: 1, body: { priority: 'low' } })).statusCode).toBe(409);
    await step('manager', cr.id, 'submit', 2);
    await step('pmo', cr.id, 'decision', 3, { decision: 'approved' });
    expect((await api('manager', 'DELETE', `${base}/tasks/${ids.b}`)).statusCode).toBe(200);
    const before = await schedule(projectId);
    const applied = await step('manager', cr.id, 'apply', 4);
    expect(applied.statusCode).toBe(422);
    expect(applied.json()).toMatchObject({ code: 'invalid_reference', errors: [{ path: 'scheduleEdits[0].taskId' }] });
    expect(applied.json().detail).toMatch(/^Edit 1 \(set_duration\): No task .* deleted since/);
    expect(await schedule(projectId)).toEqual(before);
    expect((await api('manager', 'GET', `${base}/baselines`)).json().items.map((b: { number: number }) => b.number)).toEqual([0]);
    expect((await api('manager', 'GET', `/api/v1/change-requests/${cr.id}`)).json()).toMatchObject({ status: 'approved', version: 4 });
  });

  it('checks edits when they are written, and says clearly when no baseline is free', async () => {
    const { projectId, base, ids } = await plan();
    const unknown = await api('contributor', 'POST', `/api/v1/projects/${projectId}/change-requests`, { body: { title: 'x', scheduleEdits: [{ op: 'set_constraint', taskId: ids.a, type: 'MSO', date: '2026-03-09T08:00' }, { op: 'remove_link', linkId: ids.a }] } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([{ path: 'scheduleEdits[1].linkId', message: 'no link of this schedule' }]);
    expect((await api('outsider', 'POST', `/api/v1/projects/${projectId}/change-requests`, { body: { title: 'x' } })).statusCode).toBe(404);
    const unsaid = await raise(projectId, { reason: '' });
    expect((await step('manager', unsaid.id, 'submit', 1)).json().errors).toEqual([{ path: 'reason', message: 'required to submit' }]);
    expect((await step('manager', unsaid.id, 'withdraw', 1, null)).json()).toMatchObject({ status: 'withdrawn' });
    const followUp = await api('contributor', 'POST', `/api/v1/projects/${projectId}/actions`, { body: { title: 'Ask finance', sourceType: 'change', sourceId: unsaid.id } });
    expect(followUp.statusCode, followUp.body).toBe(201);

    for (let n = 1; n <= 10; n++) await api('manager', 'PUT', `${base}/baselines/${n}`, { body: {} });
    const cr = await raise(projectId, { title: 'Start A later', scheduleEdits: [{ op: 'set_constraint', taskId: ids.a, type: 'SNET', date: '2026-03-03T08:00' }] });
    await step('manager', cr.id, 'submit', 1);
    await step('executive', cr.id, 'decision', 2, { decision: 'approved' });
    const full = await step('manager', cr.id, 'apply', 3);
    expect(full.statusCode).toBe(422);
    expect(full.json().detail).toContain('Baselines 1 to 10 of project');
    const overwrite = await step('pmo', cr.id, 'apply', 3, { baselineNumber: 4 });
    expect(overwrite.statusCode, overwrite.body).toBe(200);
    expect(overwrite.json().applied).toMatchObject({ baselineNumber: 4, finishAfter: '2026-03-05T17:00' });
  });
});
