// E-mail through the job queue on both databases, delivered to a real SMTP server running in the
// test (smtp-server): meeting minutes to the attendees, a status report accepted by the PMO to its
// project's status-report audience (text and HTML naming the project and its colours), and the
// scheduler's tick reminding owners of due communication-plan items once per due date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../helpers/databases.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { call } from '../helpers/api.ts';
import { makeProject, systemContext } from '../helpers/register-fixtures.ts';
import { reportableProject } from '../helpers/status-fixtures.ts';
import { attachmentsOf, startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.ts';
import { pdfPages, xlsxBook } from '../helpers/report-files.ts';
import { nextDueAfter } from '../../src/core/communications/communication-due.ts';
import { JobRunner } from '../../src/app/jobs/job-runner.ts';
import { listJobs } from '../../src/app/jobs/job-queue.ts';
import { createMailer, type Mailer } from '../../src/app/mail/mailer.ts';
import { jobHandlers } from '../../src/app/jobs/job-handlers.ts';
import { queueScheduleTick } from '../../src/app/jobs/schedule-tick.ts';
import { setProjectMember } from '../../src/app/projects/project-members.ts';
import { createStakeholder } from '../../src/app/stakeholders/stakeholders.ts';

type Who = 'admin' | 'pmo' | 'manager' | 'contributor';

describe.each(DIALECTS)('e-mail jobs on %s', (dialect) => {
  const s = apiSuite(dialect, { mailEnabled: true });
  let sink: SmtpSink;
  let mailer: Mailer;
  let runner: JobRunner;
  beforeAll(async () => {
    sink = await startSmtpSink();
    mailer = createMailer({ smtpUrl: sink.url, from: 'Orrery <orrery@example.org>' });
    runner = new JobRunner(s.deps, jobHandlers(mailer));
  });
  afterAll(async () => {
    mailer?.close();
    await sink?.close();
  });
  const post = (path: string, body: unknown, who: Who = 'manager', ifMatch?: number) => call(s.app, 'POST', path, { token: s.cast[who].token, body, ...(ifMatch !== undefined && { ifMatch }) });
  const patch = (path: string, version: number, body: unknown, who: Who = 'manager') => call(s.app, 'PATCH', path, { token: s.cast[who].token, body, ifMatch: version });
  const ok = async (res: Promise<{ statusCode: number; body: string; json: () => any }>, code = 200) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(code);
    return r.json();
  };
  /** What arrives while the queue is drained. */
  const delivered = async () => {
    const before = sink.messages.length;
    await runner.drain();
    return sink.messages.slice(before);
  };

  it('queues the minutes when mail is configured and sends them to every attendee with an address', async () => {
    const project = await makeProject(s.deps, { name: 'Harbour Wall', portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id });
    await setProjectMember(systemContext(s.deps), project.id, s.cast.contributor.user.id, 'contributor');
    const attendees = [{ userId: s.cast.manager.user.id }, { userId: s.cast.contributor.user.id }, { name: 'Ann Supplier', email: 'ann@supplier.example' }, { name: 'Bob Guest' }];
    const m = await ok(post(`/api/v1/projects/${project.id}/meetings`, { title: 'Steering <committee>', startsAt: '2026-12-01T10:00', endsAt: '2026-12-01T11:00', attendees }), 201);
    const held = await ok(patch(`/api/v1/meetings/${m.id}`, m.version, { status: 'held', minutes: 'Tide tables reviewed.\nDECISION: Pour the caissons in March' }));
    const sent = await ok(post(`/api/v1/meetings/${m.id}/send-minutes`, {}, 'contributor', held.version));
    expect(sent).toMatchObject({ queued: true, withoutEmail: ['Bob Guest'] });
    expect(sent.message).toContain('queued for e-mail to 3 recipient(s)');
    const mails = await delivered();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ from: 'orrery@example.org', to: ['manager@example.org', 'contributor@example.org', 'ann@supplier.example'] });
    expect(mails[0]!.subject).toBe(`Minutes: ${m.code} Steering <committee> — ${project.code} Harbour Wall`);
    expect(mails[0]!.body).toContain('DECISION: Pour the caissons in March');
    expect(mails[0]!.body).toContain('Steering &lt;committee&gt;');
    expect(await delivered()).toHaveLength(0);
    expect((await listJobs(s.deps.db, { kind: 'send_minutes' }))[0]).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('sends an accepted status report to the audience of the project’s status-report items, one message each', async () => {
    const p = await reportableProject(s.deps, s.cast, { name: 'Tidal Lagoon', portfolioId: s.reg.portfolioId });
    const system = systemContext(s.deps);
    const regulator = await createStakeholder(system, p.projectId, { title: 'Marine regulator', description: '', ownerId: null, userId: null, organisation: 'MMO', role: '', email: 'case.officer@regulator.example', phone: '', category: 'other', influence: 5, interest: 3, engagementCurrent: 'neutral', engagementDesired: 'supportive', status: 'active' });
    const audience = { stakeholderIds: [regulator.id], userIds: [s.cast.pmo.user.id, s.cast.contributor.user.id], groups: ['Board'] };
    await ok(post(`/api/v1/projects/${p.projectId}/communications`, { title: 'Monthly report', type: 'status_report', frequency: 'monthly', channel: 'email', audience }), 201);
    await ok(post(`/api/v1/projects/${p.projectId}/communications`, { title: 'Newsletter', type: 'newsletter', frequency: 'quarterly', channel: 'email', audience: { stakeholderIds: [], userIds: [s.cast.admin.user.id], groups: [] } }), 201);
    const report = await ok(post(`/api/v1/projects/${p.projectId}/status-reports`, {}), 201);
    const written = await ok(patch(`/api/v1/status-reports/${report.id}`, report.version, { summary: 'Caissons cast; the lagoon wall is on plan & on budget.', overrides: { scope: { colour: 'amber', justification: 'Navigation channel still under discussion.' } } }));
    const submitted = await ok(post(`/api/v1/status-reports/${written.id}/submit`, { comment: '' }, 'manager', written.version));
    // Submitting tells the PMO (by e-mail too, the default for approvals); only accepting distributes the report.
    const waiting = await delivered();
    expect(waiting.map((m) => [m.to, m.subject])).toEqual([[['pmo@example.org'], `Status report ${report.code} of ${p.code} waits for the PMO’s review`]]);
    expect(waiting[0]!.body).toContain(`http://localhost:3000/status-reports/${report.id}`);
    const accepted = await ok(post(`/api/v1/status-reports/${submitted.id}/review`, { decision: 'accept', comment: '' }, 'pmo', submitted.version));
    const overall = accepted.rag.overall.effective as string;
    const mails = await delivered();
    expect(mails.map((m) => m.to)).toEqual([['case.officer@regulator.example'], ['pmo@example.org'], ['contributor@example.org']]);
    for (const mail of mails) {
      expect(mail.subject).toBe(`Status ${overall.toUpperCase()}: ${p.code} Tidal Lagoon, ${report.periodStart} – ${report.periodEnd} (${report.code})`);
      expect(mail.body).toContain(`Overall: ${overall.toUpperCase()}`);
      expect(mail.body).toContain('Scope: amber');
      expect(mail.body).toContain('Caissons cast; the lagoon wall is on plan & on budget.');
      expect(mail.body).toContain('on plan &amp; on budget'); // the HTML part, escaped
      expect(mail.raw).toMatch(/content-type: text\/html/i);
    }
    expect(await delivered()).toHaveLength(0);
  });

  it('reminds the owner of a due item once per due date, from the scheduler’s tick, and queues the next tick', async () => {
    const project = await makeProject(s.deps, { name: 'Dune Restoration', portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id });
    const item = await ok(post(`/api/v1/projects/${project.id}/communications`, { title: 'Residents’ letter', ownerId: s.cast.manager.user.id, type: 'newsletter', frequency: 'monthly', channel: 'other', nextDueOn: '2026-01-05', audience: { stakeholderIds: [], userIds: [], groups: ['Residents'] } }), 201);
    await queueScheduleTick(s.deps.db, s.deps.clock, 15);
    const mails = (await delivered()).filter((m) => m.subject.includes(item.code));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['manager@example.org']);
    expect(mails[0]!.subject).toBe(`Reminder: ${item.code} “Residents’ letter” was due on 2026-01-05 (${project.code})`);
    expect(mails[0]!.body).toContain('Dune Restoration');
    expect(mails[0]!.body).toContain('Residents (no address)');
    const ticks = await listJobs(s.deps.db, { kind: 'schedule_tick' });
    expect(ticks.filter((t) => t.status === 'queued')).toHaveLength(1);
    expect(ticks.find((t) => t.status === 'queued')!.runAt > new Date().toISOString()).toBe(true);
    // Another tick the same day queues no second reminder for the same due date.
    await queueScheduleTick(s.deps.db, s.deps.clock, 7);
    expect((await delivered()).filter((m) => m.subject.includes(item.code))).toHaveLength(0);
    // No reminder failed on the way.
    expect(await listJobs(s.deps.db, { kind: 'communication_reminder', status: 'failed' })).toEqual([]);
  });

  it('e-mails a notification to those who want its kind, with a link into Orrery, and not to those who turned it off', async () => {
    const project = await makeProject(s.deps, { name: 'Crane Hire', portfolioId: s.reg.portfolioId, managerId: s.cast.manager.user.id });
    await setProjectMember(systemContext(s.deps), project.id, s.cast.contributor.user.id, 'contributor');
    await ok(call(s.app, 'PUT', '/api/v1/me/notification-preferences', { token: s.cast.contributor.token, body: { email: { action_assigned: false } } }));
    const toPmo = await ok(post(`/api/v1/projects/${project.id}/actions`, { title: 'Check the permit', ownerId: s.cast.pmo.user.id }), 201);
    await ok(post(`/api/v1/projects/${project.id}/actions`, { title: 'Book the crane', ownerId: s.cast.contributor.user.id }), 201);
    const mails = (await delivered()).filter((m) => m.subject.includes(project.code));
    expect(mails.map((m) => [m.to, m.subject])).toEqual([[['pmo@example.org'], `Action ${toPmo.code} of ${project.code} is yours`]]);
    expect(mails[0]!.body).toContain('Manager Person assigned you “Check the permit”.');
    expect(mails[0]!.body).toContain(`http://localhost:3000/projects/${project.id}/raid?tab=actions&open=${toPmo.id}`);
    expect(mails[0]!.body).toContain('change that under Notifications in Orrery');
    // In the app, the contributor heard all the same.
    const inbox = await ok(call(s.app, 'GET', '/api/v1/me/notifications', { token: s.cast.contributor.token }));
    expect(inbox.items[0]).toMatchObject({ kind: 'action_assigned', projectId: project.id });
  });

  it('sends the report a plan item names when it falls due, attached, drawn up as its owner sees it, and records the item done', async () => {
    const p = await reportableProject(s.deps, s.cast, { name: 'Quay Renewal', portfolioId: s.reg.portfolioId });
    const today = new Date().toISOString().slice(0, 10);
    const board = await createStakeholder(systemContext(s.deps), p.projectId, { title: 'Harbour board', description: '', ownerId: null, userId: null, organisation: '', role: '', email: 'board@harbour.example', phone: '', category: 'executive', influence: 5, interest: 4, engagementCurrent: 'supportive', engagementDesired: 'supportive', status: 'active' });
    const base = { type: 'status_report', frequency: 'monthly', channel: 'email', ownerId: s.cast.manager.user.id, nextDueOn: today, audience: { stakeholderIds: [board.id], userIds: [s.cast.contributor.user.id], groups: ['Harbour staff'] } };
    const monthly = await ok(post(`/api/v1/projects/${p.projectId}/communications`, { ...base, title: 'Monthly status pack', report: { kind: 'project_status', format: 'pdf' } }), 201);
    expect(monthly.report).toEqual({ kind: 'project_status', format: 'pdf' });
    const figures = await ok(post(`/api/v1/projects/${p.projectId}/communications`, { ...base, title: 'Portfolio figures', type: 'steering_pack', audience: { stakeholderIds: [], userIds: [s.cast.pmo.user.id], groups: [] }, report: { kind: 'portfolio', format: 'xlsx' } }), 201);
    // A report Orrery sends needs the e-mail channel and an owner to draw it up for.
    const byPhone = await post(`/api/v1/projects/${p.projectId}/communications`, { ...base, title: 'By phone', channel: 'phone', ownerId: null, report: { kind: 'project_status', format: 'pdf' } });
    expect([byPhone.statusCode, byPhone.json().errors.map((e: { path: string }) => e.path)]).toEqual([422, ['channel', 'ownerId']]);
    const xlsxStatus = await post(`/api/v1/projects/${p.projectId}/communications`, { ...base, title: 'Sheet', report: { kind: 'project_status', format: 'xlsx' } });
    expect(xlsxStatus.statusCode).toBe(400);

    // A tick of its own (another bucket size): the earlier test's tick of this bucket is done.
    await queueScheduleTick(s.deps.db, s.deps.clock, 13);
    const mails = (await delivered()).filter((m) => m.subject.includes('Quay Renewal'));
    const pack = mails.filter((m) => m.subject === `Monthly status pack — ${p.code} Quay Renewal`);
    expect(pack.map((m) => m.to)).toEqual([['board@harbour.example'], ['contributor@example.org']]);
    const [pdf] = attachmentsOf(pack[0]!);
    expect(pdf).toMatchObject({ filename: `${p.code}-status-report-${today}.pdf`, contentType: 'application/pdf' });
    expect((await pdfPages(pdf!.content)).join(' ')).toContain(`${p.code} Quay Renewal`);
    expect(pack[0]!.body).toContain('Sent by Orrery for Manager Person');
    const sheet = mails.find((m) => m.subject === `Portfolio figures — ${p.code} Quay Renewal`)!;
    expect(sheet.to).toEqual(['pmo@example.org']);
    const [xlsx] = attachmentsOf(sheet);
    expect(xlsx!.filename).toBe(`portfolio-report-${today}.xlsx`);
    const book = await xlsxBook(xlsx!.content);
    expect(JSON.stringify(book.worksheets.map((w) => w.getSheetValues()))).toContain(p.code);

    // Done today, next due a month on; the owner is not reminded of what Orrery sent itself.
    const after = await ok(call(s.app, 'GET', `/api/v1/communications/${monthly.id}`, { token: s.cast.manager.token }));
    expect(after).toMatchObject({ lastDoneOn: today, lastDoneBy: s.cast.manager.user.id, nextDueOn: nextDueAfter('monthly', today), dueState: 'later' });
    expect(mails.filter((m) => m.subject.startsWith('Reminder:'))).toEqual([]);
    await queueScheduleTick(s.deps.db, s.deps.clock, 11);
    expect((await delivered()).filter((m) => m.subject.includes('Quay Renewal'))).toEqual([]);
    expect(await listJobs(s.deps.db, { kind: 'report_delivery', status: 'failed' })).toEqual([]);
    expect(figures.report).toEqual({ kind: 'portfolio', format: 'xlsx' });
  });
});
