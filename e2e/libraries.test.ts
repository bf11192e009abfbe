// The PMO's libraries in a real browser against a real server: the PMO duplicates the predictive
// methodology as its own, renames its first phase and adds a mandatory criterion to that phase's
// gate; a first save with a phase key used twice shows the server's error on that phase; the saved
// methodology is in the library as "Your own"; a project created with it on the new-project form
// starts in the renamed phase, with the new criterion at its next gate. The JSON editors: a review
// type saved with a question key used twice lists the server's error by path, then saves as
// "Built-in (edited)"; a template's editor previews its WBS and documents. Last, a spreadsheet
// export: the Compliance page's XLSX link, scoped to the chosen portfolio, downloads a .xlsx file.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const METHODOLOGY = 'Northwind delivery';
const PHASE = 'Ideate';
const CRITERION = 'A benefits owner is named';
const SCREENSHOTS = join(tmpdir(), 'orrery-e2e-screenshots');

describe('the PMO’s libraries (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const phase = (n: number) => browser.page.getByRole('group', { name: `Phase ${n}`, exact: true });

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('duplicates the predictive methodology, shows a server error on the phase it names, and saves it', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, PMO);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Libraries' }).click();
    await page.waitForURL((url) => url.pathname === '/settings/libraries');
    const predictive = page.locator('tr[data-methodology="predictive"]');
    await visible(predictive.getByText('Built-in', { exact: true }));
    await predictive.getByRole('link', { name: /^Duplicate .* as new$/ }).click();
    await page.waitForURL((url) => url.pathname === '/settings/libraries/methodologies/new' && url.searchParams.get('from') === 'predictive');

    const form = page.getByRole('form', { name: 'New methodology' });
    expect(await form.getByRole('textbox', { name: 'Key', exact: true }).inputValue()).toBe('predictive_copy');
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill(METHODOLOGY);
    await form.getByRole('textbox', { name: 'Key', exact: true }).fill('northwind');
    await phase(1).getByRole('textbox', { name: 'Phase name' }).fill(PHASE);
    expect(await phase(1).getByRole('textbox', { name: 'Phase key' }).inputValue()).toBe('initiate'); // a saved phase keeps its key
    const criteria = phase(1).getByRole('group', { name: 'Criteria of phase 1' });
    const before = await criteria.getByRole('textbox').count();
    await criteria.getByRole('button', { name: 'Add criterion' }).click();
    await criteria.getByRole('textbox', { name: `Criterion ${before + 1}` }).fill(CRITERION);
    expect(await criteria.getByRole('checkbox', { name: `Criterion ${before + 1} mandatory` }).isChecked()).toBe(true);

    // The second phase's key made the same as the first's: the server's rule, shown on that phase.
    await phase(2).getByRole('textbox', { name: 'Phase key' }).fill('initiate');
    const refused = await answer(page, 'PUT', /\/api\/v1\/methodologies\/northwind$/, () => form.getByRole('button', { name: 'Save methodology' }).click());
    expect(refused.status()).toBe(422);
    expect(((await refused.json()) as { errors: Array<{ path: string }> }).errors.map((e) => e.path)).toContain('phases[1].key');
    await visible(phase(2).getByText(/"initiate" is used twice/));
    expect(await phase(2).getByRole('textbox', { name: 'Phase key' }).getAttribute('aria-invalid')).toBe('true');
    expect(await phase(1).getByText(/is used twice/).count()).toBe(0);

    await phase(2).getByRole('textbox', { name: 'Phase key' }).fill('plan');
    const saved = await answer(page, 'PUT', /\/api\/v1\/methodologies\/northwind$/, () => form.getByRole('button', { name: 'Save methodology' }).click());
    expect(saved.status()).toBe(200);
    expect(saved.request().headers()['if-match']).toBe('"0"');
    const body = saved.request().postDataJSON() as { phases: Array<{ key: string; name: string; gate: { criteria: Array<{ key: string; text: string; mandatory: boolean }> } | null }> };
    expect(body.phases[0]).toMatchObject({ key: 'initiate', name: PHASE });
    expect(body.phases[0]!.gate!.criteria.at(-1)).toEqual({ key: 'a_benefits_owner_is_named', text: CRITERION, mandatory: true });

    await page.waitForURL((url) => url.pathname === '/settings/libraries' && url.searchParams.get('tab') === 'methodologies');
    const own = page.locator('tr[data-methodology="northwind"]');
    await visible(own.getByText(METHODOLOGY));
    await visible(own.getByText('Your own'));
    await visible(own.getByText(new RegExp(`^${PHASE} → Plan`)));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'libraries.png'), fullPage: true });
    expect(browser.pageErrors).toEqual([]);
  });

  it('creates a project with the new methodology, which starts in the renamed phase', async () => {
    const { page } = browser;
    const { csrfToken } = (await (await page.request.get(api('/auth/me'))).json()) as { csrfToken: string };
    expect((await page.request.post(api('/portfolios'), { headers: { 'X-CSRF-Token': csrfToken }, data: { name: 'Northwind' } })).status()).toBe(201);

    await page.goto(`${server.baseUrl}/projects/new`);
    await page.getByLabel('Name').fill('Benefits Tracker');
    await choose(page, 'Portfolio', /Northwind/);
    await choose(page, 'Methodology', METHODOLOGY);
    const created = await answer(page, 'POST', /\/api\/v1\/projects$/, () => page.getByRole('button', { name: 'Create project' }).click());
    expect(created.status()).toBe(201);
    const project = (await created.json()) as { id: string; methodologyKey: string; phase: string };
    expect(project).toMatchObject({ methodologyKey: 'northwind', phase: 'initiate' });
    await page.waitForURL((url) => url.pathname === `/projects/${project.id}`);

    await page.goto(`${server.baseUrl}/projects/${project.id}/governance`);
    await visible(page.getByTestId('current-phase').filter({ hasText: `follows ${METHODOLOGY}; current phase: ${PHASE}.` }));
    await visible(page.getByText(CRITERION));
    expect(browser.pageErrors).toEqual([]);
  });

  it('edits a review type as JSON, listing the server’s errors by path, and previews a template’s WBS', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/settings/libraries?tab=review-types`);
    await page.locator('tr[data-review-type="project_health_check"]').getByRole('link', { name: /^Edit / }).click();
    await page.waitForURL((url) => url.pathname === '/settings/libraries/review-types/project_health_check/edit');
    const editor = page.getByRole('textbox', { name: 'Body (JSON)' });
    const type = JSON.parse(await editor.inputValue()) as { name: string; questions: Array<{ key: string }> };
    expect(type.name).toBe('Project health check');
    expect(Object.keys(type)).not.toContain('version');

    await editor.fill('{ "name": "x", }');
    await page.getByRole('button', { name: 'Validate' }).click();
    await visible(page.getByText(/^Line 1, column \d+: /));
    type.questions[1]!.key = type.questions[0]!.key;
    await editor.fill(JSON.stringify(type, null, 2));
    await page.getByRole('button', { name: 'Validate' }).click();
    await visible(page.getByRole('status').getByText('Valid JSON.'));
    const refused = await answer(page, 'PUT', /\/api\/v1\/review-types\/project_health_check$/, () => page.getByRole('button', { name: 'Save review type' }).click());
    expect(refused.status()).toBe(422);
    expect(refused.request().headers()['if-match']).toBe('"0"');
    await visible(page.getByRole('list', { name: 'Fields to fix' }).getByText('questions[1].key'));

    type.questions[1]!.key = 'second_question';
    type.name = 'Health check (PMO)';
    await editor.fill(JSON.stringify(type, null, 2));
    const saved = await answer(page, 'PUT', /\/api\/v1\/review-types\/project_health_check$/, () => page.getByRole('button', { name: 'Save review type' }).click());
    expect(saved.status()).toBe(200);
    await page.waitForURL((url) => url.pathname === '/settings/libraries' && url.searchParams.get('tab') === 'review-types');
    const row = page.locator('tr[data-review-type="project_health_check"]');
    await visible(row.getByText('Health check (PMO)'));
    await visible(row.getByText('Built-in (edited)'));

    await page.getByRole('tab', { name: 'Templates' }).click();
    await page.locator('tr[data-template="office_relocation"]').getByRole('link', { name: /^Edit / }).click();
    const wbs = page.getByRole('table', { name: 'WBS' });
    await visible(wbs.locator('tbody tr'));
    expect(await wbs.locator('tbody tr').count()).toBeGreaterThan(5);
    await visible(page.getByRole('region', { name: 'Documents preview' }).getByText(/\{\{project\.name\}\}|\{\{project\.code\}\}/));
    expect(browser.pageErrors).toEqual([]);
  });

  it('downloads the compliance of the chosen portfolio as an XLSX file', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).click();
    await page.waitForURL((url) => url.pathname === '/compliance');
    await choose(page, 'Portfolio', /Northwind/);
    await page.waitForURL((url) => url.searchParams.has('portfolioId'));
    const portfolioId = new URL(page.url()).searchParams.get('portfolioId')!;
    const xlsx = page.getByRole('link', { name: 'Export XLSX' });
    await expect.poll(() => xlsx.getAttribute('href')).toBe(`/api/v1/compliance/export?portfolioId=${portfolioId}&format=xlsx`);
    const [download] = await Promise.all([page.waitForEvent('download'), xlsx.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(await download.failure()).toBeNull();
    expect(await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(`/api/v1/compliance/export?portfolioId=${portfolioId}&format=csv`);
    expect(browser.pageErrors).toEqual([]);
  });
});
