// A stage gate from request to decision in a real browser against a real server (controlling PMO,
// the default): the project manager opens the project's governance page, requests the review of
// Gate 1, answers its checklist and adds the business case as approved (the charter stays missing,
// so the gate needs a waiver). The PMO sees the review in Approvals (with the navbar's count), is
// refused a plain "go" with the server's reason, waives the charter with a reason and decides "go
// with conditions" with one condition. Then the project shows its next phase on its governance
// page, the condition is an action of its RAID log (source GATE-…), and the decision is in its
// decision log. Last, the PMO's governance settings (operating model, methodology library) and an
// agile project whose phase is named by its methodology.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const MANAGER: TestAccount = { email: 'max.manager@example.com', name: 'Max Manager', role: 'member', password: 'e2e-password-2026' };
const SCREENSHOTS = join(tmpdir(), 'orrery-e2e-screenshots');
const GATE = 'Gate 1 – Approval to plan';
const CONDITION = 'Sign the project charter';

describe('stage gates (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  let reviewPath = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const dialog = (name: string | RegExp) => browser.page.getByRole('dialog', { name });
  /** Runs `act` and waits for the API answer it causes. */
  const pick = async (scope: Locator, label: string, option: string | RegExp) => {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await browser.page.getByRole('option', { name: option }).first().click();
  };
  const signInAs = async (account: TestAccount, path: string) => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=${encodeURIComponent(path)}`);
    await signIn(page, account, path);
    await visible(page.getByTestId('current-user').filter({ hasText: account.name }));
  };
  const signOut = async () => {
    await browser.page.getByRole('button', { name: 'Sign out' }).click();
    await browser.page.waitForURL(/\/login/);
  };

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MANAGER])));
  afterAll(() => closeSuite({ server, browser }));

  it('sets up a project managed by the project manager (through the API, as the PMO)', async () => {
    const { page } = browser;
    await signInAs(PMO, '/');
    const headers = await csrfHeaders(page, server.baseUrl);
    const people = (await (await page.request.get(api('/people'))).json()) as { items: Array<{ id: string; name: string }> };
    const managerId = people.items.find((p) => p.name === MANAGER.name)!.id;
    const portfolio = await page.request.post(api('/portfolios'), { headers, data: { name: 'Operations' } });
    const { id: portfolioId } = (await portfolio.json()) as { id: string };
    const project = await page.request.post(api('/projects'), { headers, data: { name: 'Warehouse Move', portfolioId, managerId } });
    expect(project.status()).toBe(201);
    const created = (await project.json()) as { id: string; methodologyKey: string; phase: string };
    expect(created).toMatchObject({ methodologyKey: 'predictive', phase: 'initiate' });
    projectId = created.id;
    await signOut();
  });

  it('lets the project manager request the gate review from the project’s governance page', async () => {
    const { page } = browser;
    await signInAs(MANAGER, `/projects/${projectId}`);
    await page.getByRole('link', { name: 'Governance', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/governance`);
    await visible(page.getByTestId('current-phase').filter({ hasText: 'current phase: Initiate.' }));
    await visible(page.getByRole('heading', { name: `Next gate: ${GATE}` }));
    const readiness = page.getByRole('table', { name: 'Gate readiness' });
    await visible(readiness.locator('tr[data-item="charter"]').getByText('Needs a waiver'));

    await page.getByRole('button', { name: 'Request gate review' }).click();
    const form = dialog(`Request review: ${GATE}`);
    await form.getByRole('textbox', { name: 'Note to the approvers' }).fill('Charter is with the sponsor for signature.');
    const requested = await answer(page, 'POST', new RegExp(`/projects/${projectId}/gate-reviews$`), () => form.getByRole('button', { name: 'Request review' }).click());
    expect(requested.status()).toBe(201);
    await page.waitForURL(/\/gate-reviews\/[0-9a-f-]{36}$/);
    reviewPath = new URL(page.url()).pathname;
    await visible(page.getByTestId('review-status').filter({ hasText: 'Awaiting decision' }));
    await visible(page.getByRole('heading', { name: new RegExp(GATE) }));
  });

  it('answers the checklist (If-Match) but may not decide or waive', async () => {
    const { page } = browser;
    const checklist = page.getByRole('table', { name: 'Checklist' });
    const rows = checklist.locator('tbody tr');
    expect(await rows.count()).toBe(6);
    for (let i = 0; i < 6; i += 1) await rows.nth(i).getByText('Met', { exact: true }).click();
    await rows.first().getByRole('textbox').fill('Supports OBJ-1, the logistics strategy.');
    await visible(page.getByText('6 of 6 answered'));
    const saved = await answer(page, 'PATCH', /\/api\/v1\/gate-reviews\/[^/]+$/, () => page.getByRole('button', { name: 'Save checklist' }).click());
    expect(saved.status()).toBe(200);
    expect(saved.request().headers()['if-match']).toBe('"1"');
    expect((saved.request().postDataJSON() as { checklist: unknown[] }).checklist).toHaveLength(6);
    await page.getByRole('button', { name: 'Save checklist' }).and(page.locator(':disabled')).waitFor();

    expect(await page.getByRole('form', { name: 'Decide the gate' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Waive / }).count()).toBe(0);
    await visible(page.getByRole('table', { name: 'Items needing attention' }).locator('tr[data-item="charter"]'));
  });

  it('adds the business case as an approved deliverable', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Project governance' }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/governance`);
    await visible(page.getByRole('link', { name: 'Open gate review' }));
    await page.getByRole('button', { name: 'Add deliverable' }).click();
    const form = dialog('Add deliverable');
    await pick(form, 'Requirement', 'Business case');
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill('Business case v1.2');
    await pick(form, 'Status', 'Approved');
    await form.getByRole('textbox', { name: 'Link' }).fill('https://docs.example.com/warehouse/business-case');
    await form.getByRole('textbox', { name: 'Body' }).fill('## Options\n\n1. Stay\n2. Move to Tilburg');
    const created = await answer(page, 'POST', new RegExp(`/projects/${projectId}/deliverables$`), () => form.getByRole('button', { name: 'Add deliverable' }).click());
    expect(created.status()).toBe(201);
    await form.waitFor({ state: 'hidden' });
    const row = page.getByRole('table', { name: 'Deliverables' }).locator('tr', { hasText: 'Business case v1.2' });
    await visible(row.getByText('Approved'));
    await visible(page.getByRole('table', { name: 'Gate readiness' }).locator('tr[data-item="business_case"]').getByText('In order'));

    await page.getByRole('link', { name: 'Open gate review' }).click();
    await page.waitForURL((url) => url.pathname === reviewPath);
    const required = page.getByRole('table', { name: 'Deliverables required' });
    await visible(required.locator('tr[data-requirement="business_case"]').getByText('✓ Present'));
    await visible(required.locator('tr[data-requirement="business_case"]').getByRole('link', { name: /Business case v1\.2/ }));
    await visible(required.locator('tr[data-requirement="charter"]').getByText('✕ Missing'));
    await signOut();
  });

  it('shows the PMO the review in Approvals, refuses a plain go with the server’s reason, and records a waiver', async () => {
    const { page } = browser;
    await signInAs(PMO, '/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await visible(nav.getByTestId('approvals-count').filter({ hasText: '1' }));
    await nav.getByRole('link', { name: /Approvals/ }).click();
    await page.waitForURL((url) => url.pathname === '/approvals');
    const queue = page.getByRole('table', { name: 'Awaiting my decision' });
    const row = queue.locator('tr', { hasText: 'Warehouse Move' });
    await visible(row.getByText(GATE));
    await visible(row.getByText(MANAGER.name));
    await visible(row.getByText('Not ready'));
    await row.click();
    await page.waitForURL((url) => url.pathname === reviewPath);

    const decide = page.getByRole('form', { name: 'Decide the gate' });
    await decide.getByRole('radio', { name: 'Go', exact: true }).check();
    const refused = await answer(page, 'POST', /\/gate-reviews\/[^/]+\/decision$/, () => decide.getByRole('button', { name: 'Record decision' }).click());
    expect(refused.status()).toBe(422);
    await visible(decide.getByRole('alert').filter({ hasText: `${GATE} is not ready to pass` }));

    await page.getByRole('button', { name: 'Waive Project charter' }).click();
    const waive = dialog('Waive: Project charter');
    await waive.getByRole('button', { name: 'Record waiver' }).click();
    await visible(waive.getByText('Say why the item is waived.'));
    await waive.getByRole('textbox', { name: 'Reason' }).fill('Signed charter expected next week; the sponsor approved the scope by e-mail.');
    const waived = await answer(page, 'PATCH', /\/api\/v1\/gate-reviews\/[^/]+$/, () => waive.getByRole('button', { name: 'Record waiver' }).click());
    expect(waived.status()).toBe(200);
    expect((waived.request().postDataJSON() as { waivers: Array<{ itemKey: string }> }).waivers.map((w) => w.itemKey)).toEqual(['charter']);
    await waive.waitFor({ state: 'hidden' });
    await visible(page.getByTestId('readiness-headline').filter({ hasText: 'Ready to go' }));
    await visible(page.getByRole('table', { name: 'Items needing attention' }).locator('tr[data-item="charter"]').getByText('Waived'));
  });

  it('decides go with conditions with one condition, which becomes an action', async () => {
    const { page } = browser;
    const decide = page.getByRole('form', { name: 'Decide the gate' });
    await decide.getByRole('radio', { name: 'Go with conditions' }).check();
    await decide.getByRole('button', { name: 'Record decision' }).click();
    await visible(decide.getByText('Write what must be done.')); // checked before anything is sent
    await decide.getByRole('textbox', { name: 'Condition 1' }).fill(CONDITION);
    await decide.getByLabel('Due date').fill('2030-06-30');
    await pick(decide, 'Owner', MANAGER.name);
    await decide.getByRole('textbox', { name: 'Comment' }).fill('Planning may start; the charter must be signed first.');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'gate-review-decision.png'), fullPage: true });
    const decided = await answer(page, 'POST', /\/gate-reviews\/[^/]+\/decision$/, () => decide.getByRole('button', { name: 'Record decision' }).click());
    expect(decided.status()).toBe(200);
    expect(decided.request().headers()['if-match']).toBe('"3"');

    const outcome = page.getByRole('region', { name: 'Gate decision' });
    await visible(outcome.getByTestId('decision').filter({ hasText: 'Go with conditions' }));
    await visible(outcome.getByText(`Decided by ${PMO.name}`));
    await visible(outcome.getByRole('table', { name: 'Conditions' }).getByText(CONDITION));
    await visible(outcome.getByRole('link', { name: /Decision log entry DEC-\d+/ }));
    await visible(page.getByTestId('review-status').filter({ hasText: 'Decided' }));
    await visible(page.getByRole('table', { name: 'Evidence' }).locator('tr[data-item="charter"]').getByText('Waived'));
    expect(await page.getByRole('form', { name: 'Decide the gate' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByTestId('approvals-count').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'gate-review-decided.png'), fullPage: true });
  });

  it('shows the next phase, the condition as a RAID action from the gate, and the decision in the log', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Project governance' }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/governance`);
    await visible(page.getByTestId('current-phase').filter({ hasText: 'current phase: Plan.' }));
    await visible(page.getByRole('heading', { name: 'Next gate: Gate 2 – Approval to execute' }));
    await visible(page.getByRole('button', { name: 'Request gate review' }));
    await visible(page.getByRole('table', { name: 'Deliverables' }).getByText('Business case v1.2'));
    await page.screenshot({ path: join(SCREENSHOTS, 'project-governance.png'), fullPage: true });
    await page.goBack();
    await page.waitForURL((url) => url.pathname === reviewPath);

    await page.getByRole('table', { name: 'Conditions' }).getByRole('link', { name: 'Open action' }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/raid` && url.searchParams.get('tab') === 'actions');
    const action = dialog(new RegExp(`ACT-\\d+ · ${CONDITION}`));
    await visible(action.getByRole('textbox', { name: 'Title', exact: true }));
    await page.keyboard.press('Escape');
    await action.waitFor({ state: 'hidden' });
    await page.waitForURL((url) => !url.searchParams.has('open'));
    const actions = page.getByRole('table', { name: 'Actions', exact: true }).locator('tr', { hasText: CONDITION });
    await visible(actions.getByText(/Gate condition · GATE-\d+/));

    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'decisions');
    await visible(page.getByRole('table', { name: 'Decisions', exact: true }).getByRole('button', { name: `${GATE}: Go with conditions` }));

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Approvals/ }).click();
    await visible(page.getByRole('table', { name: 'Awaiting my decision' }).getByText('Nothing waits for your decision.'));
    await visible(page.getByRole('table', { name: 'Recent decisions' }).locator('tr', { hasText: 'Warehouse Move' }).getByText('Go with conditions'));
    expect(browser.pageErrors).toEqual([]);
  });

  it('lets the PMO set the operating model and browse the methodology library; phases are named by the methodology', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Governance' }).click();
    await page.waitForURL((url) => url.pathname === '/settings/governance');
    await visible(page.getByRole('radio', { name: 'Controlling (in force)' }));
    await page.getByRole('radio', { name: 'Directive' }).check();
    const saved = await answer(page, 'PUT', /\/settings\/governance$/, () => page.getByRole('button', { name: 'Save operating model' }).click());
    expect(saved.status()).toBe(200);
    await visible(page.getByRole('radio', { name: 'Directive (in force)' }));
    await page.getByRole('tab', { name: 'Agile (release-based)' }).click();
    await page.getByRole('button', { name: /Inception \/ release planning/ }).click();
    await visible(page.getByRole('list', { name: 'Deliverables of Gate 2 – Ready to deliver' }).getByText('Product backlog'));

    // A project on the agile methodology starts in Discovery, named so in the register.
    const { csrfToken } = (await (await page.request.get(api('/auth/me'))).json()) as { csrfToken: string };
    const portfolios = (await (await page.request.get(api('/portfolios'))).json()) as { items: Array<{ id: string }> };
    const agile = await page.request.post(api('/projects'), { headers: { 'X-CSRF-Token': csrfToken }, data: { name: 'Courier App', portfolioId: portfolios.items[0]!.id, methodologyKey: 'agile' } });
    expect(agile.status()).toBe(201);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    const row = page.getByRole('table', { name: 'Projects' }).locator('tr', { hasText: 'Courier App' });
    await visible(row.getByText('Discovery', { exact: true }));
    await visible(page.getByRole('table', { name: 'Projects' }).locator('tr', { hasText: 'Warehouse Move' }).getByText('Plan', { exact: true }));
    expect(browser.pageErrors).toEqual([]);
  });
});
