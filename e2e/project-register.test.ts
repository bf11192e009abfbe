// The project register in a real browser against a real server: sign in (and be sent back to
// the page asked for), create a portfolio and a project through the forms, see the project in
// the filtered list, and see client and server validation messages on the right fields.
//
// Uses the built web app in dist/web: run `npm run build:web` first (the test script and CI do);
// if dist/web is missing the test builds it once. Needs /usr/bin/chromium (apt-get install chromium).
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const MANAGER: TestAccount = { email: 'max.manager@example.com', name: 'Max Manager', role: 'member', password: 'e2e-password-2026' };
const SCREENSHOTS = join(tmpdir(), 'orrery-e2e-screenshots');

describe('project register (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectPath = '';

  beforeAll(async () => ({ server, browser } = await openSuite([PMO, MANAGER])));
  afterAll(() => closeSuite({ server, browser }));

  it('sends a signed-out visitor to the login page, shows a wrong password, then returns to the page asked for', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/projects?status=active`);
    await page.waitForURL(/\/login\?redirect=/);
    await page.getByLabel('E-mail').fill(PMO.email);
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await visible(page.getByRole('alert').filter({ hasText: 'Could not sign in' }));

    await page.getByRole('textbox', { name: 'Password' }).fill(PMO.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/projects\?status=active$/);
    await visible(page.getByRole('heading', { name: 'Projects' }));
    await visible(page.getByText('No projects match.'));
    expect(await page.getByTestId('current-user').textContent()).toBe(PMO.name);
  });

  it('creates a portfolio through the form', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolios' }).click();
    await page.getByRole('link', { name: 'New portfolio' }).click();
    await page.getByRole('button', { name: 'Create portfolio' }).click();
    await visible(page.getByText('Give the portfolio a name.'));

    await page.getByLabel('Name').fill('Digital Services');
    await page.getByLabel('Description').fill('Everything customers touch online.');
    await choose(page, 'Owner', PMO.name);
    await page.getByRole('button', { name: 'Create portfolio' }).click();
    await visible(page.getByRole('heading', { name: /Digital Services/ }));
    expect(page.url()).toMatch(/\/portfolios\/[0-9a-f-]{36}$/);
  });

  it('shows validation messages on the project form, then creates the project', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'New project' }).click();
    await page.waitForURL(/\/projects\/new\?portfolioId=/);
    // The portfolio comes preselected from the portfolio page; clear the name and dates to break rules.
    await page.getByLabel('Planned start').fill('2026-06-01');
    await page.getByLabel('Planned finish').fill('2026-05-01');
    await page.getByLabel('Budget').fill('12.345');
    await page.getByRole('button', { name: 'Create project' }).click();
    await visible(page.getByText('Give the project a name.'));
    await visible(page.getByText('The planned finish must be on or after the planned start.'));
    await visible(page.getByText('Use at most 2 decimals.'));
    const nameInput = page.getByLabel('Name');
    expect(await nameInput.getAttribute('aria-invalid')).toBe('true');

    await nameInput.fill('Customer Portal Relaunch');
    await page.getByLabel('Planned finish').fill('2026-12-18');
    await page.getByLabel('Budget').fill('125000.50');
    await choose(page, 'Priority', 'High');
    await choose(page, 'Manager', MANAGER.name);
    await page.getByRole('combobox', { name: 'Tags' }).fill('customer');
    await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
    await page.getByRole('button', { name: 'Create project' }).click();

    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectPath = new URL(page.url()).pathname;
    await visible(page.getByRole('heading', { name: /PRJ-001\s*Customer Portal Relaunch/ }));
    const details = page.getByRole('table', { name: 'Project details' });
    await visible(details.getByText('€125,000.50'));
    await visible(details.getByText(MANAGER.name));
    await visible(page.getByRole('table', { name: 'Team members' }).getByText(MANAGER.name));
  });

  it('puts a server error on the field it names (a duplicate code)', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/projects/new`);
    await page.getByLabel('Code').fill('PRJ-001');
    await page.getByLabel('Name').fill('Second project with a taken code');
    await choose(page, 'Portfolio', /Digital Services/);
    await page.getByRole('button', { name: 'Create project' }).click();
    await visible(page.getByText('Already in use.'));
    expect(await page.getByLabel('Code').getAttribute('aria-invalid')).toBe('true');
    await visible(page.getByRole('alert').filter({ hasText: 'The code PRJ-001 is already in use' }));
  });

  it('lists the project, filters by the URL and saves a screenshot', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    const table = page.getByRole('table', { name: 'Projects' });
    const row = table.getByRole('row').filter({ hasText: 'Customer Portal Relaunch' });
    await visible(row);
    for (const text of ['PRJ-001', 'Digital Services', 'Proposed', 'Initiate', 'High', MANAGER.name, '€125,000.50']) {
      await visible(row.getByText(text, { exact: true }));
    }

    await page.getByLabel('Search').fill('relaunch');
    await page.waitForURL(/q=relaunch/);
    await visible(row);
    await choose(page, 'Status', 'Active');
    await page.waitForURL(/status=active/);
    await visible(table.getByText('No projects match.'));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await visible(row);

    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = join(SCREENSHOTS, 'project-list.png');
    await page.screenshot({ path: file, fullPage: true });
    console.log(`Screenshot of the project list: ${file}`);
    expect(browser.pageErrors).toEqual([]);
  });

  it('tells the editor when someone else changed the project meanwhile, and reloads it', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}${projectPath}/edit`);
    await visible(page.getByRole('heading', { name: 'Edit PRJ-001' }));

    // Someone else (another tab of the same user, through the API) renames the project.
    const me = (await (await page.request.get(`${server.baseUrl}/api/v1/auth/me`)).json()) as { csrfToken: string };
    const apiUrl = `${server.baseUrl}/api/v1${projectPath}`;
    const current = (await (await page.request.get(apiUrl)).json()) as { version: number };
    const renamed = await page.request.patch(apiUrl, {
      headers: { 'If-Match': `"${current.version}"`, 'X-CSRF-Token': me.csrfToken },
      data: { name: 'Customer Portal Relaunch 2.0' },
    });
    expect(renamed.status()).toBe(200);

    await page.getByLabel('Description').fill('Edited in a stale form.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'changed by someone else' });
    await visible(conflict);
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => (document.querySelector('input[data-path="name"]') as HTMLInputElement | null)?.value === 'Customer Portal Relaunch 2.0');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('lets the project manager edit the project but not move it or change its phase', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`${server.baseUrl}${projectPath}`);
    await page.waitForURL(/\/login\?redirect=/);
    await signIn(page, MANAGER, projectPath);
    expect(await page.getByRole('button', { name: 'Archive' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Edit' }).click();
    await visible(page.getByRole('heading', { name: 'Edit PRJ-001' }));
    expect(await page.getByRole('combobox', { name: 'Portfolio' }).isDisabled()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Manager' }).isDisabled()).toBe(true);
    // The phase moves on a gate decision (the PMO may correct it): read-only for the manager.
    expect(await page.getByRole('combobox', { name: 'Phase' }).isDisabled()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Phase' }).inputValue()).toBe('Initiate');
    await visible(page.getByText('Moves on a gate decision: request a gate review.'));
    await choose(page, 'Priority', 'Critical');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === projectPath);
    await visible(page.getByRole('heading', { name: /PRJ-001/ }).locator('..').getByText('Critical', { exact: true }));
    expect(browser.pageErrors).toEqual([]);
  });
});
