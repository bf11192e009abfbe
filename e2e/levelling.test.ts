// Resource levelling in a real browser against a real server. Through the API the PMO plans a
// project starting next Monday whose Design (2 days) and Build (3 days) both need Ana full time. On
// the grid the PMO raises Design's priority to 900; Level resources then previews that Build waits
// 2 working days, with Ana's 2 over-allocated days gone; nothing is saved until Level, after which the
// project's finish moves; Clear levelling puts it back.
//
// Uses the built web app in dist/web (see project-register.test.ts). Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type TestBrowser } from './support/browser.ts';
import type { OrreryServer, TestAccount } from './support/orrery-server.ts';
import { closeSuite, openSuite } from './support/suite.ts';
import { apiWriter, signIn } from './support/session.ts';

const PMO: TestAccount = { email: 'levelling.pmo@example.com', name: 'Levelling Lead', role: 'pmo', password: 'e2e-password-2026' };

/** Monday of next week, so every task lies ahead of today (levelling starts today). */
function nextMonday(): string {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today + (7 - ((now.getUTCDay() + 6) % 7)) * 86_400_000).toISOString().slice(0, 10);
}

describe('resource levelling (browser)', () => {
  let server: OrreryServer;
  let browser: TestBrowser;

  beforeAll(async () => ({ server, browser } = await openSuite([PMO])));
  afterAll(() => closeSuite({ server, browser }));

  it('previews what waits, levels it and clears it from the schedule page', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/login`);
    await signIn(page, PMO);
    const write = await apiWriter(page, server.baseUrl);
    const call = async (method: 'GET', path: string) => (await page.request.get(`${server.baseUrl}/api/v1${path}`)).json();
    const ana = await write('post', '/resources', { kind: 'person', name: 'Ana Levelled', skills: [] }, 201);
    const portfolio = await write('post', '/portfolios', { name: 'Levelling', description: '', ownerId: null }, 201);
    const project = await write('post', '/projects', { name: 'Intranet', portfolioId: portfolio.id, plannedStart: nextMonday(), status: 'active' }, 201);
    for (const [name, days] of [['Design', 2], ['Build', 3]] as const) {
      const change = (await write('post', `/projects/${project.id}/schedule/tasks`, { name, durationMinutes: days * 480 }, 201)) as { schedule: { tasks: Array<{ id: string; name: string }> } };
      const taskId = change.schedule.tasks.find((t) => t.name === name)!.id;
      await write('post', `/projects/${project.id}/schedule/tasks/${taskId}/assignments`, { resourceId: ana.id, units: 100 }, 201);
    }

    await page.goto(`${server.baseUrl}/projects/${String(project.id)}/schedule`);
    await visible(page.getByRole('heading', { name: /Schedule/ }));
    const finishBefore = await page.getByTestId('project-finish').textContent();
    // Design matters more: its priority (900) puts it before Build, which now waits instead.
    const priority = page.getByLabel('Priority of Design');
    await priority.fill('900');
    await priority.press('Enter');
    await expect.poll(async () => (await call('GET', `/projects/${String(project.id)}/schedule`)).tasks.find((t: { name: string }) => t.name === 'Design').priority).toBe(900);
    await page.getByRole('button', { name: 'Level resources' }).click();
    const dialog = page.getByRole('dialog', { name: 'Level resources' });
    await visible(dialog.getByText('1 task would be moved.'));
    await visible(dialog.getByText('Over-allocated resource-days: 2 before, none after.'));
    const moves = dialog.getByRole('table', { name: 'Tasks that move' });
    expect(await moves.locator('tbody tr td').allTextContents()).toEqual(expect.arrayContaining(['Build', '2 working days']));
    await visible(dialog.getByText('Nothing is saved until you choose Level.'));
    expect(await page.getByTestId('project-finish').textContent()).toBe(finishBefore);

    await dialog.getByRole('button', { name: 'Level', exact: true }).click();
    await visible(dialog.getByText('1 task was moved.'));
    await visible(dialog.getByText('The delays are saved on the tasks; Clear levelling undoes them.'));
    await expect.poll(() => page.getByTestId('project-finish').textContent()).not.toBe(finishBefore);

    await dialog.getByRole('button', { name: 'Clear levelling' }).click();
    await visible(dialog.getByText('Levelling cleared from 1 task; 1 moved back.'));
    await expect.poll(() => page.getByTestId('project-finish').textContent()).toBe(finishBefore);
  });
});
