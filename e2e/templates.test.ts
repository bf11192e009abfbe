// A new project from a template in a real browser: the PMO picks "Start from a template" on the
// new-project page, sees the template's methodology, plan size and documents, creates the project
// and lands on it with a note of what was made (tasks, risks, documents), which the schedule shows.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };

describe('project from a template (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('creates a project from the office relocation template and shows what was made', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login?redirect=%2Fprojects%2Fnew`);
    await signIn(page, PMO, '/projects/new');
    const { csrfToken } = (await (await page.request.get(`${server.baseUrl}/api/v1/auth/me`)).json()) as { csrfToken: string };
    expect((await page.request.post(`${server.baseUrl}/api/v1/portfolios`, { headers: { 'X-CSRF-Token': csrfToken }, data: { name: 'Facilities' } })).status()).toBe(201);
    await page.reload();

    await page.getByText('Start from a template').click();
    await page.getByLabel('Name').fill('Move to Harbour House');
    await choose(page, 'Portfolio', /Facilities/);
    await page.getByLabel('Planned start').fill('2030-03-04');
    await page.getByRole('button', { name: 'Create project' }).click();
    await visible(page.getByText('Choose a template, or start from a blank project.'));
    await choose(page, 'Template', 'Office relocation');
    await visible(page.getByTestId('template-summary').getByText(/\d+ tasks · \d+ milestones? · \d+ documents?/));
    const [created] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/projects/from-template'),
      page.getByRole('button', { name: 'Create project' }).click(),
    ]);
    expect(created.status()).toBe(201);
    const result = (await created.json()) as { project: { id: string }; instantiated: { tasks: number } };
    await page.waitForURL((url) => url.pathname === `/projects/${result.project.id}`);
    const notice = page.getByRole('status').filter({ hasText: 'Created from the template' });
    await visible(notice.getByText(new RegExp(`${result.instantiated.tasks} tasks`)));
    await notice.getByRole('link', { name: 'Open the schedule' }).click();
    await visible(page.getByRole('table', { name: 'Tasks' }));
    expect(await page.getByRole('table', { name: 'Tasks' }).getByRole('row').count()).toBeGreaterThan(result.instantiated.tasks);
    expect(browser.pageErrors).toEqual([]);
  });
});
