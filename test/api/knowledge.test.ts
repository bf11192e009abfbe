// The knowledge base through the API on both databases: the PMO writes and publishes articles
// linked to methodology phases and gates; every save keeps the previous version readable; members
// read only what is published; search by title, tags and text; overdue reviews flagged; a project's
// guidance is the published articles linked to its phase and the gate ending it; each change audited.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject } from '../helpers/register-fixtures.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(DIALECTS)('knowledge base on %s', (dialect) => {
  const s = apiSuite(dialect);
  const as = (who: Who) => s.cast[who].token;
  const get = (path: string, who: Who = 'pmo') => call(s.app, 'GET', path, { token: as(who) });
  const post = (body: unknown, who: Who = 'pmo') => call(s.app, 'POST', '/api/v1/knowledge/articles', { token: as(who), body });
  const patch = (id: string, version: number, body: unknown, who: Who = 'pmo') => call(s.app, 'PATCH', `/api/v1/knowledge/articles/${id}`, { token: as(who), body, ifMatch: version });
  const write = async (body: Record<string, unknown>) => {
    const res = await post({ kind: 'standard', body: '# Text', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const audits = (id: string) => s.database.db.selectFrom('auditEvents').select(['action', 'actorId']).where('entityId', '=', id).orderBy('at').execute();

  it('keeps every saved version, readable as it was, and audits each save', async () => {
    const a = await write({ title: 'Schedule baseline standard', body: '# Baseline\n\nSave baseline 0 before execution.', tags: ['Scheduling', 'baseline'] });
    expect(a).toMatchObject({ code: expect.stringMatching(/^KB-\d+$/), status: 'draft', version: 1, tags: ['scheduling', 'baseline'], owner: { id: s.cast.pmo.user.id }, canEdit: true });
    const saved = await patch(a.id, 1, { body: '# Baseline\n\nSave baseline 0 before the Approval to execute gate.', status: 'published', changeNote: 'Tie it to the gate' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, status: 'published', updatedBy: { id: s.cast.pmo.user.id } });
    expect((await patch(a.id, 1, { title: 'Stale edit' })).statusCode).toBe(409);

    const history = (await get(`/api/v1/knowledge/articles/${a.id}/versions`, 'member')).json().items;
    expect(history.map((h: { version: number; changeNote: string }) => [h.version, h.changeNote])).toEqual([[2, 'Tie it to the gate'], [1, 'First version']]);
    const first = (await get(`/api/v1/knowledge/articles/${a.id}/versions/1`, 'member')).json();
    expect(first).toMatchObject({ version: 1, status: 'draft', body: '# Baseline\n\nSave baseline 0 before execution.', current: false });
    expect((await get(`/api/v1/knowledge/articles/${a.id}/versions/3`)).statusCode).toBe(404);
    expect((await audits(a.id)).map((e) => e.action)).toEqual(['create', 'publish']);
  });

  it('shows drafts and retired articles to the PMO only, and lets only the PMO and admins write', async () => {
    const draft = await write({ title: 'Unfinished benefits guideline', kind: 'guideline' });
    expect((await get(`/api/v1/knowledge/articles/${draft.id}`, 'member')).statusCode).toBe(404);
    expect((await get(`/api/v1/knowledge/articles/${draft.id}`, 'executive')).statusCode).toBe(404);
    expect((await get('/api/v1/knowledge/articles', 'member')).json().items.map((i: { id: string }) => i.id)).not.toContain(draft.id);
    expect((await post({ title: 'By a manager', kind: 'guideline', body: 'x' }, 'manager')).statusCode).toBe(403);
    expect((await patch(draft.id, 1, { status: 'published' }, 'executive')).statusCode).toBe(404);
    const retired = await patch(draft.id, 1, { status: 'retired' }, 'admin');
    expect(retired.json()).toMatchObject({ status: 'retired', reviewState: 'retired' });
    expect((await audits(draft.id)).at(-1)).toEqual({ action: 'retire', actorId: s.cast.admin.user.id });
  });

  it('searches by title, tags and text, lists the tags in use and flags overdue reviews', async () => {
    await write({ title: 'Risk register template', kind: 'template', status: 'published', tags: ['raid', 'risk'], reviewDueOn: dayFromToday(-3), body: 'Hold a *pre-mortem* before the first gate.' });
    await write({ title: 'Gate review checklist', kind: 'best_practice', status: 'published', tags: ['governance', 'risk'], reviewDueOn: dayFromToday(10) });
    await write({ title: 'Stakeholder map template', kind: 'template', status: 'published', tags: ['stakeholders'], reviewDueOn: dayFromToday(200) });
    const risk = (await get('/api/v1/knowledge/articles?q=risk', 'member')).json();
    expect(risk.items.map((i: { title: string }) => i.title)).toEqual(['Risk register template', 'Gate review checklist']);
    expect(risk.items.map((i: { reviewState: string }) => i.reviewState)).toEqual(['overdue', 'due_soon']);
    expect(risk.overdue).toBeGreaterThanOrEqual(1);
    expect(risk.tags).toContainEqual({ tag: 'risk', count: 2 });
    const inText = (await get('/api/v1/knowledge/articles?q=pre-mortem%20gate', 'member')).json().items;
    expect(inText.map((i: { title: string }) => i.title)).toEqual(['Risk register template']);
    expect(inText[0]).not.toHaveProperty('body');
    const templates = (await get('/api/v1/knowledge/articles?kind=template&tag=risk', 'member')).json().items;
    expect(templates.map((i: { title: string }) => i.title)).toEqual(['Risk register template']);
    const overdue = (await get('/api/v1/knowledge/articles?reviewState=overdue')).json().items;
    expect(overdue.every((i: { reviewState: string }) => i.reviewState === 'overdue')).toBe(true);
  });

  it('gives a project the published guidance for its phase and the gate ending it', async () => {
    const project = await makeProject(s.deps, { name: 'Guided', portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id, phase: 'initiate' });
    const gate = await write({ title: 'Business case standard', status: 'published', links: [{ methodologyKey: 'predictive', gateKey: 'approval_to_plan' }] });
    const phase = await write({ title: 'Project charter template', kind: 'template', status: 'published', links: [{ methodologyKey: 'predictive', phaseKey: 'initiate' }] });
    await write({ title: 'Draft initiation notes', links: [{ methodologyKey: 'predictive', phaseKey: 'initiate' }] });
    await write({ title: 'Planning guideline', status: 'published', links: [{ methodologyKey: 'predictive', phaseKey: 'plan' }] });
    expect(gate.links).toEqual([{ methodologyKey: 'predictive', methodologyName: expect.any(String), phaseKey: null, gateKey: 'approval_to_plan', placeName: 'Gate 1 – Approval to plan' }]);

    const res = await get(`/api/v1/projects/${project.id}/guidance`, 'manager');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ methodologyKey: 'predictive', phaseKey: 'initiate', gateKey: 'approval_to_plan' });
    expect(res.json().phase.map((a: { id: string }) => a.id)).toEqual([phase.id]);
    expect(res.json().gate.map((a: { id: string }) => a.id)).toEqual([gate.id]);
    const plan = (await get(`/api/v1/projects/${project.id}/guidance?phaseKey=plan`, 'manager')).json();
    expect(plan.phase.map((a: { title: string }) => a.title)).toEqual(['Planning guideline']);
    expect((await get(`/api/v1/projects/${project.id}/guidance?phaseKey=sprint`, 'manager')).json().detail).toContain('use one of initiate, plan, execute, close');
    expect((await get(`/api/v1/projects/${project.id}/guidance`, 'member')).statusCode).toBe(404);
  });

  it('refuses links to phases or gates the methodology does not have, naming the keys to use', async () => {
    const res = await post({ title: 'Misplaced', kind: 'guideline', body: 'x', links: [{ methodologyKey: 'predictive', gateKey: 'approval_to_party' }] });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('predictive has no gate "approval_to_party"; use one of approval_to_plan');
    expect(res.json().errors[0].path).toBe('links[0].gateKey');
    const both = await post({ title: 'Both', kind: 'guideline', body: 'x', links: [{ methodologyKey: 'predictive', phaseKey: 'plan', gateKey: 'closure' }] });
    expect(both.json().detail).toContain('name either a phase or a gate');
  });
});
