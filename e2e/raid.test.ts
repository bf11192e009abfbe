// A project's RAID log in a real browser against a real server: open it from the project page, add
// a risk rated probability 2 × impact 3 and see the heat map count it in that cell, re-rate it 5 × 5
// and see it move (old cell 0, new cell 1), raise an issue from it and find the issue on the Issues
// tab (and see the server's rule "a resolved issue needs a resolution" on the field); then narrow
// the grid from a heat-map cell, be told when someone else changed a risk under an open form, add a
// dependency that the provider's forecast threatens, download the exports, and see the risks on the
// portfolio-wide Risks page.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const SCREENSHOTS = join(tmpdir(), 'orrery-e2e-screenshots');
const RISK = 'Key supplier goes bankrupt';

describe('RAID log (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  let csrf: Record<string, string> = {};

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const risks = () => browser.page.getByRole('table', { name: 'Risks', exact: true });
  const dialog = (name: string | RegExp) => browser.page.getByRole('dialog', { name });
  /** The heat-map cell of a rating, by what it says to a screen reader. */
  const cell = (label: string) => browser.page.getByRole('button', { name: label, exact: true });
  /** Picks an option of a Mantine Select inside the dialog; labels are exact ("Probability" ≠ "Residual probability"). */
  const pick = async (scope: ReturnType<typeof dialog>, label: string, option: string) => {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await browser.page.getByRole('option', { name: option, exact: true }).click();
  };
  /** Runs `act` and waits for the API answer it causes. */

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('opens the RAID log from the project page', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, PMO);
    const me = (await (await page.request.get(api('/auth/me'))).json()) as { csrfToken: string };
    csrf = { 'X-CSRF-Token': me.csrfToken };
    const portfolio = await page.request.post(api('/portfolios'), { headers: csrf, data: { name: 'Operations' } });
    const { id: portfolioId } = (await portfolio.json()) as { id: string };
    const project = await page.request.post(api('/projects'), { headers: csrf, data: { name: 'Warehouse Move', portfolioId } });
    expect(project.status()).toBe(201);
    projectId = ((await project.json()) as { id: string }).id;

    await page.goto(`${server.baseUrl}/projects/${projectId}`);
    await page.getByRole('link', { name: 'RAID log' }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/raid`);
    await visible(page.getByRole('heading', { name: /RAID log/ }));
    await visible(page.getByRole('table', { name: 'Risk heat map (inherent)' }));
    await visible(risks().getByText('No risks match.'));
  });

  it('adds a risk rated probability 2 × impact 3 and the heat map counts it in that cell', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Add risk' }).click();
    const form = dialog('Add risk');
    await visible(form);
    await form.getByRole('button', { name: 'Add risk' }).click();
    await visible(form.getByText('Give the probability.')); // checked before anything is sent

    await form.getByRole('textbox', { name: 'Title', exact: true }).fill(RISK);
    await form.getByRole('textbox', { name: 'Category' }).fill('supplier');
    await pick(form, 'Probability', '2 – Unlikely');
    await pick(form, 'Impact', '3 – Moderate');
    const created = await answer(page, 'POST', new RegExp(`/projects/${projectId}/risks$`), () => form.getByRole('button', { name: 'Add risk' }).click());
    expect(created.status()).toBe(201);
    await form.waitFor({ state: 'hidden' });

    await visible(risks().getByRole('button', { name: RISK }));
    await visible(risks().getByText('6 Medium'));
    await visible(cell('Probability 2 Unlikely, impact 3 Moderate: 1 risk'));
  });

  it('re-rates the risk 5 × 5 with If-Match and it moves on the heat map', async () => {
    const { page } = browser;
    await risks().getByRole('button', { name: RISK }).click();
    const form = dialog(new RegExp(RISK));
    await visible(form.getByRole('textbox', { name: 'Title', exact: true }));
    await pick(form, 'Probability', '5 – Almost certain');
    await pick(form, 'Impact', '5 – Severe');
    await visible(form.getByTestId('score-preview').getByText('25 Critical')); // where it will land, before saving
    const saved = await answer(page, 'PATCH', /\/api\/v1\/risks\/[^/]+$/, () => form.getByRole('button', { name: 'Save changes' }).click());
    expect(saved.status()).toBe(200);
    expect(saved.request().headers()['if-match']).toBe('"1"');
    expect(saved.request().postDataJSON()).toEqual({ probability: 5, impact: 5 });
    await form.waitFor({ state: 'hidden' });

    await visible(cell('Probability 5 Almost certain, impact 5 Severe: 1 risk'));
    await visible(cell('Probability 2 Unlikely, impact 3 Moderate: 0 risks'));
    await visible(risks().getByText('25 Critical'));
  });

  it('raises an issue from the risk that happened and finds it on the Issues tab', async () => {
    const { page } = browser;
    await risks().getByRole('button', { name: RISK }).click();
    const form = dialog(new RegExp(RISK));
    const history = form.getByRole('table', { name: 'Score history' });
    await visible(history.getByText('5×5 = 25'));
    await visible(history.getByText('2×3 = 6'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.waitForFunction(() => [...document.querySelectorAll('[role="dialog"]')].every((d) => getComputedStyle(d).opacity === '1'));
    await page.screenshot({ path: join(SCREENSHOTS, 'raid-risk-form.png'), fullPage: true });

    await form.getByRole('button', { name: 'Risk happened → raise issue' }).click();
    const raised = await answer(page, 'POST', /\/risks\/[^/]+\/occurred$/, () => form.getByRole('button', { name: 'Raise issue' }).click());
    expect(raised.status()).toBe(201);
    await form.waitFor({ state: 'hidden' });
    await visible(page.getByRole('status').filter({ hasText: /Issue ISS-\d+ raised/ }));
    await visible(risks().getByText('Occurred'));
    await visible(cell('Probability 5 Almost certain, impact 5 Severe: 0 risks')); // the map counts open risks

    await page.getByRole('tab', { name: 'Issues' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'issues');
    const issues = page.getByRole('table', { name: 'Issues', exact: true });
    await visible(issues.getByRole('button', { name: RISK }));
    await visible(issues.getByText('High'));
    await page.screenshot({ path: join(SCREENSHOTS, 'raid-issues.png'), fullPage: true });

    // The server's rule (a resolved issue needs its resolution) comes back on the field it names.
    await issues.getByRole('button', { name: RISK }).click();
    const issueForm = dialog(new RegExp(RISK));
    await pick(issueForm, 'Status', 'Resolved');
    const refused = await answer(page, 'PATCH', /\/api\/v1\/issues\/[^/]+$/, () => issueForm.getByRole('button', { name: 'Save changes' }).click());
    expect(refused.status()).toBe(422);
    await visible(issueForm.getByRole('alert').filter({ hasText: 'Say how the issue was resolved' }));
    await visible(issueForm.getByText('Required when the status is resolved.'));
    await issueForm.getByRole('textbox', { name: 'Resolution' }).fill('Second supplier qualified.');
    const saved = await answer(page, 'PATCH', /\/api\/v1\/issues\/[^/]+$/, () => issueForm.getByRole('button', { name: 'Save changes' }).click());
    expect(saved.status()).toBe(200);
    await issueForm.waitFor({ state: 'hidden' });
    await visible(issues.getByText('Resolved'));
    expect(browser.pageErrors).toEqual([]);
  });

  it('narrows the grid from a heat-map cell and reports a change made by someone else', async () => {
    const { page } = browser;
    const second = await page.request.post(api(`/projects/${projectId}/risks`), { headers: csrf, data: { title: 'Forklift licences lapse', probability: 4, impact: 4 } });
    expect(second.status()).toBe(201);
    const { id, version } = (await second.json()) as { id: string; version: number };
    // Added behind the page's back: the page shows it once it reads the log again.
    await page.goto(`${server.baseUrl}/projects/${projectId}/raid`);

    await cell('Probability 4 Likely, impact 4 Major: 1 risk').click();
    await page.waitForURL((url) => url.searchParams.get('probability') === '4' && url.searchParams.get('impact') === '4');
    await risks().getByRole('button', { name: RISK }).waitFor({ state: 'detached' });
    await visible(risks().getByRole('button', { name: 'Forklift licences lapse' }));

    // Someone else re-rates the risk while its form is open: saving is refused with a reload.
    await risks().getByRole('button', { name: 'Forklift licences lapse' }).click();
    const form = dialog(/Forklift licences lapse/);
    await visible(form.getByRole('textbox', { name: 'Title', exact: true }));
    const behind = await page.request.patch(api(`/risks/${id}`), { headers: { ...csrf, 'If-Match': `"${version}"` }, data: { impact: 3 } });
    expect(behind.status()).toBe(200);
    await form.getByRole('textbox', { name: 'Triggers' }).fill('Licence renewal letters unanswered');
    const refused = await answer(page, 'PATCH', /\/api\/v1\/risks\/[^/]+$/, () => form.getByRole('button', { name: 'Save changes' }).click());
    expect(refused.status()).toBe(409);
    await visible(form.getByRole('alert').filter({ hasText: 'Changed by someone else' }));
    await form.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => form.getByRole('combobox', { name: 'Impact', exact: true }).inputValue()).toBe('3 – Moderate');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'hidden' });
  });

  it('adds a dependency on another project’s task and flags it threatened by the provider’s forecast', async () => {
    const { page } = browser;
    const portfolioId = ((await (await page.request.get(api('/portfolios'))).json()) as { items: Array<{ id: string }> }).items[0]!.id;
    const provider = await page.request.post(api('/projects'), { headers: csrf, data: { name: 'Data Centre', portfolioId, plannedStart: '2030-03-04' } });
    const { id: providerId } = (await provider.json()) as { id: string };
    const task = await page.request.post(api(`/projects/${providerId}/schedule/tasks`), { headers: csrf, data: { name: 'Racks installed', durationMinutes: 5 * 480 } });
    expect(task.status()).toBe(201);

    await page.getByRole('tab', { name: 'Dependencies' }).click();
    await page.getByRole('button', { name: 'Add dependency' }).click();
    const form = dialog('Add dependency');
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Racks ready for the move');
    await pick(form, 'Provider project', 'PRJ-002 · Data Centre');
    await pick(form, 'Provider task', 'Racks installed');
    await form.getByLabel('Needed by').fill('2030-03-05');
    const created = await answer(page, 'POST', /\/dependencies$/, () => form.getByRole('button', { name: 'Add dependency' }).click());
    expect(created.status()).toBe(201);
    await form.waitFor({ state: 'hidden' });
    const row = page.getByRole('table', { name: 'Dependencies', exact: true }).locator('tr', { hasText: 'Racks ready for the move' });
    await visible(row.getByText('Threatened'));
    await visible(row.getByText(/\d+ d late/));
    await visible(row.getByText('Racks installed'));
  });

  it('exports the logs and shows the risks on the portfolio-wide Risks page', async () => {
    const { page } = browser;
    const xlsx = await page.getByRole('link', { name: 'Export XLSX' }).getAttribute('href');
    const csv = await page.getByRole('link', { name: 'Export CSV (Dependencies)' }).getAttribute('href');
    expect(xlsx).toBe(`/api/v1/raid/export?projectId=${projectId}&format=xlsx`);
    const sheet = await page.request.get(`${server.baseUrl}${xlsx}`);
    expect(sheet.status()).toBe(200);
    expect(sheet.headers()['content-type']).toContain('spreadsheetml');
    expect(csv).toBe(`/api/v1/raid/export?projectId=${projectId}&kinds=dependencies&format=csv`); // the shown tab's log
    const text = await (await page.request.get(`${server.baseUrl}${csv}`)).text();
    expect(text).toContain('Racks ready for the move');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Risks' }).click();
    await page.waitForURL((url) => url.pathname === '/risks');
    await visible(page.getByRole('heading', { name: 'Risks' }));
    await visible(cell('Probability 4 Likely, impact 3 Moderate: 1 risk'));
    await visible(risks().getByRole('button', { name: 'Forklift licences lapse' }));
    await visible(risks().getByRole('button', { name: RISK }));
    await page.screenshot({ path: join(SCREENSHOTS, 'raid-risks.png'), fullPage: true });
    expect(browser.pageErrors).toEqual([]);
  });
});
