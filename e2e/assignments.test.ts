// Assigning a person to a task in a real browser against a real server. The PMO builds a project
// with a five-day task and puts a priced person in the pool (through the API); on the schedule she
// opens the task's resources from the grid, searches the pool for the person, assigns them at
// 50 %, sees the dialog list 20 h of work at 1,600.00, and the grid's Resources column names them.
//
// Uses the built web app in dist/web (`npm run build:web` first). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { csrfHeaders, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'pat.pmo@example.com', name: 'Pat Planner', role: 'pmo', password: 'e2e-password-2026' };
const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('assigning resources to tasks (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;
  let projectId = '';

  const api = (path: string) => `${server.baseUrl}/api/v1${path}`;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('builds a project with a five-day task and a priced person in the pool (as the PMO, through the API)', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login`);
    await signIn(page, PMO);
    const headers = await csrfHeaders(page, server.baseUrl);
    const send = async (path: string, data: unknown) => {
      const res = await page.request.post(api(path), { headers, data });
      expect(res.status(), await res.text()).toBe(201);
      return res.json() as Promise<Record<string, unknown>>;
    };
    const portfolio = await send('/portfolios', { name: 'Sheds' });
    const me = (await (await page.request.get(api('/auth/me'))).json()) as { user: { id: string } };
    const project = await send('/projects', { name: 'Garden shed', portfolioId: portfolio.id, managerId: me.user.id, status: 'active', plannedStart: '2027-03-01', budget: EUR(500_000) });
    projectId = project.id as string;
    await send(`/projects/${projectId}/schedule/tasks`, { name: 'Walls', durationMinutes: 2400 });
    const carpenter = await send('/resources', { kind: 'person', name: 'Carla Carpenter', skills: [{ skill: 'Carpentry', proficiency: 4 }] });
    await send(`/resources/${carpenter.id as string}/rates`, { effectiveFrom: '2027-01-01', standard: EUR(8_000) });
  });

  it('assigns the person at 50 % in the dialog and shows them in the Resources column', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/projects/${projectId}/schedule`);
    const row = page.locator('tr[data-task-row="Walls"]');
    await row.getByRole('button', { name: 'Resources of Walls' }).click();
    const dialog = page.getByRole('dialog', { name: 'Resources of “Walls”' });
    await visible(dialog.getByText('No resources on this task yet.'));
    await dialog.getByRole('button', { name: 'Assign a resource' }).click();
    const resource = dialog.getByRole('combobox', { name: 'Resource' });
    await resource.click();
    await resource.fill('Carla');
    await page.getByRole('option', { name: /Carla Carpenter \(person/ }).click();
    await dialog.getByLabel('Units (%)').fill('50');
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();

    const assigned = dialog.locator('tr[data-assignment="Carla Carpenter"]');
    await visible(assigned);
    // half of five 8-hour days at 80.00 an hour
    expect(await assigned.textContent()).toMatch(/50 %.*20 h.*Flat.*1,600\.00/);
    await page.keyboard.press('Escape');
    await visible(row.locator('[data-column="resources"]').getByText('Carla Carpenter 50 %'));
  });
});
