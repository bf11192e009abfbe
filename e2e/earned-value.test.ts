// Earned value and rates in a real browser against a real server. The PMO builds the published
// fence example through the API: a EUR project of four one-day sides linked finish-to-start from
// Monday 1 March 2027, each with a fixed cost of 1,000.00, baseline 0 saved, two sides done and
// the third half done, invoiced 1,000 + 1,200 + 600. On the project's earned-value page, at the end
// of 3 March by day, she sees CPI 0.89 and SPI 0.83 in red, earned schedule 2.5 days, the S-curve
// with its earned value and forecast lines and its numbers (EV as recorded: all the progress was
// entered today, before the fence's first day), the CPI/SPI trend under it, and each task's own
// variances and estimates; the portfolio's financials list the project and its program, with
// earned schedule, and say both are over budget (EAC 4,480 against 4,000); and on the rates page
// she gives Wendy a cost rate and sees it listed.
//
// Uses the built web app in dist/web (`npm run build:web` first). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, apiWriter, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const WORKER: TestAccount = { email: 'wendy.worker@example.com', name: 'Wendy Worker', role: 'member', password: 'e2e-password-2026' };
const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('earned value and rates (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  let projectCode = '';
  let programCode = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const figure = (key: string) => browser.page.locator(`[data-figure="${key}"]`);

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, WORKER])));
  afterAll(() => closeSuite({ server, browser }));

  it('builds the fence example through the API (as the PMO)', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login`);
    await signIn(page, PMO);
    const send = await apiWriter(page, server.baseUrl);
    const portfolio = await send('post', '/portfolios', { name: 'Fences' }, 201);
    const program = await send('post', '/programs', { name: 'Garden program', portfolioId: portfolio.id }, 201);
    programCode = program.code as string;
    const me = (await (await page.request.get(api('/auth/me'))).json()) as { user: { id: string } };
    const project = await send('post', '/projects', { name: 'Garden fence', portfolioId: portfolio.id, programId: program.id, managerId: me.user.id, status: 'active', plannedStart: '2027-03-01', budget: EUR(400_000) }, 201);
    projectId = project.id as string;
    projectCode = project.code as string;

    const sides: string[] = [];
    for (let i = 1; i <= 4; i++) {
      sides.push((await send('post', `/projects/${projectId}/schedule/tasks`, { name: `Side ${i}`, durationMinutes: 480 }, 201)).taskId as string);
      if (i > 1) await send('post', `/projects/${projectId}/schedule/links`, { predecessorId: sides[i - 2], successorId: sides[i - 1], type: 'FS' }, 201);
      await send('post', `/projects/${projectId}/task-costs`, { taskId: sides[i - 1], kind: 'fixed', category: 'services', amount: EUR(100_000) }, 201);
    }
    await send('put', `/projects/${projectId}/schedule/baselines/0`, {}, 200);
    for (const [side, percentComplete] of [[1, 100], [2, 100], [3, 50]] as const) {
      const schedule = (await (await page.request.get(api(`/projects/${projectId}/schedule`))).json()) as { tasks: Array<{ id: string; version: number }> };
      const task = schedule.tasks.find((t) => t.id === sides[side - 1])!;
      await send('patch', `/projects/${projectId}/schedule/tasks/${task.id}`, { percentComplete }, 200, { 'If-Match': `"${task.version}"` });
    }
    for (const [side, incurredOn, amountMinor] of [[1, '2027-03-01', 100_000], [2, '2027-03-02', 120_000], [3, '2027-03-03', 60_000]] as const) {
      await send('post', `/projects/${projectId}/expenses`, { kind: 'invoice', incurredOn, amount: EUR(amountMinor), category: 'services', supplier: 'Fencing Ltd', taskId: sides[side - 1] }, 201);
    }
  });

  it('shows the fence’s earned value at the end of 3 March by day, with the S-curve’s numbers', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/projects/${projectId}`);
    await page.getByRole('link', { name: 'Earned value' }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/evm`);
    await page.getByLabel('Status date').fill('2027-03-03');
    await page.getByText('Days', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('statusDate') === '2027-03-03' && url.searchParams.get('period') === 'day');

    await visible(figure('cpi').getByText('0.89'));
    expect(await figure('cpi').locator('[data-colour]').getAttribute('data-colour')).toBe('red');
    expect(await figure('spi').textContent()).toContain('0.83');
    expect(await figure('es').textContent()).toContain('2.5 days');
    expect(await figure('sv-t').textContent()).toContain('-0.5 days');
    expect(await figure('ev').textContent()).toContain('€2,500.00');
    expect(await figure('ac').textContent()).toContain('€2,800.00');
    expect(await figure('eac').textContent()).toContain('€4,480.00');
    expect(await figure('forecast-finish').textContent()).toContain('5 Mar 2027');
    const curve = page.getByRole('img', { name: new RegExp(`S-curve of ${projectCode}`) });
    await visible(curve);
    for (const line of ['Planned value (PV)', 'Earned value (EV)', 'Actual cost (AC)', 'Forecast to EAC']) await visible(curve.getByText(line, { exact: true }));
    const trend = page.getByRole('region', { name: 'CPI and SPI trend' }).getByRole('img', { name: `CPI and SPI of ${projectCode} per period up to the status date` });
    await visible(trend);
    for (const line of ['CPI', 'SPI']) await visible(trend.getByText(line, { exact: true }));
    const sides = page.getByRole('table', { name: 'Earned value by task' });
    expect(await sides.locator('tr[data-task="Side 3"]').textContent()).toContain('50%');
    // Each task has its own variances and estimates: the half-done third side cost 600 for 500 earned.
    const side3 = sides.locator('tr[data-task="Side 3"]');
    expect(await side3.locator('[data-cell="cv"]').textContent()).toBe('-€100.00');
    expect(await side3.locator('[data-cell="eac"]').textContent()).toBe('€1,200.00');
    expect(await side3.locator('[data-cell="vac"]').textContent()).toBe('-€200.00');
    expect(await side3.locator('[data-cell="tcpi"]').textContent()).toBe('1.25');
    await visible(page.locator('[data-notice="task-progress"]').getByText(/Percent complete and EV of each task as they are now/));

    await page.getByRole('region', { name: 'S-curve' }).getByText('Numbers', { exact: true }).click();
    const numbers = page.getByRole('table', { name: 'S-curve numbers' });
    await visible(numbers);
    const row = (date: string) => numbers.locator(`tr[data-period="${date}"]`).locator('td');
    expect(await row('2027-03-03').allTextContents()).toEqual(['3 Mar 2027 (status date)', '€3,000.00', '€2,500.00', '€2,800.00', '€2,800.00', '0.89', '0.83']);
    expect(await row('2027-03-01').allTextContents()).toEqual(['1 Mar 2027', '€1,000.00', '€2,500.00', '€1,000.00', '—', '2.50', '2.50']);
    expect(await row('2027-03-04').allTextContents()).toEqual(['4 Mar 2027', '€4,000.00', '—', '—', '€3,733.33', '—', '—']);
    // The curve runs on to the forecast finish, where the forecast reaches EAC.
    expect(await row('2027-03-05').allTextContents()).toEqual(['5 Mar 2027', '€4,000.00', '—', '—', '€4,480.00', '—', '—']);
  });

  it('lists the project on the portfolio’s financials with its indices', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio financials' }).click();
    await page.waitForURL((url) => url.pathname === '/financials');
    // The project page (which has a status date too) is gone once the portfolio's heading shows.
    await visible(page.getByRole('heading', { name: 'Portfolio financials' }));
    await page.getByLabel('Status date').fill('2027-03-03');
    const row = page.getByRole('table', { name: 'Earned value by project' }).locator(`tr[data-project="${projectCode}"]`);
    await visible(row.getByRole('link', { name: projectCode }));
    await visible(row.getByText('€2,500.00'));
    // EV does not move with the status date, AC does: wait for the figures of 3 March, not today's.
    await visible(row.getByLabel(`${projectCode} CPI 0.89 (red)`));
    await expect.poll(() => page.locator('[data-total="ac"]').textContent()).toContain('€2,800.00');
    // Its EAC of 4,480 against its budget of 4,000: over budget, and so are its program and portfolio.
    expect(await row.locator('[data-cell="variance"]').textContent()).toBe('-€480.00');
    expect(await row.locator('[data-standing]').getAttribute('data-standing')).toBe('over');
    const groups = page.getByRole('table', { name: 'Earned value and budget by portfolio and program' });
    const programRow = groups.locator(`tr[data-level="program"][data-group="${programCode}"]`);
    await visible(programRow.getByText('Garden program'));
    await visible(programRow.getByLabel(`${programCode} CPI 0.89 (red)`));
    await visible(programRow.getByLabel(`${programCode} SPI(t) 0.83 (red)`));
    expect(await programRow.locator('td').allTextContents()).toEqual(expect.arrayContaining(['1', '€4,000.00', '€3,000.00', '€2,500.00', '€2,800.00', '€4,480.00', '-€480.00', '€0.00', 'Over budget']));
    expect(await groups.locator('tr[data-level="portfolio"]').locator('[data-standing]').getAttribute('data-standing')).toBe('over');
    expect(await page.locator('[data-total="standing"]').textContent()).toContain('Over budget');
    expect(await page.locator('[data-total="spi-t"]').textContent()).toContain('0.83');
    expect(browser.pageErrors).toEqual([]);
  });

  it('gives Wendy a cost rate on the rates page and lists it', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Rates' }).click();
    await page.waitForURL((url) => url.pathname === '/settings/rates');
    await visible(page.getByText('No one has a cost rate yet'));
    await page.getByRole('button', { name: 'Add a rate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a cost rate' });
    await choose(page, 'Person', WORKER.name);
    await dialog.getByLabel('Effective from').fill('2027-01-01');
    await dialog.getByLabel('Standard per hour').fill('60');
    await dialog.getByLabel('Overtime per hour').fill('90.50');
    const added = await answer(page, 'POST', /\/api\/v1\/rates$/, () => dialog.getByRole('button', { name: 'Add rate' }).click());
    expect(added.status()).toBe(201);
    const row = page.getByRole('table', { name: 'Cost rates' }).locator(`tr[data-person="${WORKER.name}"]`);
    await visible(row);
    expect(await row.locator('td').allTextContents()).toEqual([WORKER.name, '1 Jan 2027', '€60.00', '€90.50', 'EUR', 'EditRemove']);

    // A second rate from the same day is refused, and the form says why on the field.
    await page.getByRole('button', { name: 'Add a rate' }).click();
    await choose(page, 'Person', WORKER.name);
    await dialog.getByLabel('Effective from').fill('2027-01-01');
    await dialog.getByLabel('Standard per hour').fill('70');
    const refused = await answer(page, 'POST', /\/api\/v1\/rates$/, () => dialog.getByRole('button', { name: 'Add rate' }).click());
    expect(refused.status()).toBe(409);
    await visible(dialog.getByText('A rate from this day exists.'));
    await visible(dialog.getByRole('alert').getByText(/already has a rate from 2027-01-01/));
    expect(browser.pageErrors).toEqual([]);
  });
});
