// Recording progress on the schedule in a real browser against a real server, as a project manager
// does with MS Project's Update Tasks. The PMO builds Max's project through the API: Design
// (2 days from Monday 1 March 2027) then Build (3 days), finishing on Friday. Max opens Design's
// Progress dialog from the % Complete column and, with the keyboard, records 50 % at a status date
// of Tuesday evening: Design started as planned, its last day moves to Wednesday, its bar is half
// filled, and Build and the project's finish move to Monday. Two days remain, not one: the finish
// moves to Tuesday. An actual finish before the start is flagged on its field; Build, not started,
// is re-estimated at four days, a save over a colleague's change is refused with "Changed by
// someone else" and goes through after a reload. The check in the grid marks Design 100 % at once.
//
// Uses the built web app in dist/web (`npm run build:web` first). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, apiWriter, signInAs } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const MANAGER: TestAccount = { email: 'max.manager@example.com', name: 'Max Manager', role: 'member', password: 'e2e-password-2026' };

describe('recording progress on the schedule (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  const taskIds: Record<string, string> = {};

  const row = (task: string) => browser.page.locator(`tr[data-task-row="${task}"]`);
  const percentCell = (task: string) => row(task).locator('td[data-column="percent-complete"]');
  const bar = (task: string) => browser.page.locator('.orrery-gantt .wx-bar', { has: browser.page.getByText(task, { exact: true }) });
  const projectFinish = () => browser.page.getByTestId('project-finish');
  const openProgress = async (task: string) => {
    await row(task).getByRole('button', { name: new RegExp(`^Progress of ${task}`) }).click();
    const dialog = browser.page.getByRole('dialog', { name: `Progress of “${task}”` });
    await visible(dialog.getByLabel('% complete'));
    return dialog;
  };

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MANAGER])));
  afterAll(() => closeSuite({ server, browser }));

  it('builds Max’s project: Design (2 days) then Build (3 days) from Monday 1 March 2027 (as the PMO, through the API)', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, PMO, '/');
    const write = await apiWriter(page, server.baseUrl);
    const people = (await (await page.request.get(`${server.baseUrl}/api/v1/people`)).json()) as { items: Array<{ id: string; name: string }> };
    const managerId = people.items.find((p) => p.name === MANAGER.name)!.id;
    const portfolio = await write('post', '/portfolios', { name: 'Web' }, 201);
    projectId = (await write('post', '/projects', { name: 'Website relaunch', portfolioId: portfolio.id, managerId, status: 'active', plannedStart: '2027-03-01' }, 201)).id as string;
    for (const [name, days] of [['Design', 2], ['Build', 3]] as const) taskIds[name] = (await write('post', `/projects/${projectId}/schedule/tasks`, { name, durationMinutes: days * 480 }, 201)).taskId as string;
    await write('post', `/projects/${projectId}/schedule/links`, { predecessorId: taskIds.Design, successorId: taskIds.Build }, 201);
  });

  it('records 50 % of Design at Tuesday evening’s status date with the keyboard: the bar fills halfway and the finish moves', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, MANAGER, `/projects/${projectId}/schedule`);
    await visible(page.getByRole('heading', { name: /Schedule/, level: 1 }));
    expect(await projectFinish().textContent()).toBe('Fri, 5 Mar 27, 17:00');
    expect(await percentCell('Design').textContent()).toContain('0 %');

    const dialog = await openProgress('Design');
    expect(await dialog.getByTestId('progress-scheduled').textContent()).toBe('Scheduled Mon, 1 Mar 27, 08:00 → Tue, 2 Mar 27, 17:00 · 2d');
    // The percent field has the focus: type over it, then the status date, and press Enter to save.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('50');
    await dialog.getByLabel('Status date').fill('2027-03-02T17:00');
    await dialog.getByLabel('% complete').focus();
    const saved = await answer(page, 'PATCH', /\/schedule\/settings$/, () => page.keyboard.press('Enter'));
    expect(saved.status()).toBe(200);
    await dialog.waitFor({ state: 'hidden' });

    await visible(page.getByRole('status').filter({ hasText: '2 tasks moved: Design, Build' }));
    expect(await page.getByTestId('status-date').textContent()).toBe('Tue, 2 Mar 27, 17:00');
    await expect.poll(() => projectFinish().textContent()).toBe('Mon, 8 Mar 27, 17:00');
    expect(await percentCell('Design').textContent()).toContain('50 %');
    expect(await row('Design').locator('td[data-column="finish"]').textContent()).toBe('Wed, 3 Mar 27, 17:00');
    await expect.poll(() => bar('Design').locator('.wx-progress-percent').getAttribute('style')).toContain('width: 50%');
    const schedule = (await (await page.request.get(`${server.baseUrl}/api/v1/projects/${projectId}/schedule`)).json()) as { tasks: Array<{ id: string; actualStart: string | null }> };
    expect(schedule.tasks.find((t) => t.id === taskIds.Design)!.actualStart).toBe('2027-03-01T08:00');
  });

  it('takes a remaining duration: two days left move the finish to Tuesday', async () => {
    const dialog = await openProgress('Design');
    expect(await dialog.getByLabel('Actual start').inputValue()).toBe('2027-03-01T08:00');
    expect(await dialog.getByLabel('Remaining duration (days)').getAttribute('placeholder')).toBe('1');
    await dialog.getByLabel('Remaining duration (days)').fill('2');
    await dialog.getByRole('button', { name: 'Save and reschedule' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => projectFinish().textContent()).toBe('Tue, 9 Mar 27, 17:00');
    expect(await row('Design').locator('td[data-column="finish"]').textContent()).toBe('Thu, 4 Mar 27, 17:00');
  });

  it('flags an actual finish before the start on its field, and says when a colleague changed the task first', async () => {
    const { page } = browser;
    const dialog = await openProgress('Design');
    await dialog.getByLabel('Actual finish').fill('2027-02-26T17:00');
    await visible(dialog.getByText('The actual finish is before the actual start.'));
    expect(await dialog.getByRole('button', { name: 'Save and reschedule' }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    const build = await openProgress('Build');
    const write = await apiWriter(page, server.baseUrl);
    await write('patch', `/projects/${projectId}/schedule/tasks/${taskIds.Build}`, { deadline: '2027-03-12T17:00' }, 200, { 'If-Match': '"1"' });
    // Build has not started: four days from its start, not three.
    await build.getByLabel('Remaining duration (days)').fill('4');
    const refused = await answer(page, 'PATCH', /\/schedule\/tasks\/[^/]+$/, () => build.getByRole('button', { name: 'Save and reschedule' }).click());
    expect(refused.status()).toBe(409);
    const alert = build.getByRole('alert').filter({ hasText: 'Changed by someone else' });
    await visible(alert);
    await answer(page, 'GET', /\/schedule$/, () => alert.getByRole('button', { name: 'Reload' }).click());
    const again = await answer(page, 'PATCH', /\/schedule\/tasks\/[^/]+$/, () => build.getByRole('button', { name: 'Save and reschedule' }).click());
    expect(again.status()).toBe(200);
    await build.waitFor({ state: 'hidden' });
    await expect.poll(() => projectFinish().textContent()).toBe('Wed, 10 Mar 27, 17:00');
    expect(await row('Build').getByLabel('Duration of Build in days').inputValue()).toBe('4d');
  });

  it('marks Design 100 % complete from the grid in one click', async () => {
    await row('Design').getByRole('button', { name: 'Mark Design 100 % complete' }).click();
    await expect.poll(() => percentCell('Design').textContent()).toContain('100 %');
    expect(await row('Design').getByRole('button', { name: 'Mark Design 100 % complete' }).count()).toBe(0);
    await expect.poll(() => bar('Design').locator('.wx-progress-percent').getAttribute('style')).toContain('width: 100%');
    // It finished when the plan had it finish: nothing after it moves.
    expect(await row('Design').locator('td[data-column="finish"]').textContent()).toBe('Thu, 4 Mar 27, 17:00');
    expect(await projectFinish().textContent()).toBe('Wed, 10 Mar 27, 17:00');
    expect(browser.pageErrors).toEqual([]);
  });
});
