// Compliance in a real browser against a real server: a project with an open risk scoring 20 and
// no response breaks the PMO's critical policy "High risks have a response"; the Compliance page
// counts it as critical and names the risk; its fix link opens that risk on the project's RAID
// page; adding a strategy and a response there and saving clears the breach from the page and
// from the project's overview.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const RISK = 'Data centre lease not renewed';
const POLICY = 'high_risks_have_response';
const SCREENSHOTS = join(tmpdir(), 'orrery-e2e-screenshots');

describe('compliance (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  let riskCode = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const projectSection = () => browser.page.getByRole('region', { name: 'PRJ-001 compliance' });

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('shows a critical breach for an open risk scoring 20 without a response', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, PMO);
    const headers = await csrfHeaders(page, server.baseUrl);
    const portfolio = (await (await page.request.post(api('/portfolios'), { headers, data: { name: 'Infrastructure' } })).json()) as { id: string };
    const project = await page.request.post(api('/projects'), { headers, data: { name: 'Hosting Exit', portfolioId: portfolio.id } });
    expect(project.status()).toBe(201);
    projectId = ((await project.json()) as { id: string }).id;
    const risk = await page.request.post(api(`/projects/${projectId}/risks`), { headers, data: { title: RISK, probability: 5, impact: 4 } });
    expect(risk.status()).toBe(201);
    riskCode = ((await risk.json()) as { code: string }).code;

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).click();
    await page.waitForURL((url) => url.pathname === '/compliance');
    await visible(page.getByRole('heading', { name: 'Compliance' }));
    expect(await page.getByTestId('tile-critical').textContent()).toBe('1');
    const row = projectSection().locator(`tr[data-breach="${POLICY}"]`);
    await visible(row.getByText('High risks have a response'));
    await visible(row.getByText('Critical', { exact: true }));
    await visible(row.getByText(new RegExp(`${riskCode} '${RISK}' scores 20`)));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'compliance.png'), fullPage: true });
  });

  it('follows the fix link to the risk and clears the breach by adding a response', async () => {
    const { page } = browser;
    await projectSection().getByRole('link', { name: `Open ${riskCode}` }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/raid` && url.searchParams.get('open') !== null);
    const form = page.getByRole('dialog', { name: new RegExp(RISK) });
    await visible(form.getByRole('textbox', { name: 'Title', exact: true }));
    expect(await form.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(RISK);

    await choose(page, 'Strategy', 'Mitigate');
    await form.getByRole('textbox', { name: 'Response plan' }).fill('Sign a two-year extension before the exit completes.');
    const saved = await answer(page, 'PATCH', /\/api\/v1\/risks\/[^/]+$/, () => form.getByRole('button', { name: 'Save changes' }).click());
    expect(saved.status()).toBe(200);
    await form.waitFor({ state: 'hidden' });
    await page.waitForURL((url) => url.searchParams.get('open') === null);

    const checked = await answer(page, 'GET', /\/api\/v1\/compliance$/, () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).click());
    expect(checked.status()).toBe(200);
    await projectSection().locator(`tr[data-breach="${POLICY}"]`).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('tile-critical').textContent()).toBe('0');

    await page.goto(`${server.baseUrl}/projects/${projectId}`);
    const section = page.getByRole('region', { name: 'Compliance' });
    await visible(section.getByRole('heading', { name: 'Compliance' }));
    await section.locator(`tr[data-breach="${POLICY}"]`).waitFor({ state: 'detached' });
    await page.goto(`${server.baseUrl}/settings/policies`);
    await visible(page.getByRole('table', { name: 'Policies' }).getByText('High risks have a response'));
    await page.screenshot({ path: join(SCREENSHOTS, 'policies.png'), fullPage: true });
    expect(browser.pageErrors).toEqual([]);
  });

  it('lets the PMO tune a policy’s parameter from the form built from its rule kind', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Edit High risks have a response' }).click();
    const form = page.getByRole('dialog', { name: 'High risks have a response' });
    const minScore = form.getByRole('textbox', { name: 'minScore' });
    await minScore.fill('');
    await form.getByRole('button', { name: 'Save policy' }).click();
    await visible(form.getByText('Enter a whole number.'));
    await minScore.fill('21');
    const saved = await answer(page, 'PUT', /\/api\/v1\/policies\/high_risks_have_response$/, () => form.getByRole('button', { name: 'Save policy' }).click());
    expect(saved.status()).toBe(200);
    expect(saved.request().headers()['if-match']).toBe('"0"');
    expect(saved.request().postDataJSON()).toMatchObject({ kind: 'risk_response_required', params: { minScore: 21 }, enabled: true });
    await form.waitFor({ state: 'hidden' });
    await visible(page.locator('tr[data-policy="high_risks_have_response"]').getByText('minScore 21'));
    expect(browser.pageErrors).toEqual([]);
  });
});
