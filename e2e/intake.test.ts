// Intake in a real browser against a real server: the PMO adds a required field to the request
// form; a member fills in the form (the required field is refused blank, then given) and submits
// it; the PMO moves it through screening and business case on the triage board, names a reviewer,
// enters a cash flow and sees the NPV, scores it on the scoring model, approves it from a template, and the new project's page
// opens showing the request's data.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { answer, apiWriter, signInAs as signInAsUser } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const MEMBER: TestAccount = { email: 'mia.member@example.com', name: 'Mia Member', role: 'member', password: 'e2e-password-2026' };

describe('intake (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let requestPath = '';

  const signInAs = (account: TestAccount, path: string) => signInAsUser(browser.page, server.baseUrl, account, path);
  const status = (label: string) => visible(browser.page.locator('h1').locator('..').getByText(label, { exact: true }));

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MEMBER])));
  afterAll(() => closeSuite({ server, browser }));

  it('sets up a portfolio and an objective, and the PMO adds a required field to the request form', async () => {
    await signInAs(PMO, '/');
    const write = await apiWriter(browser.page, server.baseUrl);
    await write('post', '/portfolios', { name: 'Digital' }, 201);
    await write('post', '/objectives', { name: 'Serve customers online' }, 201);
    const { page } = browser;
    await page.getByRole('link', { name: 'Request form' }).click();
    await page.waitForURL((url) => url.pathname === '/settings/intake-fields');
    await page.getByRole('button', { name: 'Add field' }).click();
    await page.getByRole('textbox', { name: 'Field 1 key' }).fill('regulatory_deadline');
    await page.getByRole('textbox', { name: 'Field 1 label' }).fill('Regulatory deadline');
    await choose(page, 'Field 1 type', 'Date');
    await page.getByRole('checkbox', { name: 'Field 1 required' }).check();
    const saved = await answer(page, 'PUT', /\/settings\/intake-fields$/, () => page.getByRole('button', { name: 'Save fields' }).click());
    expect(saved.status(), await saved.text()).toBe(200);
    await visible(page.getByText('Saved (version 1).'));
  });

  it('lets a member submit a request through the form, naming the field left blank', async () => {
    const { page } = browser;
    await signInAs(MEMBER, '/');
    await page.getByRole('link', { name: 'Project requests' }).click();
    await page.getByRole('link', { name: 'New request' }).click();
    await page.waitForURL((url) => url.pathname === '/requests/new');
    await page.getByRole('textbox', { name: 'Title' }).fill('Customer portal');
    await page.getByRole('textbox', { name: 'Problem or opportunity' }).fill('Customers phone us for every order status.');
    await page.getByRole('textbox', { name: 'Objectives', exact: true }).fill('Self-service order tracking.');
    await choose(page, 'Strategic objectives served', /Serve customers online/);
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Cost estimate' }).fill('100000');
    await page.getByRole('textbox', { name: 'Duration (months)' }).fill('6');
    await page.getByLabel('Desired start').fill('2031-01-06');
    await choose(page, 'Target portfolio', /Digital/);
    const refused = await answer(page, 'POST', /\/steps$/, () => page.getByRole('button', { name: 'Submit request' }).click());
    expect(refused.status()).toBe(422);
    await visible(page.getByText('"Regulatory deadline" is required: fill it in before submitting.').last());
    await visible(page.getByText(/Saved as draft REQ-\d+/));
    await page.getByLabel('Regulatory deadline').fill('2031-06-30');
    const submitted = await answer(page, 'POST', /\/steps$/, () => page.getByRole('button', { name: 'Submit request' }).click());
    expect(submitted.status()).toBe(200);
    await page.waitForURL((url) => /^\/requests\/[0-9a-f-]{36}$/.test(url.pathname));
    requestPath = new URL(page.url()).pathname;
    await status('Submitted');
    await visible(page.getByRole('table', { name: 'Request details' }).getByText('2031-06-30'));
  });

  it('lets the PMO triage it on the board, enter a cash flow and see the NPV, and approve it into a project', async () => {
    const { page } = browser;
    await signInAs(PMO, '/requests');
    const submittedColumn = page.getByRole('region', { name: 'Submitted column' });
    await visible(submittedColumn.getByText(/REQ-\d+ · Customer portal/));
    await submittedColumn.getByRole('button', { name: /Start screening REQ-/ }).click();
    const screen = page.getByRole('dialog');
    await screen.getByRole('textbox', { name: 'Comment' }).fill('Fits the digital strategy');
    await answer(page, 'POST', /\/steps$/, () => screen.getByRole('button', { name: 'Start screening' }).click());
    const screeningColumn = page.getByRole('region', { name: 'Screening column' });
    await visible(screeningColumn.getByText(/Customer portal/));
    await screeningColumn.getByRole('button', { name: /Ask for business case REQ-/ }).click();
    await answer(page, 'POST', /\/steps$/, () => page.getByRole('dialog').getByRole('button', { name: 'Ask for business case' }).click());
    const caseColumn = page.getByRole('region', { name: 'Business case column' });
    await visible(caseColumn.getByText(/Customer portal/));

    await caseColumn.getByRole('link', { name: /Customer portal/ }).first().click();
    await page.waitForURL((url) => url.pathname === requestPath);
    await status('Business case');
    await choose(page, 'Reviewers', 'Mia Member');
    await page.keyboard.press('Escape');
    const named = await answer(page, 'PATCH', /\/requests\/[^/]+$/, () => page.getByRole('button', { name: 'Save reviewers' }).click());
    expect(named.status()).toBe(200);
    await visible(page.getByText('Fits the digital strategy'));
    await page.getByRole('button', { name: 'Enter business case' }).click();
    await page.getByRole('textbox', { name: 'Discount rate (% a year)' }).fill('10');
    await page.getByRole('textbox', { name: 'Line 1 label' }).fill('Build');
    await page.getByRole('textbox', { name: 'Line 1 year 0' }).fill('100000');
    await page.getByRole('textbox', { name: 'Line 2 label' }).fill('Savings');
    for (const year of [1, 2, 3]) await page.getByRole('textbox', { name: `Line 2 year ${year}` }).fill('40000');
    const saved = await answer(page, 'PUT', /\/business-case$/, () => page.getByRole('button', { name: 'Save business case' }).click());
    expect(saved.status()).toBe(200);
    await visible(page.getByLabel('NPV').getByText('-€525.92'));
    await visible(page.getByLabel('Payback').getByText('2.50 years'));
    await visible(page.getByRole('table', { name: 'Cash flows' }).getByText('€40,000.00').first());

    // The PMO scores the request on the scoring model; the breakdown shows each criterion's part.
    const scoreCard = page.getByRole('region', { name: 'Score' });
    for (const [criterion, level] of [['Strategic alignment', /^4 /], ['Financial value', /^3 /], ['Delivery risk', /^2 /], ['Urgency', /^3 /], ['Compliance', /^1 /], ['Resource fit', /^3 /]] as const) {
      await scoreCard.getByRole('combobox', { name: criterion }).click();
      await page.getByRole('option', { name: level }).first().click();
    }
    const scored = await answer(page, 'PUT', /\/scores\/default$/, () => page.getByRole('button', { name: 'Save score' }).click());
    expect(scored.status()).toBe(200);
    await expect.poll(() => scoreCard.getByRole('heading').textContent()).toMatch(/^Score \d+\.\d/);

    await choose(page, 'Template', /IT system implementation/);
    await page.getByRole('textbox', { name: 'Decision comment' }).fill('Worth it on strategy');
    const approved = await answer(page, 'POST', /\/approve$/, () => page.getByRole('button', { name: 'Approve → create project' }).click());
    expect(approved.status(), await approved.text()).toBe(200);
    await page.waitForURL((url) => url.pathname.startsWith('/projects/'));
    await visible(page.locator('h1').getByText('Customer portal'));
    await visible(page.getByText(/From project request/).getByRole('link', { name: /REQ-\d+ · Customer portal/ }));
    const details = page.getByRole('table', { name: 'Project details' });
    await visible(details.getByText('€100,000.00'));
    await visible(details.getByText(/Serve customers online/));
    await visible(details.getByText('Digital', { exact: false }));
    await visible(page.getByText(/Problem: Customers phone us for every order status\./));
    expect(browser.pageErrors).toEqual([]);
  });
});
