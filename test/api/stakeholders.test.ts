// Stakeholders and communication plans through the API on both databases: the register with
// people in Orrery and outside it, the power–interest grid with its quadrants and engagement gaps,
// a plan's items with their recipients, recording one done, and the due list across projects that
// reminder jobs will send (what, to whom, by whom), limited to the projects the reader may see.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { addDays, nextDueAfter } from '../../src/core/communications/communication-due.ts';
import { sheetRows, xlsxBook } from '../helpers/report-files.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
const today = () => new Date().toISOString().slice(0, 10);

describe.each(DIALECTS)('stakeholders and communication plans on %s', (dialect) => {
  const s = apiSuite(dialect);
  const as = (who: Who) => s.cast[who].token;
  const get = (path: string, who: Who = 'manager') => call(s.app, 'GET', path, { token: as(who) });
  const post = (path: string, body: unknown, who: Who = 'manager', ifMatch?: number) => call(s.app, 'POST', path, { token: as(who), body, ...(ifMatch !== undefined && { ifMatch }) });
  const patch = (path: string, version: number, body: unknown, who: Who = 'manager') => call(s.app, 'PATCH', path, { token: as(who), body, ifMatch: version });
  const newProject = async (name: string) => {
    const { id } = await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id });
    await setProjectMember(systemContext(s.deps), id, s.cast.contributor.user.id, 'contributor');
    return id;
  };
  const addStakeholder = async (projectId: string, body: object, who: Who = 'manager') => {
    const res = await post(`/api/v1/projects/${projectId}/stakeholders`, body, who);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('keeps a register of people in Orrery and outside it, and places them on the power–interest grid with their engagement gap', async () => {
    const projectId = await newProject('Relocation');
    const cfo = await addStakeholder(projectId, { userId: s.cast.executive.user.id, role: 'CFO', category: 'executive', influence: 5, interest: 4, engagementCurrent: 'supportive', engagementDesired: 'leading' }, 'contributor');
    expect(cfo).toMatchObject({ code: expect.stringMatching(/^STK-\d+$/), title: 'Executive Person', userName: 'Executive Person', contactEmail: 'executive@example.org', quadrant: 'manage_closely', engagementGap: 1, status: 'active' });
    const council = await addStakeholder(projectId, { title: 'Works council', category: 'team', email: ' Council@Example.org ', influence: 4, interest: 5, engagementCurrent: 'resistant', engagementDesired: 'supportive', ownerId: s.cast.manager.user.id });
    expect(council).toMatchObject({ contactEmail: 'council@example.org', quadrant: 'manage_closely', engagementGap: 2, ownerName: 'Manager Person' });
    await addStakeholder(projectId, { title: 'Regulator', category: 'regulator', influence: 5, interest: 1, engagementCurrent: 'unaware', engagementDesired: 'neutral' });
    await addStakeholder(projectId, { title: 'Staff on site B', category: 'user', influence: 2, interest: 5 });
    const gone = await addStakeholder(projectId, { title: 'Old landlord', influence: 1, interest: 1 });
    expect((await patch(`/api/v1/stakeholders/${gone.id}`, 1, { status: 'inactive' })).statusCode).toBe(200);

    const twice = await post(`/api/v1/projects/${projectId}/stakeholders`, { userId: s.cast.executive.user.id, influence: 1, interest: 1 });
    expect([twice.statusCode, twice.json().errors]).toEqual([422, [{ path: 'userId', message: `already ${cfo.code}` }]]);
    const nameless = await post(`/api/v1/projects/${projectId}/stakeholders`, { influence: 1, interest: 1 });
    expect([nameless.statusCode, nameless.json().errors[0].path]).toEqual([422, 'title']);
    const badEmail = await post(`/api/v1/projects/${projectId}/stakeholders`, { title: 'X', email: 'not-an-address', influence: 1, interest: 1 });
    expect(badEmail.statusCode).toBe(400);
    expect((await post(`/api/v1/projects/${projectId}/stakeholders`, { title: 'X', influence: 6, interest: 1 })).statusCode).toBe(400);
    expect((await post(`/api/v1/projects/${projectId}/stakeholders`, { title: 'X', influence: 1, interest: 1 }, 'executive')).statusCode).toBe(403);

    const grid = await get(`/api/v1/projects/${projectId}/stakeholder-grid`, 'executive');
    expect(grid.statusCode, grid.body).toBe(200);
    expect(grid.json()).toMatchObject({ projectId, highFrom: 3, total: 4, belowDesired: 4 });
    expect(grid.json().quadrants.map((q: { quadrant: string; count: number; stakeholders: Array<{ title: string; engagementGap: number }> }) => [q.quadrant, q.count, q.stakeholders.map((x) => `${x.title}:${x.engagementGap}`)])).toEqual([
      ['manage_closely', 2, ['Works council:2', 'Executive Person:1']],
      ['keep_satisfied', 1, ['Regulator:2']],
      ['keep_informed', 1, ['Staff on site B:1']],
      ['monitor', 0, []],
    ]);
    expect(grid.json().engagement.find((e: { level: string }) => e.level === 'supportive')).toEqual({ level: 'supportive', current: 1, desired: 2 });
    expect((await get(`/api/v1/projects/${projectId}/stakeholder-grid`, 'outsider')).statusCode).toBe(404);

    const satisfied = (await get(`/api/v1/stakeholders?projectId=${projectId}&quadrant=keep_satisfied`)).json().items;
    expect(satisfied.map((x: { title: string }) => x.title)).toEqual(['Regulator']);
    const byInfluence = (await get(`/api/v1/stakeholders?projectId=${projectId}&status=active&sort=-influence`)).json().items;
    expect(byInfluence.map((x: { influence: number }) => x.influence)).toEqual([5, 5, 4, 2]);
    expect((await get(`/api/v1/stakeholders?projectId=${projectId}`, 'outsider')).json().items).toEqual([]);
  });

  it('plans communications to stakeholders, people and groups, moves the next due date on when one is done, and lists what is due to whom across projects', async () => {
    const projectId = await newProject('Comms');
    const other = await newProject('Other comms');
    const board = await addStakeholder(projectId, { title: 'Board', email: 'board@example.org', influence: 5, interest: 5 });
    const pmoPerson = await addStakeholder(projectId, { userId: s.cast.pmo.user.id, influence: 3, interest: 3 });
    const foreign = await addStakeholder(other, { title: 'Elsewhere', influence: 1, interest: 1 });
    const audience = { stakeholderIds: [board.id, pmoPerson.id], userIds: [s.cast.pmo.user.id, s.cast.contributor.user.id], groups: ['All staff on site B'] };
    const report = await post(`/api/v1/projects/${projectId}/communications`, { title: 'Monthly status report', type: 'status_report', frequency: 'monthly', channel: 'email', ownerId: s.cast.contributor.user.id, audience, nextDueOn: addDays(today(), -3) });
    expect(report.statusCode, report.body).toBe(201);
    expect(report.json()).toMatchObject({ code: expect.stringMatching(/^COM-\d+$/), dueState: 'overdue', daysOverdue: 3, ownerEmail: 'contributor@example.org' });
    expect(report.json().recipients).toEqual([
      { via: 'stakeholder', id: board.id, code: board.code, name: 'Board', email: 'board@example.org' },
      { via: 'stakeholder', id: pmoPerson.id, code: pmoPerson.code, name: 'Pmo Person', email: 'pmo@example.org' },
      { via: 'person', id: s.cast.contributor.user.id, code: null, name: 'Contributor Person', email: 'contributor@example.org' },
      { via: 'group', id: null, code: null, name: 'All staff on site B', email: null },
    ]);
    const weekly = (await post(`/api/v1/projects/${projectId}/communications`, { title: 'Team update', frequency: 'weekly', channel: 'chat' })).json();
    expect(weekly).toMatchObject({ nextDueOn: today(), dueState: 'due', recipients: [] });
    const milestone = (await post(`/api/v1/projects/${projectId}/communications`, { title: 'Go-live note', frequency: 'per_milestone', channel: 'intranet', nextDueOn: addDays(today(), 5) })).json();
    const adHoc = (await post(`/api/v1/projects/${projectId}/communications`, { title: 'Press', frequency: 'ad_hoc', channel: 'other' })).json();
    expect(adHoc).toMatchObject({ nextDueOn: null, dueState: 'unscheduled' });
    const paused = (await post(`/api/v1/projects/${projectId}/communications`, { title: 'Paused letter', frequency: 'weekly', channel: 'email', status: 'paused', nextDueOn: '2020-01-01' })).json();
    const elsewhere = (await post(`/api/v1/projects/${other}/communications`, { title: 'Other report', frequency: 'fortnightly', channel: 'report', nextDueOn: addDays(today(), -1) })).json();

    const foreignAudience = await post(`/api/v1/projects/${projectId}/communications`, { title: 'x', frequency: 'weekly', channel: 'email', audience: { stakeholderIds: [foreign.id] } });
    expect([foreignAudience.statusCode, foreignAudience.json().errors]).toEqual([422, [{ path: 'audience.stakeholderIds[0]', message: 'not a stakeholder of this project' }]]);

    const due = await get(`/api/v1/communications/due?projectId=${projectId}&withinDays=7`, 'pmo');
    expect(due.statusCode, due.body).toBe(200);
    expect(due.json().on).toBe(today());
    expect(due.json().items.map((i: { title: string; reminder: { state: string; daysOverdue: number | null } }) => [i.title, i.reminder.state, i.reminder.daysOverdue])).toEqual([
      ['Monthly status report', 'overdue', 3],
      ['Team update', 'due', 0],
      ['Go-live note', 'upcoming', null],
    ]);
    expect(due.json().items[0].reminder.to).toEqual({ id: s.cast.contributor.user.id, name: 'Contributor Person', email: 'contributor@example.org' });
    expect(due.json().items[1].reminder.to).toBeNull();
    const onlyLate = (await get(`/api/v1/communications/due?on=${addDays(today(), -2)}`, 'manager')).json().items.map((i: { id: string }) => i.id);
    expect(onlyLate).toEqual([report.json().id]);
    const everywhere = (await get('/api/v1/communications/due', 'manager')).json().items.map((i: { id: string }) => i.id);
    expect(everywhere).toEqual(expect.arrayContaining([report.json().id, weekly.id, elsewhere.id]));
    expect(everywhere).not.toContain(paused.id);
    expect((await get('/api/v1/communications/due', 'outsider')).json().items).toEqual([]);

    const done = await post(`/api/v1/communications/${report.json().id}/done`, {}, 'contributor', 1);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ lastDoneOn: today(), lastDoneBy: s.cast.contributor.user.id, nextDueOn: nextDueAfter('monthly', today()), dueState: 'later', version: 2 });
    const future = await post(`/api/v1/communications/${weekly.id}/done`, { on: addDays(today(), 1) }, 'manager', 1);
    expect([future.statusCode, future.json().errors]).toEqual([422, [{ path: 'on', message: 'in the future' }]]);
    expect((await post(`/api/v1/communications/${weekly.id}/done`, {}, 'manager', 9)).statusCode).toBe(409);
    const backdated = await post(`/api/v1/communications/${weekly.id}/done`, { on: addDays(today(), -10) }, 'manager', 1);
    expect(backdated.json()).toMatchObject({ nextDueOn: addDays(today(), -3), dueState: 'overdue' });
    const milestoneDone = await post(`/api/v1/communications/${milestone.id}/done`, {}, 'manager', 1);
    expect(milestoneDone.json()).toMatchObject({ nextDueOn: null, dueState: 'unscheduled' });
    const fortnightly = await patch(`/api/v1/communications/${backdated.json().id}`, 2, { frequency: 'fortnightly' });
    expect(fortnightly.json()).toMatchObject({ nextDueOn: addDays(today(), 4), dueState: 'later' });
    expect((await post(`/api/v1/communications/${weekly.id}/done`, {}, 'executive', 3)).statusCode).toBe(403);

    const plan = await get(`/api/v1/projects/${projectId}/communication-plan`, 'executive');
    expect(plan.statusCode, plan.body).toBe(200);
    expect(plan.json().counts).toEqual({ overdue: 0, due: 0, active: 4, paused: 1 });
    expect(plan.json().items.map((i: { title: string; dueState: string }) => `${i.title}:${i.dueState}`)).toEqual(['Team update:later', 'Monthly status report:later', 'Go-live note:unscheduled', 'Press:unscheduled', 'Paused letter:paused']);
    expect((await get(`/api/v1/projects/${projectId}/communication-plan`, 'outsider')).statusCode).toBe(404);
    const reports = (await get(`/api/v1/communications?projectId=${projectId}&type=status_report`)).json().items;
    expect(reports.map((i: { id: string }) => i.id)).toEqual([report.json().id]);
  });

  it('exports the register and the plan as spreadsheets, only for projects the reader may see', async () => {
    const projectId = await newProject('Exported');
    const council = await addStakeholder(projectId, { title: 'Works council', organisation: 'Staff', email: 'council@example.org', influence: 4, interest: 5, engagementCurrent: 'resistant', engagementDesired: 'supportive' });
    await addStakeholder(projectId, { userId: s.cast.executive.user.id, influence: 5, interest: 2 });
    const item = await post(`/api/v1/projects/${projectId}/communications`, { title: 'Monthly pack', type: 'status_report', frequency: 'monthly', channel: 'email', ownerId: s.cast.manager.user.id, audience: { stakeholderIds: [council.id], userIds: [], groups: ['Board'] }, report: { kind: 'portfolio', format: 'pdf' } });
    expect(item.statusCode, item.body).toBe(201);

    const xlsx = await get(`/api/v1/stakeholders/export?projectId=${projectId}`);
    expect(xlsx.headers['content-disposition']).toContain(`stakeholders-${council.projectCode}.xlsx`);
    const book = await xlsxBook(xlsx.rawPayload);
    const rows = sheetRows(book, 'Stakeholders');
    expect(rows.map((r) => [r.Title, r.Quadrant, r.Gap, r['E-mail']])).toEqual([
      ['Works council', 'manage closely', 2, 'council@example.org'],
      ['Executive Person', 'keep satisfied', 1, 'executive@example.org'],
    ]);
    const csv = (await get(`/api/v1/communications/export?projectId=${projectId}&format=csv`)).body.replace(/^\uFEFF/, '');
    expect(csv).toContain('Monthly pack');
    expect(csv).toContain('Works council <council@example.org>; Board');
    expect(csv).toContain('portfolio report (pdf)');
    const outsiders = await get(`/api/v1/stakeholders/export?projectId=${projectId}&format=csv`, 'outsider');
    expect(outsiders.body).not.toContain('Works council');
  });
});
