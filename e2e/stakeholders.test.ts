// Stakeholders and the communication plan in a real browser against a real server. The PMO sets
// up a project (API), opens its stakeholders from the project page and adds someone outside Orrery
// with an e-mail, scored influence 4 × interest 5, and finds them on the power–interest grid under
// "Manage closely"; opens them from the grid and moves their engagement on (If-Match, only what
// changed). On the communication plan, a monthly e-mail whose audience is that stakeholder is due
// today; recording it done moves its next due date a month on. Then the PMO has Orrery send the
// status report itself (PDF, drawn up for the PMO as owner), and the plan says so.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../src/core/communications/communication-due.ts';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const NAME = 'Dana Finch';
const EMAIL = 'dana.finch@acme.example';
const UPDATE = 'Monthly steering update';
const SCREENSHOTS = join(tmpdir(), 'orrery-e2e-screenshots');

describe('stakeholders and communication plan (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';
  let stakeholderId = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;
  const dialog = (name: string | RegExp) => browser.page.getByRole('dialog', { name });
  /** Picks an option of a Mantine Select or MultiSelect inside a dialog, by its exact label. */
  const pick = async (scope: ReturnType<typeof dialog>, label: string, option: string) => {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await browser.page.getByRole('option', { name: option, exact: true }).click();
  };
  const register = () => browser.page.getByRole('table', { name: 'Stakeholders', exact: true });
  /** A full-page picture for people to look at, once any dialog has finished fading in. */
  const screenshot = async (name: string) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await browser.page.waitForFunction(() => [...document.querySelectorAll('[role="dialog"]')].every((d) => getComputedStyle(d).opacity === '1'));
    await browser.page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
  };
  const planRow = () => browser.page.getByRole('table', { name: 'Communication plan' }).locator('tbody tr').filter({ hasText: UPDATE });

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('adds a stakeholder with an e-mail from the project’s stakeholders page', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2F`);
    await signIn(page, PMO, '/');
    const headers = await csrfHeaders(page, server.baseUrl);
    const portfolio = (await (await page.request.post(api('/portfolios'), { headers, data: { name: 'Operations' } })).json()) as { id: string };
    const project = await page.request.post(api('/projects'), { headers, data: { name: 'Warehouse Move', portfolioId: portfolio.id, status: 'active' } });
    expect(project.status()).toBe(201);
    ({ id: projectId } = (await project.json()) as { id: string });

    await page.goto(`${server.baseUrl}/projects/${projectId}`);
    await page.getByRole('main').getByRole('link', { name: 'Stakeholders', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/stakeholders`);
    await visible(register().getByText('No stakeholders yet.'));

    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    const form = dialog('Add stakeholder');
    await form.getByText('Someone else').click();
    await form.getByRole('button', { name: 'Add stakeholder' }).click();
    await visible(form.getByText('Give the stakeholder’s name.')); // checked before anything is sent

    await form.getByRole('textbox', { name: 'Name' }).fill(NAME);
    await form.getByRole('textbox', { name: 'Organisation' }).fill('Acme Logistics');
    await form.getByRole('textbox', { name: 'Role' }).fill('CFO');
    await form.getByRole('textbox', { name: 'E-mail' }).fill(EMAIL);
    await pick(form, 'Category', 'Customer');
    await pick(form, 'Influence', '4 – High');
    await pick(form, 'Interest', '5 – Very high');
    await visible(form.getByTestId('quadrant-preview').getByText('Manage closely')); // where they will land, before saving
    await screenshot('stakeholder-form.png');
    const created = await answer(page, 'POST', new RegExp(`/projects/${projectId}/stakeholders$`), () => form.getByRole('button', { name: 'Add stakeholder' }).click());
    expect(created.status()).toBe(201);
    const body = (await created.json()) as { id: string; code: string; contactEmail: string; userId: string | null };
    expect(body).toMatchObject({ code: 'STK-001', contactEmail: EMAIL, userId: null });
    stakeholderId = body.id;
    await form.waitFor({ state: 'hidden' });

    const row = register().locator('tbody tr').filter({ hasText: NAME });
    await visible(row.getByText(EMAIL));
    await visible(row.getByText('Neutral → Supportive'));
    await visible(row.getByText('Manage closely'));
  });

  it('shows the stakeholder on the power–interest grid in the right quadrant', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Power–interest grid' }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'grid');
    const grid = page.getByRole('group', { name: 'Power–interest grid' });
    await visible(grid.getByRole('region', { name: 'Manage closely' }).getByRole('button', { name: new RegExp(NAME) }));
    for (const other of ['Keep satisfied', 'Keep informed', 'Monitor']) {
      expect(await grid.getByRole('region', { name: other }).getByRole('button').count()).toBe(0);
    }
    await screenshot('stakeholder-grid.png');
  });

  it('opens the stakeholder from the grid and changes their engagement under If-Match', async () => {
    const { page } = browser;
    await page.getByRole('region', { name: 'Manage closely' }).getByRole('button', { name: new RegExp(NAME) }).click();
    const form = dialog(`STK-001 · ${NAME}`);
    await visible(form.getByRole('textbox', { name: 'Name' }));
    await pick(form, 'Current engagement', 'Supportive');
    await pick(form, 'Desired engagement', 'Leading');
    const saved = await answer(page, 'PATCH', new RegExp(`/api/v1/stakeholders/${stakeholderId}$`), () => form.getByRole('button', { name: 'Save changes' }).click());
    expect(saved.status()).toBe(200);
    expect(saved.request().headers()['if-match']).toBe('"1"');
    expect(saved.request().postDataJSON()).toEqual({ engagementCurrent: 'supportive', engagementDesired: 'leading' });
    await form.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: 'Register' }).click();
    await visible(register().locator('tbody tr').filter({ hasText: NAME }).getByText('Supportive → Leading'));
    await screenshot('stakeholder-register.png');
    expect(browser.pageErrors).toEqual([]);
  });

  it('adds a monthly e-mail to the stakeholder to the communication plan and sees it due today', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Communication plan' }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${projectId}/communications`);
    await visible(page.getByText('Nothing in the plan yet.'));

    await page.getByRole('button', { name: 'Add communication' }).click();
    const form = dialog('Add to the communication plan');
    await form.getByRole('textbox', { name: 'Title' }).fill(UPDATE);
    await pick(form, 'Frequency', 'Monthly');
    await pick(form, 'Channel', 'E-mail');
    await pick(form, 'Stakeholders', `STK-001 · ${NAME}`);
    await page.keyboard.press('Escape'); // closes the MultiSelect's dropdown, not the dialog
    await screenshot('communication-form.png');
    const created = await answer(page, 'POST', new RegExp(`/projects/${projectId}/communications$`), () => form.getByRole('button', { name: 'Add to plan' }).click());
    expect(created.status()).toBe(201);
    expect(created.request().postDataJSON()).toMatchObject({ frequency: 'monthly', channel: 'email', audience: { stakeholderIds: [stakeholderId], userIds: [], groups: [] } });
    await form.waitFor({ state: 'hidden' });

    const { asOf } = (await (await page.request.get(api(`/projects/${projectId}/communication-plan`))).json()) as { asOf: string };
    const row = planRow();
    await visible(row.getByText(NAME));
    expect(await row.getByText('No e-mail').count()).toBe(0); // the stakeholder's address reaches them
    await visible(row.getByText('Due today'));
    await visible(row.locator(`time[datetime="${asOf}"]`));
    await visible(page.getByRole('status', { name: 'Plan summary' }).getByText('1 due today'));
    await screenshot('communication-plan.png');
  });

  it('records it done and the next due date moves a month on', async () => {
    const { page } = browser;
    const { asOf } = (await (await page.request.get(api(`/projects/${projectId}/communication-plan`))).json()) as { asOf: string };
    await planRow().getByRole('button', { name: 'Record COM-001 done' }).click();
    const form = dialog('Record COM-001 done');
    const done = await answer(page, 'POST', /\/api\/v1\/communications\/[^/]+\/done$/, () => form.getByRole('button', { name: 'Record done' }).click());
    expect(done.status()).toBe(200);
    expect(done.request().headers()['if-match']).toBe('"1"');
    await form.waitFor({ state: 'hidden' });

    const nextDue = addMonths(asOf, 1);
    const row = planRow();
    await visible(row.locator(`time[datetime="${nextDue}"]`));
    await visible(row.locator(`time[datetime="${asOf}"]`)); // last done
    await visible(row.getByText('Later'));
    await visible(page.getByRole('status', { name: 'Plan summary' }).getByText('0 due today'));
    const item = (await done.json()) as { nextDueOn: string; lastDoneOn: string };
    expect(item).toMatchObject({ nextDueOn: nextDue, lastDoneOn: asOf });
    expect(browser.pageErrors).toEqual([]);
  });

  it('has Orrery send the status report itself, drawn up for the PMO as owner', async () => {
    const { page } = browser;
    await planRow().getByRole('button', { name: new RegExp(UPDATE) }).click();
    const form = dialog(/COM-001/);
    await pick(form, 'Owner', PMO.name);
    await pick(form, 'Sent by Orrery', 'This project’s status report (PDF)');
    const saved = await answer(page, 'PATCH', /\/api\/v1\/communications\/[^/]+$/, () => form.getByRole('button', { name: 'Save changes' }).click());
    expect(saved.status()).toBe(200);
    expect(saved.request().postDataJSON()).toMatchObject({ report: { kind: 'project_status', format: 'pdf' } });
    await form.waitFor({ state: 'hidden' });
    await visible(planRow().getByTestId('delivered-report').getByText('Sent by Orrery: status report (PDF)'));
    expect(browser.pageErrors).toEqual([]);
  });
});
