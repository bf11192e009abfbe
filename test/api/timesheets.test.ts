// Timesheets on both databases: a contributor's week saved, submitted and approved by the project's
// manager becomes actual work on the tasks; a returned sheet goes back with the comment; the PMO's
// locked period refuses changes, submissions, approvals and returns there; people off the team,
// finished and summary tasks cannot be booked; stale saves conflict; the approval queue shows each
// approver the sheets of their projects only, never their own; a project's manager approves only
// that project's hours, and a sheet on several projects is approved once each project's hours
// are; and the person's line manager sees, approves and returns their whole sheet.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createScheduleTask, getSchedule, updateScheduleSettings, updateScheduleTask } from '../../src/app/schedules/schedule-commands.ts';
import { createResource, updateResource } from '../../src/app/resources/resources.ts';
import { createAssignment } from '../../src/app/resources/assignments.ts';
import { approvedMinutes } from '../../src/app/timesheets/approved-actuals.ts';
import { makePerson } from '../helpers/fixtures.ts';

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';
type Method = 'GET' | 'POST' | 'PUT';
type Json = Record<string, any>;
const week = (m: number[]) => [...m, ...Array(7 - m.length).fill(0)];

describe.each(DIALECTS)('timesheets on %s', (dialect) => {
  const s = apiSuite(dialect);
  const request = (method: Method, path: string, who: Who, body?: unknown, ifMatch?: number) => call(s.app, method, path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
  const send = async (method: Method, path: string, who: Who, body?: unknown, ifMatch?: number): Promise<Json> => {
    const res = await request(method, path, who, body, ifMatch);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const save = (who: Who, weekStart: string, rows: Json[], ifMatch: number) => send('PUT', `/api/v1/me/timesheets/${weekStart}`, who, { rows }, ifMatch);
  const step = (who: Who, sheet: Json, action: 'submit' | 'recall') => send('POST', `/api/v1/timesheets/${sheet.id}/${action}`, who, {}, sheet.version);
  const decide = (who: Who, sheet: Json, decision: 'approve' | 'return', comment = '') => request('POST', `/api/v1/timesheets/${sheet.id}/decision`, who, { decision, comment }, sheet.version);
  /** The sheets awaiting this person's approval, of weeks from `since` on (earlier tests leave theirs). */
  const queue = async (who: Who, since = '2026-01-01') => ((await send('GET', '/api/v1/timesheets?awaitingMe=true', who)).items as Json[]).filter((t) => t.weekStart >= since);
  const notes = async (who: Who, kind: string) => ((await send('GET', '/api/v1/me/notifications?limit=200', who)).items as Json[]).filter((n) => n.kind === kind);

  /** A live project of `manager` with the contributor on its team: a summary with two tasks under it, and a finished task. */
  const newProject = async (name: string, manager: Who = 'manager') => {
    const p = await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, managerId: s.cast[manager].user.id });
    const system = systemContext(s.deps);
    await setProjectMember(system, p.id, s.cast.contributor.user.id, 'contributor');
    const summary = await createScheduleTask(system, p.id, { name: 'Build', durationMinutes: 480 });
    const design = await createScheduleTask(system, p.id, { name: 'Design', durationMinutes: 2400, outlineLevel: 2 });
    const code = await createScheduleTask(system, p.id, { name: 'Code', durationMinutes: 4800, outlineLevel: 2 });
    const done = await createScheduleTask(system, p.id, { name: 'Kick-off', durationMinutes: 480, percentComplete: 100 });
    return { p, summary: summary.taskId, design: design.taskId, code: code.taskId, done: done.taskId };
  };

  it('turns a week saved, submitted and approved into actual work on its tasks', async () => {
    const { p, design, code } = await newProject('Actuals');
    const empty = await send('GET', '/api/v1/me/timesheets/2026-03-02', 'contributor');
    expect(empty).toMatchObject({ id: null, status: 'draft', version: 0, rows: [], totalMinutes: 0, canEdit: true, canSubmit: false, dates: ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'] });
    expect(await s.database.db.selectFrom('timesheets').select('id').where('userId', '=', s.cast.contributor.user.id).execute()).toEqual([]);

    const rows = [
      { projectId: p.id, taskId: design, minutes: week([450, 480]), note: 'Wireframes' },
      { projectId: p.id, taskId: null, minutes: week([0, 0, 60]) },
      { projectId: p.id, taskId: design, overtime: true, minutes: week([0, 0, 0, 0, 0, 120]) },
      { projectId: p.id, taskId: code, minutes: week([0, 0, 420, 480, 480]) },
    ];
    const saved = await save('contributor', '2026-03-02', rows, 0);
    expect(saved).toMatchObject({ status: 'draft', version: 1, totalMinutes: 2490, overtimeMinutes: 120, dayTotals: [450, 480, 480, 480, 480, 120, 0], canSubmit: true });
    expect(saved.rows.map((r: Json) => [r.taskName, r.wbs, r.overtime, r.totalMinutes])).toEqual([
      [null, null, false, 60],
      ['Design', '1.1', false, 930],
      ['Design', '1.1', true, 120],
      ['Code', '1.2', false, 1380],
    ]);
    expect(saved.rows[1]).toMatchObject({ projectCode: p.code, projectName: 'Actuals', note: 'Wireframes', minutes: [450, 480, 0, 0, 0, 0, 0], visible: true });

    const submitted = await step('contributor', saved, 'submit');
    expect(submitted).toMatchObject({ status: 'submitted', version: 2, canEdit: false, canRecall: true, submittedAt: expect.any(String) });
    expect(await notes('manager', 'approval_waiting')).toEqual([expect.objectContaining({ title: 'The timesheet of Contributor Person for the week of 2026-03-02 waits for your approval', link: `/timesheet-approvals?open=${saved.id}` })]);
    const forManager = await send('GET', `/api/v1/timesheets/${saved.id}`, 'manager');
    expect(forManager).toMatchObject({ canDecide: true, canEdit: false, user: { name: 'Contributor Person' } });

    const approved = (await decide('manager', submitted, 'approve')).json();
    expect(approved).toMatchObject({ status: 'approved', version: 3, decidedBy: { name: 'Manager Person' }, canDecide: false, canEdit: false });
    const schedule = await send('GET', `/api/v1/projects/${p.id}/schedule`, 'contributor');
    const work = Object.fromEntries(schedule.tasks.map((t: Json) => [t.name, t.actualWorkMinutes]));
    expect(work).toEqual({ Build: 0, Design: 1050, Code: 1380, 'Kick-off': 0 });
    expect(await send('GET', `/api/v1/projects/${p.id}/timesheet-actuals?upTo=2026-03-04`, 'executive')).toEqual({
      projectId: p.id,
      upTo: '2026-03-04',
      totalMinutes: 1410,
      projectLevelMinutes: 60,
      tasks: [
        { taskId: design, name: 'Design', wbs: '1.1', minutes: 930, overtimeMinutes: 0 },
        { taskId: code, name: 'Code', wbs: '1.2', minutes: 420, overtimeMinutes: 0 },
      ],
    });
    const perDay = await approvedMinutes(s.deps.db, { projectIds: [p.id], from: '2026-03-07', by: ['task', 'user', 'date', 'overtime'] });
    expect(perDay).toEqual([{ projectId: p.id, taskId: design, userId: s.cast.contributor.user.id, date: '2026-03-07', overtime: true, minutes: 120 }]);
    expect(await approvedMinutes(s.deps.db, { projectIds: [] })).toEqual([]);

    const again = await request('PUT', '/api/v1/me/timesheets/2026-03-02', 'contributor', { rows: [] }, 3);
    expect(again.statusCode).toBe(422);
    expect(again.json().detail).toContain('approved hours are final');
    const audit = await s.database.db.selectFrom('auditEvents').select(['action', 'actorId']).where('entityType', '=', 'timesheet').where('entityId', '=', saved.id).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'submit', 'approve']);
    expect(audit[2]!.actorId).toBe(s.cast.manager.user.id);
  });

  it('returns a sheet to its owner with the approver’s comment, and takes it again once corrected', async () => {
    const { p, design } = await newProject('Returns');
    const saved = await save('contributor', '2026-03-09', [{ projectId: p.id, taskId: design, minutes: week([600, 600, 600]) }], 0);
    const submitted = await step('contributor', saved, 'submit');
    const bare = await decide('manager', submitted, 'return', '  ');
    expect(bare.statusCode).toBe(422);
    expect(bare.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'comment' }] });
    const returned = (await decide('manager', submitted, 'return', 'Ten hours a day? Split the design review out.')).json();
    expect(returned).toMatchObject({ status: 'returned', comment: 'Ten hours a day? Split the design review out.', decidedBy: { name: 'Manager Person' } });
    expect(await notes('contributor', 'timesheet_returned')).toEqual([
      expect.objectContaining({ title: 'Your timesheet for the week of 2026-03-09 was returned', body: 'Manager Person: Ten hours a day? Split the design review out.', link: '/timesheet?week=2026-03-09' }),
    ]);
    const mine = await send('GET', '/api/v1/me/timesheets/2026-03-09', 'contributor');
    expect(mine).toMatchObject({ status: 'returned', canEdit: true, canSubmit: true, comment: 'Ten hours a day? Split the design review out.' });
    const corrected = await save('contributor', '2026-03-09', [{ projectId: p.id, taskId: design, minutes: week([480, 480, 480]) }, { projectId: p.id, taskId: null, minutes: week([120, 120, 120]) }], mine.version);
    expect(corrected.status).toBe('returned');
    expect((await step('contributor', corrected, 'submit')).status).toBe('submitted');
    const schedule = await send('GET', `/api/v1/projects/${p.id}/schedule`, 'manager');
    expect(schedule.tasks.find((t: Json) => t.id === design).actualWorkMinutes).toBe(0);
  });

  it('lets only its owner submit a sheet, and recall it back to draft while it is submitted', async () => {
    const { p, code } = await newProject('Recalls');
    const saved = await save('contributor', '2026-03-16', [{ projectId: p.id, taskId: code, minutes: week([480]) }], 0);
    const recallDraft = await request('POST', `/api/v1/timesheets/${saved.id}/recall`, 'contributor', {}, saved.version);
    expect(recallDraft.statusCode).toBe(422);
    for (const who of ['pmo', 'admin', 'manager'] as const) expect((await request('POST', `/api/v1/timesheets/${saved.id}/submit`, who, {}, saved.version)).statusCode, who).toBe(403);
    const submitted = await step('contributor', saved, 'submit');
    expect((await request('POST', `/api/v1/timesheets/${saved.id}/recall`, 'manager', {}, submitted.version)).statusCode).toBe(403);
    const recalled = await step('contributor', submitted, 'recall');
    expect(recalled).toMatchObject({ status: 'draft', canEdit: true, version: 3 });
    expect((await queue('manager')).map((t) => t.id)).not.toContain(saved.id);
    const empty = await save('contributor', '2026-03-16', [], recalled.version);
    const nothing = await request('POST', `/api/v1/timesheets/${saved.id}/submit`, 'contributor', {}, empty.version);
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json().detail).toContain('no hours');
  });

  it('refuses changes, submissions, approvals and returns in the locked period, and lets the PMO move the lock', async () => {
    const { p, design, code } = await newProject('Month end');
    const draft = await save('contributor', '2026-01-26', [{ projectId: p.id, taskId: design, minutes: week([480, 480, 480, 480, 480]) }], 0);
    const other = await save('contributor', '2026-01-19', [{ projectId: p.id, taskId: design, minutes: week([480]) }], 0);
    const waiting = await step('contributor', other, 'submit');
    expect((await request('PUT', '/api/v1/settings/timesheet-lock', 'manager', { lockedThrough: '2026-01-31' }, 0)).statusCode).toBe(403);
    const lock = await send('PUT', '/api/v1/settings/timesheet-lock', 'pmo', { lockedThrough: '2026-01-28' }, 0);
    expect(lock).toMatchObject({ lockedThrough: '2026-01-28', lockedBy: { name: 'Pmo Person' }, version: 1 });
    try {
      const inside = await request('PUT', '/api/v1/me/timesheets/2026-01-26', 'contributor', { rows: [{ projectId: p.id, taskId: design, minutes: week([480, 420, 480, 480, 480]) }] }, draft.version);
      expect(inside.statusCode).toBe(422);
      expect(inside.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: '2026-01-27', message: 'locked (through 2026-01-28)' }] });
      expect(inside.json().detail).toMatch(/locked through 2026-01-28.*PMO member or an administrator can move the lock back/);
      const removing = await request('PUT', '/api/v1/me/timesheets/2026-01-26', 'contributor', { rows: [] }, draft.version);
      expect(removing.statusCode).toBe(422);
      const after = await save('contributor', '2026-01-26', [
        { projectId: p.id, taskId: design, minutes: week([480, 480, 480, 240, 480]) },
        { projectId: p.id, taskId: code, minutes: week([0, 0, 0, 240]) },
      ], draft.version);
      expect(after.lockedThrough).toBe('2026-01-28');
      expect(after.dayTotals).toEqual([480, 480, 480, 480, 480, 0, 0]);
      const submit = await request('POST', `/api/v1/timesheets/${after.id}/submit`, 'contributor', {}, after.version);
      expect(submit.statusCode).toBe(422);
      expect(submit.json().detail).toContain('cannot submit this timesheet with hours on 2026-01-26, 2026-01-27, 2026-01-28');
      const back = await decide('manager', waiting, 'return', 'Wrong week');
      expect(back.statusCode).toBe(422);
      expect((await request('POST', `/api/v1/timesheets/${waiting.id}/recall`, 'contributor', {}, waiting.version)).statusCode).toBe(422);
      // Locked is closed for actuals: its hours are not approved either, until the PMO reopens the days.
      for (const who of ['manager', 'pmo'] as const) {
        const approve = await decide(who, waiting, 'approve');
        expect(approve.statusCode, who).toBe(422);
        expect(approve.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: '2026-01-19', message: 'locked (through 2026-01-28)' }] });
        expect(approve.json().detail).toBe('Timesheets are locked through 2026-01-28: you cannot approve this timesheet with hours on 2026-01-19. A PMO member or an administrator can move the lock back (Timesheet approvals → Locked period).');
      }
      expect((await send('GET', `/api/v1/timesheets/${waiting.id}`, 'manager')).status).toBe('submitted');
      const schedule = await send('GET', `/api/v1/projects/${p.id}/schedule`, 'manager');
      expect(schedule.tasks.find((t: Json) => t.id === design).actualWorkMinutes).toBe(0);
    } finally {
      const current = await send('GET', '/api/v1/settings/timesheet-lock', 'member');
      await send('PUT', '/api/v1/settings/timesheet-lock', 'admin', { lockedThrough: null }, current.version);
    }
    expect((await send('GET', '/api/v1/settings/timesheet-lock', 'contributor')).lockedThrough).toBeNull();
    expect((await decide('manager', waiting, 'approve')).json()).toMatchObject({ status: 'approved' });
    const sheet = await send('GET', '/api/v1/me/timesheets/2026-01-26', 'contributor');
    expect((await step('contributor', sheet, 'submit')).status).toBe('submitted');
  });

  it('books only on projects whose team one is on and on their open tasks', async () => {
    const { p, summary, design, done } = await newProject('Who books');
    const other = await newProject('Elsewhere');
    const bookable = await send('GET', `/api/v1/me/bookable-tasks?projectId=${p.id}`, 'contributor');
    expect(bookable.items.map((t: Json) => [t.taskName, t.wbs])).toEqual([[null, null], ['Design', '1.1'], ['Code', '1.2']]);
    expect((await send('GET', '/api/v1/me/bookable-tasks', 'outsider')).items).toEqual([]);
    expect((await send('GET', '/api/v1/me/bookable-tasks', 'pmo')).items).toEqual([]);

    const outsider = await request('PUT', '/api/v1/me/timesheets/2026-04-06', 'outsider', { rows: [{ projectId: p.id, taskId: design, minutes: week([60]) }] }, 0);
    expect(outsider.statusCode).toBe(422);
    expect(outsider.json()).toMatchObject({ code: 'invalid_reference', errors: [{ path: 'rows.0.projectId' }] });
    expect(outsider.json().detail).toContain('team');
    for (const [taskId, code] of [[summary, 'validation_failed'], [done, 'validation_failed'], [other.design, 'invalid_reference']] as const) {
      const res = await request('PUT', '/api/v1/me/timesheets/2026-04-06', 'contributor', { rows: [{ projectId: p.id, taskId: null, minutes: week([60]) }, { projectId: p.id, taskId, minutes: week([60]) }] }, 0);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json()).toMatchObject({ code, errors: [{ path: 'rows.1.taskId' }] });
    }
    const tooLong = await request('PUT', '/api/v1/me/timesheets/2026-04-06', 'contributor', { rows: [{ projectId: p.id, taskId: null, minutes: week([900]) }, { projectId: p.id, taskId: design, minutes: week([600]) }] }, 0);
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().errors).toEqual([{ path: 'days.0', message: '2026-04-06 adds up to 25:00: a day holds at most 24:00' }]);
    const twice = await request('PUT', '/api/v1/me/timesheets/2026-04-06', 'contributor', { rows: [{ projectId: p.id, taskId: design, minutes: week([60]) }, { projectId: p.id, taskId: design, minutes: week([0, 60]) }] }, 0);
    expect(twice.json().errors).toEqual([{ path: 'rows.1', message: expect.stringContaining('has a row already') }]);
    expect((await request('GET', '/api/v1/me/timesheets/2026-04-07', 'contributor')).statusCode).toBe(400);
  });

  it('answers 409 to a save of a version that is no longer current', async () => {
    const { p, design } = await newProject('Races');
    const first = await save('contributor', '2026-05-04', [{ projectId: p.id, taskId: design, minutes: week([60]) }], 0);
    const twin = await request('PUT', '/api/v1/me/timesheets/2026-05-04', 'contributor', { rows: [] }, 0);
    expect(twin.statusCode).toBe(409);
    expect(twin.json()).toMatchObject({ code: 'version_conflict', currentVersion: 1 });
    await save('contributor', '2026-05-04', [{ projectId: p.id, taskId: design, minutes: week([120]) }], first.version);
    const stale = await request('PUT', '/api/v1/me/timesheets/2026-05-04', 'contributor', { rows: [] }, first.version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(2);
    expect((await request('PUT', '/api/v1/me/timesheets/2026-05-11', 'contributor', { rows: [] }, 1)).json()).toMatchObject({ code: 'version_conflict', currentVersion: 0 });
    expect((await request('PUT', '/api/v1/me/timesheets/2026-05-11', 'contributor', { rows: [] })).statusCode).toBe(428);
    const submitted = await step('contributor', await send('GET', '/api/v1/me/timesheets/2026-05-04', 'contributor'), 'submit');
    expect((await request('POST', `/api/v1/timesheets/${submitted.id}/decision`, 'manager', { decision: 'approve' }, submitted.version - 1)).statusCode).toBe(409);
    expect((await send('GET', '/api/v1/me/timesheets/2026-05-04', 'contributor')).rows[0].minutes[0]).toBe(120);
  });

  it('shows each approver the submitted sheets of their projects, never their own', async () => {
    const mine = await newProject('Queue mine');
    const theirs = await newProject('Queue theirs', 'member');
    const onMine = await step('contributor', await save('contributor', '2026-06-01', [{ projectId: mine.p.id, taskId: mine.design, minutes: week([480]) }], 0), 'submit');
    const onTheirs = await step('contributor', await save('contributor', '2026-06-08', [{ projectId: theirs.p.id, taskId: theirs.design, minutes: week([480]) }], 0), 'submit');
    const mixed = await step('contributor', await save('contributor', '2026-06-15', [
      { projectId: mine.p.id, taskId: mine.code, minutes: week([240]) },
      { projectId: theirs.p.id, taskId: theirs.code, minutes: week([240]) },
    ], 0), 'submit');
    const managersOwn = await step('manager', await save('manager', '2026-06-01', [{ projectId: mine.p.id, taskId: null, minutes: week([60]) }], 0), 'submit');

    const forManager = await queue('manager', '2026-06-01');
    expect(forManager.map((t) => t.id)).toEqual([onMine.id, mixed.id]);
    expect(forManager[1]).toMatchObject({ user: { name: 'Contributor Person' }, weekStart: '2026-06-15', totalMinutes: 480, canDecide: true });
    expect(forManager[1]!.projects.map((x: Json) => [x.name, x.minutes, x.visible])).toEqual([
      ['Queue mine', 240, true],
      ['A project you cannot see', 240, false],
    ]);
    expect((await queue('member', '2026-06-01')).map((t) => t.id)).toEqual([onTheirs.id, mixed.id]);
    const forPmo = (await queue('pmo')).map((t) => t.id);
    expect(forPmo).toEqual(expect.arrayContaining([onMine.id, onTheirs.id, mixed.id, managersOwn.id]));
    expect(await queue('contributor')).toEqual([]);
    expect(await queue('executive')).toEqual([]);
    expect((await send('GET', '/api/v1/timesheets?weekStart=2026-06-08', 'manager')).items).toEqual([]);
    expect((await send('GET', '/api/v1/timesheets?status=submitted&userId=' + s.cast.manager.user.id, 'manager')).items.map((t: Json) => t.id)).toEqual([managersOwn.id]);

    expect((await request('GET', `/api/v1/timesheets/${onTheirs.id}`, 'manager')).statusCode).toBe(404);
    expect((await decide('manager', onTheirs, 'approve')).statusCode).toBe(404);
    expect((await decide('manager', managersOwn, 'approve')).statusCode).toBe(403);
    expect((await decide('executive', onMine, 'approve')).statusCode).toBe(403);
    const masked = await send('GET', `/api/v1/timesheets/${mixed.id}`, 'manager');
    expect(masked.rows.map((r: Json) => [r.projectName, r.taskName, r.visible])).toEqual([
      ['Queue mine', 'Code', true],
      ['A project you cannot see', null, false],
    ]);
    // Nobody but the manager could approve the manager's own hours on their project: the PMO is told.
    expect((await notes('pmo', 'approval_waiting')).map((n) => n.link)).toContain(`/timesheet-approvals?open=${managersOwn.id}`);
    expect((await decide('pmo', managersOwn, 'approve')).statusCode).toBe(200);

    // A project's manager approves that project's hours only; the sheet waits for the other's.
    const actualWork = async () => (await send('GET', `/api/v1/projects/${mine.p.id}/schedule`, 'manager')).tasks.find((t: Json) => t.id === mine.code).actualWorkMinutes;
    const half = (await decide('manager', mixed, 'approve')).json();
    expect(half).toMatchObject({ status: 'submitted', version: mixed.version + 1, canDecide: false, decidedBy: null });
    expect(half.approvals).toEqual([
      { projectId: mine.p.id, projectCode: mine.p.code, visible: true, approvedBy: expect.objectContaining({ name: 'Manager Person' }), approvedAt: expect.any(String), awaitsYou: false },
      { projectId: theirs.p.id, projectCode: '—', visible: false, approvedBy: null, approvedAt: null, awaitsYou: false },
    ]);
    expect(await actualWork()).toBe(0);
    expect((await queue('manager', '2026-06-01')).map((t) => t.id)).toEqual([onMine.id]);
    const again = await decide('manager', half, 'approve');
    expect(again.statusCode).toBe(422);
    expect(again.json().detail).toBe('The hours of your projects on the timesheet of the week of 2026-06-15 are approved already; the rest waits for its projects’ managers, the person’s line manager or the PMO.');
    const forMember = (await queue('member', '2026-06-01')).find((t) => t.id === mixed.id)!;
    expect(forMember.projects.map((x: Json) => [x.name, x.approved, x.awaitsYou])).toEqual([
      ['A project you cannot see', true, false],
      ['Queue theirs', false, true],
    ]);
    const whole = (await decide('member', half, 'approve')).json();
    expect(whole).toMatchObject({ status: 'approved', decidedBy: { name: 'Member Person' } });
    expect(whole.approvals.map((a: Json) => [a.projectCode, a.approvedBy.name])).toEqual([[theirs.p.code, 'Member Person'], ['—', 'Manager Person']]);
    expect(await actualWork()).toBe(240);
    expect((await queue('member', '2026-06-01')).map((t) => t.id)).toEqual([onTheirs.id]);
    const audit = await s.database.db.selectFrom('auditEvents').select(['action', 'actorId']).where('entityType', '=', 'timesheet').where('entityId', '=', mixed.id).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'submit', 'approve_projects', 'approve']);
  });

  it('lets the person’s line manager see, approve and return their whole sheet, after or before its projects’ managers', async () => {
    const lina = await makePerson(s.deps, 'lina', 'member');
    const pal = await makePerson(s.deps, 'pal', 'member');
    const system = systemContext(s.deps);
    const resource = await createResource(system, { kind: 'person', userId: s.cast.contributor.user.id, managerId: lina.user.id });
    const a = await newProject('Line A');
    const b = await newProject('Line B', 'member');
    const asLina = (method: Method, path: string, body?: unknown, ifMatch?: number) => call(s.app, method, path, { token: lina.token, body, ...(ifMatch !== undefined && { ifMatch }) });
    const linaQueue = async () => ((await asLina('GET', '/api/v1/timesheets?awaitingMe=true')).json().items as Json[]).filter((t) => t.weekStart >= '2026-07-01');
    const twoProjects = (weekStart: string) =>
      save('contributor', weekStart, [
        { projectId: a.p.id, taskId: a.design, minutes: week([240]) },
        { projectId: b.p.id, taskId: b.design, minutes: week([0, 240]) },
      ], 0);

    const first = await step('contributor', await twoProjects('2026-07-06'), 'submit');
    const told = await call(s.app, 'GET', '/api/v1/me/notifications?limit=200', { token: lina.token });
    expect(told.json().items.map((n: Json) => [n.kind, n.link])).toContainEqual(['approval_waiting', `/timesheet-approvals?open=${first.id}`]);
    expect((await linaQueue()).map((t) => [t.id, t.projects.map((x: Json) => [x.name, x.visible, x.awaitsYou])])).toEqual([[first.id, [['Line A', true, true], ['Line B', true, true]]]]);
    const seen = (await asLina('GET', `/api/v1/timesheets/${first.id}`)).json();
    expect(seen).toMatchObject({ canDecide: true, canEdit: false, user: { name: 'Contributor Person' } });
    expect(seen.rows.map((r: Json) => [r.projectName, r.taskName, r.visible])).toEqual([['Line A', 'Design', true], ['Line B', 'Design', true]]);
    expect((await call(s.app, 'GET', `/api/v1/timesheets/${first.id}`, { token: pal.token })).statusCode).toBe(404);

    // Line A's manager approves Line A's hours; the line manager approves what is left, i.e. the sheet.
    const partly = (await decide('manager', first, 'approve')).json();
    expect(partly.status).toBe('submitted');
    expect((await linaQueue()).map((t) => t.id)).toEqual([first.id]);
    const approved = (await asLina('POST', `/api/v1/timesheets/${first.id}/decision`, { decision: 'approve', comment: '' }, partly.version)).json();
    expect(approved).toMatchObject({ status: 'approved', decidedBy: { name: 'Lina Person' }, canDecide: false });
    expect(approved.approvals.map((a: Json) => [a.projectCode, a.approvedBy.name])).toEqual([[a.p.code, 'Manager Person'], [b.p.code, 'Lina Person']]);
    expect(await linaQueue()).toEqual([]);
    expect((await asLina('GET', '/api/v1/timesheets?status=approved')).json().items.map((t: Json) => t.id)).toContain(first.id);

    // Returned by the line manager after a project manager approved part of it: that approval lapses.
    const second = await step('contributor', await twoProjects('2026-07-13'), 'submit');
    const part = (await decide('member', second, 'approve')).json();
    const back = await asLina('POST', `/api/v1/timesheets/${second.id}/decision`, { decision: 'return', comment: 'Line B was a holiday.' }, part.version);
    expect(back.json()).toMatchObject({ status: 'returned', comment: 'Line B was a holiday.', decidedBy: { name: 'Lina Person' } });
    expect(back.json().approvals.map((a: Json) => a.approvedAt)).toEqual([null, null]);
    const fixed = await save('contributor', '2026-07-13', [{ projectId: a.p.id, taskId: a.design, minutes: week([240]) }], back.json().version);
    const resubmitted = await step('contributor', fixed, 'submit');
    expect(resubmitted.approvals).toEqual([expect.objectContaining({ projectCode: a.p.code, approvedAt: null })]);
    expect((await decide('member', resubmitted, 'approve')).statusCode).toBe(404);
    expect((await decide('manager', resubmitted, 'approve')).json().status).toBe('approved');

    // An executive named as the line manager approves too, as a sponsor decides a budget change.
    await updateResource(system, resource.id, resource.version, { managerId: s.cast.executive.user.id });
    const third = await step('contributor', await twoProjects('2026-07-20'), 'submit');
    expect((await queue('executive', '2026-07-01')).map((t) => [t.id, t.canDecide])).toEqual([[third.id, true]]);
    expect((await decide('executive', third, 'approve')).json()).toMatchObject({ status: 'approved', decidedBy: { name: 'Executive Person' } });
    expect(await linaQueue()).toEqual([]);
  });

  it('moves percent complete to work done against planned work where the project asks for it, never back and never to 100 %', async () => {
    const { p, design, code } = await newProject('Progress from hours');
    const system = systemContext(s.deps);
    const carpenter = await createResource(system, { kind: 'person', name: 'Carla Carpenter' });
    // Design is five days: 40 h planned at 100 %; Code is ten days: 80 h.
    await createAssignment(system, p.id, design, { resourceId: carpenter.id, units: 100 });
    await createAssignment(system, p.id, code, { resourceId: carpenter.id, units: 100 });
    const percent = async () => Object.fromEntries((await getSchedule(system, p.id)).tasks.map((t) => [t.id, t.percentComplete]));
    const approveWeek = async (weekStart: string, designMinutes: number[], codeMinutes: number[]) => {
      const saved = await save('contributor', weekStart, [{ projectId: p.id, taskId: design, minutes: week(designMinutes) }, { projectId: p.id, taskId: code, minutes: week(codeMinutes) }], 0);
      expect((await decide('manager', await step('contributor', saved, 'submit'), 'approve')).statusCode).toBe(200);
    };

    // Off by default: hours become actual work only.
    await approveWeek('2026-09-07', [600], [480]);
    expect(await percent()).toMatchObject({ [design]: 0, [code]: 0 });

    const settings = (await getSchedule(system, p.id)).settings;
    expect(settings.progressFromTimesheets).toBe(false);
    await updateScheduleSettings(system, p.id, settings.version, { progressFromTimesheets: true });
    // 10 h + 10 h of Design's 40 h = 50 %; 8 h + 16 h of Code's 80 h = 30 %.
    await approveWeek('2026-09-14', [600], [480, 480]);
    expect(await percent()).toMatchObject({ [design]: 50, [code]: 30 });

    // Planners' own figure stands when it is ahead; hours never take a task to done.
    const task = (await getSchedule(system, p.id)).tasks.find((t) => t.id === code)!;
    await updateScheduleTask(system, p.id, code, task.version, { percentComplete: 60 });
    await approveWeek('2026-09-21', [480, 480, 480, 480], [60]);
    expect(await percent()).toMatchObject({ [design]: 99, [code]: 60 });
    const audit = await s.database.db.selectFrom('auditEvents').select(['entityId', 'action']).where('action', '=', 'progress_from_timesheets').execute();
    expect(audit.map((a) => a.entityId).sort()).toEqual([code, design, design].sort());
  });
});

