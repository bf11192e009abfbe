// Benefits in a real browser against a real server. The PMO sets up a project with a money benefit
// (API), opens the project's Benefits tab from the project page, records a measurement and sees
// realisation move from nothing to 25 % and the money totals follow; then the portfolio's Benefits
// page shows the project planned against realised, with its chart.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('benefits (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  let portfolioId = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('records a measurement on the project’s Benefits tab and sees realisation move', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, PMO, '/');
    const headers = await csrfHeaders(page, server.baseUrl);
    ({ id: portfolioId } = (await (await page.request.post(api('/portfolios'), { headers, data: { name: 'Operations' } })).json()) as { id: string });
    ({ id: projectId } = (await (await page.request.post(api('/projects'), { headers, data: { name: 'Warehouse Move', portfolioId, status: 'active' } })).json()) as { id: string });
    const benefit = await page.request.post(api(`/projects/${projectId}/benefits`), {
      headers,
      data: { title: 'Lower rent', category: 'financial', measure: 'Annual rent', currency: 'EUR', direction: 'lower_is_better', baseline: 50_000_000, target: 30_000_000, expectedBy: inDays(365) },
    });
    expect(benefit.status()).toBe(201);

    await page.goto(`${server.baseUrl}/projects/${projectId}`);
    await page.getByRole('main').getByRole('link', { name: 'Benefits', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/benefits`);
    const card = page.getByRole('region', { name: 'BEN-001 Lower rent' });
    await visible(card.getByText('On track'));
    expect(await card.locator('[data-figure="realisation"]').textContent()).toBe('—');

    await card.getByRole('button', { name: 'Record measurement' }).click();
    const form = page.getByRole('dialog', { name: /Record a measurement/ });
    await form.getByRole('textbox', { name: /Value/ }).fill('450000');
    await form.getByRole('textbox', { name: 'Note' }).fill('First site handed back');
    const recorded = await answer(page, 'POST', /\/api\/v1\/benefits\/[^/]+\/measurements$/, () => form.getByRole('button', { name: 'Record' }).click());
    expect(recorded.status()).toBe(201);
    expect(recorded.request().postDataJSON()).toMatchObject({ value: 45_000_000, note: 'First site handed back' });
    await form.waitFor({ state: 'hidden' });

    await page.waitForFunction(() => document.querySelector('[data-figure="realisation"]')?.textContent === '25 %');
    await visible(card.getByRole('table', { name: 'BEN-001 measurements' }).getByText('First site handed back'));
    expect(await page.locator('[data-total="pct"]').textContent()).toContain('25 %');
  });

  it('shows the portfolio’s benefits planned against realised with a chart', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/benefits?portfolioId=${portfolioId}`);
    const row = page.getByRole('table', { name: 'Benefits per project' }).locator('tbody tr').filter({ hasText: 'Warehouse Move' });
    await visible(row.getByText('25 %'));
    await visible(page.getByRole('img', { name: 'Benefits planned vs realised in EUR' }).locator('svg'));
    expect(await page.locator('[data-total="realised"]').textContent()).toMatch(/50,000\.00/);
  });
});
