// Notifications on both databases: who hears of a gate review waiting, a change request at the
// board, a status report submitted or sent back, an action assigned; what Orrery notices by itself
// at the scheduler's tick (reports due, policy breaches), each once; the bell's unread count, marking
// read, and each person's e-mail choice per kind. Everyone sees only their own.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { noticeBreaches, noticeReportsDue } from '../../src/app/notifications/notification-sweep.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';

describe.each(DIALECTS)('notifications on %s', (dialect) => {
  const s = apiSuite(dialect);
  const send = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, who: Who, body?: unknown, ifMatch?: number, status = method === 'POST' && !path.includes('/me/') && !/\/(submit|review|decision)$/.test(path) ? 201 : 200) => {
    const res = await call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const inbox = (who: Who, query = '') => send('GET', `/api/v1/me/notifications${query}`, who);
  const newest = async (who: Who) => (await inbox(who)).items[0];
  const newProject = async (name: string, over: { sponsorId?: string } = {}) => {
    const p = await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id, ...over });
    await setProjectMember(systemContext(s.deps), p.id, s.cast.contributor.user.id, 'contributor');
    return p;
  };

  it('tells a gate review’s approvers — the sponsor, the PMO and the people named — but not the manager who asked', async () => {
    const p = await newProject('Gatehouse', { sponsorId: s.cast.executive.user.id });
    const before = { pmo: (await inbox('pmo')).unreadCount, manager: (await inbox('manager')).unreadCount, outsider: (await inbox('outsider')).unreadCount };
    const review = await send('POST', `/api/v1/projects/${p.id}/gate-reviews`, 'manager', { note: 'Plan is ready', approverIds: [s.cast.member.user.id] });
    for (const who of ['pmo', 'executive', 'member'] as const) {
      expect(await newest(who)).toMatchObject({ kind: 'approval_waiting', title: `Gate review ${review.code} of ${p.code} waits for your decision`, link: `/gate-reviews/${review.id}`, projectId: p.id, projectCode: p.code, actorName: 'Manager Person', readAt: null });
    }
    expect((await inbox('pmo')).unreadCount).toBe(before.pmo + 1);
    expect((await inbox('manager')).unreadCount).toBe(before.manager);
    expect((await inbox('outsider')).unreadCount).toBe(before.outsider);
  });

  it('tells the new owner of an action once, and nobody who assigns an action to themselves', async () => {
    const p = await newProject('Actions');
    const action = await send('POST', `/api/v1/projects/${p.id}/actions`, 'manager', { title: 'Book the crane', ownerId: s.cast.contributor.user.id, dueDate: '2027-02-01' });
    const note = await newest('contributor');
    expect(note).toMatchObject({ kind: 'action_assigned', title: `Action ${action.code} of ${p.code} is yours`, body: 'Manager Person assigned you “Book the crane”, due 2027-02-01.', link: `/projects/${p.id}/raid?tab=actions&open=${action.id}` });
    const renamed = await send('PATCH', `/api/v1/actions/${action.id}`, 'manager', { title: 'Book the big crane' }, action.version);
    expect((await newest('contributor')).id).toBe(note.id);
    const managerBefore = (await inbox('manager')).unreadCount;
    await send('PATCH', `/api/v1/actions/${action.id}`, 'manager', { ownerId: s.cast.manager.user.id }, renamed.version);
    expect((await inbox('manager')).unreadCount).toBe(managerBefore);
  });

  it('sends a change request’s news to its board, and a status report’s to the PMO and, sent back, to its manager with the PMO’s comment', async () => {
    const p = await newProject('Reporting', { sponsorId: s.cast.executive.user.id });
    const change = await send('POST', `/api/v1/projects/${p.id}/change-requests`, 'manager', { title: 'Add a loading bay', reason: 'Deliveries grew' });
    await send('POST', `/api/v1/change-requests/${change.id}/submit`, 'manager', { comment: '' }, change.version);
    expect(await newest('executive')).toMatchObject({ kind: 'approval_waiting', title: `Change request ${change.code} of ${p.code} waits for the change board`, link: `/change-requests/${change.id}` });

    const draft = await send('POST', `/api/v1/projects/${p.id}/status-reports`, 'manager', {});
    const written = await send('PATCH', `/api/v1/status-reports/${draft.id}`, 'manager', { summary: 'Design done.' }, draft.version);
    const submitted = await send('POST', `/api/v1/status-reports/${draft.id}/submit`, 'manager', { comment: '' }, written.version);
    expect(await newest('pmo')).toMatchObject({ kind: 'approval_waiting', title: `Status report ${draft.code} of ${p.code} waits for the PMO’s review`, link: `/status-reports/${draft.id}` });
    await send('POST', `/api/v1/status-reports/${draft.id}/review`, 'pmo', { decision: 'send_back', comment: 'Add the recovery plan.' }, submitted.version);
    expect(await newest('manager')).toMatchObject({ kind: 'report_sent_back', title: `Status report ${draft.code} of ${p.code} was sent back`, body: 'Pmo Person: Add the recovery plan.', actorName: 'Pmo Person' });
  });

  it('notices late status reports and policy breaches at the scheduler’s tick, once each, for the project’s manager', async () => {
    const p = await newProject('Quiet project');
    await noticeReportsDue(s.deps);
    await noticeBreaches(s.deps);
    const mine = async () => (await inbox('manager', '?limit=200')).items.filter((n: { projectId: string }) => n.projectId === p.id);
    const first = await mine();
    expect(first.filter((n: { kind: string }) => n.kind === 'report_due')).toEqual([expect.objectContaining({ title: `The status report of ${p.code} is late`, link: `/projects/${p.id}/status`, actorName: null })]);
    const breaches = first.filter((n: { kind: string }) => n.kind === 'breach_raised');
    // It has no sponsor: a critical breach of the PMO's policy.
    expect(breaches.map((n: { title: string }) => n.title)).toContain(`${p.code} breaches “Manager and sponsor are named” (critical)`);
    await noticeReportsDue(s.deps);
    await noticeBreaches(s.deps);
    expect(await mine()).toHaveLength(first.length);
  });

  it('marks some or all read and keeps the unread count true; each person sees only their own', async () => {
    const p = await newProject('Read me');
    for (const title of ['One', 'Two', 'Three']) await send('POST', `/api/v1/projects/${p.id}/actions`, 'manager', { title, ownerId: s.cast.contributor.user.id });
    const unread = await inbox('contributor', '?unread=true&limit=2');
    expect(unread.items).toHaveLength(2);
    expect(unread.nextCursor).not.toBeNull();
    const rest = await inbox('contributor', `?unread=true&limit=2&cursor=${unread.nextCursor}`);
    expect(rest.items[0].id).not.toBe(unread.items[1].id);
    const marked = await send('POST', '/api/v1/me/notifications/read', 'contributor', { ids: [unread.items[0].id, unread.items[0].id] });
    expect(marked).toEqual({ marked: 1, unreadCount: unread.unreadCount - 1 });
    expect((await send('POST', '/api/v1/me/notifications/read', 'outsider', { ids: [unread.items[1].id] })).marked).toBe(0);
    expect((await send('POST', '/api/v1/me/notifications/read', 'contributor', { all: true })).unreadCount).toBe(0);
    expect((await inbox('contributor', '?unread=true')).items).toEqual([]);
    const neither = await call(s.app, 'POST', '/api/v1/me/notifications/read', { token: s.cast.contributor.token, body: {} });
    expect(neither.statusCode).toBe(400);
    expect(neither.body).toContain('ids (a list) or all: true');
  });

  it('keeps each person’s e-mail choice per kind, with defaults, and audits a change', async () => {
    const prefs = await send('GET', '/api/v1/me/notification-preferences', 'member');
    expect(prefs).toMatchObject({ mailEnabled: false, email: 'member@example.org' });
    expect(Object.fromEntries(prefs.kinds.map((k: { kind: string; email: boolean }) => [k.kind, k.email]))).toEqual({ approval_waiting: true, report_due: true, report_sent_back: true, action_assigned: true, breach_raised: false, mention: true, timesheet_returned: true, resource_request_answered: true, request_decided: true });
    const changed = await send('PUT', '/api/v1/me/notification-preferences', 'member', { email: { breach_raised: true, mention: false } });
    expect(changed.kinds.filter((k: { email: boolean }) => !k.email).map((k: { kind: string }) => k.kind)).toEqual(['mention']);
    expect((await send('GET', '/api/v1/me/notification-preferences', 'pmo')).kinds.find((k: { kind: string }) => k.kind === 'mention').email).toBe(true);
    const audit = await s.database.db.selectFrom('auditEvents').selectAll().where('entityType', '=', 'notification_preferences').where('entityId', '=', s.cast.member.user.id).execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.afterJson!)).toMatchObject({ breach_raised: true, mention: false });
    const unknown = await call(s.app, 'PUT', '/api/v1/me/notification-preferences', { token: s.cast.member.token, body: { email: { weather: true } } });
    expect(unknown.statusCode).toBe(400);
  });
});
