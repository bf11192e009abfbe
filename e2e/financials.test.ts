// A project's financials in a real browser against a real server. The PMO sets up a project (API),
// opens its Financials page from the project page, drafts the original budget with two lines
// (labour and contingency), approves it, and sees the current budget and the grid; then records an
// expense and sees the actual cost in the summary change.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'fin.pmo@example.com', name: 'Fin Controller', role: 'pmo', password: 'e2e-password-2026' };
const SCREENSHOTS = join(tmpdir(), 'orrery-e2e-screenshots');

describe('project financials (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const dialog = (name: string | RegExp) => browser.page.getByRole('dialog', { name });
  const figure = (label: string) => browser.page.getByRole('group', { name: label, exact: true }).getByTestId('figure');
  const screenshot = async (name: string) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await browser.page.waitForFunction(() => [...document.querySelectorAll('[role="dialog"]')].every((d) => getComputedStyle(d).opacity === '1'));
    await browser.page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
  };

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('drafts the original budget with two lines and approves it', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, PMO, '/');
    const headers = await csrfHeaders(page, server.baseUrl);
    const portfolio = (await (await page.request.post(api('/portfolios'), { headers, data: { name: 'Operations' } })).json()) as { id: string };
    const project = await page.request.post(api('/projects'), { headers, data: { name: 'Plant Upgrade', portfolioId: portfolio.id, status: 'active' } });
    expect(project.status()).toBe(201);
    ({ id: projectId } = (await project.json()) as { id: string });

    await page.goto(`${server.baseUrl}/projects/${projectId}`);
    await page.getByRole('main').getByRole('link', { name: 'Financials', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/financials`);
    await visible(page.getByText('No budget drafted yet.'));
    expect(await figure('Current budget').textContent()).toBe('—');

    await page.getByRole('button', { name: 'Draft original budget' }).click();
    const form = dialog('Draft the original budget');
    await form.getByRole('textbox', { name: 'Amount of line 1' }).fill('12,000');
    await form.getByRole('button', { name: 'Add line' }).click();
    await form.getByRole('combobox', { name: 'Category of line 2' }).click();
    await page.getByRole('option', { name: 'Contingency', exact: true }).click();
    await form.getByRole('textbox', { name: 'Amount of line 2' }).fill('3000.50');
    await screenshot('budget-draft.png');
    const created = await answer(page, 'POST', new RegExp(`/projects/${projectId}/budget/revisions$`), () => form.getByRole('button', { name: 'Save draft' }).click());
    expect(created.status()).toBe(201);
    const month = new Date().toISOString().slice(0, 7);
    expect(created.request().postDataJSON()).toMatchObject({
      lines: [
        { category: 'labour', costType: 'opex', month, amount: { amountMinor: 1_200_000, currency: 'EUR' } },
        { category: 'contingency', costType: 'opex', month, amount: { amountMinor: 300_050, currency: 'EUR' } },
      ],
    });
    await form.waitFor({ state: 'hidden' });

    const revisions = page.getByRole('table', { name: 'Budget revisions' });
    await visible(revisions.getByText('Waiting for approval'));
    await visible(figure('Current budget').getByText('—'));
    await revisions.getByRole('button', { name: 'Approve or reject' }).click();
    const decide = dialog(/Revision 0/);
    await decide.getByRole('textbox', { name: 'Comment' }).fill('Funded');
    const approved = await answer(page, 'POST', /\/api\/v1\/budget-revisions\/[^/]+\/approve$/, () => decide.getByRole('button', { name: 'Approve', exact: true }).click());
    expect(approved.status()).toBe(200);
    expect(approved.request().headers()['if-match']).toBe('"1"');
    await decide.waitFor({ state: 'hidden' });

    await visible(figure('Current budget').getByText('€15,000.50'));
    await visible(figure('Approved budget').getByText('€15,000.50'));
    const grid = page.getByRole('table', { name: 'Budget by category and month' });
    await visible(grid.locator('tr[data-category="labour"]').getByText('€12,000.00'));
    await visible(grid.locator('tr[data-category="contingency"]').getByText('€3,000.50'));
    await visible(revisions.getByText('Approved', { exact: true }));
    await screenshot('budget-approved.png');
    expect(browser.pageErrors).toEqual([]);
  });

  it('records an expense and sees the actual cost change', async () => {
    const { page } = browser;
    expect(await figure('Actual cost').textContent()).toBe('€0.00');
    await page.getByRole('tab', { name: 'Expenses' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'expenses');
    await visible(page.getByText('No expenses or invoices yet.'));
    await page.getByRole('button', { name: 'Add expense' }).click();
    const form = dialog('Add expense');
    await form.getByRole('textbox', { name: /^Amount/ }).fill('250.40');
    await form.getByRole('textbox', { name: 'Supplier' }).fill('Cable World');
    await form.getByRole('textbox', { name: 'Description' }).fill('Cables for line 3');
    const created = await answer(page, 'POST', new RegExp(`/projects/${projectId}/expenses$`), () => form.getByRole('button', { name: 'Add expense' }).click());
    expect(created.status()).toBe(201);
    expect(created.request().postDataJSON()).toMatchObject({ kind: 'expense', amount: { amountMinor: 25_040, currency: 'EUR' }, category: 'material', supplier: 'Cable World' });
    await form.waitFor({ state: 'hidden' });

    const row = page.getByRole('table', { name: 'Expenses' }).locator('tbody tr').filter({ hasText: 'Cables for line 3' });
    await visible(row.getByText('€250.40'));
    await visible(figure('Actual cost').getByText('€250.40'));
    await page.getByRole('tab', { name: 'Planned and actual' }).click();
    await visible(page.getByRole('table', { name: 'Planned and actual cost by category' }).locator('tr[data-category="material"]').getByText('€250.40'));
    await screenshot('financials-expense.png');
    expect(browser.pageErrors).toEqual([]);
  });
});
