// How a task earns, set in a real browser against a real server. The PMO builds a two-task EUR
// project through the API (1,000.00 a task, baseline 0, the first task 90 % done); on its
// earned-value page the first task earns 900.00 by percent complete; she opens its dialog, makes it
// 0/100 with an estimate to complete of 150.00, and sees its EV drop to nothing while the task's
// row shows the method and the estimate; asking for the bottom-up EAC says which task lacks one.
// She then gives the project's estimate to complete (1,250.00, with its day and what it rests on):
// the bottom-up ETC and EAC take it, the page says so, and the financials' forecast is built on it.
//
// Uses the built web app in dist/web (`npm run build:web` first). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, apiWriter, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('how a task earns (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('builds a baselined project with one task 90 % done (as the PMO, through the API)', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login`);
    await signIn(page, PMO);
    const send = await apiWriter(page, server.baseUrl);
    const portfolio = await send('post', '/portfolios', { name: 'Sheds' }, 201);
    const me = (await (await page.request.get(api('/auth/me'))).json()) as { user: { id: string } };
    const project = await send('post', '/projects', { name: 'Garden shed', portfolioId: portfolio.id, managerId: me.user.id, status: 'active', plannedStart: '2027-03-01', budget: EUR(200_000) }, 201);
    projectId = project.id as string;
    const tasks: string[] = [];
    for (const name of ['Base', 'Walls']) {
      tasks.push((await send('post', `/projects/${projectId}/schedule/tasks`, { name, durationMinutes: 480 }, 201)).taskId as string);
      await send('post', `/projects/${projectId}/task-costs`, { taskId: tasks.at(-1), kind: 'fixed', category: 'services', amount: EUR(100_000) }, 201);
    }
    await send('put', `/projects/${projectId}/schedule/baselines/0`, {}, 200);
    const schedule = (await (await page.request.get(api(`/projects/${projectId}/schedule`))).json()) as { tasks: Array<{ id: string; version: number }> };
    const base = schedule.tasks.find((t) => t.id === tasks[0])!;
    await send('patch', `/projects/${projectId}/schedule/tasks/${base.id}`, { percentComplete: 90 }, 200, { 'If-Match': `"${base.version}"` });
  });

  it('makes the 90 % task 0/100 in the dialog, and its earned value drops to nothing', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/projects/${projectId}/evm?statusDate=2027-03-03&period=day`);
    const row = page.getByRole('table', { name: 'Earned value by task' }).locator('tr[data-task="Base"]');
    await visible(row.getByText('Percent complete'));
    expect(await page.locator('[data-figure="ev"]').textContent()).toContain('€900.00');

    await row.getByRole('button', { name: 'Edit how Base earns' }).click();
    const dialog = page.getByRole('dialog', { name: 'How “Base” earns' });
    await visible(dialog.getByLabel(/Estimate to complete/));
    await choose(page, 'Earns by', '0/100');
    await visible(dialog.getByText('Earns nothing until it is 100 % complete.'));
    await dialog.getByLabel(/Estimate to complete/).fill('150');
    const saved = await answer(page, 'PUT', /\/earning$/, () => dialog.getByRole('button', { name: 'Save' }).click());
    expect(saved.status()).toBe(200);
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => page.locator('[data-figure="ev"]').textContent()).toContain('€0.00');
    expect(await row.locator('[data-cell="method"]').textContent()).toBe('0/100');
    expect(await row.locator('[data-cell="etc"]').textContent()).toBe('€150.00');

    // The bottom-up EAC needs every task's estimate: the page says which one is missing.
    await page.goto(`${server.baseUrl}/projects/${projectId}/evm?statusDate=2027-03-03&period=day&eac=bottom-up`);
    await visible(page.locator('[data-notice="bottom-up"]').getByText('1 of 2 tasks have no estimate to complete (Walls)', { exact: false }));
    expect(browser.pageErrors).toEqual([]);
  });

  it('gives the project’s estimate to complete, which stands in for the tasks’ and reaches the financials', async () => {
    const { page } = browser;
    const card = page.getByRole('region', { name: 'Estimate to complete' });
    await visible(card.getByText('None yet: 1 unfinished task has no estimate to complete.', { exact: false }));
    await card.getByRole('button', { name: 'Give the project’s estimate' }).click();
    const dialog = page.getByRole('dialog', { name: 'The project’s estimate to complete' });
    await visible(dialog.getByLabel(/Estimate to complete/));
    await dialog.getByLabel(/Estimate to complete/).fill('1,250');
    await dialog.getByLabel('Estimated on').fill('2027-03-03');
    await dialog.getByLabel('What it rests on').fill('Carpenter’s quote');
    const saved = await answer(page, 'PUT', /\/evm\/estimate$/, () => dialog.getByRole('button', { name: 'Save' }).click());
    expect(saved.status()).toBe(200);
    await dialog.waitFor({ state: 'hidden' });

    // The bottom-up EAC is now AC (nothing yet) + the project's estimate, and the page says where it comes from.
    await expect.poll(() => card.locator('[data-figure="etc-bottom-up"]').textContent()).toContain('€1,250.00');
    expect(await card.locator('[data-figure="eac-bottom-up"]').textContent()).toContain('€1,250.00');
    expect(await card.locator('[data-notice="etc-source"]').textContent()).toMatch(/^The project manager’s estimate for the whole project, of .*2027.* \(Carpenter’s quote\)/);
    expect(await page.locator('[data-notice="bottom-up"]').count()).toBe(0);

    await page.goto(`${server.baseUrl}/projects/${projectId}/financials`);
    await visible(page.getByRole('heading', { name: /Financials/ }));
    const forecast = page.getByRole('group', { name: 'Forecast at completion' });
    await visible(forecast.getByText('the manager’s estimate to complete of 2027-03-03', { exact: false }));
    expect(await forecast.getByTestId('figure').textContent()).toBe('€1,250.00');
    await visible(page.getByRole('button', { name: 'Change the estimate to complete' }));
    expect(browser.pageErrors).toEqual([]);
  });
});
