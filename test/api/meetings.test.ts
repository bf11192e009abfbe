// Meetings through the API on both databases: planning one with its agenda and attendees, minutes
// saved as a scribe types them, whose DECISION and ACTION lines land in the decision log and the
// action register once each (finishing, editing, moving, deleting and restoring a line never makes
// a second item), actions shown in the register with the meeting as their source, and sending the
// minutes to the attendees (this server has no mail configured, so nothing is queued: see mail.test.ts).
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { updateLogItem } from '../../src/app/raid/raid-log.ts';
import { meetingKind } from '../../src/app/meetings/meetings.ts';

/** Counts the queries run through a database handle. */
class QueryCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count++;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

type Who = 'admin' | 'pmo' | 'executive' | 'member' | 'manager' | 'contributor' | 'outsider';

describe.each(DIALECTS)('meetings on %s', (dialect) => {
  const s = apiSuite(dialect);
  const as = (who: Who) => s.cast[who].token;
  const get = (path: string, who: Who = 'manager') => call(s.app, 'GET', path, { token: as(who) });
  const post = (path: string, body: unknown, who: Who = 'manager', ifMatch?: number) => call(s.app, 'POST', path, { token: as(who), body, ...(ifMatch !== undefined && { ifMatch }) });
  const patch = (path: string, version: number, body: unknown, who: Who = 'contributor') => call(s.app, 'PATCH', path, { token: as(who), body, ifMatch: version });
  const newProject = async (name: string) => {
    const { id } = await makeProject(s.deps, { name, portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id });
    await setProjectMember(systemContext(s.deps), id, s.cast.contributor.user.id, 'contributor');
    return id;
  };
  const plan = async (projectId: string, body: object = {}) => {
    const res = await post(`/api/v1/projects/${projectId}/meetings`, {
      title: 'Steering committee',
      type: 'steering_committee',
      ownerId: s.cast.manager.user.id,
      startsAt: '2026-12-01T10:00',
      endsAt: '2026-12-01T11:00',
      attendees: [{ userId: s.cast.manager.user.id }, { userId: s.cast.contributor.user.id }, { name: 'Ann Supplier', email: 'ann@supplier.example' }, { name: 'Bob Guest' }],
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  /** Saves the minutes under the meeting's version and returns the meeting. */
  const save = async (meeting: { id: string; version: number }, minutes: string) => {
    const res = await patch(`/api/v1/meetings/${meeting.id}`, meeting.version, { minutes });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const logOf = async (projectId: string) => ({
    decisions: (await get(`/api/v1/decisions?projectId=${projectId}&sort=code`)).json().items,
    actions: (await get(`/api/v1/actions?projectId=${projectId}&sort=code`)).json().items,
  });

  it('plans a meeting with a timed agenda and attendees from Orrery and outside, and checks what it is given', async () => {
    const projectId = await newProject('Planned meetings');
    const agenda = [{ topic: 'Status', presenter: 'Manager', minutes: 20 }, { topic: 'Budget', minutes: 30 }, { topic: 'AOB', minutes: 20 }];
    const meeting = await plan(projectId, { agenda, location: 'Room 4 / https://meet.example/abc' });
    expect(meeting).toMatchObject({ code: expect.stringMatching(/^MTG-\d+$/), status: 'planned', durationMinutes: 60, agendaMinutes: 70, agendaOverrunMinutes: 10, ownerName: 'Manager Person', minutes: '', captured: [], capturedCount: { decisions: 0, actions: 0 } });
    expect(meeting.agenda.map((a: { startsAt: string; presenter: string }) => [a.startsAt, a.presenter])).toEqual([['2026-12-01T10:00', 'Manager'], ['2026-12-01T10:20', ''], ['2026-12-01T10:50', '']]);
    expect(meeting.attendees).toEqual([
      { userId: s.cast.manager.user.id, name: 'Manager Person', email: 'manager@example.org', attended: null },
      { userId: s.cast.contributor.user.id, name: 'Contributor Person', email: 'contributor@example.org', attended: null },
      { userId: null, name: 'Ann Supplier', email: 'ann@supplier.example', attended: null },
      { userId: null, name: 'Bob Guest', email: null, attended: null },
    ]);
    const backwards = await post(`/api/v1/projects/${projectId}/meetings`, { title: 'x', startsAt: '2026-12-01T10:00', endsAt: '2026-12-01T10:00' });
    expect([backwards.statusCode, backwards.json().errors[0].path]).toEqual([422, 'endsAt']);
    const guest = await post(`/api/v1/projects/${projectId}/meetings`, { title: 'x', startsAt: '2026-12-01T10:00', endsAt: '2026-12-01T11:00', attendees: [{ email: 'x@example.org' }] });
    expect([guest.statusCode, guest.json().errors[0].path]).toEqual([422, 'attendees[0].name']);
    const twice = await post(`/api/v1/projects/${projectId}/meetings`, { title: 'x', startsAt: '2026-12-01T10:00', endsAt: '2026-12-01T11:00', attendees: [{ userId: s.cast.pmo.user.id }, { userId: s.cast.pmo.user.id }] });
    expect([twice.statusCode, twice.json().errors[0].path]).toEqual([422, 'attendees[1].userId']);
    expect((await post(`/api/v1/projects/${projectId}/meetings`, { title: 'x', startsAt: '2026-12-01T10:00', endsAt: '2026-12-01T11:00' }, 'executive')).statusCode).toBe(403);
    const list = (await get(`/api/v1/meetings?projectId=${projectId}`, 'executive')).json().items;
    expect(list).toHaveLength(1);
    expect(list[0]).not.toHaveProperty('minutes');
    expect((await get(`/api/v1/meetings/${meeting.id}`, 'outsider')).statusCode).toBe(404);
  });

  it('captures decisions and actions from minutes saved as they are typed, once each, with the meeting as the actions’ source', async () => {
    const projectId = await newProject('Minuted');
    let m = await plan(projectId);
    m = await save(m, '# Steering committee\nDECISION: We go with');
    m = await save(m, '# Steering committee\nDECISION: We go with supplier B\n- ACTION @contributor due 2026-12-08: Tell the supplier');
    m = await save(m, '# Steering committee\nDECISION: We go with supplier B\n- ACTION @contributor due 2026-12-08: Tell the supplier\nACTION @ann@supplier.example: Send the contract\nACTION @manager@example.org: Book the next board');
    m = await save(m, '# Steering committee\nDECISION: We go with supplier B\n- ACTION @contributor due 2026-12-08: Tell the supplier\nACTION @ann@supplier.example: Send the contract\nACTION @manager@example.org: Book the next board');
    expect(m.capturedCount).toEqual({ decisions: 1, actions: 3 });
    expect(m.minutesProblems).toEqual([{ line: 4, message: expect.stringContaining(`@ann@supplier.example is nobody in Orrery`) }]);

    let log = await logOf(projectId);
    expect(log.decisions).toHaveLength(1);
    expect(log.decisions[0]).toMatchObject({ title: 'We go with supplier B', outcome: 'We go with supplier B', status: 'decided', decidedBy: s.cast.manager.user.id, decidedOn: '2026-12-01', description: expect.stringContaining(m.code) });
    expect(log.actions.map((a: { title: string; ownerId: string | null; dueDate: string | null; sourceType: string; sourceId: string; sourceCode: string }) => [a.title, a.ownerId, a.dueDate, a.sourceType, a.sourceId, a.sourceCode])).toEqual([
      ['Tell the supplier', s.cast.contributor.user.id, '2026-12-08', 'meeting', m.id, m.code],
      ['Send the contract', null, null, 'meeting', m.id, m.code],
      ['Book the next board', s.cast.manager.user.id, null, 'meeting', m.id, m.code],
    ]);
    const fromMeeting = (await get(`/api/v1/actions?sourceType=meeting&sourceId=${m.id}`, 'executive')).json().items;
    expect(fromMeeting).toHaveLength(3);

    // A line inserted above, one edited, one moved, one deleted, then restored: no second item.
    const ids = () => m.captured.filter((c: { inMinutes: boolean }) => c.inMinutes).map((c: { code: string }) => c.code);
    const before = ids();
    m = await save(m, 'DECISION: Budget frozen until March\n# Steering committee\nDECISION: We go with supplier B (three-year contract)\nACTION @manager@example.org: Book the next board\n- ACTION @contributor due 2026-12-08: Tell the supplier\nACTION @ann@supplier.example: Send the contract');
    expect(ids()).toEqual([expect.stringMatching(/^DEC-/), before[0], before[3], before[1], before[2]]);
    m = await save(m, 'DECISION: Budget frozen until March\n# Steering committee\nDECISION: We go with supplier B (three-year contract)');
    expect(m.captured.filter((c: { inMinutes: boolean }) => !c.inMinutes)).toHaveLength(3);
    m = await save(m, 'DECISION: Budget frozen until March\n# Steering committee\nDECISION: We go with supplier B (three-year contract)\n- ACTION @contributor due 2026-12-08: Tell the supplier\nACTION @ann@supplier.example: Send the contract\nACTION @manager@example.org: Book the next board');
    log = await logOf(projectId);
    expect([log.decisions.length, log.actions.length]).toEqual([2, 3]);
    expect(log.decisions.map((d: { outcome: string }) => d.outcome)).toEqual(['We go with supplier B (three-year contract)', 'Budget frozen until March']);

    // An item changed in its log no longer follows its line; a stale save creates nothing.
    const tell = log.actions[0];
    expect((await patch(`/api/v1/actions/${tell.id}`, tell.version, { status: 'done' }, 'contributor')).statusCode).toBe(200);
    m = await save(m, m.minutes.replace('Tell the supplier', 'Tell the supplier and legal'));
    expect((await get(`/api/v1/actions/${tell.id}`)).json()).toMatchObject({ title: 'Tell the supplier', status: 'done' });
    expect(m.captured.find((c: { itemId: string }) => c.itemId === tell.id)).toMatchObject({ followsMinutes: false, text: 'Tell the supplier and legal' });
    const stale = await patch(`/api/v1/meetings/${m.id}`, m.version - 1, { minutes: `${m.minutes}\nDECISION: Never recorded` });
    expect(stale.statusCode).toBe(409);
    expect((await logOf(projectId)).decisions).toHaveLength(2);
    expect((await patch(`/api/v1/meetings/${m.id}`, m.version, { minutes: 'DECISION: x' }, 'executive')).statusCode).toBe(403);
  });

  it('moves a meeting from planned to held, sends its minutes to the attendees, and keeps the drafts’ length and the sent text in the audit', async () => {
    const projectId = await newProject('Sent');
    let m = await plan(projectId);
    m = await save(m, 'Attendance taken.\nDECISION: Approve stage 2');
    const early = await post(`/api/v1/meetings/${m.id}/send-minutes`, {}, 'contributor', m.version);
    expect([early.statusCode, early.json().errors[0]]).toEqual([422, { path: 'status', message: 'meeting is planned' }]);
    const skip = await patch(`/api/v1/meetings/${m.id}`, m.version, { status: 'minutes_sent' });
    expect([skip.statusCode, skip.json().detail]).toEqual([422, expect.stringContaining('send-minutes')]);
    const held = await patch(`/api/v1/meetings/${m.id}`, m.version, { status: 'held', attendees: [{ userId: s.cast.manager.user.id, attended: true }, { userId: s.cast.contributor.user.id, attended: false }, { name: 'Ann Supplier', email: 'ann@supplier.example', attended: true }, { name: 'Bob Guest', attended: true }] });
    expect(held.statusCode, held.body).toBe(200);
    const sent = await post(`/api/v1/meetings/${m.id}/send-minutes`, {}, 'contributor', held.json().version);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.headers.etag).toBe(`"${held.json().version + 1}"`);
    expect(sent.json()).toMatchObject({
      queued: false,
      withoutEmail: ['Bob Guest'],
      recipients: [
        { userId: s.cast.manager.user.id, name: 'Manager Person', email: 'manager@example.org' },
        { userId: s.cast.contributor.user.id, name: 'Contributor Person', email: 'contributor@example.org' },
        { userId: null, name: 'Ann Supplier', email: 'ann@supplier.example' },
      ],
      meeting: { status: 'minutes_sent', minutesSentBy: s.cast.contributor.user.id, minutesSentAt: expect.any(String) },
    });
    expect(sent.json().message).toContain('E-mail is not configured on this server (SMTP_URL, MAIL_FROM), so nothing was queued');
    expect(sent.json().meeting.minutesSentTo).toHaveLength(3);

    const audit = (await get(`/api/v1/audit-events?entityType=meeting&entityId=${m.id}`, 'admin')).json().items;
    const draft = audit.find((e: { action: string; after: { minutesLength?: number } }) => e.action === 'update' && e.after.minutesLength !== undefined);
    expect(draft.after).not.toHaveProperty('minutes');
    const send = audit.find((e: { action: string }) => e.action === 'send_minutes');
    expect(send.after).toMatchObject({ status: 'minutes_sent', minutes: 'Attendance taken.\nDECISION: Approve stage 2' });

    const cancelled = await plan(projectId);
    const off = await patch(`/api/v1/meetings/${cancelled.id}`, 1, { status: 'cancelled' });
    const noMinutes = await patch(`/api/v1/meetings/${cancelled.id}`, off.json().version, { minutes: 'DECISION: x' });
    expect([noMinutes.statusCode, noMinutes.json().errors[0].path]).toEqual([422, 'minutes']);
    const empty = await plan(projectId);
    const emptyHeld = await patch(`/api/v1/meetings/${empty.id}`, 1, { status: 'held' });
    const nothing = await post(`/api/v1/meetings/${empty.id}/send-minutes`, {}, 'manager', emptyHeld.json().version);
    expect([nothing.statusCode, nothing.json().errors[0].path]).toEqual([422, 'minutes']);
  });

  it('saves minutes in one transaction whose queries do not grow with the minutes: only new or edited items add their own', async () => {
    const counter = new QueryCounter();
    const ctx = { ...s.cast.contributor.ctx, db: s.deps.db.withPlugin(counter) };
    let m = await plan(await newProject('Cheap saves'));
    const decisions = (n: number) => Array.from({ length: n }, (_, i) => `DECISION: Point ${i + 1} agreed`).join('\n');
    const saveCounting = async (minutes: string) => {
      counter.count = 0;
      m = await updateLogItem(meetingKind, ctx, m.id, m.version, { minutes });
      return counter.count;
    };
    await saveCounting(decisions(1));
    const small = await saveCounting(`${decisions(1)}\nNotes typed on.`);
    const plain = await saveCounting(`${decisions(1)}\nNotes typed on, and on.`);
    expect(plain).toBe(small);
    await saveCounting(decisions(40));
    expect(m.capturedCount.decisions).toBe(40);
    expect(await saveCounting(`${decisions(40)}\nNotes typed on.`)).toBe(small);
    const oneItem = (await saveCounting(`${decisions(40)}\nNotes typed on.\nDECISION: One more`)) - small;
    const twoItems = (await saveCounting(`${decisions(40)}\nNotes typed on.\nDECISION: One more\nDECISION: Two more\nDECISION: Three more`)) - small;
    expect(oneItem).toBeGreaterThan(0);
    expect(twoItems).toBe(2 * oneItem);
  });
});
