// Scenario planning in a real browser against a real server. The PMO has a portfolio with a live
// project and a proposed one (API), creates a scenario on the Scenarios page, opens it, adds the
// proposed project and shifts the live one by a month, and sees the comparison with the live
// portfolio change: two projects, the higher cost, both objectives served.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };

describe('scenarios (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('creates a scenario, adds a proposed project, shifts a live one and compares it with the live portfolio', async () => {
    const { page } = browser;
    const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, PMO, '/');
    const headers = await csrfHeaders(page, server.baseUrl);
    const post = async (path: string, data: object) => (await (await page.request.post(api(path), { headers, data })).json()) as { id: string; code: string };
    const grow = await post('/objectives', { name: 'Grow revenue' });
    const save = await post('/objectives', { name: 'Cut cost' });
    const portfolio = await post('/portfolios', { name: 'Operations' });
    const live = await post('/projects', { name: 'ERP upgrade', portfolioId: portfolio.id, status: 'active', plannedStart: '2027-01-04', plannedFinish: '2027-06-30', budget: { amountMinor: 10_000_000, currency: 'EUR' }, objectiveIds: [grow.id] });
    const proposed = await post('/projects', { name: 'Warehouse robots', portfolioId: portfolio.id, status: 'proposed', plannedStart: '2027-03-01', plannedFinish: '2027-08-31', budget: { amountMinor: 4_000_000, currency: 'EUR' }, objectiveIds: [save.id] });

    await page.goto(`${server.baseUrl}/scenarios?portfolioId=${portfolio.id}`);
    await page.getByRole('textbox', { name: 'New scenario' }).fill('Robots this year');
    const created = await answer(page, 'POST', /\/scenarios$/, () => page.getByRole('button', { name: 'Create scenario' }).click());
    expect(created.status()).toBe(201);
    await page.getByRole('link', { name: /Robots this year/ }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/scenarios/'));

    const row = (code: string) => page.getByRole('table', { name: 'Scenario projects' }).locator(`tr[data-project="${code}"]`);
    await row(proposed.code).getByRole('checkbox').check();
    const added = await answer(page, 'PUT', new RegExp(`/projects/${proposed.id}$`), () => row(proposed.code).getByRole('button', { name: 'Apply' }).click());
    expect([added.status(), added.request().headers()['if-match']]).toEqual([200, '"1"']);
    await visible(row(proposed.code).getByText('Added'));

    await row(live.code).getByRole('textbox', { name: `${live.code} shift` }).fill('1');
    await row(live.code).getByRole('combobox', { name: `${live.code} shift unit` }).click();
    await page.getByRole('option', { name: 'months', exact: true }).click();
    const shifted = await answer(page, 'PUT', new RegExp(`/projects/${live.id}$`), () => row(live.code).getByRole('button', { name: 'Apply' }).click());
    expect(shifted.request().postDataJSON()).toEqual({ included: true, shift: { amount: 1, unit: 'months' }, scalePct: 100 });
    await visible(row(live.code).getByText('Shifted (+1 months)'));
    await visible(row(live.code).getByText(/4 Feb 2027|2027-02-04|Feb 4, 2027|04\/02\/2027|2\/4\/2027/));

    const comparison = page.getByRole('table', { name: 'Scenario comparison' });
    await page.waitForFunction(() => document.querySelectorAll('tr[data-row="projects"] td')[1]?.textContent === '2');
    expect(await comparison.locator('tr[data-row="projects"] td').allTextContents()).toEqual(['1', '2']);
    expect(await comparison.locator('tr[data-row="coverage"] td').allTextContents()).toEqual(['1 of 2', '2 of 2']);
    expect((await comparison.locator('tr[data-row="cost"] td').allTextContents()).map((t) => t.replace(/[^\d]/g, ''))).toEqual(['10000000', '14000000']);
  });
});
