// A timesheet week from typing to approval in a real browser against a real server. The PMO sets up
// (through the API) a project managed by Max with Wendy on its team and two tasks. Wendy opens her
// timesheet for a week, adds both tasks as rows with the picker and types her hours with the
// keyboard only (7.5, Tab, 7:30, Tab, 8; an arrow key to the next day; Enter saves), sees the row
// and day totals, and submits. Max sees the week waiting (the navbar counts it), opens it and
// approves it; the hours are actual work on the tasks, and Wendy sees her week approved. Her next
// week also has hours on another manager's project: Max approves only his project's hours, and
// Lina, Wendy's line manager, approves the rest of the sheet.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, apiWriter, csrfHeaders, signInAs as signInAsUser } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const MANAGER: TestAccount = { email: 'max.manager@example.com', name: 'Max Manager', role: 'member', password: 'e2e-password-2026' };
const WORKER: TestAccount = { email: 'wendy.worker@example.com', name: 'Wendy Worker', role: 'member', password: 'e2e-password-2026' };
const LINE: TestAccount = { email: 'lina.line@example.com', name: 'Lina Line', role: 'member', password: 'e2e-password-2026' };
const WEEK = '2026-03-02';
const NEXT_WEEK = '2026-03-09';

describe('timesheets (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const cell = (row: string, day: string) => browser.page.getByRole('textbox', { name: `${row}, ${day}` });
  const status = (label: string) => visible(browser.page.getByTestId('timesheet-status').filter({ hasText: label }));
  const signInAs = (account: TestAccount, path: string) => signInAsUser(browser.page, server.baseUrl, account, path);

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MANAGER, WORKER, LINE])));
  afterAll(() => closeSuite({ server, browser }));

  it('sets up a project managed by Max with Wendy on the team and two tasks (API, as the PMO)', async () => {
    const { page } = browser;
    await signInAs(PMO, '/');
    const headers = await csrfHeaders(page, server.baseUrl);
    const people = (await (await page.request.get(api('/people'))).json()) as { items: Array<{ id: string; name: string }> };
    const idOf = (name: string) => people.items.find((p) => p.name === name)!.id;
    const portfolio = (await (await page.request.post(api('/portfolios'), { headers, data: { name: 'Operations' } })).json()) as { id: string };
    const project = await page.request.post(api('/projects'), { headers, data: { name: 'Office Move', portfolioId: portfolio.id, managerId: idOf(MANAGER.name), status: 'active' } });
    expect(project.status()).toBe(201);
    projectId = ((await project.json()) as { id: string }).id;
    expect((await page.request.put(api(`/projects/${projectId}/members/${idOf(WORKER.name)}`), { headers, data: { role: 'contributor' } })).status()).toBe(200);
    for (const name of ['Design', 'Build']) {
      expect((await page.request.post(api(`/projects/${projectId}/schedule/tasks`), { headers, data: { name, durationMinutes: 4800 } })).status()).toBe(201);
    }
  });

  it('lets Wendy type a week with the keyboard, see its totals, save with Enter and submit it', async () => {
    const { page } = browser;
    await signInAs(WORKER, `/timesheet?week=${WEEK}`);
    await status('Draft');
    await visible(page.getByText('No hours yet'));

    await choose(page, 'Add a row', '1 Design');
    await cell('1 Design', 'Mon 2 Mar').click();
    await page.keyboard.type('7.5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('7:30');
    await page.keyboard.press('Tab');
    await page.keyboard.type('8');
    expect(await cell('1 Design', 'Mon 2 Mar').inputValue()).toBe('7:30');

    await choose(page, 'Add a row', '2 Build');
    await cell('2 Build', 'Mon 2 Mar').click();
    await page.keyboard.type('0:30');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('1h');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('1 Design, Tue 3 Mar');
    await page.keyboard.press('ArrowDown');
    const saved = await answer(page, 'PUT', /\/api\/v1\/me\/timesheets\/2026-03-02$/, () => page.keyboard.press('Enter'));
    expect(saved.status()).toBe(200);
    expect(saved.request().headers()['if-match']).toBe('"0"');
    await visible(page.getByText('All changes saved.'));
    expect(await page.getByTestId('week-total').textContent()).toBe('24:30');
    expect(await page.getByTestId('day-total-0').textContent()).toBe('8:00');
    expect(await page.getByTestId('day-total-1').textContent()).toBe('8:30');
    expect(await page.locator('tr[data-row="1 Design"]').getByTestId('row-total').textContent()).toBe('23:00');

    const submitted = await answer(page, 'POST', /\/submit$/, () => page.getByRole('button', { name: 'Submit for approval' }).click());
    expect(submitted.status()).toBe(200);
    await status('Submitted');
    expect(await cell('1 Design', 'Mon 2 Mar').count()).toBe(0);
    await visible(page.getByRole('button', { name: 'Recall' }));
  });

  it('shows Max the week waiting; he approves it and the hours become actual work', async () => {
    const { page } = browser;
    await signInAs(MANAGER, '/timesheet-approvals');
    await visible(page.getByTestId('timesheet-approvals-count').filter({ hasText: '1' }));
    const row = page.getByRole('table', { name: 'Awaiting my approval' }).locator(`tr[data-person="${WORKER.name}"]`);
    await visible(row.getByText('24:30'));
    await row.getByRole('button', { name: WORKER.name }).click();
    const dialog = page.getByRole('dialog', { name: /Timesheet of Wendy Worker/ });
    await visible(dialog.getByText('1 Design'));
    const approved = await answer(page, 'POST', /\/decision$/, () => dialog.getByRole('button', { name: 'Approve' }).click());
    expect(approved.status()).toBe(200);
    await visible(page.getByText('No timesheet waits for your approval.'));
    expect(await page.getByTestId('timesheet-approvals-count').count()).toBe(0);

    const schedule = (await (await page.request.get(api(`/projects/${projectId}/schedule`))).json()) as { tasks: Array<{ name: string; actualWorkMinutes: number }> };
    expect(schedule.tasks.map((t) => [t.name, t.actualWorkMinutes])).toEqual([['Design', 1380], ['Build', 90]]);
  });

  it('shows Wendy her week approved', async () => {
    const { page } = browser;
    await signInAs(WORKER, `/timesheet?week=${WEEK}`);
    await status('Approved');
    await visible(page.getByText(/Approved by Max Manager/));
    expect(browser.pageErrors).toEqual([]);
  });

  it('sets up a second week with hours on Office Move and on Archive Scan, another manager’s, with Lina as Wendy’s line manager (API)', async () => {
    const { page } = browser;
    await signInAs(PMO, '/');
    const asPmo = await apiWriter(page, server.baseUrl);
    const people = (await (await page.request.get(api('/people'))).json()) as { items: Array<{ id: string; name: string }> };
    const idOf = (name: string) => people.items.find((p) => p.name === name)!.id;
    await asPmo('post', '/resources', { kind: 'person', userId: idOf(WORKER.name), managerId: idOf(LINE.name) }, 201);
    const office = (await (await page.request.get(api(`/projects/${projectId}`))).json()) as { portfolioId: string };
    const archive = await asPmo('post', '/projects', { name: 'Archive Scan', portfolioId: office.portfolioId, managerId: idOf(PMO.name), status: 'active' }, 201);
    await asPmo('put', `/projects/${archive.id as string}/members/${idOf(WORKER.name)}`, { role: 'contributor' }, 200);
    await asPmo('post', `/projects/${archive.id as string}/schedule/tasks`, { name: 'Scan', durationMinutes: 4800 }, 201);

    await signInAs(WORKER, '/');
    const asWendy = await apiWriter(page, server.baseUrl);
    const bookable = (await (await page.request.get(api('/me/bookable-tasks'))).json()) as { items: Array<{ projectId: string; taskId: string | null; taskName: string | null }> };
    const rowOn = (taskName: string, day: number) => {
      const task = bookable.items.find((t) => t.taskName === taskName)!;
      return { projectId: task.projectId, taskId: task.taskId, minutes: [0, 0, 0, 0, 0, 0, 0].map((_, d) => (d === day ? 240 : 0)) };
    };
    const saved = await asWendy('put', `/me/timesheets/${NEXT_WEEK}`, { rows: [rowOn('Design', 0), rowOn('Scan', 1)] }, 200, { 'If-Match': '"0"' });
    await asWendy('post', `/timesheets/${saved.id as string}/submit`, {}, 200, { 'If-Match': '"1"' });
  });

  it('lets Max approve only Office Move’s hours, and Lina, her line manager, the rest of the sheet', async () => {
    const { page } = browser;
    await signInAs(MANAGER, '/timesheet-approvals');
    await page.getByRole('heading', { name: 'Timesheet approvals' }).waitFor();
    await page.getByRole('table', { name: 'Awaiting my approval' }).locator(`tr[data-person="${WORKER.name}"]`).getByRole('button', { name: WORKER.name }).click();
    const forMax = page.getByRole('dialog', { name: /Timesheet of Wendy Worker/ });
    const approvals = forMax.getByTestId('project-approvals');
    await visible(approvals.getByText(/: waiting for you$/));
    await visible(approvals.getByText('Another project: waiting'));
    const part = await answer(page, 'POST', /\/decision$/, () => forMax.getByRole('button', { name: /^Approve the hours on PRJ-\d+$/ }).click());
    expect(part.status()).toBe(200);
    expect(((await part.json()) as { status: string }).status).toBe('submitted');
    await visible(page.getByText('No timesheet waits for your approval.'));

    await signInAs(LINE, '/timesheet-approvals');
    await page.getByRole('heading', { name: 'Timesheet approvals' }).waitFor();
    const row = page.getByRole('table', { name: 'Awaiting my approval' }).locator(`tr[data-person="${WORKER.name}"]`);
    await visible(row.getByText(/^✓ PRJ-\d+ 4:00$/));
    await row.getByRole('button', { name: WORKER.name }).click();
    const forLina = page.getByRole('dialog', { name: /Timesheet of Wendy Worker/ });
    await visible(forLina.getByTestId('project-approvals').getByText(/approved by Max Manager$/));
    const whole = await answer(page, 'POST', /\/decision$/, () => forLina.getByRole('button', { name: 'Approve', exact: true }).click());
    expect(whole.status()).toBe(200);
    expect(((await whole.json()) as { status: string }).status).toBe('approved');
    await visible(page.getByText('No timesheet waits for your approval.'));
    expect(browser.pageErrors).toEqual([]);
  });
});
