// Projects through the API: create, read, update with If-Match, archive, list with filters,
// search, sort and cursor pages, and the rules that keep the register consistent.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject } from '../helpers/register-fixtures.ts';

describe.each(DIALECTS)('projects on %s', (dialect) => {
  const s = apiSuite(dialect);
  const pmo = () => s.cast.pmo.token;

  it('creates a project with every field, gives it a code and an ETag, and reads it back', async () => {
    const body = {
      name: 'Warehouse Management System',
      description: 'New WMS for three warehouses',
      portfolioId: s.reg.portfolioId,
      programId: s.reg.programId,
      sponsorId: s.cast.executive.user.id,
      managerId: s.cast.manager.user.id,
      status: 'active',
      phase: 'execute',
      priority: 'critical',
      plannedStart: '2026-01-05',
      plannedFinish: '2026-12-18',
      budget: { amountMinor: 320_000_000, currency: 'EUR' },
      objectiveIds: [s.reg.objectiveId],
      tags: ['logistics', 'Cloud', 'cloud'],
    };
    const res = await call(s.app, 'POST', '/api/v1/projects', { token: pmo(), body });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created.code).toMatch(/^PRJ-\d{3}$/);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/api/v1/projects/${created.id}`);
    expect(created).toMatchObject({ ...body, tags: ['Cloud', 'logistics'], version: 1, archivedAt: null });
    const read = await call(s.app, 'GET', `/api/v1/projects/${created.id}`, { token: s.cast.executive.token });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created);
  });

  it('takes a code given by hand, refuses a duplicate, and numbers later projects after it', async () => {
    const first = await call(s.app, 'POST', '/api/v1/projects', { token: pmo(), body: { code: 'prj-420', name: 'Hand coded', portfolioId: s.reg.portfolioId } });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().code).toBe('PRJ-420');
    const dup = await call(s.app, 'POST', '/api/v1/projects', { token: pmo(), body: { code: 'PRJ-420', name: 'Again', portfolioId: s.reg.portfolioId } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'duplicate', errors: [{ path: 'code' }] });
    const next = await call(s.app, 'POST', '/api/v1/projects', { token: pmo(), body: { name: 'Next', portfolioId: s.reg.portfolioId } });
    expect(next.json().code).toBe('PRJ-421');
  });

  it('updates with If-Match, answers 428 without it and 409 with the current version when stale', async () => {
    const p = await makeProject(s.deps, { name: 'Versioned', portfolioId: s.reg.portfolioId });
    const url = `/api/v1/projects/${p.id}`;
    const missing = await call(s.app, 'PATCH', url, { token: pmo(), body: { name: 'No If-Match' } });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().code).toBe('precondition_required');

    const ok = await call(s.app, 'PATCH', url, { token: pmo(), ifMatch: 1, body: { name: 'Versioned v2', budget: { amountMinor: 1999, currency: 'USD' } } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toMatchObject({ name: 'Versioned v2', version: 2, budget: { amountMinor: 1999, currency: 'USD' } });

    const stale = await call(s.app, 'PATCH', url, { token: pmo(), ifMatch: 1, body: { name: 'Lost update' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const after = await call(s.app, 'GET', url, { token: pmo() });
    expect(after.json().name).toBe('Versioned v2');

    const weak = await call(s.app, 'PATCH', url, { token: pmo(), ifMatch: 'W/"2"', body: { description: 'weak etag accepted' } });
    expect(weak.statusCode).toBe(200);
    const garbage = await call(s.app, 'PATCH', url, { token: pmo(), ifMatch: 'yesterday', body: { name: 'x' } });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().code).toBe('invalid_if_match');
  });

  it('lets exactly one of several simultaneous editors of the same version win', async () => {
    const p = await makeProject(s.deps, { name: 'Contended', portfolioId: s.reg.portfolioId });
    const editors = ['pmo', 'admin', 'pmo', 'admin', 'pmo'] as const;
    const answers = await Promise.all(
      editors.map((who, i) => call(s.app, 'PATCH', `/api/v1/projects/${p.id}`, { token: s.cast[who].token, ifMatch: 1, body: { description: `editor ${i}` } })),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
    const winner = answers.find((a) => a.statusCode === 200)!.json();
    const now = (await call(s.app, 'GET', `/api/v1/projects/${p.id}`, { token: pmo() })).json();
    expect(now).toMatchObject({ version: 2, description: winner.description });
  });

  it('keeps the register consistent: dates in order, program in the same portfolio, references that exist', async () => {
    const base = { name: 'Rules', portfolioId: s.reg.portfolioId };
    const cases: Array<[object, number, string, string]> = [
      [{ plannedStart: '2026-05-01', plannedFinish: '2026-04-30' }, 422, 'validation_failed', 'plannedFinish'],
      [{ portfolioId: '01900000-0000-7000-8000-000000000000' }, 422, 'invalid_reference', 'portfolioId'],
      [{ managerId: '01900000-0000-7000-8000-000000000000' }, 422, 'invalid_reference', 'managerId'],
      [{ objectiveIds: ['01900000-0000-7000-8000-000000000000'] }, 422, 'invalid_reference', 'objectiveIds[0]'],
      [{ budget: { amountMinor: 10.5, currency: 'EUR' } }, 400, 'invalid_request', 'budget.amountMinor'],
      [{ budget: { amountMinor: 100, currency: 'euro' } }, 400, 'invalid_request', 'budget.currency'],
      [{ status: 'finished' }, 400, 'invalid_request', 'status'],
      [{ plannedStart: '2026-02-30' }, 400, 'invalid_request', 'plannedStart'],
      [{ name: '   ' }, 400, 'invalid_request', 'name'],
      [{ colour: 'red' }, 400, 'invalid_request', '(body)'],
    ];
    for (const [patch, status, code, path] of cases) {
      const res = await call(s.app, 'POST', '/api/v1/projects', { token: pmo(), body: { ...base, ...patch } });
      expect(res.statusCode, `${JSON.stringify(patch)} → ${res.body}`).toBe(status);
      expect(res.json().code).toBe(code);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const otherPortfolio = await call(s.app, 'POST', '/api/v1/portfolios', { token: pmo(), body: { name: 'Other' } });
    const wrongProgram = await call(s.app, 'POST', '/api/v1/projects', { token: pmo(), body: { ...base, portfolioId: otherPortfolio.json().id, programId: s.reg.programId } });
    expect(wrongProgram.statusCode).toBe(422);
    expect(wrongProgram.json().errors[0].path).toBe('programId');
  });

  it('lets a project manager edit the project but not move it or reassign it', async () => {
    const p = await makeProject(s.deps, { name: 'Managed', portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id });
    const url = `/api/v1/projects/${p.id}`;
    const move = await call(s.app, 'PATCH', url, { token: s.cast.manager.token, ifMatch: 1, body: { managerId: s.cast.member.user.id } });
    expect(move.statusCode).toBe(403);
    expect(move.json().errors[0].path).toBe('managerId');
    const edit = await call(s.app, 'PATCH', url, { token: s.cast.manager.token, ifMatch: 1, body: { status: 'on_hold', phase: 'plan', managerId: s.cast.manager.user.id } });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ status: 'on_hold', phase: 'plan' });
  });

  it('archives and restores; archived projects leave the list unless asked for', async () => {
    const p = await makeProject(s.deps, { name: 'To archive', portfolioId: s.reg.portfolioId });
    const archived = await call(s.app, 'POST', `/api/v1/projects/${p.id}/archive`, { token: pmo(), ifMatch: 1 });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    const again = await call(s.app, 'POST', `/api/v1/projects/${p.id}/archive`, { token: pmo(), ifMatch: 2 });
    expect(again.statusCode).toBe(422);
    const visible = await call(s.app, 'GET', '/api/v1/projects?q=to%20archive', { token: pmo() });
    expect(visible.json().items).toHaveLength(0);
    const withArchived = await call(s.app, 'GET', '/api/v1/projects?q=to%20archive&includeArchived=true', { token: pmo() });
    expect(withArchived.json().items.map((x: { id: string }) => x.id)).toEqual([p.id]);
    const frozen = await call(s.app, 'PATCH', `/api/v1/projects/${p.id}`, { token: pmo(), ifMatch: 2, body: { name: 'Changed while archived' } });
    expect(frozen.statusCode).toBe(422);
    expect(frozen.json().detail).toMatch(/archived and read-only/);
    const team = await call(s.app, 'PUT', `/api/v1/projects/${p.id}/members/${s.cast.member.user.id}`, { token: pmo(), body: { role: 'viewer' } });
    expect(team.statusCode).toBe(422);
    const restored = await call(s.app, 'POST', `/api/v1/projects/${p.id}/restore`, { token: pmo(), ifMatch: 2 });
    expect(restored.json()).toMatchObject({ archivedAt: null, version: 3 });
  });

  it('writes an audit event with before and after for every change, readable by admins', async () => {
    const p = await makeProject(s.deps, { name: 'Audited', portfolioId: s.reg.portfolioId });
    await call(s.app, 'PATCH', `/api/v1/projects/${p.id}`, { token: pmo(), ifMatch: 1, body: { name: 'Audited v2' } });
    const trail = await call(s.app, 'GET', `/api/v1/audit-events?entityType=project&entityId=${p.id}`, { token: s.cast.admin.token });
    expect(trail.statusCode).toBe(200);
    const [update, create] = trail.json().items;
    expect(update).toMatchObject({ action: 'update', actorId: s.cast.pmo.user.id, actorName: s.cast.pmo.user.name, before: { name: 'Audited' }, after: { name: 'Audited v2' } });
    expect(create).toMatchObject({ action: 'create', before: null, after: { name: 'Audited' } });
    const failed = await call(s.app, 'PATCH', `/api/v1/projects/${p.id}`, { token: pmo(), ifMatch: 2, body: { plannedStart: '2026-02-01', plannedFinish: '2026-01-01' } });
    expect(failed.statusCode).toBe(422);
    const still = await call(s.app, 'GET', `/api/v1/audit-events?entityId=${p.id}`, { token: s.cast.admin.token });
    expect(still.json().items).toHaveLength(2);
  });

  it('returns 404 for an unknown id and 400 for a malformed one', async () => {
    const unknown = await call(s.app, 'GET', '/api/v1/projects/01900000-0000-7000-8000-000000000000', { token: pmo() });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('not_found');
    const malformed = await call(s.app, 'GET', '/api/v1/projects/42', { token: pmo() });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'invalid_request', errors: [{ path: 'params.id' }] });
  });
});
