// Comments on both databases: a thread on a risk read oldest first a page at a time; @mentions tell
// each person once (never the author, not again on a re-save, yes when an edit adds them) with a
// link to the comment; a mentioned person who cannot read the project is not told and the author
// hears so; authors alone edit, the PMO removes, stale versions conflict; a subject outside the
// project is a 422 and people outside the project see nothing.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
type Json = Record<string, any>;

describe.each(DIALECTS)('comments on %s', (dialect) => {
  const s = apiSuite(dialect);
  const request = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, who: Who, body?: unknown, ifMatch?: number) =>
    call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
  const send = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, who: Who, body?: unknown, ifMatch?: number): Promise<Json> => {
    const res = await request(method, path, who, body, ifMatch);
    expect(res.statusCode, res.body).toBe(method === 'POST' ? 201 : 200);
    return res.json();
  };
  const email = (who: Who) => s.cast[who].user.email;
  const mentionsOf = async (who: Who, projectId: string): Promise<Json[]> =>
    (await send('GET', '/api/v1/me/notifications?limit=200', who)).items.filter((n: Json) => n.kind === 'mention' && n.projectId === projectId);
  /** A project managed by the manager with the contributor on its team, and a risk on it. */
  const newProject = async (name: string, over: { sponsorId?: string } = {}) => {
    const p = await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id, ...over });
    await setProjectMember(systemContext(s.deps), p.id, s.cast.contributor.user.id, 'contributor');
    const risk = await send('POST', `/api/v1/projects/${p.id}/risks`, 'manager', { title: 'Supplier goes bust', probability: 3, impact: 4 });
    return { p, risk };
  };
  const comment = (projectId: string, subjectId: string, who: Who, body: string, subjectType = 'risk') => send('POST', `/api/v1/projects/${projectId}/comments`, who, { subjectType, subjectId, body });
  const thread = (projectId: string, subjectId: string, who: Who, query = '', subjectType = 'risk') => send('GET', `/api/v1/projects/${projectId}/comments?subjectType=${subjectType}&subjectId=${subjectId}${query}`, who);

  it('keeps a thread in the order it was written, a page at a time, with every reader of the project taking part', async () => {
    const { p, risk } = await newProject('Threads', { sponsorId: s.cast.member.user.id });
    const authors: Who[] = ['manager', 'contributor', 'executive', 'member', 'pmo'];
    for (const [i, who] of authors.entries()) await comment(p.id, risk.id, who, `Point ${i + 1}`);
    await comment(p.id, p.id, 'manager', 'On the project itself', 'project');
    const first = await thread(p.id, risk.id, 'contributor', '&limit=2');
    expect(first.items.map((c: Json) => c.body)).toEqual(['Point 1', 'Point 2']);
    expect(first.items[0]).toMatchObject({ subjectType: 'risk', subjectId: risk.id, projectId: p.id, author: { id: s.cast.manager.user.id, name: 'Manager Person' }, editedAt: null, deletedAt: null, version: 1, mentions: [] });
    const second = await thread(p.id, risk.id, 'contributor', `&limit=2&cursor=${first.nextCursor}`);
    const third = await thread(p.id, risk.id, 'contributor', `&limit=2&cursor=${second.nextCursor}`);
    expect([...second.items, ...third.items].map((c: Json) => c.body)).toEqual(['Point 3', 'Point 4', 'Point 5']);
    expect(third.nextCursor).toBeNull();
    expect((await thread(p.id, p.id, 'executive', '', 'project')).items.map((c: Json) => c.body)).toEqual(['On the project itself']);
  });

  it('tells each person mentioned once, with a link to the comment, and never the author', async () => {
    const { p, risk } = await newProject('Mentions');
    const first = await comment(p.id, risk.id, 'manager', `@${email('contributor')} can you check the contract? cc @${email('pmo')}, @${email('manager')} and @${email('contributor')}. Not @nobody@example.org`);
    expect(first.mentions.map((m: Json) => m.name)).toEqual(['Contributor Person', 'Pmo Person', 'Manager Person']);
    expect(first.unreachableMentions).toEqual([]);
    const [note] = await mentionsOf('contributor', p.id);
    expect(note).toMatchObject({
      title: `Manager Person mentioned you on ${risk.code} of ${p.code}`,
      body: expect.stringMatching(/^@contributor@example\.org can you check the contract\?/),
      link: `/projects/${p.id}/raid?tab=risks&open=${risk.id}#comment-${first.id}`,
      actorName: 'Manager Person',
    });
    expect(await mentionsOf('pmo', p.id)).toHaveLength(1);
    expect(await mentionsOf('manager', p.id)).toEqual([]);

    const resaved = await send('PATCH', `/api/v1/comments/${first.id}`, 'manager', { body: `${first.body} Thanks!` }, first.version);
    expect(resaved).toMatchObject({ version: 2, editedAt: expect.any(String) });
    expect(await mentionsOf('contributor', p.id)).toHaveLength(1);
    expect(await mentionsOf('executive', p.id)).toEqual([]);
    await send('PATCH', `/api/v1/comments/${first.id}`, 'manager', { body: `${resaved.body} Adding @${email('executive')} too.` }, resaved.version);
    expect(await mentionsOf('executive', p.id)).toEqual([expect.objectContaining({ link: expect.stringContaining(`#comment-${first.id}`) })]);
    expect(await mentionsOf('contributor', p.id)).toHaveLength(1);
  });

  it('links a mention to the page of each kind of subject', async () => {
    const { p } = await newProject('Subjects');
    const issue = await send('POST', `/api/v1/projects/${p.id}/issues`, 'manager', { title: 'Crane broke down' });
    const change = await send('POST', `/api/v1/projects/${p.id}/change-requests`, 'manager', { title: 'Add a bay', reason: 'Growth' });
    const report = await send('POST', `/api/v1/projects/${p.id}/status-reports`, 'manager', {});
    const cases = [
      { type: 'project', id: p.id, on: p.code, link: `/projects/${p.id}` },
      { type: 'issue', id: issue.id, on: `${issue.code} of ${p.code}`, link: `/projects/${p.id}/raid?tab=issues&open=${issue.id}` },
      { type: 'change_request', id: change.id, on: `${change.code} of ${p.code}`, link: `/change-requests/${change.id}` },
      { type: 'status_report', id: report.id, on: `${report.code} of ${p.code}`, link: `/status-reports/${report.id}` },
    ];
    for (const c of cases) {
      const made = await comment(p.id, c.id, 'contributor', `@${email('manager')} see here`, c.type);
      const [note] = await mentionsOf('manager', p.id);
      expect(note).toMatchObject({ title: `Contributor Person mentioned you on ${c.on}`, link: `${c.link}#comment-${made.id}` });
    }
  });

  it('does not tell a mentioned person who cannot read the project, and says so', async () => {
    const { p, risk } = await newProject('Closed doors');
    const made = await comment(p.id, risk.id, 'manager', `@${email('outsider')} and @${email('executive')}, your view?`);
    expect(made.unreachableMentions).toEqual([{ id: s.cast.outsider.user.id, name: 'Outsider Person', email: email('outsider') }]);
    expect(made.mentions.map((m: Json) => m.name)).toEqual(['Outsider Person', 'Executive Person']);
    expect(await mentionsOf('outsider', p.id)).toEqual([]);
    expect(await mentionsOf('executive', p.id)).toHaveLength(1);
  });

  it('lets only the author edit, the PMO remove, and keeps a removed comment’s place in the thread', async () => {
    const { p, risk } = await newProject('Moderation');
    const made = await comment(p.id, risk.id, 'contributor', `Numbers for @${email('manager')}: 42`);
    for (const who of ['manager', 'pmo', 'admin'] as const) {
      const res = await request('PATCH', `/api/v1/comments/${made.id}`, who, { body: 'Rewritten' }, made.version);
      expect(res.statusCode, who).toBe(403);
    }
    expect((await request('DELETE', `/api/v1/comments/${made.id}`, 'manager', undefined, made.version)).statusCode).toBe(403);
    expect(await mentionsOf('manager', p.id)).toHaveLength(1);
    const removed = await send('DELETE', `/api/v1/comments/${made.id}`, 'pmo', undefined, made.version);
    expect(removed).toMatchObject({ id: made.id, body: '', mentions: [], deletedAt: expect.any(String), version: 2 });
    expect((await thread(p.id, risk.id, 'manager')).items).toEqual([removed]);
    expect(await mentionsOf('manager', p.id)).toEqual([]);
    const again = await request('PATCH', `/api/v1/comments/${made.id}`, 'contributor', { body: 'Back' }, removed.version);
    expect(again.statusCode).toBe(422);

    const own = await comment(p.id, risk.id, 'executive', 'I will withdraw this');
    expect((await send('DELETE', `/api/v1/comments/${own.id}`, 'executive', undefined, 1)).deletedAt).not.toBeNull();
    const audit = await s.database.db.selectFrom('auditEvents').select(['action', 'actorId']).where('entityType', '=', 'comment').where('entityId', '=', made.id).orderBy('at').execute();
    expect(audit).toEqual([
      { action: 'create', actorId: s.cast.contributor.user.id },
      { action: 'delete', actorId: s.cast.pmo.user.id },
    ]);
  });

  it('answers 409 to an edit or removal of a version that is no longer current', async () => {
    const { p, risk } = await newProject('Races');
    const made = await comment(p.id, risk.id, 'manager', 'First draft');
    await send('PATCH', `/api/v1/comments/${made.id}`, 'manager', { body: 'Second draft' }, 1);
    const stale = await request('PATCH', `/api/v1/comments/${made.id}`, 'manager', { body: 'Third draft' }, 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect((await request('DELETE', `/api/v1/comments/${made.id}`, 'manager', undefined, 1)).statusCode).toBe(409);
    expect((await send('GET', `/api/v1/comments/${made.id}`, 'contributor')).body).toBe('Second draft');
  });

  it('answers 422 for a subject that is not in the project, and 400 for an empty comment', async () => {
    const { p, risk } = await newProject('Here');
    const other = await newProject('Elsewhere');
    for (const body of [
      { subjectType: 'risk', subjectId: other.risk.id, body: 'Hello' },
      { subjectType: 'issue', subjectId: risk.id, body: 'Hello' },
      { subjectType: 'project', subjectId: other.p.id, body: 'Hello' },
    ]) {
      const res = await request('POST', `/api/v1/projects/${p.id}/comments`, 'manager', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.json()).toMatchObject({ code: 'invalid_reference', errors: [{ path: 'subjectId' }] });
    }
    expect((await request('GET', `/api/v1/projects/${p.id}/comments?subjectType=risk&subjectId=${other.risk.id}`, 'manager')).statusCode).toBe(422);
    expect((await request('POST', `/api/v1/projects/${p.id}/comments`, 'manager', { subjectType: 'risk', subjectId: risk.id, body: '  \n ' })).statusCode).toBe(400);
    expect((await request('POST', `/api/v1/projects/${p.id}/comments`, 'manager', { subjectType: 'risk', subjectId: risk.id, body: 'x'.repeat(10_001) })).statusCode).toBe(400);
  });

  it('shows nothing of a project’s threads to people outside it', async () => {
    const { p, risk } = await newProject('Private');
    const made = await comment(p.id, risk.id, 'manager', 'Internal note');
    expect((await request('GET', `/api/v1/projects/${p.id}/comments?subjectType=risk&subjectId=${risk.id}`, 'outsider')).statusCode).toBe(404);
    expect((await request('POST', `/api/v1/projects/${p.id}/comments`, 'outsider', { subjectType: 'risk', subjectId: risk.id, body: 'Hi' })).statusCode).toBe(404);
    expect((await request('GET', `/api/v1/comments/${made.id}`, 'outsider')).statusCode).toBe(404);
    expect((await request('DELETE', `/api/v1/comments/${made.id}`, 'outsider', undefined, 1)).statusCode).toBe(404);
  });
});
