// Taking a PMO maturity assessment in a real browser against a real server. The PMO lead opens an
// assessment from the PMO maturity page, naming herself and a project manager, with a governance
// target of level 4; she answers every question (one "Don't know") and sees the scores; the project
// manager signs in, finds the assessment, answers governance lower, and both see the disagreement
// flagged, the radar and the steps toward the target; the PMO closes it. Then the PMO performance
// page shows the KPIs by quarter (nothing to assess on an empty register), and the PMO writes its
// charter, names its roadmap project and raises an improvement step as an action in it.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { apiWriter, signIn, signInAs } from './support/session.ts';

const PMO: TestAccount = { email: 'maturity.pmo@example.com', name: 'Mira Maturity', role: 'pmo', password: 'e2e-password-2026' };
const PM: TestAccount = { email: 'maturity.pm@example.com', name: 'Paul Planner', role: 'member', password: 'e2e-password-2026' };

/** Picks a level (or "Don't know") for the question with this text. */
async function pick(page: Page, question: string, level: RegExp): Promise<void> {
  await page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: level }).check();
}

const GOVERNANCE = ['How are projects approved to move from one phase to the next?', 'How consistently do projects follow a defined method?'];

describe('PMO maturity assessment (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, PM])));
  afterAll(() => closeSuite({ server, browser }));

  it('is opened by the PMO, answered by its respondents, scored with disagreements and closed', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login`);
    await signIn(page, PMO);
    await page.getByRole('link', { name: 'PMO maturity' }).click();
    await visible(page.getByText('No assessment yet.'));
    await page.getByRole('button', { name: 'Open an assessment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open an assessment' });
    await dialog.getByLabel('Title').fill('Annual PMO review');
    await choose(page, 'Respondents', PMO.name);
    await choose(page, 'Respondents', PM.name);
    await dialog.getByLabel('Governance').fill('4');
    await dialog.getByRole('button', { name: 'Open assessment' }).click();
    await page.waitForURL(/\/maturity\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { name: /Annual PMO review/ }));

    // Every question at "Defined" except one the PMO cannot judge.
    const groups = page.getByRole('radiogroup');
    const count = await groups.count();
    expect(count).toBe(12);
    for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio', { name: /^3 · Defined/ }).check();
    await visible(page.getByText('Every question answered'));
    await pick(page, 'How are benefits tracked after delivery?', /Don't know/);
    await page.getByRole('button', { name: 'Save answers' }).click();
    await visible(page.getByText('Answers saved'));
    await expect.poll(() => page.getByTestId('score-governance').textContent()).toBe('3.00');
    expect(await page.getByTestId('score-benefits').textContent()).toBe('3.00');

    // The project manager sees governance lower.
    await signInAs(page, server.baseUrl, PM, '/maturity');
    await page.getByRole('link', { name: /Annual PMO review/ }).click();
    await visible(page.getByText('Your answers'));
    for (const q of GOVERNANCE) await pick(page, q, /^1 · Initial/);
    await visible(page.getByText('10 questions not answered yet'));
    await page.getByRole('button', { name: 'Save answers' }).click();
    await expect.poll(() => page.getByTestId('score-governance').textContent()).toBe('2.00');
    await visible(page.getByText('Respondents disagree on'));
    await visible(page.getByTestId('maturity-radar'));
    const steps = page.getByLabel('Improvement steps');
    await visible(steps.getByText('Every project passes defined gates with criteria, a named decision maker and the decision on record.'));
    expect(await page.getByRole('button', { name: 'Close assessment' }).count()).toBe(0);

    // The PMO closes it; answers then stand.
    await signInAs(page, server.baseUrl, PMO, '/maturity');
    await visible(page.getByTestId('maturity-level'));
    await page.getByRole('link', { name: /Annual PMO review/ }).click();
    await page.getByRole('button', { name: 'Close assessment' }).click();
    await visible(page.getByRole('button', { name: 'Reopen' }));
    expect(await page.getByText('Your answers').count()).toBe(0);
  });

  it('shows the PMO its KPIs by quarter on the PMO performance page', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'PMO performance' }).click();
    const table = page.getByRole('table', { name: 'PMO KPIs' });
    await visible(table.getByText('Delivered on time'));
    expect(await table.locator('tbody tr').count()).toBe(8);
    expect(await table.locator('thead th').count()).toBe(5); // the KPI and four quarters
    await visible(table.getByText('nothing to assess'));
    await visible(page.getByTestId('kpi-trend'));
  });

  it('keeps the PMO charter: mandate, services, the roadmap project, and improvement steps raised into it', async () => {
    const { page } = browser;
    const write = await apiWriter(page, server.baseUrl);
    const portfolio = await write('post', '/portfolios', { name: 'PMO', description: '', ownerId: null }, 201);
    await write('post', '/projects', { name: 'PMO improvement roadmap', portfolioId: portfolio.id, status: 'active' }, 201);
    await page.getByRole('link', { name: 'PMO charter' }).click();
    await visible(page.getByText('No roadmap project named.'));
    await page.getByRole('button', { name: 'Edit charter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the PMO charter' });
    await dialog.getByLabel('Mandate').fill('Make every project in the portfolio succeed, and prove it.');
    await choose(page, 'Roadmap project', /PMO improvement roadmap/);
    await dialog.getByRole('button', { name: 'Add service' }).click();
    await dialog.getByLabel('Key of service 1').fill('portfolio_reporting');
    await dialog.getByLabel('Name of service 1').fill('Portfolio reporting');
    await dialog.getByLabel('Service level of service 1').fill('By the 5th working day of each month');
    await dialog.getByRole('button', { name: 'Save charter' }).click();
    await visible(page.getByRole('table', { name: 'PMO services' }).getByText('By the 5th working day of each month'));
    expect(await page.getByTestId('pmo-mandate').textContent()).toContain('prove it');

    // An improvement step of the assessment becomes an action of the roadmap project.
    await page.getByRole('link', { name: 'PMO maturity' }).click();
    await page.getByRole('link', { name: /Annual PMO review/ }).click();
    const steps = page.getByLabel('Improvement steps');
    await steps.getByRole('button', { name: 'Raise an action for stage_gates' }).click();
    await visible(steps.getByRole('link', { name: /ACT-\d+ \(open\)/ }));
    await page.getByRole('link', { name: 'PMO charter' }).click();
    await expect.poll(() => page.getByTestId('roadmap-actions').textContent()).toContain('1 open actions (1 from maturity assessments)');
  });
});
