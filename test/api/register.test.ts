// Strategic objectives, portfolios and programs: life cycle, rules and lists.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject } from '../helpers/register-fixtures.ts';

describe.each(DIALECTS)('register on %s', (dialect) => {
  const s = apiSuite(dialect);
  const pmo = () => s.cast.pmo.token;

  it('creates, changes, archives and restores a strategic objective', async () => {
    const created = await call(s.app, 'POST', '/api/v1/objectives', { token: pmo(), body: { name: 'Cut cost by 12 %', ownerId: s.cast.executive.user.id, targetDate: '2027-12-31' } });
    expect(created.statusCode, created.body).toBe(201);
    const o = created.json();
    expect(o).toMatchObject({ code: expect.stringMatching(/^OBJ-\d{3}$/), status: 'active', targetDate: '2027-12-31', version: 1 });
    const changed = await call(s.app, 'PATCH', `/api/v1/objectives/${o.id}`, { token: pmo(), ifMatch: 1, body: { status: 'achieved' } });
    expect(changed.json()).toMatchObject({ status: 'achieved', version: 2 });
    const byStatus = await call(s.app, 'GET', '/api/v1/objectives?status=achieved', { token: s.cast.member.token });
    expect(byStatus.json().items.map((x: { id: string }) => x.id)).toEqual([o.id]);
    const archived = await call(s.app, 'POST', `/api/v1/objectives/${o.id}/archive`, { token: pmo(), ifMatch: 2 });
    expect(archived.statusCode).toBe(200);
    const list = await call(s.app, 'GET', '/api/v1/objectives?status=achieved', { token: pmo() });
    expect(list.json().items).toHaveLength(0);
    const frozen = await call(s.app, 'PATCH', `/api/v1/objectives/${o.id}`, { token: pmo(), ifMatch: 3, body: { name: 'Edited while archived' } });
    expect(frozen.statusCode).toBe(422);
    const restored = await call(s.app, 'POST', `/api/v1/objectives/${o.id}/restore`, { token: pmo(), ifMatch: 3 });
    expect(restored.json()).toMatchObject({ archivedAt: null, version: 4 });
  });

  it('refuses to archive a portfolio or program that still holds live projects, and says what to do', async () => {
    const pf = (await call(s.app, 'POST', '/api/v1/portfolios', { token: pmo(), body: { name: 'Busy' } })).json();
    const pg = (await call(s.app, 'POST', '/api/v1/programs', { token: pmo(), body: { name: 'Busy program', portfolioId: pf.id } })).json();
    await makeProject(s.deps, { name: 'Live', portfolioId: pf.id, programId: pg.id });
    const pfArchive = await call(s.app, 'POST', `/api/v1/portfolios/${pf.id}/archive`, { token: pmo(), ifMatch: 1 });
    expect(pfArchive.statusCode).toBe(422);
    expect(pfArchive.json().detail).toMatch(/Archive or move them first/);
    const pgArchive = await call(s.app, 'POST', `/api/v1/programs/${pg.id}/archive`, { token: pmo(), ifMatch: 1 });
    expect(pgArchive.statusCode).toBe(422);
  });

  it('puts programs only in portfolios that exist, and filters programs by portfolio', async () => {
    const bad = await call(s.app, 'POST', '/api/v1/programs', { token: pmo(), body: { name: 'Orphan', portfolioId: '01900000-0000-7000-8000-000000000000' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'invalid_reference', errors: [{ path: 'portfolioId' }] });
    const list = await call(s.app, 'GET', `/api/v1/programs?portfolioId=${s.reg.portfolioId}`, { token: pmo() });
    expect(list.json().items.map((p: { id: string }) => p.id)).toEqual([s.reg.programId]);
  });

  it('moves a program’s projects with it when the program changes portfolio', async () => {
    const from = (await call(s.app, 'POST', '/api/v1/portfolios', { token: pmo(), body: { name: 'From' } })).json();
    const to = (await call(s.app, 'POST', '/api/v1/portfolios', { token: pmo(), body: { name: 'To' } })).json();
    const pg = (await call(s.app, 'POST', '/api/v1/programs', { token: pmo(), body: { name: 'Travelling', portfolioId: from.id } })).json();
    const p = await makeProject(s.deps, { name: 'Passenger', portfolioId: from.id, programId: pg.id });
    const moved = await call(s.app, 'PATCH', `/api/v1/programs/${pg.id}`, { token: pmo(), ifMatch: 1, body: { portfolioId: to.id } });
    expect(moved.statusCode, moved.body).toBe(200);
    const project = (await call(s.app, 'GET', `/api/v1/projects/${p.id}`, { token: pmo() })).json();
    expect(project).toMatchObject({ portfolioId: to.id, programId: pg.id, version: 2 });
    const trail = (await call(s.app, 'GET', `/api/v1/audit-events?entityId=${p.id}`, { token: s.cast.admin.token })).json();
    expect(trail.items[0]).toMatchObject({ action: 'move_with_program', before: { portfolioId: from.id }, after: { portfolioId: to.id } });
  });

  it('searches by name or code, sorts, and pages portfolios', async () => {
    for (const name of ['Zeta', 'eta', 'Theta', 'iota']) await call(s.app, 'POST', '/api/v1/portfolios', { token: pmo(), body: { name } });
    const search = await call(s.app, 'GET', '/api/v1/portfolios?q=ETA&sort=name', { token: pmo() });
    expect(search.json().items.map((p: { name: string }) => p.name)).toEqual(['eta', 'Theta', 'Zeta']);
    const first = (await call(s.app, 'GET', '/api/v1/portfolios?q=eta&sort=-name&limit=2', { token: pmo() })).json();
    expect(first.items.map((p: { name: string }) => p.name)).toEqual(['Zeta', 'Theta']);
    const second = (await call(s.app, 'GET', `/api/v1/portfolios?q=eta&sort=-name&limit=2&cursor=${first.nextCursor}`, { token: pmo() })).json();
    expect(second.items.map((p: { name: string }) => p.name)).toEqual(['eta']);
    expect(second.nextCursor).toBeNull();
  });

  it('answers stale edits of register items with 409 and the current version', async () => {
    const pf = (await call(s.app, 'POST', '/api/v1/portfolios', { token: pmo(), body: { name: 'Contended' } })).json();
    const a = await call(s.app, 'PATCH', `/api/v1/portfolios/${pf.id}`, { token: pmo(), ifMatch: 1, body: { description: 'first editor' } });
    const b = await call(s.app, 'PATCH', `/api/v1/portfolios/${pf.id}`, { token: s.cast.admin.token, ifMatch: 1, body: { description: 'second editor' } });
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(409);
    expect(b.json().currentVersion).toBe(2);
    expect(b.headers.etag).toBe('"2"');
  });
});
